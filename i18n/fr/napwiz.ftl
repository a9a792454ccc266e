# Chaînes de l'interface et des documents de napwiz, français (fr).
# Projet de traduction (draft translation), pas encore relu par un praticien de langue maternelle
# française. La terminologie suit la liste de contrôle traduite (content/fr, glossary.ron).
# Pour signaler une correction : ouvrez un ticket (issue) dans le projet napwiz ou envoyez le
# fichier corrigé aux mainteneurs de napwiz. Pour essayer une correction sans recompiler :
# NAPWIZ_LOCALES_DIR=dossier napwiz --lang fr (voir README, « Adding a language »).
# editor-esc-*, editor-save-here-and-quit et editor-back-to-question ont une espace insécable avant « : ».
# Traducteurs : gardez chaque identifiant, chaque { $variable } et chaque lettre de touche ;
# ne changez que le texte après « = ». Les commandes saisies en mode simple restent en anglais.

## Choix de la langue et dossiers des traducteurs (src/i18n)

lang-unknown = langue inconnue « { $language } » ; langues disponibles : { $available }
locales-dir-unreadable = le dossier de traductions « { $dir } » est illisible ; les textes intégrés sont utilisés
locales-file-unreadable = impossible de lire « { $file } » : { $error }
locales-file-broken = { $file }:{ $line }:{ $column }: { $problem }
locales-file-skipped = « { $file } » non utilisé : les textes intégrés sont utilisés à la place

## Raccourcis clavier (src/tui/bindings.rs) : libellé de chaque raccourci dans le pied de page et l'aide.
## L'identifiant après key- est le nom du raccourci dans la configuration, _ écrit -.
key-up = haut
key-down = bas
key-page-up = page préc.
key-page-down = page suiv.
key-first = premier
key-last = dernier
key-next-step = étape suiv.
key-prev-step = étape préc.
key-steps = étapes
key-search = chercher
key-undo = annuler
key-redo = rétablir
key-help = aide
key-theme = thème
key-mouse = souris
key-conflicts = conflits de fusion
key-save-over = écraser un fichier modifié
key-back = retour
key-quit = quitter
key-follow-facilitator = suivre le facilitateur
key-take-over-writing = prendre la main
key-edit = modifier
key-change = changer
key-previous-value = valeur précédente
key-next-value = valeur suivante
key-next-field = champ suivant
key-previous-field = champ précédent
key-clear-field = vider le champ
key-include = inclure
key-exclude = exclure
key-priority-high = haute
key-priority-medium = moyenne
key-priority-low = basse
key-baseline = état initial
key-timeframe = échéance
key-lead = resp.
key-suggested-lead = resp. suggéré
key-partners = partenaires
key-notes = notes
key-guidance = conseils
key-add-action = nouvelle action
key-add-goal = nouvel objectif
key-delete-item = suppr. élément propre / indicateur
key-undo-typing = annuler (saisie)
key-redo-typing = rétablir (saisie)
key-move = déplacer
key-start-end = début / fin
key-delete-before = effacer avant
key-delete-after = effacer après
key-keep-and-close = valider
key-new-line = à la ligne
key-editing-keys = touches d'édition
key-keep = garder
key-cancel = annuler
key-nothing = rien (ne saisit jamais)
key-open = ouvrir
key-add-remove = ajouter/retirer
key-filter = filtrer
key-add-own = ajouter (propre)
key-delete-own = suppr. (propre)
key-own-previous-type = propre : type préc.
key-own-next-type = propre : type suiv.
key-close-goal = fermer l'objectif
key-next-panel = panneau suivant
key-previous-panel = panneau précédent
key-go-to-item = aller à l'élément
key-panel-1 = panneau 1
key-panel-2 = panneau 2
key-panel-3 = panneau 3
key-panel-4 = panneau 4
key-panel-5 = panneau 5
key-panel-6 = panneau 6
key-choose-or-write = choisir / écrire
key-write-files = écrire les fichiers
key-scroll-preview = défiler l'aperçu
key-scroll-back = remonter
key-close = fermer
key-go = aller
key-choose = choisir
key-choose-stay-open = choisir, rester ouvert
key-done = terminé
key-previous-side = côté précédent
key-next-side = côté suivant
key-take-it = le retenir
key-keep-current-value = garder la valeur actuelle
key-open-read-only = ouvrir en lecture seule
key-take-over = reprendre la main
key-save-elsewhere = enregistrer ailleurs
key-save-here-again = réenregistrer ici
key-quit-keeping-backup = quitter, garder une sauvegarde
key-back-to-the-plan = retour au plan
key-yes = oui
key-no = non

## Fenêtres : recherche, quitter, invites, aide des touches, conflits, étapes, conseils (src/tui/view/overlay.rs)

search-title = Chercher dans la liste : { $found ->
    [one] { $found } résultat
   *[other] { $found } résultats
}
quit-question-saved = Quitter napwiz ? Tout est enregistré.
quit-question = Quitter napwiz ?
create-question = « { $path } » n'existe pas. Créer un nouveau plan à cet endroit ?
lock-title = Plan verrouillé sur un autre ordinateur
lock-open-elsewhere = { $name } est ouvert dans un autre napwiz :
lock-holder = { $user } sur { $host }, depuis { $since }
lock-cannot-check = napwiz ne peut pas vérifier d'ici si cette session est toujours active. Ne reprenez la main que si elle est terminée ; sinon, deux personnes écraseront le travail l'une de l'autre.
prompt-new-plan-title = Nouveau plan : son titre
prompt-open-path = Ouvrir un fichier de plan : son chemin
prompt-new-action = Nouvelle action dans { $goal }
prompt-new-goal = Nouvel objectif dans { $area }
prompt-new-institution = Nouvelle institution : nom, sigle
prompt-roster-filter = Filtrer les institutions
prompt-save-elsewhere = Enregistrer le plan dans ce fichier, puis quitter
hint-new-plan-title = p. ex. Plan d'action national 2027-2030
hint-open-path = le chemin d'un fichier de plan, p. ex. ~/plans/pan.ron
hint-new-institution = nom, virgule, sigle : Bureau de lutte contre la traite, BLT
hint-roster-filter = une partie d'un sigle ou d'un nom
hint-new-item = son libellé ; vide, rien n'est ajouté
hint-save-elsewhere = un fichier dans un dossier où vous pouvez écrire, p. ex. ~/pan.ron
editor-question-mark-keys = ? (encore)
editor-question-mark = saisir un point d'interrogation
editor-expected = Attendu : { $hint }
editor-esc-again-closes = Esc encore : fermer sans garder
editor-esc-cancels = Esc : annuler
editor-not-kept = Pas encore gardé : { $error } ({ $leave })
editor-save-here-and-quit = { $key } : enregistrer ici et quitter
editor-back-to-question = { $key } : retour à la question
conflicts-title = Conflits de fusion : { $left ->
    [one] { $left } restant
   *[other] { $left } restants
}
conflicts-side = { $value } (source : { $source })
steps-title = Étapes
help-title = Touches (Up/Down : défiler, Esc : fermer)
help-keys-here = Touches ici ({ $context }) :
help-everything-saved = Tout est enregistré au fur et à mesure. Esc remonte d'un niveau ; dans une invite d'une ligne, il annule et garde l'ancienne valeur.
help-context-start = accueil
help-context-form = formulaire
help-context-roster = institutions
help-context-area-list = objectifs et actions
help-context-area-fields = décision sur un élément
help-context-review = bilan
help-context-generate = génération
help-context-other = cet écran
guidance-title = Conseils
guidance-own-item = Cet élément est propre à l'équipe ; le pack de contenu ne contient pas de conseils à son sujet.
guidance-title-goal = Conseils : { $goal }
guidance-expected-result = Résultat attendu
guidance-standards = Normes
guidance-example-indicators = Exemples d'indicateurs
guidance-indicators-for = Indicateurs pour { $action }
guidance-usually = Généralement : { $horizon }.
unsaved-not-saved-yet = les dernières modifications ne sont pas encore enregistrées.
unsaved-retry-changed = réenregistrer ici : votre version remplace le fichier, l'autre va dans les sauvegardes
unsaved-retry-failed = réenregistrer ici (après avoir libéré de l'espace ou rétabli le dossier)
unsaved-why = Quittez sans les perdre. Cause de l'échec de l'enregistrement :
unsaved-save-elsewhere = enregistrer le plan dans un autre fichier (vous choisissez où), puis quitter
unsaved-quit-keeping-backup = quitter maintenant ; votre travail est gardé en sauvegarde d'urgence dans le dossier de données
unsaved-title = Vos modifications ne sont PAS enregistrées
question-title = Question
question-yes = oui
question-no = non

## En-tête, ligne de message et pied de page (src/tui/view/mod.rs)

screen-too-small = terminal trop petit : { $need_width } x { $need_height } nécessaires, { $width } x { $height } disponibles. Agrandissez la fenêtre ou réduisez la taille de la police.
header-saved = enregistré
header-unsaved = À ENREGISTRER
header-not-saved = NON ENREGISTRÉ
header-read-only = LECTURE SEULE
header-following = SUIVI EN DIRECT
header-decided = { $percent } % décidé
header-no-plan = aucun plan ouvert
header-step = étape { $n } sur { $m } : { $name }
message-read-only = Lecture seule : { $why }
message-changed-on-disk = Non enregistré ({ $key } garde votre version, sauvegarde l'autre) : { $why }
message-save-failed = NON ENREGISTRÉ : { $why } { $retry } : réessayer. { $quit } : enregistrer ailleurs ou garder une sauvegarde, puis quitter.

## Écran d'accueil (src/tui/view/start.rs)

start-title = Accueil
start-purpose = Élaborer un plan d'action national contre la traite des êtres humains.
start-provenance = La liste de contrôle suit la structure du Guide du praticien de l'ICMPD (2021), chapitre A ; sa rédaction est propre à napwiz, ce n'est pas un texte de l'ICMPD.
start-new-plan = Nouveau plan...
start-open-demo = Ouvrir le plan de démonstration (pays fictif)
start-open-file = Ouvrir un fichier de plan...
start-recent = Récent : { $path }

## Étapes des domaines : objectifs et actions (src/tui/view/area.rs)

area-no-goals = Aucun objectif. Appuyez sur { $key } pour en ajouter un.
area-own-item = { $text } (propre)
area-carried-over-item = { $text } (reporté)
area-goal-count = { $decided }/{ $all } { $all ->
    [one] décidée
   *[other] décidées
}, { $included } { $included ->
    [one] incluse
   *[other] incluses
}
area-tag-in-place = en place
area-tag-partly = partiel
area-tag-missing = manquant
area-tag-not-applicable = s.o.
area-tag-notes = notes
area-tag-short = court
area-tag-medium = moyen
area-tag-long = long
area-strip-notes-none = aucune
area-strip-notes-yes = oui
area-strip = Échéance { $timeframe } | partenaires { $partners } | notes : { $notes }
area-suggested-strip = Resp. suggéré { $lead } ({ $take } le retient), partenaires { $partners } ({ $pick })
area-suggested = Suggéré : responsable { $lead } ({ $take } le retient) ; partenaires { $partners } ; { $horizon }.

## Choix d'une institution (src/tui/view/picker.rs)

picker-lead = Institution responsable de { $item } (saisir un sigle ou filtrer)
picker-partners = Partenaires de { $item } (Enter coche, Esc termine)
picker-monitoring-body = Organe de suivi (saisir un sigle ou filtrer)
picker-no-match = Aucune institution ne correspond. Backspace modifie le filtre.
picker-not-on-roster = hors liste
picker-suggested-for = Suggérées pour { $item }
picker-suggested = Suggérées
picker-on-roster = Sur la liste
picker-catalogue = Catalogue : en choisir une l'ajoute à la liste

## Étape Générer (src/tui/view/generate.rs)

generate-title = Générer le projet de plan d'action
generate-current-folder = le dossier courant
generate-clean-copy = Copie propre à diffuser (sans notes ni marques de rédaction)
# Suivi directement du chemin du dossier : gardez l'espace final.
generate-write-into = Écrire les fichiers choisis dans{" "}
generate-preview = Aperçu ({ $lines } lignes, { $back }/{ $on })
generate-wrote = écrit dans { $folder } : { $list }

## Étape Institutions (src/tui/view/roster.rs)

roster-filter = filtre : { $filter }
roster-title = Institutions : { $count } sur la liste
roster-own = propre, { $kind }

## Formulaires des paramètres du plan et du suivi (src/tui/view/form.rs)

form-plan-setup = Paramètres du plan
form-monitoring = Dispositif de suivi

## Fenêtres surgissantes (src/tui/view/popup.rs)

# La zone fait 8 colonnes, espace comprise : « Filtre: » sans espace avant les deux-points.
popup-filter = Filtre:

## Tableau de bord du bilan (src/tui/view/dashboard.rs)

# Les six noms de panneau tiennent sur une ligne de 80 colonnes : gardez-les courts.
review-panel-by-area = Par domaine
review-panel-baseline = État initial
review-panel-workload = Charge
review-panel-timeline = Calendrier
review-panel-gaps = Lacunes
review-panel-health = Contrôle
review-area-head = { $area } : actions { $included }/{ $actions }, objectifs { $goals_included }/{ $goals } inclus
review-high = haute
review-medium = moy.
review-low = basse
review-decided = Actions décidées : { $decided } sur { $actions } ({ $percent } %), incluses : { $included }.
review-baseline-in-place = en place
review-baseline-partly = partiel
review-baseline-missing = manquant
review-baseline-not-applicable = s.o.
review-baseline-unknown = inconnu
review-workload-intro = Actions incluses pilotées (resp.) ou appuyées, par charge décroissante
review-workload-row = { $code } resp. { $leads }  appui { $partners }
review-goal = Obj.
review-unscheduled = { $count ->
    [one] { $count } action incluse n'a pas encore d'échéance
   *[other] { $count } actions incluses n'ont pas encore d'échéance
}
review-no-gaps = Aucune lacune évaluée ne reste ouverte.
review-health-title = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } alerte
   *[other] { $warnings } alertes
}
review-no-problems = Aucun problème détecté.
review-error = erreur
review-warning = alerte

## Étapes de l'assistant (src/plan/step.rs)

step-start = Accueil
step-setup = Paramètres du plan
step-roster = Institutions
step-area = Domaine
step-review = Bilan
step-monitoring = Dispositif de suivi
step-generate = Générer

## Libellés et indications des champs des formulaires (src/plan/fields.rs)

field-title = Titre
field-country = Pays
field-first-year = Première année
field-last-year = Dernière année
field-coordinating-body = Organe de coordination
field-national-coordinator = Coordonnateur national
field-facilitator = Facilitateur
field-workshop-dates = Dates de l'atelier
field-language = Langue de travail
field-currency = Devise du budget
field-monitoring-body = Organe de suivi
field-reporting = Rapports d'avancement
field-review = Revue par l'organe de coord.
field-mid-term = Éval. à mi-parcours (année)
field-final = Évaluation finale (année)
field-data-sources = Sources de données
field-notes = Notes
field-wording = Libellé
field-inclusion = Dans le plan
field-baseline = État initial
field-priority = Priorité
field-timeframe = Échéance
field-lead = Responsable
field-partners = Partenaires
field-indicator = Indicateur { $n }
field-indicator-kind = type
field-indicator-baseline = référence
field-indicator-target = cible
field-indicator-verification = vérifié par
field-indicator-frequency = mesuré
field-add-indicator = Ajouter un indicateur
field-budget-amount = Budget estimé
field-budget-source = Source de financement
hint-year = une année : AAAA, p. ex. 2027
hint-workshop-dates = AAAA-MM-JJ ; plusieurs, séparées par des virgules : 2026-11-28, 2026-11-29
hint-currency = un code de devise, p. ex. EUR ou XOF
hint-required = obligatoire
hint-evaluation-year = une année : AAAA, p. ex. 2029 ; vide s'il n'y en a pas
hint-data-sources = une source de données par ligne
hint-timeframe = short, medium ou long (court, moyen, long terme), une année (2028) ou une période (2027-2029)
hint-budget-amount = en unités entières, p. ex. 50000 ou 52 500

## Avancement dans la liste des étapes (src/tui/derived.rs)

steps-filled = { $n } sur { $all } remplis
steps-institutions = { $count ->
    [one] { $count } institution
   *[other] { $count } institutions
}
steps-decided = { $n } sur { $all } décidés

## Valeurs des décisions : état initial, inclusion, priorité, échéance, fréquence (src/plan/mod.rs)

baseline-unknown = inconnu
baseline-in-place = en place
baseline-partly-in-place = partiellement en place
baseline-missing = manquant
baseline-not-applicable = sans objet
inclusion-open = non décidé
inclusion-included = inclus
inclusion-excluded = non inclus
priority-high = haute
priority-medium = moyenne
priority-low = basse
timeframe-short = court terme
timeframe-medium = moyen terme
timeframe-long = long terme
frequency-monthly = tous les mois
frequency-quarterly = tous les trimestres
frequency-six-monthly = tous les six mois
frequency-annually = tous les ans
frequency-biennially = tous les deux ans
frequency-end-of-plan = à la fin du plan

## Valeurs de la liste de contrôle : horizon, sens et type des indicateurs, type d'institution (src/content/mod.rs)

horizon-short = court terme
horizon-long = long terme
horizon-short-and-long = court terme pour une première étape, puis long terme
direction-higher = une hausse est favorable
direction-lower = une baisse est favorable
indicator-input = ressources
indicator-output = produit
indicator-outcome = effet
indicator-impact = impact
institution-government = gouvernement
institution-independent = indépendant
institution-judicial = judiciaire
institution-civil-society = société civile
institution-international = international
institution-private = privé

## Le projet de plan d'action et les rapports (src/document)

document-not-in-catalogue = hors catalogue

## Effet d'une modification, sur la ligne de message (src/tui/changes.rs)

changed-timeframe-cleared = échéance effacée
changed-timeframe = échéance : { $timeframe }
changed-notes = notes modifiées
changed-priority-cleared = priorité effacée
changed-priority = priorité : { $priority }
changed-baseline = état initial : { $baseline }
changed-lead-cleared = responsable effacé
changed-lead = responsable : { $code }
changed-partner-added = { $code } ajouté comme partenaire
changed-partner-removed = { $code } n'est plus partenaire
changed-included-again = de nouveau inclus
changed-indicators = { $count ->
    [one] { $count } indicateur
   *[other] { $count } indicateurs
}
changed-prefilled = pré-rempli : { $parts }
changed-indicators-added = { $count ->
    [one] { $count } indicateur ajouté
   *[other] { $count } indicateurs ajoutés
}
changed-indicators-deleted = { $count ->
    [one] { $count } indicateur supprimé
   *[other] { $count } indicateurs supprimés
}
changed-on-roster = { $code } ajouté à la liste
changed-off-roster = { $code } retiré de la liste

## Étapes des domaines : effet d'une touche (src/tui/update/area.rs)

area-open-goal-first = ouvrez l'objectif ({ $key }) et choisissez l'une de ses actions
area-baseline-next = { $item }, état initial : { $baseline } ({ $key } pour la suivante)
area-no-suggested-lead = aucun responsable suggéré pour { $item } : { $key } en choisit un
area-already-leads = { $code } est déjà responsable de { $item }
area-delete-own-only = seuls les objectifs et actions propres à l'équipe peuvent être supprimés ; excluez celui-ci avec { $key }
area-delete-actions-first = supprimez d'abord les actions de cet objectif
area-deleted = { $item } supprimé
area-deleted-undo = { $item } « { $text } » supprimé ({ $key } le rétablit)
area-indicator-deleted = { $item } : indicateur { $n } supprimé

## Modifications, annuler et rétablir (src/tui/update/change.rs)

change-no-plan = ouvrez ou créez d'abord un plan
change-read-only = lecture seule : { $why }
change-undone = annulé
change-redone = rétabli
change-nothing-to-undo = rien à annuler
change-nothing-to-redo = rien à rétablir
change-travelled = { $done } : { $label }

## Conflits de fusion (src/tui/update/conflicts.rs)

conflicts-none = aucun conflit de fusion
conflicts-resolved-one = conflit résolu : { $target } { $field }
conflicts-all-resolved = tous les conflits de fusion sont résolus

## Invites : effet d'Enter et d'Esc (src/tui/update/editor.rs)

editor-nothing-changed = aucune modification
editor-cancelled = annulé : l'ancienne valeur est gardée
editor-edited = champ modifié : { $field }
editor-need-title = saisissez un titre pour le plan
editor-need-path = saisissez le chemin d'un fichier de plan
editor-need-save-path = saisissez le chemin du fichier où enregistrer le plan
editor-action-added = action ajoutée
editor-goal-added = objectif ajouté

## Formulaires : modifier et vider les champs (src/tui/update/form.rs)

form-changed = champ modifié : { $field }
form-nothing-to-clear = rien à vider ici : { $key } modifie ce champ
form-cleared = champ vidé : { $field }
form-already-not-set = { $field } : déjà vide
form-undo-restores = { $said } ({ $key } rétablit)
form-indicator-added = { $item } : indicateur ajouté
form-new-indicator = Nouvel indicateur

## Étape Générer : la copie propre (src/tui/update/generate.rs)

generate-clean-on = copie propre : sans notes d'atelier ni marques de rédaction ; les lacunes vont dans une liste à part, à côté
generate-clean-off = version de travail : les notes et marques de rédaction ([à décider]) figurent dans le document

## Le terminal de l'assistant, ouverture et enregistrement (src/tui/app.rs)

app-not-a-terminal = l'assistant a besoin d'un terminal interactif, et ce n'en est pas un. Utilisez `napwiz --plain` pour un assistant ligne par ligne (qui lit aussi depuis un tube), ou les sous-commandes (napwiz --help), p. ex. `napwiz summary PLAN`.
app-default-title = Plan d'action national
app-choose-a-format = choisissez au moins un format
app-previous-not-kept = les modifications non enregistrées du plan précédent n'ont pas pu être gardées : { $error }
app-conflicts-to-resolve = { $count ->
    [one] { $count } conflit de fusion à résoudre
   *[other] { $count } conflits de fusion à résoudre
} : appuyez sur { $key }.
app-save-as-exists = « { $path } » existe déjà ; choisissez un autre nom de fichier (napwiz ne l'écrase pas)
app-saved-over = enregistré ; la version qui était sur le disque se trouve parmi les sauvegardes

## Ce qui était en cours de saisie, nommé quand c'est gardé (src/tui/typed.rs)

typed-field-of = le champ « { $field } » de { $item }
typed-field = le champ « { $field } »
typed-new-action = l'action en cours d'ajout dans { $goal }
typed-new-goal = l'objectif en cours d'ajout dans le domaine { $area }
typed-new-institution = l'institution en cours d'ajout
typed-new-plan-title = le titre du nouveau plan
typed-path = le chemin en cours de saisie

## Raccourcis redéfinis dans la configuration (src/tui/keymap.rs)

keys-unknown-binding = raccourci inconnu « { $name } »
keys-unknown-key = touche inconnue « { $key } » pour « { $name } »

## Enregistrements d'urgence (src/tui/rescue.rs)

rescue-no-backup = impossible d'écrire une sauvegarde d'urgence dans « { $dir } » ou dans « { $spare } » ; libérez de l'espace, puis réessayez
# $why est vide ou « (la raison) » précédé d'une espace.
rescue-note = le plan n'a pas pu être enregistré dans « { $path } »{ $why }. Tout votre travail, chaque modification, se trouve dans la sauvegarde d'urgence « { $kept } » : copiez-la là où le plan doit se trouver.
rescue-typed-kept = { $what } que vous saisissiez se trouve dans « { $path } ».
rescue-typed-lost = { $what } que vous saisissiez n'a pas pu être gardé : { $error }.
rescue-saved = le plan est enregistré dans « { $path } ».
rescue-holds-typed = Ce fichier contient aussi { $what } que vous saisissiez.
rescue-loose-file = napwiz a gardé { $what } que vous saisissiez au moment de son arrêt :
rescue-stopped-by = arrêté par { $signal } ; { $said }
rescue-panic = napwiz s'est arrêté à cause d'une erreur interne.
rescue-panic-kept = Votre travail a d'abord été gardé : { $saved }
rescue-panic-report = Veuillez signaler ce message aux mainteneurs de napwiz.

## Effet de l'ouverture, de la création et de l'enregistrement (src/tui/update/outcome.rs)

outcome-resumed = Reprise là où ce plan a été laissé : { $place }.
outcome-created = { $path } créé
outcome-saved-as = enregistré dans { $path } ; c'est désormais le fichier du plan

## Étape Institutions : effet d'une touche (src/tui/update/roster.rs)

roster-type-changed = type d'institution modifié
roster-changed = liste : { $code }
roster-added = { $code } ajouté à la liste
roster-removed = { $code } retiré de la liste
roster-removed-with-roles = { $code } retiré de la liste, mais il a encore { $roles ->
    [one] { $roles } rôle
   *[other] { $roles } rôles
} dans le plan (voir Bilan)
roster-has-roles = il a { $roles ->
    [one] { $roles } rôle
   *[other] { $roles } rôles
} dans le plan ; attribuez-les d'abord à d'autres
roster-own-deleted = institution propre supprimée
roster-deleted-undo = { $code } supprimé de la liste ({ $key } le rétablit)
roster-own-added = { $code } ajouté
roster-own-added-type = { $code } ajouté ; Left/Right choisit son type

## Choix d'une institution : effet d'une touche (src/tui/update/picker.rs)

picker-nothing-matches = aucune institution ne correspond à « { $filter } » : Backspace modifie le filtre, { $key } ferme
picker-monitoring-body-set = organe de suivi : { $code }
picker-lead-not-partner = { $code } est responsable de { $item } et ne peut donc pas en être aussi partenaire ({ $key } change le responsable)
picker-partner-label = { $item }, partenaire { $code }

## Thème, souris et enregistrement (src/tui/update/mod.rs)

update-theme = thème : { $theme } ({ $key } pour le suivant)
update-mouse-on = souris activée : un clic sélectionne ; Shift+glisser copie toujours dans la plupart des terminaux
update-mouse-off = souris désactivée
update-everything-saved = tout est enregistré

## Passer d'une étape à l'autre (src/tui/update/nav.rs)

nav-not-in-checklist = « { $item } » n'est pas dans la liste de contrôle
prompt-read-only = ce plan est ouvert en lecture seule

## Classeur Excel : noms des feuilles (31 caractères au plus, aucun de : \ / ? * [ ]), propriétés, en-tête et pied de page (src/export/xlsx.rs)

xlsx-sheet-actions = Actions
xlsx-sheet-budget = Budget
xlsx-sheet-timeline = Calendrier
xlsx-sheet-monitoring = Cadre de suivi
xlsx-sheet-responsibilities = Responsabilités
xlsx-sheet-gaps = Lacunes
xlsx-sheet-institutions = Institutions
xlsx-status-draft = Projet
xlsx-made-with = Réalisé avec napwiz
xlsx-not-in-list = Valeur hors liste
xlsx-one-of = { $column } prend l'une des valeurs suivantes : { $values }
xlsx-header-draft = PROJET
# $page et $pages sont les champs de page d'Excel ; gardez-les tous les deux.
xlsx-footer-page = Page { $page } sur { $pages }

## Mode simple (src/plain.rs). Les commandes saisies (i, x, 1-3, b:, t:, L:, P:, n:, go, q, <, >) restent telles quelles.

plain-welcome = napwiz, mode simple. Répondez à chaque invite et appuyez sur Enter. Enter seul garde ce qui est entre [crochets] ; < revient en arrière ; > passe à l'étape suivante ; ? affiche l'aide ; q enregistre et quitte.
plain-nothing-saved = Rien n'a été enregistré : le plan { $path } est en lecture seule.
plain-saved = { $path } enregistré.
plain-commands-help = À toute invite : ? cette aide, /mots cherche dans la liste de contrôle, go P1.2 ou go 4 (une étape) s'y rend, > étape suivante, < retour, q enregistre et quitte. Enter seul garde ce qui est entre [crochets].
plain-search-none-in-part = Rien dans cette partie du plan ne correspond à « { $query } » ({ $outside ->
    [one] { $outside } élément
   *[other] { $outside } éléments
} en dehors).
plain-search-none = Rien dans la liste de contrôle ne correspond à « { $query } ».
plain-search-found = { $count ->
    [one] { $count } élément trouvé
   *[other] { $count } éléments trouvés
} (go ID s'y rend) :
plain-search-more = ... et { $count } de plus : ajoutez un mot pour affiner
plain-search-outside = ({ $count ->
    [one] { $count } autre
   *[other] { $count } autres
} hors de cette partie du plan)
plain-start-new = Nouveau plan
plain-start-open = Ouvrir un fichier de plan
plain-choice = Choix [1] :
plain-choice-help = Saisissez 1, 2 ou 3.
plain-new-title = Titre du nouveau plan :
plain-title-needed = un titre est nécessaire
plain-path = Chemin du fichier de plan :
plain-not-a-choice = « { $answer } » n'est pas un choix ; saisissez 1, 2 ou 3
plain-created = { $path } créé.
plain-create-question = { $path } n'existe pas. Créer un nouveau plan à cet endroit ? [y/N]
plain-create-help = y (oui) le crée, n (non) arrête.
plain-note = Remarque : { $notice }
plain-open-elsewhere = le plan est ouvert dans un autre napwiz ({ $holder })
plain-read-only = Lecture seule : { $why }. Aucune de vos réponses ne sera enregistrée.
plain-locked = { $path } est ouvert dans un autre napwiz : { $user } sur { $host }, depuis { $since }. napwiz ne peut pas vérifier d'ici si cette session est toujours active.
plain-lock-question = Ouvrir en lecture seule [r], reprendre le verrou [t] (seulement si cette session est terminée) ou annuler [c] ?
plain-lock-answer = Veuillez répondre r, t ou c.
plain-read-only-unchanged = lecture seule : non modifié
plain-not-saved = non enregistré : { $error }
plain-no-such-step = il n'y a pas d'étape { $n } : les étapes vont de 2 (paramètres du plan) à { $steps }
plain-bad-go = « { $target } » n'est ni un numéro d'étape (2 à { $steps }) ni un identifiant de la liste de contrôle tel que P1.2
# $item est vide ou « , P1.2 » avec sa virgule.
plain-resuming = Reprise là où ce plan a été laissé : étape { $step } sur { $steps }, { $name }{ $item } (go 2 repart des paramètres du plan).
plain-step-roster = Institutions (la liste)
plain-end-of-input = Fin de l'entrée ; tout est enregistré.
plain-step = Étape { $step } sur { $steps } : { $name }
plain-field-help = Saisissez la nouvelle valeur, ou Enter pour garder l'actuelle.
plain-roster-prompt = Numéros à ajouter ou retirer (p. ex. 3 7 12), a pour ajouter la vôtre, l pour lister, Enter pour continuer, < retour :
plain-roster-help = Un numéro ajoute l'institution, ou la retire si elle est [x] ; séparez-en plusieurs par des espaces.
plain-roster-numbers = saisissez des numéros de 1 à { $n } (l les liste)
plain-own-help = Par exemple : Bureau de lutte contre la traite, BLT
plain-own-prompt = Nom, sigle (p. ex. Bureau de lutte contre la traite, BLT) :
plain-own-added = { $code } ({ $name }) ajouté à la liste.
plain-goal-prompt = Enter : ses actions ({ $count }) ; s : passer l'objectif ; g : conseils ; < : retour :
plain-goal-help = Enter parcourt les actions de l'objectif une par une.
plain-goal-answer = « { $answer } » : appuyez sur Enter, s, g ou <
plain-now = actuellement : { $now }
plain-decision-prompt = Décision (p. ex. i 1 L:MoI P:NGO,CSW b:missing t:short n:note ; Enter garde ; ? aide) :
plain-pause = Enter pour continuer, < retour :
plain-monitoring-help = Organe de suivi : un sigle d'institution (p. ex. NCO). Fréquences, en anglais : monthly, quarterly, six-monthly, annually, two-yearly, end. Sources de données : séparées par « ; ».
plain-generate = Le projet de plan d'action comptera { $chapters } chapitres et { $included ->
    [one] { $included } action incluse
   *[other] { $included } actions incluses
}.
plain-roster-added = ajouté : { $codes }
plain-roster-removed = retiré : { $codes }
plain-roster-no-change = aucun changement
plain-roster-count = La liste compte { $count ->
    [one] { $count } institution
   *[other] { $count } institutions
}.
plain-decision-help-1 = i inclure, x ne pas inclure, 1/2/3 priorité haute/moyenne/basse (inclut),
plain-decision-help-2 = b:unknown|in|partly|missing|na état initial, t:short|medium|long|2028|2027-2029 échéance,
plain-decision-help-3 = L:SIGLE responsable, P:SIGLE,SIGLE partenaires, n:texte notes (le reste de la ligne).
plain-decision-help-4 = Plusieurs à la fois : i 1 L:MoI P:NGO b:missing.
plain-partners = partenaires : { $codes }
plain-no-institution = aucune institution avec le sigle « { $code } »
plain-not-understood = « { $token } » n'est pas compris ; saisissez ? pour la liste
plain-bad-baseline = état initial « { $value } » : ce n'est pas l'une des valeurs unknown, in, partly, missing, na
plain-bad-frequency = « { $value } » n'est pas une fréquence : monthly, quarterly, six-monthly, annually, two-yearly, end

## Formats d'export, tels que l'étape Générer les présente (src/export/mod.rs)

format-markdown = Markdown
format-html = HTML
format-docx = Word (DOCX)
format-xlsx = Excel (XLSX)
format-csv = CSV

## Mode suivi (issue 20) : une copie en lecture seule qui se recharge quand le fichier du plan change.
follow-who-writer = Suivi de { $user } sur { $host }
follow-who-left = Suivi : { $user } sur { $host } a cessé d'écrire ({ $key } : prendre la main)
follow-who-nobody = Suivi : personne n'écrit ce plan en ce moment ({ $key } : prendre la main)
follow-who-polling = { $who } (vérifié toutes les demi-secondes)
follow-tail-on = { $key } : suivre le facilitateur (activé)
follow-tail-off = { $key } : suivre le facilitateur (désactivé)
follow-last-one = ; dernière modification à { $at } : { $change }
follow-last-more = ; dernière modification à { $at } : { $change } (et { $more ->
    [one] { $more } autre
   *[other] { $more } autres
})
follow-status = { $who }{ $last }. { $tail }.
follow-problem = Pas de mise à jour : { $why } ; affichage de la dernière version valide. { $who }. { $tail }.
follow-changed-mark = * modifié
follow-only-when-following = seulement pour un plan suivi : napwiz --follow PLAN
follow-facilitator-on = suivi du facilitateur : activé (va à l'élément où il se trouve)
follow-facilitator-off = suivi du facilitateur : désactivé
follow-still-writing = { $user } sur { $host } écrit encore ce plan ; { $key } prend la main dès qu'il l'a quitté
follow-opened = { $user } sur { $host } a ce plan ouvert : il a donc été ouvert en lecture seule et suit ses modifications en direct.
plain-follow-intro = Suivi de { $path } ({ $who }). Chaque modification tient sur une ligne, formulée comme par napwiz diff ; q et Enter, ou Ctrl+C, arrête le suivi.
plain-follow-writer = { $user } sur { $host } l'écrit
plain-follow-nobody = personne ne l'écrit en ce moment
plain-follow-polling = Le dossier est vérifié toutes les demi-secondes.
plain-follow-stopped = Suivi arrêté.
plain-follow-readable = Le plan est de nouveau lisible ; le suivi continue.
plain-follow-problem = Pas de mise à jour : { $why } ; le suivi continue sur la dernière version valide.
plain-follow-writer-quit = La personne qui écrivait ({ $user } sur { $host }) a quitté ; rien ne change tant que personne n'ouvre le plan.
plain-follow-writer-came = { $user } sur { $host } écrit maintenant le plan.

## Rapport de mise en œuvre et dossier d'évaluation : pages de titre, titres, noms des feuilles (src/document/report.rs, src/document/evaluation.rs). Noms des feuilles : 31 caractères au plus, aucun de : \ / ? * [ ]

report-status-draft = PROJET DE RAPPORT DE MISE EN ŒUVRE
report-status = RAPPORT DE MISE EN ŒUVRE
report-period = Période de rapport { $period } (du { $from } au { $to })
report-not-reported = non communiqué
report-chapter-summary = Synthèse
report-section-key-figures = Chiffres clés
report-section-trend = Évolution d'une période à l'autre
report-chapter-progress = Avancement par domaine et par objectif
report-objective = Objectif { $number } : { $title }
report-chapter-indicators = Indicateurs
report-chapter-budget = Exécution du budget
report-chapter-difficulties = Difficultés et mesures correctives
report-section-overdue = Actions en retard
report-chapter-recommendations = Recommandations
report-annex-reporting = État des rapports par institution
report-sheet-actions = Actions
report-sheet-indicators = Indicateurs
report-sheet-budget-area = Budget par domaine
report-sheet-budget-source = Budget par source
report-sheet-institutions = Institutions
report-sheet-trend = Évolution
evaluation-status = { $stage ->
    [final] DOSSIER D'ÉVALUATION FINALE
   *[mid-term] DOSSIER D'ÉVALUATION À MI-PARCOURS
}
evaluation-periods = Périodes de rapport { $first } à { $last }
evaluation-chapter-about = À propos de ce dossier
evaluation-chapter-implementation = Mise en œuvre d'une période à l'autre
evaluation-section-by-period = Le plan, période par période
evaluation-section-actions = Chaque action, période par période
evaluation-chapter-trajectories = Trajectoires des indicateurs
evaluation-chapter-questions = Questions d'évaluation
evaluation-relevance = Pertinence
evaluation-coherence = Cohérence
evaluation-effectiveness = Efficacité
evaluation-efficiency = Efficience
evaluation-impact = Impact
evaluation-sustainability = Viabilité
evaluation-annex-reporting = Rapports par institution d'une période à l'autre
evaluation-sheet-trend = Évolution
evaluation-sheet-actions = Actions par période
evaluation-sheet-indicators = Indicateurs par période
evaluation-sheet-questions = Questions
