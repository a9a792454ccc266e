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
key-redraw = redessiner l'écran
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
help-thin-link = Liaison lente (SSH) : pendant que les touches parcourent une liste, la description de l'élément et la ligne des touches attendent une pause des touches. napwiz --link local affiche tout aussitôt.
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
header-decided = { $percent } % décidé
header-no-plan = aucun plan ouvert
header-step = étape { $n } sur { $m } : { $name }
header-draft-translation = [traduction non relue]
message-read-only = Lecture seule : { $why }
message-changed-on-disk = Non enregistré ({ $key } garde votre version, sauvegarde l'autre) : { $why }
message-save-failed = NON ENREGISTRÉ : { $why } { $retry } : réessayer. { $quit } : enregistrer ailleurs ou garder une sauvegarde, puis quitter.

## Écran d'accueil (src/tui/view/start.rs)

start-title = Accueil
start-purpose = Élaborer un plan d'action national contre la traite des êtres humains.
start-provenance = La liste de contrôle suit la structure du Guide du praticien de l'ICMPD (2021), chapitre A ; sa rédaction est propre à napwiz, ce n'est pas un texte de l'ICMPD.
start-draft-translation = Liste de contrôle en { $language } : projet de traduction, pas encore relu par un locuteur natif.
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
review-decided = Actions décidées : { $decided } sur { $actions } ({ $percent } %), incluses : { $included }.
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
hint-timeframe = court, moyen ou long (c, m, l), une année (2028) ou une période (2027-2029)
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
document-draft = PROJET
document-design-workshop = Atelier de conception
document-status = Statut
document-status-working-draft = Projet de travail établi à partir des décisions de l'atelier de conception ; pas encore approuvé.
document-facilitator = Facilitateur
document-title-page = Page de titre
# Titre d'une annexe de premier niveau : « Annexe A. Glossaire ».
document-annex-heading = Annexe { $number }. { $title }
# Le mois tel qu'il s'écrit dans une date (« 29 novembre 2026 ») : en minuscules.
document-month-1 = janvier
document-month-2 = février
document-month-3 = mars
document-month-4 = avril
document-month-5 = mai
document-month-6 = juin
document-month-7 = juillet
document-month-8 = août
document-month-9 = septembre
document-month-10 = octobre
document-month-11 = novembre
document-month-12 = décembre

## Lacunes pour l'équipe de rédaction : chacune s'imprime entre crochets, « [à décider] ».

document-gap-decided = à décider
document-gap-set = à fixer
document-gap-defined = à définir
document-gap-costed = à chiffrer
document-gap-measured = à mesurer
document-gap-agreed = à convenir
document-gap-completed = à compléter
document-gap-spelled-out = à développer
document-gap-monitoring-body = organe de suivi à désigner
document-gap-outcome-indicator = indicateur d'effet à définir
document-gap-lead = responsable à décider
document-gap-indicator = indicateur à définir
document-gap-result = à formuler : le changement qu'apporte cet objectif

## Chapitre 1 : introduction

document-introduction = Introduction
document-about-title = À propos de ce projet
document-about = Ce projet de { $title } ({ $country }, { $period }) est daté du { $date } ; il a été établi avec napwiz à partir des décisions de l'atelier de conception : sur les { $actions } actions de la liste de contrôle, { $decided } ont été décidées et { $included } sont incluses ici, réparties entre { $objectives } objectifs.
# La copie propre à diffuser : pas un mot sur l'outil.
document-about-clean = Ce projet de { $title } ({ $country }, { $period }) est daté du { $date } ; il a été établi à partir des décisions de l'atelier de conception : sur les { $actions } actions de la liste de contrôle, { $decided } ont été décidées et { $included } sont incluses ici, réparties entre { $objectives } objectifs.
document-about-gaps = Les passages marqués « Pour l'équipe de rédaction » et les mentions entre crochets telles que [à décider] sont des lacunes que l'équipe de rédaction doit encore combler.
document-about-checklist = À propos de la liste de contrôle : { $provenance }
document-glance-title = Le plan en bref
document-glance = L'atelier a jugé { $assessed } actions manquantes ou partiellement en place ; { $left_open } d'entre elles ne sont pas incluses dans ce projet (annexe C).
document-area-chart = Actions incluses par domaine, selon la priorité
document-area-chart-description = Le nombre d'actions incluses dans le projet pour chaque domaine, selon la priorité.
document-series-high = haute
document-series-medium = moyenne
document-series-low = basse
document-series-not-set = non fixée
document-situation = Analyse de la situation
document-situation-gap = Résumez la situation à laquelle répond le plan : les formes de traite et d'exploitation constatées dans le pays, les profils des victimes identifiées et présumées et des auteurs, les tendances des dernières années, les données qui étayent ces constats et leurs lacunes, ainsi que les recommandations des organes internationaux de suivi.
document-legal = Cadre juridique et politique
document-legal-gap = Décrivez le cadre juridique et politique : les instruments internationaux ratifiés par le pays, la législation nationale sur la traite (droit pénal, protection des victimes, migrations, travail et protection de l'enfance), les stratégies connexes et les modifications en cours.
document-lessons = Enseignements du plan précédent
document-lessons-gap = Résumez les enseignements du plan précédent : ce qu'il a permis d'accomplir, ce qui n'a pas été réalisé et pourquoi, les conclusions de son évaluation et la manière dont le présent plan y répond. S'il s'agit du premier plan, indiquez-le.

## Chapitre 2 : principes directeurs (src/document/principles.rs)

document-principles = Principes directeurs
principles-intro = Ces principes s'appliquent à chaque action du présent plan, à sa mise en œuvre et à son suivi. L'équipe de rédaction devrait les adapter au droit et aux politiques du pays.
principles-rights = Droits humains et approche centrée sur la victime
principles-rights-meaning = Les droits, la sécurité et la dignité des victimes et des personnes à risque passent avant tout. L'assistance ne dépend pas de la volonté de la victime de coopérer avec les autorités, les victimes ne sont pas sanctionnées pour les infractions qu'elles ont été contraintes de commettre, et chaque mesure est conçue du point de vue de la personne qu'elle doit aider.
principles-gender-child = Prise en compte du genre et de l'enfant
principles-gender-child-meaning = Les mesures tiennent compte des différentes manières dont les femmes, les hommes, les filles et les garçons sont recrutés, exploités et aidés. Dans toute action concernant un enfant, l'intérêt supérieur de l'enfant prime, et une personne dont l'âge est incertain est traitée comme un enfant jusqu'à l'évaluation de son âge.
principles-non-discrimination = Non-discrimination
principles-non-discrimination-meaning = Chaque victime est protégée et assistée sans distinction de sexe, de nationalité, d'origine ethnique, de statut migratoire ou de séjour, de handicap, d'orientation sexuelle, de forme d'exploitation ou de toute autre situation.
principles-do-no-harm = Ne pas nuire
principles-do-no-harm-meaning = Chaque action est examinée pour déceler ses effets non souhaités sur les victimes et les groupes à risque, tels que la stigmatisation, la perte de revenus, un nouveau traumatisme ou l'exposition aux trafiquants, et elle est ajustée lorsque de tels effets apparaissent.
principles-participation = Participation de la société civile et des survivants
principles-participation-meaning = Les organisations de la société civile, les syndicats, les employeurs et les survivants participent à la conception, à la mise en œuvre et au suivi du plan. Les survivants y participent de leur plein gré, en sécurité et avec un consentement éclairé, et leur temps et leur expertise sont reconnus.
principles-evidence = Fondé sur des données probantes
principles-evidence-meaning = Les actions répondent à l'analyse de la situation et aux données sur les cas, les tendances et les services. Le plan est révisé lorsque les données évoluent, et les données sont ventilées par sexe, âge, nationalité et forme d'exploitation.
principles-accountability = Redevabilité
principles-accountability-meaning = Chaque action a une institution responsable, une échéance, des indicateurs et, lorsqu'elle a un coût, un budget. L'avancement fait l'objet de rapports réguliers et publics, et le plan est évalué de manière indépendante à mi-parcours et à son terme.

## Chapitre 3 : structure de coordination et de mise en œuvre

document-coordination-title = Structure de coordination et de mise en œuvre
document-structure = Organe de coordination et coordonnateur national
document-coordination = L'organe de coordination pilote la réponse nationale et approuve les rapports du plan ; le coordonnateur national dirige sa mise en œuvre au quotidien et réunit les institutions ci-dessous.
document-coordination-gap = Décrivez le mandat et la base juridique de l'organe de coordination, ses membres, la fréquence de ses réunions, son secrétariat et la manière dont la société civile et les survivants y participent.
document-coordinating-body = Organe de coordination
document-national-coordinator = Coordonnateur national
document-monitoring-body = Organe de suivi
document-institutions-title = Institutions chargées de la mise en œuvre et leurs rôles
document-institutions = La liste compte { $roster } institutions ; { $active } d'entre elles sont responsables ou partenaires d'au moins une action incluse. L'institution responsable d'une action répond de sa réalisation et en rend compte ; les partenaires y contribuent. L'annexe A présente les actions de chaque institution.
document-institutions-caption = Institutions, leurs sigles et leurs rôles
document-institutions-table = Institutions
document-workload-chart = Charge de travail par institution
document-workload-chart-description = Le nombre d'actions incluses dont chaque institution est responsable ou partenaire, par charge décroissante.
document-series-leads = responsable
document-series-partner-in = partenaire

## Chapitres des domaines

document-area-empty = Aucune action de ce domaine n'est encore incluse dans le projet. Décidez avec le groupe de travail si ce domaine doit avoir des objectifs dans ce plan, et expliquez pourquoi si ce n'est pas le cas.
document-objective-empty = Aucune action n'est encore incluse sous cet objectif.
document-workshop-notes = Notes de l'atelier : { $notes }
document-action-notes = Notes de l'atelier sur les actions :
document-expected-result = Résultat attendu d'ici { $year }
document-outcome-indicator = Indicateur d'effet
document-actions-caption = Actions relevant de l'objectif { $number }

## En-têtes de colonnes des tableaux (documents, classeurs et fichiers CSV)

document-column-number = N°
document-column-action = Action
document-column-area = Domaine
document-column-objective = Objectif
document-column-institution = Institution
document-column-code = Sigle
document-column-kind = Type
document-column-leads = Responsable
document-column-partner-in = Partenaire
document-column-leads-actions = Responsable des actions
document-column-partner-in-actions = Partenaire des actions
document-column-lead = Chef de file
document-column-partner = Partenaire
document-column-partners = Partenaires
document-column-timeframe = Échéance
document-column-priority = Priorité
document-column-indicators = Indicateurs
document-column-indicator = Indicateur
document-column-target = Cible
document-column-budget = Budget
document-column-budget-source = Budget et source
document-column-current-status = Situation actuelle
document-column-item = Élément
document-column-baseline = Référence
document-column-decision = Décision
document-column-notes = Notes
document-column-for = Pour
document-column-type = Type
document-column-verification = Moyens de vérification
document-column-frequency = Fréquence
document-column-responsible = Responsable
document-column-from = Début
document-column-to = Fin
document-column-currency = Devise
document-column-funding-source = Source de financement
document-column-checklist-item = Élément de la liste
document-column-year = Année

## Chapitre du suivi

document-monitoring-title = Suivi, revue et évaluation
document-monitoring = Le suivi vérifie si les actions sont menées comme prévu ; les revues et les évaluations examinent si elles atteignent les objectifs du plan. Chaque institution responsable rend compte de ses actions au regard des indicateurs du cadre de suivi ; l'organe de suivi consolide les rapports et les présente à l'organe de coordination.
document-arrangements = Modalités de suivi, de revue et d'évaluation
document-progress-reports = Rapports d'avancement des institutions chargées de la mise en œuvre
document-review = Revue du plan
document-mid-term = Évaluation à mi-parcours
document-final-evaluation = Évaluation finale
document-data-sources = Sources de données :
document-data-sources-gap = Énumérez les sources de données que l'organe de suivi utilisera.
document-framework-title = Cadre de suivi
document-framework = Un tableau par objectif : d'abord les indicateurs d'effet qui montrent si l'objectif est atteint (mesurés par l'organe de suivi), puis une ligne par indicateur de chaque action incluse (renseignée par l'institution responsable de l'action).
document-framework-caption = Objectif { $number } : { $title }
document-objective = Objectif { $number }

## Annexes

document-responsibility-title = Matrice des responsabilités
document-responsibility = Qui fait quoi : pour chaque institution, les numéros des actions incluses dont elle est responsable et de celles dont elle est partenaire. L'export en classeur présente la même matrice avec une colonne par institution.
document-responsibility-caption = Matrice des responsabilités : les actions dont chaque institution est responsable ou partenaire
document-timeline-title = Calendrier de mise en œuvre
document-timeline = Les actions incluses année par année, par domaine : une barre (ou une marque dans le tableau) pour chaque année de déroulement d'une action. Le court et le moyen terme correspondent au premier et au deuxième tiers de la période du plan, le long terme à toute la période.
document-timeline-unscheduled = Fixez l'échéance des actions non représentées : { $numbers }.
document-timeline-caption = Calendrier : { $area }
document-timeline-description = Les années de mise en œuvre de chaque action incluse du domaine { $area }.
document-timeline-table = Calendrier
document-gaps-title = Analyse des lacunes
document-gaps = Actions jugées manquantes ou partiellement en place par l'atelier, auxquelles aucune action incluse ne répond. L'équipe de rédaction devrait confirmer que chacune est laissée ouverte à dessein, ou l'ajouter au plan.
document-gaps-none = Aucune lacune évaluée ne reste ouverte.
document-gaps-caption = Lacunes évaluées restant ouvertes
document-glossary-title = Glossaire
document-glossary = Les termes du glossaire de napwiz employés dans ce projet.
document-glossary-clean = Les termes employés dans ce projet.
document-glossary-none = Ce projet n'emploie aucun terme du glossaire.
document-abbreviations-title = Abréviations
document-abbreviations = Les sigles des institutions et les autres abréviations employés dans ce projet.
document-abbreviations-none = Ce projet n'emploie aucune abréviation.

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
plain-decision-help-2 = b:inconnu|existe|partiel|manquant|so état initial, t:court|moyen|long|2028|2027-2029 échéance,
plain-decision-help-3 = L:SIGLE responsable, P:SIGLE,SIGLE partenaires, n:texte notes (le reste de la ligne).
plain-decision-help-4 = Plusieurs à la fois : i 1 L:MoI P:NGO b:missing.
plain-partners = partenaires : { $codes }
plain-no-institution = aucune institution avec le sigle « { $code } »
plain-not-understood = « { $token } » n'est pas compris ; saisissez ? pour la liste
plain-bad-baseline = état initial « { $value } » : ce n'est pas l'une des valeurs inconnu, existe, partiel, manquant, so
plain-bad-frequency = « { $value } » n'est pas une fréquence : mensuel, trimestriel, semestriel, annuel, biennal, fin

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

## Avis du projet sur une liste de contrôle traduite (page de titre et « À propos de ce projet »)
draft-fact-translation = Traduction
draft-translation-unreviewed = Projet de traduction de la liste de contrôle ({ $language }, d'après l'édition anglaise { $based_on }), pas encore relu par un praticien de langue maternelle. Pour signaler une correction : { $report }
draft-english-fallback = { $count ->
    [one] Une entrée de la liste de contrôle n'est pas encore traduite et apparaît en anglais, marquée [en] : { $ids }.
   *[other] { $count } entrées de la liste de contrôle ne sont pas encore traduites et apparaissent en anglais, marquées [en] : { $ids }.
}

## Chapitre et feuille du budget (src/document/budget.rs)

budget-title = Budget
budget-summary = { $costed } des { $included } actions incluses ont une estimation de coût, pour un total de { $amount }. { $not_costed } ({ $share }) n'en ont pas encore : c'est le déficit de chiffrage présenté dans la dernière section de ce chapitre.
budget-note = Les estimations sont celles enregistrées lors de l'atelier de conception. Elles sont indicatives : chaque institution responsable confirme le coût de ses actions, et le budget est arrêté avec le ministère des finances et les bailleurs de fonds avant l'adoption du plan.
budget-by-area-title = Budget par domaine et par objectif
budget-by-area = Estimations par domaine
budget-by-objective = Estimations par objectif
budget-by-year-title = Budget par année
budget-year-note = L'estimation d'une action est répartie à parts égales sur les années de son échéance : les montants annuels sont un premier repère pour la programmation budgétaire, non un échéancier de paiements.
budget-by-year = Estimations par année
budget-sources-title = Sources de financement
budget-by-source = Estimations par source de financement
budget-by-lead-title = Budget par institution responsable
budget-lead-note = Les estimations des actions dont chaque institution est responsable, et sa part du budget estimé : ce que l'institution devra prévoir dans son propre budget ou mobiliser.
budget-by-lead = Part du budget par institution responsable
budget-costing-gap = Déficit de chiffrage
budget-all-costed = Chaque action incluse a une estimation de coût.
budget-gap = { $count } actions incluses n'ont pas encore d'estimation de coût. L'institution responsable de chacune devrait la chiffrer avant l'adoption du plan.
budget-gap-caption = Actions incluses sans estimation de coût
budget-total = Total
budget-all-included = Toutes les actions incluses
budget-no-timeframe = échéance non fixée
budget-no-source = source non indiquée
# Un budget avec une source de financement mais pas encore de montant, dans un conflit de fusion : « aucun montant (Donateur) ».
budget-no-amount = aucun montant
budget-no-lead = responsable non décidé
budget-column-costed = Actions chiffrées
budget-column-costed-running = Actions chiffrées en cours
budget-column-without-estimate = Sans estimation
budget-column-without-estimate-long = Actions sans estimation
budget-column-estimate = Estimation
budget-column-estimate-in = Estimation ({ $currency })
budget-column-share = Part
budget-column-share-percent = Part du budget (%)
budget-column-budget-by = Budget par


## Le texte propre aux formats d'export : page de titre, sommaire, marques de rédaction (src/export)

export-for-drafting-team = Pour l'équipe de rédaction{"\u202F"}:
export-draft-of = Projet du { $date }
export-preview-draft-of = projet du { $date }
export-contents = Sommaire
export-html-title = { $title } (projet)
export-status-draft = Projet
export-docx-subject = Projet de plan d'action national, { $country }, { $period }
# Le pied de page Word ; le numéro de page suit directement : gardez l'espace final.
export-docx-footer = { $title } - PROJET du { $date } - page{" "}
# Cellule CSV du numéro d'une action, formulée pour qu'aucun tableur ne lise 4.1.2 comme une date.
export-csv-action = Action { $number }
export-checklist-intro = La copie propre de ce projet ({ $date }) omet les lacunes ci-dessous. Comblez chacune dans le plan, ou dans le document, avant l'adoption du plan.
export-checklist-none = Rien ne reste ouvert.

## Ce qui ne va pas dans une valeur saisie (src/plan/edit.rs)

edit-not-a-year = « { $text } » n'est pas une année ; saisissez une année, p. ex. 2027
edit-year-required = une année est obligatoire, p. ex. 2027
edit-years-reversed = { $first }-{ $last } se termine avant de commencer
edit-years-outside = { $first }-{ $last } sort de la période du plan { $period_first }-{ $period_last }
edit-not-an-amount = « { $text } » n'est pas un montant ; saisissez des unités entières, p. ex. 50000
edit-empty = ce champ ne peut pas être vide
edit-first-after-last = la première année ne peut pas être postérieure à la dernière ({ $last })
edit-last-before-first = la dernière année ne peut pas être antérieure à la première ({ $first })
edit-not-a-date = « { $text } » n'est pas une date ; saisissez les dates au format AAAA-MM-JJ, séparées par des virgules
edit-wording-empty = le libellé ne peut pas être vide
edit-indicator-empty = un indicateur doit avoir un texte ; appuyez sur d pour le supprimer
# Le texte d'un indicateur qui vient d'être ajouté, à remplacer par l'équipe.
edit-new-indicator = Nouvel indicateur
edit-institution-format = saisissez le nom, une virgule et un sigle court, p. ex. Office de lutte contre la traite, OLT
edit-institution-exists = une institution de sigle { $code } existe déjà

## Le contrôle du plan : constats (src/plan/health.rs) et éléments déplacés (src/plan/moved.rs)

health-no-title = le plan n'a pas de titre
health-no-country = le plan ne nomme aucun pays
health-period-reversed = la période du plan { $first }-{ $last } se termine avant de commencer
health-period-implausible = la période du plan { $first }-{ $last } n'est pas une plage d'années plausible
health-workshop-date = la date d'atelier « { $date } » n'est pas une date ; format attendu AAAA-MM-JJ
health-other-pack = le plan a été créé avec le pack de contenu « { $plan_pack } », et non « { $pack } » ; les éléments sont appariés par identifiant
health-roster-unknown = l'institution « { $id } » de la liste n'est pas au catalogue ; ajoutez-la comme institution propre
health-institution-twice = l'identifiant d'institution propre « { $id } » est utilisé deux fois
health-goal-twice = l'identifiant d'objectif propre « { $id } » est utilisé deux fois
health-goal-area = l'objectif propre « { $id } » relève d'un domaine inconnu « { $area } »
health-action-twice = l'identifiant d'action propre « { $id } » est utilisé deux fois
health-action-goal-moved = l'action propre « { $id } » relève de l'objectif { $goal }, qui se trouve désormais en { $to }
health-action-goal = l'action propre « { $id } » relève d'un objectif inconnu « { $goal } »
health-item-unknown = « { $id } » ne figure pas dans le pack de contenu ; ses décisions sont conservées mais n'apparaissent pas dans le plan
health-institution-unknown = { $id } : l'institution « { $institution } » ne figure ni au catalogue ni sur la liste
health-not-on-roster = { $id } : « { $institution } » ne figure pas sur la liste des institutions du plan
health-lead-also-partner = { $id } : l'institution responsable figure aussi parmi les partenaires
health-timeframe-reversed = { $id } : l'échéance { $first }-{ $last } se termine avant de commencer
health-timeframe-outside = { $id } : l'échéance { $first }-{ $last } sort de la période du plan { $period_first }-{ $period_last }
health-no-lead = { $id } : l'action incluse n'a pas d'institution responsable
health-no-timeframe = { $id } : l'action incluse n'a pas d'échéance
health-no-indicator = { $id } : l'action incluse n'a pas d'indicateur
health-no-priority = { $id } : l'action incluse n'a pas de priorité
health-no-target = { $id } : l'indicateur « { $indicator } » n'a pas de cible
# Le même indicateur sans cible dans plusieurs actions : les trois premières sont $named.
health-no-target-in = l'indicateur « { $indicator } » n'a pas de cible dans { $count } actions : { $named }{ $more ->
    [0] {""}
   *[other] {" "}et { $more } autres
}
health-what-notes = les notes
health-what-indicator = un indicateur
health-what-target = la cible d'un indicateur
health-what-monitoring-notes = les notes de suivi
health-what-mid-term = l'évaluation à mi-parcours
health-what-final = l'évaluation finale
health-long-text = { $what } : texte très long ({ $size } caractères, environ { $pages } pages) ; gardez la décision courte et placez le détail dans un document distinct
health-long-text-cut = { $what } : texte très long ({ $size } caractères, environ { $pages } pages) ; l'export Excel le coupe à { $limit } caractères : gardez la décision courte et placez le détail dans un document distinct
health-no-monitoring-body = aucun organe de suivi n'est désigné (étape Dispositif de suivi)
health-evaluation-outside = { $what } en { $year } sort de la période du plan { $period_first }-{ $period_last }
moved-done = la décision relative à { $from } se trouve désormais en { $to }
moved-kept = la décision relative à { $from } relève de { $to }, qui a sa propre décision ; { $from } est conservé mais n'apparaît pas : fusionnez-les à la main
moved-summary = Le pack de contenu a fusionné certains éléments : { $moves }.

## Ouvrir et enregistrer les fichiers de plan (src/store/mod.rs)

store-open-elsewhere = ouvert dans un autre napwiz : { $holder }
store-opened-read-only = ouvert en lecture seule
store-file-read-only-short = le fichier est en lecture seule (chmod u+w pour le modifier)
store-folder-read-only-short = son dossier n'est pas accessible en écriture (ni verrou ni enregistrement ; l'export fonctionne)
store-file-read-only = le fichier est en lecture seule (ses droits n'autorisent pas l'écriture), napwiz ne le modifiera donc pas ; pour le modifier, rendez-le accessible en écriture (chmod u+w « { $path } ») et rouvrez-le, ou copiez-le dans un nouveau fichier
store-folder-read-only = son dossier « { $folder } » n'est pas accessible en écriture : napwiz ne peut ni verrouiller ni enregistrer le plan ; la lecture et l'export fonctionnent. Pour le modifier, copiez-le dans un dossier accessible en écriture
store-plan-read-only = le plan « { $path } » est en lecture seule : { $why }
store-lock-unverified = le plan « { $path } » est verrouillé par { $holder }. napwiz ne peut pas vérifier depuis cet ordinateur si cette session est toujours en cours : ouvrez le plan en lecture seule, ou reprenez le verrou si cette session est terminée.
store-locked = le plan « { $path } » est ouvert dans un autre napwiz : { $holder }. Ouvrez-le en lecture seule, ou demandez qu'il soit fermé.
journal-changed = le journal « { $path } » a été modifié ou supprimé par un autre programme
store-journal-recovered = { $count ->
    [one] 1 modification appliquée
   *[other] { $count } modifications appliquées
} depuis « { $journal } » : la dernière session les y a écrites et s'est arrêtée avant de les écrire dans le fichier du plan.
store-journal-torn = { $count ->
    [one] 1 modification endommagée laissée
   *[other] { $count } modifications endommagées laissées
} de côté à la fin de « { $journal } » (napwiz s'est arrêté pendant l'écriture) ; les modifications précédentes sont dans le plan.
store-journal-stale = « { $journal } » contient des modifications faites sur une autre version de « { $path } » (le plan a été modifié hors de napwiz depuis) : elles ne sont pas appliquées.
store-journal-backed-up = { $count ->
    [one] 1 modification de « { $journal } », pas encore écrite dans le fichier du plan, figure
   *[other] { $count } modifications de « { $journal } », pas encore écrites dans le fichier du plan, figurent
} dans la sauvegarde faite avant son remplacement.
store-journal-not-folded = Impossible d'écrire les modifications dans « { $path } » ({ $error }) ; elles sont en sécurité dans « { $journal } », et le prochain napwiz qui ouvre le plan les applique.
app-journal-left = Les dernières modifications sont dans « { $journal } », pas encore dans « { $path } » : rouvrez le plan dans napwiz pour les y écrire (d'ici là, chaque commande napwiz les lit depuis ce fichier).
store-journal-kept = « { $journal } » est conservé sous « { $kept } » : comparez-le au plan et saisissez à la main ce qui manque, puis supprimez-le.
store-journal-unreadable = Impossible de lire ou de déplacer « { $journal } » ({ $error }) : les dernières modifications qu'il contient peut-être ne sont pas affichées.
store-journal-left = Impossible de supprimer « { $journal } » après avoir écrit ses modifications dans le plan ; le plan les contient toutes, le journal peut être supprimé.
store-changed-on-disk = le plan « { $path } » a été modifié sur le disque par un autre programme depuis sa lecture par napwiz ; il n'est pas écrasé.
store-version-kept = Votre version est conservée dans « { $kept } ».
store-not-utf8 = impossible de lire le plan : { $path }:{ $line }:{ $column } : l'octet { $byte } n'est pas du texte UTF-8 ; fichier de plan RON enregistré en UTF-8 attendu.
store-unreadable = impossible de lire le plan : { $problem }.
store-control-characters = Caractères de contrôle supprimés de { $count } textes du plan (ils pouvaient piloter le terminal).
store-migrated = Ce plan était au format version { $from } ; il sera enregistré en version { $to }. L'original est d'abord sauvegardé.
store-replace-read-only = « { $path } » est en lecture seule ; il n'est pas remplacé. Rendez-le d'abord accessible en écriture (chmod u+w « { $path } »), ou choisissez un autre chemin.
store-exists = « { $path } » existe déjà ; il n'est pas écrasé. Choisissez un autre chemin, ou indiquez --force pour le remplacer (l'ancien fichier est sauvegardé).
store-just-created = « { $path } » vient d'être créé par un autre napwiz ; il n'est pas écrasé.
store-backup-before-replace = impossible de sauvegarder « { $path } » avant de le remplacer ; rien n'a été modifié
store-backup-theirs = impossible de sauvegarder la version sur le disque
store-save-not-writable = impossible d'enregistrer le plan « { $path } » : { $why }. Vos modifications restent ouvertes dans napwiz.
store-folder-replaced-named = son dossier « { $folder } » a été remplacé par un fichier
store-folder-gone-named = son dossier « { $folder } » n'existe plus
store-file-gone = le fichier a été supprimé ou déplacé par un autre programme
store-save-gone = impossible d'enregistrer le plan « { $path } » : { $what }. Vos modifications restent ouvertes dans napwiz ; enregistrez-les ailleurs ou rétablissez le dossier.
store-backup-before-migration = impossible de sauvegarder le plan avant de le convertir au nouveau format ; rien n'a été modifié
store-backup-failed = le plan a été enregistré, mais sa sauvegarde dans « { $folder } » a échoué : { $error }
store-hard-links = Ce plan a { $names } noms liés par des liens physiques ; l'enregistrement ne met à jour que celui-ci (utilisez un lien symbolique).
store-took-over-stale = Verrou périmé laissé par { $holder } repris.
store-took-over = Verrou détenu par { $user } sur { $host } repris, comme demandé.
store-dangling-link = « { $path } » est un lien symbolique vers « { $target } », qui n'existe pas ; napwiz ne remplace pas un lien par un fichier. Créez le plan à l'emplacement « { $target } » (le lien y mènera alors), ou supprimez d'abord le lien.
store-lock-file = impossible de créer le fichier de verrou « { $path } » (le dossier est-il accessible en écriture ?) ; ouvrez le plan en lecture seule ou copiez-le dans un dossier accessible en écriture
store-missing = le plan « { $path } » n'existe pas ; créez-le avec `napwiz new { $path }`
store-permission-denied = impossible de lire le plan « { $path } » : permission refusée
store-read-failed = impossible de lire le plan « { $path } » : { $error }
store-file-too-large = le fichier dépasserait la taille maximale fixée pour ce compte (ulimit -f)
store-disk-full = le disque est plein
store-folder-not-writable = le dossier n'est pas accessible en écriture
store-folder-gone = son dossier n'existe plus
store-folder-replaced = son dossier a été remplacé par un fichier
store-save-failed = impossible d'enregistrer le plan « { $path } » : { $why } ({ $error }). La version précédente sur le disque est inchangée, et vos modifications restent ouvertes dans napwiz.
store-not-changed = Le fichier n'a pas été modifié.
store-last-good-copy = La dernière copie valide enregistrée par napwiz date du { $taken } (« { $backup } ») ; restaurez-la avec `napwiz backups { $path } --restore { $n }`, ou corrigez le fichier à la main.

## Verrous des plans (src/store/lock.rs) et emplacements mémorisés (src/store/place.rs)

# Qui détient le verrou d'un plan : « ana sur laptop-3 (pid 4242) depuis 2026-11-29 10:15 CET ».
lock-holder-line = { $user } sur { $host } (pid { $pid }) depuis { $since }
lock-another-napwiz = un autre napwiz
lock-unknown-host = un hôte inconnu
lock-unknown-time = une heure inconnue
lock-keeps-replaced = impossible de verrouiller « { $path } » : il est sans cesse remplacé
place-unwritable = impossible d'écrire l'emplacement dans le plan
place-not-remembered = impossible de mémoriser l'emplacement dans « { $file } »

## Lignes de `napwiz diff` et de textconv, « quoi : valeur » (src/plan/diff.rs). Chaque nom avant les
## deux-points est la clé d'une ligne : n'y mettez pas « : ».

diff-title = titre
diff-country = pays
diff-period = période
diff-coordinating-body = organe de coordination
diff-national-coordinator = coordonnateur national
diff-facilitator = facilitateur
diff-workshop-dates = dates de l'atelier
diff-language = langue
diff-currency = devise
diff-roster = liste { $code }
diff-roster-own = liste { $code } (propre)
diff-own-goal = objectif propre { $id } du domaine { $area }
diff-own-goal-guidance = conseils de l'objectif propre { $id }
diff-own-action = action propre { $id } sous { $goal }
diff-part = partie du plan
diff-part-of = domaine { $area } de { $of }
diff-conflict = conflit sur { $conflict }
diff-indicator = indicateur
diff-baseline = référence
diff-target = cible
diff-verified-by = vérifié par
diff-inclusion = inclusion
diff-priority = priorité
diff-timeframe = échéance
diff-lead = responsable
diff-partners = partenaires
diff-budget = budget
diff-notes = notes
diff-monitoring-body = organe de suivi
diff-monitoring-reports = rapports de suivi
diff-monitoring-review = revue du suivi
diff-mid-term = évaluation à mi-parcours
diff-final-evaluation = évaluation finale
diff-data-sources = sources de données
diff-monitoring-notes = notes de suivi

## Fusion des parties et des plans (src/plan/merge.rs)

# Un côté d'une fusion qui est une partie du plan, désignée par son fichier.
merge-part = partie { $file }
merge-bad-value = « { $text } » n'est pas une valeur valide : { $error }
merge-and-more = { $named } et { $more } autres
merge-roster-stays = liste : { $code } reste bien que { $source } l'ait retiré : { $users } le citent encore
merge-goal-kept = l'objectif propre { $id } a été supprimé dans { $side } ; il est conservé : supprimez-le dans l'ensemble du plan
merge-action-kept = l'action propre { $id } a été supprimée dans { $side } ; elle est conservée : supprimez-la dans l'ensemble du plan
# Qui a gardé une valeur dans un conflit quand aucun côté n'est nommé.
merge-the-plan = le plan
merge-outside-area = { $side }, hors de son domaine
merge-pack-version = { $id } version { $version }
merge-roster-added = liste : { $code } ajouté ({ $source })
merge-roster-removed = liste : { $code } retiré ({ $source })
merge-goal-added = objectif propre { $id } ajouté : { $text } ({ $source })
merge-action-added = action propre { $id } ajoutée : { $text } ({ $source })

## Parties du plan (src/plan/part.rs)

part-setup-shared = Les paramètres sont communs à tous les groupes : modifiez-les dans { $of } après napwiz merge
part-monitoring-shared = Le suivi est commun à tous les groupes : modifiez-le dans { $of } après napwiz merge
part-reports-shared = Les rapports d'avancement concernent tout le plan : saisissez-les dans { $of } après napwiz merge
part-institution-shared = D'autres groupes peuvent citer { $code } : retirez-le dans { $of } après napwiz merge
part-notice = Partie du plan pour { $area } de { $of } : seul { $area } peut être modifié ici ; les paramètres, le suivi et les autres domaines se modifient dans { $of } après napwiz merge.
# Court : doit tenir dans la ligne d'état d'un terminal de 80 colonnes avec part-outside.
part-item-in = { $id } est dans { $area }
part-item-in-no-area = { $id } n'est dans aucun domaine
part-outside = { $place }, hors de cette partie : modifiez dans { $of } après napwiz merge

## Lecture des fichiers de plan de toute version (src/plan/migrate.rs)

migrate-no-format = aucun champ « format »
migrate-format = format « { $format } »
migrate-not-a-plan = ce n'est pas un plan napwiz ({ $found }) ; fichier attendu commençant par (format: "{ $format }", version: { $version }, ...)
migrate-no-version = le plan n'a pas de champ « version » ; attendu : version: { $version }
migrate-newer = la version { $newer } du plan a été écrite par un napwiz plus récent ; celui-ci lit les versions 0 à { $version }. Mettez napwiz à jour pour l'ouvrir

## Le fichier de configuration (src/config.rs)

config-not-read = configuration « { $path } » non lue ({ $error }) ; valeurs par défaut utilisées
config-not-used = configuration non utilisée : { $problem } ; valeurs par défaut utilisées
config-unwritable = impossible d'écrire la configuration
config-not-saved = impossible d'enregistrer la configuration « { $path } »

## Écriture des fichiers : le classeur Excel (src/export/xlsx.rs) et chaque export (src/export/mod.rs)

xlsx-sheet-failed = impossible d'écrire la feuille « { $name } »
xlsx-assemble-failed = impossible d'assembler le classeur
# Termine une cellule de classeur coupée à la limite d'Excel (affiché entre crochets).
xlsx-cut-marker = … coupé : { $count } caractères de plus ne tenaient pas dans cette cellule ; le texte complet figure dans le fichier du plan et dans les projets Word et HTML
xlsx-cut-cell = { $sheet }, colonne { $column }, ligne { $row } ({ $first }) : { $length } caractères coupés à la limite de { $limit } par cellule
export-write-failed = impossible d'écrire « { $path } »
export-render-failed = impossible de produire l'export { $format }

## napwiz backups (src/commands/backups.rs)

backups-unlisted = impossible de lister les sauvegardes dans « { $folder } »
backups-none = Aucune sauvegarde de { $plan } pour l'instant (napwiz en fait une à chaque enregistrement).
backups-list = Sauvegardes de { $plan } (dans { $folder }), de la plus récente à la plus ancienne :
# $bytes est la taille, alignée à droite.
backups-bytes = { $bytes } octets
backups-restore-hint = Pour en restaurer une : napwiz backups { $path } --restore N
backups-no-such = il n'y a pas de sauvegarde { $n } de « { $path } » ; nombre de 1 à { $count } attendu (voir `napwiz backups { $path }`)
backups-unreadable = impossible de lire la sauvegarde « { $path } »
backups-invalid = la sauvegarde { $n } n'est pas un plan valide : { $problem }
backups-took-over = remarque : verrou détenu par { $holder } repris
backups-before-restore = impossible de sauvegarder le fichier actuel avant la restauration ; rien n'a été modifié
backups-restored = { $plan } restauré à partir de la sauvegarde du { $taken }. Le fichier remplacé est lui aussi conservé en sauvegarde.
backups-folder-not-writable = son dossier n'est pas accessible en écriture
backups-lock-failed = le verrouillage a échoué
backups-restore-failed = impossible de restaurer « { $path } » : { $why } ({ $error }) ; rien n'a été modifié

## napwiz new, check (src/commands/plans.rs)

new-years-reversed = --from { $from } est postérieur à --to { $to } ; attendu : la première année, puis la dernière
new-missing-flags = un nouveau plan nécessite { $flags } (aucun terminal pour les demander) ; par exemple : napwiz new nap.ron --title "Plan d'action national 2027-2030" --country "République de X" --from 2027 --to 2030
new-ask-title = Titre du plan :
new-need-title = un titre
new-ask-country = Pays :
new-need-country = un pays
new-ask-first-year = Première année [{ $year }] :
new-ask-last-year = Dernière année [{ $year }] :
new-last-before-first = la dernière année ne peut pas précéder la première ({ $first })
new-unreadable = impossible de lire la réponse
new-no-answer = pas de réponse : rien n'a été créé
# $what est new-need-title ou new-need-country.
new-needed = il faut { $what }
new-not-a-year = « { $text } » n'est pas une année de { $first } à { $last }
check-error = erreur
check-warning = alerte
check-totals = { $errors } erreurs, { $warnings } alertes

## napwiz split, merge, merge-driver (src/commands/breakout.rs)

split-exists = « { $path } » existe déjà ; il n'est pas écrasé (indiquez --force pour le remplacer)
merge-no-base = remarque : aucun fichier de base ({ $base }) à côté des parties : toute valeur d'une partie qui diffère de { $plan } compte comme une modification de cette partie (indiquez l'état d'origine de la division avec --base FICHIER)
merge-done = { $parts } parties fusionnées dans { $plan }
merge-conflicts-left = { $count ->
    [one] 1 conflit reste
   *[other] { $count } conflits restent
} dans { $plan } : résolvez-les dans l'assistant (napwiz { $plan }, puis C), ou fusionnez de nouveau avec --prefer FICHIER
merge-taken = retenu : { $line }
merge-not-applied = non appliqué : { $line }
merge-conflict = conflit : { $line }
merge-notes-both = les notes de { $id } ont été modifiées à deux endroits : les deux textes sont conservés

## Lancer l'assistant : lignes du mode simple refusées, raccourcis redéfinis dans la configuration (src/commands/home.rs)

plain-line-refused = ligne { $line } non prise en compte : « { $text } » : { $why }
config-at-line = { $path } ligne { $line }
config-keys-unused = clés de configuration non utilisées : { $keys } ; identifiants des raccourcis : { $ids }
config-key-renamed = la clé de configuration « { $label } » ({ $at }) fonctionne ; elle s'appelle désormais « { $id } »
man-pages-failed = impossible d'écrire les pages de manuel dans « { $folder } »
man-page-failed = impossible d'écrire la page de manuel

## napwiz content check : problèmes d'un pack de contenu (src/content/check.rs). Les noms de champs,
## les types (goal, action, institution) et les mots RON (Goal, Indicator, kind: Outcome) sont ceux
## du fichier du pack : gardez-les.

check-nested = imbrication trop profonde (limite : { $limit } niveaux de parenthèses) ; fichier de plan ou de pack tel que napwiz les écrit attendu
check-file-missing = fichier manquant ; fichier RON « { $name } » attendu dans le dossier du pack
check-field = « { $field } »
check-field-of = « { $field } » de « { $owner } »
check-empty = { $field } est vide ; texte attendu
check-control-multiline = { $field } contient le caractère de contrôle { $code } ; texte brut attendu (sauts de ligne seulement)
check-control-line = { $field } contient le caractère de contrôle { $code } ; texte brut attendu (sans saut de ligne)
check-format = format vaut « { $found } » ; attendu : "{ $expected }"
check-format-version = format_version vaut { $found } ; ce napwiz lit la version { $expected }
check-no-areas = « areas » est vide ; liste des fichiers de domaine attendue, p. ex. ["1-prevention.ron"]
check-alias-live = l'alias « { $old } » est un identifiant actif de la liste de contrôle ; seuls les identifiants fusionnés sont attendus
check-alias-target = l'alias « { $old } » pointe vers « { $new } », qui n'est ni un goal ni une action de ce pack ; identifiant de son nouvel emplacement attendu
check-duplicate-id = identifiant { $kind } « { $id } » en double (utilisé d'abord dans { $first }) ; identifiant unique attendu
check-bad-id = l'identifiant { $kind } « { $id } » n'est pas valide ; seulement des lettres, des chiffres, « . », « - » ou « _ » attendus
check-duplicate-code = le sigle « { $code } » de « { $id } » est déjà utilisé par « { $other } » ; sigle unique attendu
check-area-no-goals = le domaine « { $id } » n'a pas d'objectifs ; au moins un Goal attendu
check-goal-no-lead = l'objectif « { $id } » n'a pas de lead ; au moins un identifiant d'institution attendu
check-goal-no-indicators = l'objectif « { $id } » n'a pas d'indicateurs ; au moins un Indicator attendu
check-goal-no-outcome = l'objectif « { $id } » n'a pas d'indicateur Outcome ; au moins un Indicator avec kind: Outcome attendu (ce que l'objectif change)
check-goal-no-actions = l'objectif « { $id } » n'a pas d'actions ; au moins une Action attendue
check-action-goal = l'identifiant d'action « { $id } » n'appartient pas à l'objectif « { $goal } » ; identifiant commençant par « { $goal }. » attendu
check-action-no-indicator = l'action « { $id } » n'a pas d'indicateur propre ; attendu : indicators: [Indicator(...)]
check-ambiguous-no-note = l'indicateur « { $indicator } » de « { $owner } » a la direction Ambiguous mais pas de note ; courte note expliquant comment le lire attendue
check-unknown-institution = « { $owner } » { $field } renvoie à une institution inconnue « { $id } » ; identifiant de institutions.ron attendu

## Chargement d'un pack de contenu (src/content/load.rs)

pack-embedded = le pack de contenu intégré
pack-folder = pack de contenu « { $folder } »
pack-file-unreadable = fichier illisible : { $error } ; fichier RON « { $name } » attendu dans le dossier du pack
pack-not-utf8 = l'octet { $byte } n'est pas du texte UTF-8 ; fichier RON enregistré en UTF-8 attendu
# $why est pack-outside ou pack-link-outside.
pack-file-refused = « { $name } » { $why } ; fichier du dossier du pack attendu
pack-area-refused = le fichier de domaine « { $name } » { $why } ; nom d'un fichier du dossier areas/ du pack attendu, p. ex. "prevention.ron"
pack-outside = est hors du dossier du pack (chemin absolu ou contenant « .. »)
pack-link-outside = est un lien vers un fichier hors du dossier du pack
pack-invalid = { $source } n'est pas valide ({ $count } problèmes) :
pack-invalid-hint = Vérifiez-le avec `napwiz content check`, ou lancez napwiz sans --content pour utiliser le pack intégré.
pack-counts = { $areas } domaines, { $goals } objectifs, { $actions } actions, { $institutions } institutions, { $terms } termes, { $aliases } alias
pack-export-exists = fichiers existants non écrasés : { $files }
    Choisissez un dossier vide, ou indiquez --force pour les remplacer.
pack-folder-failed = impossible de créer le dossier « { $folder } »
# Après un indicateur dont le sens favorable n'est pas évident, dans les conseils et dans le projet.
indicator-caution = sens non évident : { $note }
indicator-target-example = cible, p. ex. { $target }

## Le rapport de qualité du pack de contenu (src/content/quality.rs)

quality-indicators = indicateurs : { $with_outcome } objectifs sur { $goals } ont un indicateur d'effet ; { $own } actions sur { $actions } ont le leur
quality-no-own-indicators = alerte : { $count } actions n'ont pas d'indicateur propre ; inclure l'une d'elles copie l'indicateur de son objectif
quality-no-result = alerte : { $count ->
    [one] 1 objectif n'a
   *[other] { $count } objectifs n'ont
} pas de résultat attendu ({ $goals }) ; le projet demande à l'équipe de rédaction de le formuler
quality-unused-institution = alerte : l'institution « { $id } » figure au catalogue mais aucun objectif ni aucune action ne la propose
quality-near-duplicates = alerte : les actions { $first } et { $second } se ressemblent (similarité { $similarity }) ; fusionnez-les, ou formulez-les différemment

## napwiz summary (src/plan/summary.rs). Les noms de colonnes du tableau sont alignés à droite sur
## 7, 7, 8, 4, 4 et 4 colonnes, « Code » sur 8, « leads » sur 5 et « partners » sur 8.

summary-area = Domaine
summary-actions = actions
summary-decided = décid.
summary-included = incluses
summary-high = haut
summary-medium = moy.
summary-low = bas
summary-plan-id = Identifiant du plan : { $id }
summary-progress = { $decided } actions décidées sur { $actions } ({ $percent } %), { $included } incluses dans le plan
summary-baseline = État initial : { $in_place } en place, { $partly } partiellement en place, { $missing } manquantes, { $not_applicable } sans objet, { $unknown } inconnues
summary-code = Sigle
summary-leads = resp.
summary-partners = appui
summary-institution = Institution
summary-gaps = Lacunes que le plan laisse ouvertes (jugées manquantes ou partiellement en place, non incluses) : { $count }
summary-unknown-items = Conservés mais absents du pack de contenu : { $items }

## Erreurs d'écriture des fichiers CSV et Word et d'application des choix de fusion (src/export/csv.rs,
## src/export/docx/package.rs, src/plan/merge.rs)

csv-table-failed = impossible d'écrire le tableau CSV « { $table } »
docx-pack-failed = impossible d'assembler le document Word
merge-unknown-field = champ inconnu « { $field } »
merge-no-such-conflict = ce conflit n'existe pas
merge-no-such-choice = ce choix n'existe pas

## Mode Suivi et tableau de bord de la période (src/tui/update/monitor.rs,
## src/tui/view/monitor.rs, src/tui/view/progress.rs, src/plan/monitor/form.rs)
key-monitor = suivi
key-open-report = rapport
key-next-period = période suivante
key-previous-period = période précédente
key-period-dashboard = tableau de bord
key-status-not-started = non commencée
key-status-on-track = en bonne voie
key-status-delayed = en retard
key-status-completed = achevée
key-status-continuous = continue
key-status-dropped = abandonnée
key-filter-institution = institution
key-filter-status = filtre d'état
key-clear-filters = sans filtres
key-copy-forward = reprendre la précédente
key-close-period = clore/rouvrir la période
step-monitor = Suivi
step-progress = Tableau de bord de la période
header-monitor = { $name } : { $period }
help-context-monitor = suivi
help-context-monitor-report = le rapport d'une action
help-context-progress = tableau de bord de la période
typed-report-field = { $field } du rapport de { $item } pour { $period }
start-monitor = Suivi de la mise en œuvre : { $title }
monitor-progress = { $period } : { $reported } sur { $actions } rapportées
monitor-filter-any = tout état
monitor-filter-missing = pas encore de rapport
monitor-no-periods = Ce plan n'a pas encore de périodes de rapport : { $key } les crée.
monitor-no-match = Aucune action retenue ne correspond aux filtres ({ $key } les retire).
monitor-period-dates = du { $from } au { $to }, rapports attendus le { $due }
monitor-open = ouverte
monitor-closed = CLOSE : ses rapports sont en lecture seule ({ $key } la rouvre)
monitor-closed-form = CLOSE : ses rapports sont en lecture seule (Échap, puis { $key } la rouvre)
monitor-showing = Affichage :
monitor-every-institution = toutes les institutions
monitor-reported = { $reported } sur { $actions } rapportées
monitor-status-keys = Touches d'état : { $keys }
monitor-no-report = pas de rapport
monitor-status-not-started = non commencée
monitor-status-on-track = en bonne voie
monitor-status-delayed = en retard
monitor-status-completed = achevée
monitor-status-continuous = continue
monitor-status-dropped = abandonnée
monitor-lead = chef de file : { $code }
monitor-no-lead = pas de chef de file
monitor-list-title = Suivi { $period }
monitor-report-title = Rapport { $action }, { $period }
monitor-ask-close = Clore { $period } ? Ses rapports passeront en lecture seule jusqu'à sa réouverture.
monitor-ask-close-missing = { $count } actions n'ont pas de rapport.
monitor-ask-reopen = Rouvrir { $period } ? Ses rapports pourront de nouveau être modifiés.
monitor-ask-start = Commencer le suivi de ce plan ? { $count } périodes de rapport seront créées à partir de la période du plan et de la fréquence des rapports, { $frequency }{ $span }.
monitor-frequency-unset = annuelle (aucune fréquence fixée)
monitor-created = { $count } périodes de rapport créées
monitor-periods-created = périodes de rapport créées
monitor-heading-no-report = choisissez une action : un titre de domaine n'a pas de rapport
monitor-heading-no-status = choisissez une action : un titre de domaine n'a pas d'état
monitor-closed-refused = { $period } est close : ses rapports sont en lecture seule. { $key } la rouvre (après confirmation).
monitor-edge-first = { $period } est la première période de rapport
monitor-edge-last = { $period } est la dernière période de rapport
monitor-status-set = { $action } en { $period } : { $status } (avant : { $was })
monitor-status-change = { $action } { $period } : { $status }
monitor-say-why = ; indiquez pourquoi dans le rapport (Entrée)
monitor-owes = { $name } en est chef de file ; { $count } sans rapport pour { $period }
monitor-every-shown = toutes les institutions sont affichées
monitor-all-shown = toutes les actions retenues sont affichées
monitor-showing-status = affichage : { $filter }
monitor-copy-label = { $period } : rapports repris de la période précédente
monitor-copy-nothing = rien à reprendre : chaque action rapportée à la période précédente a déjà un rapport en { $period }
monitor-copied = { $count } rapports repris de la période précédente : état, difficultés, mesures correctives, rapporteur et source de financement ; les réalisations, valeurs et montants sont propres à { $period }
monitor-period-closed = { $period } close
monitor-period-reopened = { $period } rouverte
monitor-closed-now = { $period } close : ses rapports sont désormais en lecture seule
monitor-reopened-now = { $period } rouverte : ses rapports peuvent être modifiés
monitor-nothing-changed = rien n'a changé
dashboard-title = Tableau de bord { $period }
dashboard-more-below = suite plus bas : { $keys }
dashboard-end = fin : { $keys }
dashboard-closed = { " " }(close)
dashboard-reported = { $reported } sur { $actions } actions retenues rapportées ; taux de mise en œuvre { $rate } ({ $implemented } achevées ou continues)
dashboard-overdue-owing = { $overdue } en retard d'échéance ; { $owing } institutions doivent encore des rapports
dashboard-by-area = Mise en œuvre par domaine
dashboard-by-goal = Mise en œuvre par objectif
dashboard-by-institution = Mise en œuvre par chef de file
dashboard-trend = Tendance d'une période à l'autre
dashboard-rate-figures = { $done } sur { $actions } faites, { $reported } rapportées
dashboard-overdue = Échéance dépassée, non achevées ({ $count })
dashboard-overdue-row = { $action } ({ $lead }, échéance { $year }, { $status })
dashboard-none = aucune
dashboard-owing = Pas encore de rapport ({ $count } institutions)
dashboard-all-reported = chaque action retenue a un rapport
dashboard-no-lead = (pas d'institution chef de file)
dashboard-spending = Dépenses par rapport au budget
dashboard-spending-line = Budget { $budget } | dépensé en { $period } { $spent } | cumul { $to_date } { $bar } { $share }
dashboard-spending-area = { $area } budget { $budget } | cumul { $to_date } ({ $share })
dashboard-indicators = Indicateurs : de l'état initial à la cible ({ $with_value } sur { $count } avec une valeur)
dashboard-indicator-figures = état initial { $baseline } | actuel { $now }{ $was } | cible { $target }
dashboard-no-value = pas de valeur
dashboard-was = { " " }(avant { $value })
report-field-status = État
report-dropped-reason = Motif de l'abandon
report-done = Réalisations
report-value = Valeur { $n }
report-value-of = Valeur : { $indicator }
report-spent-amount = Dépensé sur la période
report-spent-source = Source de la dépense
report-difficulties = Difficultés
report-corrective-measures = Mesures correctives
report-evidence = Justificatifs
report-reported-by = Rapporté par
report-date = Date du rapport
report-validated = Validé
report-hint-count = un nombre de 0 ou plus, p. ex. 40 ou 1 200
report-hint-share = un pourcentage de 0 à 100, p. ex. 62,5
report-hint-text = des mots, p. ex. Adopté ; vide pour aucune valeur
report-hint-amount = unités entières, p. ex. 50000 ou 52 500
report-hint-evidence = une référence par ligne : numéros de documents, liens, noms de fichiers
report-hint-date = AAAA-MM-JJ, p. ex. 2028-01-12
report-hint-dropped = obligatoire quand l'action est abandonnée
report-none-yet = pas encore de rapport
report-yes = oui
report-no = non
report-no-period = il n'y a pas de période de rapport « { $period } »
report-closed = la période { $period } est close : ses rapports sont en lecture seule jusqu'à sa réouverture
report-bad-date = « { $text } » n'est pas une date ; saisissez-la sous la forme AAAA-MM-JJ, p. ex. 2028-01-12
report-bad-status = « { $text } » n'est pas un état ; saisissez l'un de : { $statuses }

## Implementation report, evaluation pack and the next plan: running text, tables, charts,
## questions (src/document/report.rs, evaluation.rs, src/plan/next.rs, src/export/naming.rs)

report-period-words = { $period } (du { $from } au { $to })
report-fact-plan = Plan
report-fact-plan-id = Identifiant du plan
report-fact-due = Rapports attendus le
report-fact-monitoring-body = Organe de suivi
report-fact-status = Statut
report-fact-status-text = Établi à partir des rapports des institutions de mise en œuvre ; pas encore approuvé.
report-trend-intro = Les actions du plan selon l'état communiqué pour chaque période jusqu'à présent.
report-compiled-with = Établi avec napwiz à partir des rapports saisis pour la période. Les passages marqués « Pour l'équipe de rédaction » restent à rédiger par l'équipe de rédaction.
report-opening = Le présent rapport porte sur la mise en œuvre du { $plan } au cours de la période de rapport { $period }. { $actions ->
        [one] Sur l'unique action du plan
       *[other] Sur les { $actions } actions du plan
    }, { $reported } ont fait l'objet d'un rapport ; { $implemented } sont mises en œuvre (achevées ou continues), { $delayed } sont en retard et { $not_started } n'ont pas commencé.
report-figure-actions = Actions du plan
report-figure-reported = Actions ayant fait l'objet d'un rapport
report-figure-rate = Taux de mise en œuvre (actions achevées ou continues, parmi celles qui n'ont pas été abandonnées)
report-figure-overdue = En retard sur le calendrier (délai écoulé, action non achevée)
report-figure-owing = Institutions n'ayant pas rendu compte de toutes leurs actions
report-figure-spent-period = Dépensé sur la période
report-figure-spent-to-date = Dépensé à ce jour, sur le budget
report-of = { $part } sur { $whole }
report-no-actions = aucune action
report-no-lead = aucune institution responsable
report-none = aucune
report-spent-of-budget = { $spent } sur { $budget }
report-spent-of-budget-share = { $spent } sur { $budget } ({ $share })
report-chart-title = Actions par domaine et par état, { $period }
report-chart-description = Le nombre d'actions de chaque domaine selon l'état communiqué pour la période.
report-progress-intro = L'état de chaque action tel que son institution responsable l'a communiqué pour la période. Les numéros des actions sont ceux du plan d'action.
report-objectives-caption = Objectifs du domaine { $area } par état
report-actions-caption = Actions de l'objectif { $objective }
report-column-status = État
report-column-done = Réalisations
report-column-validated = Validé
report-column-value-in = Valeur { $period }
report-column-earlier-value = Valeur précédente
report-column-trend = Tendance
report-column-progress = Progression vers la cible
report-column-spent-period = Dépensé sur la période
report-column-spent-to-date = Dépensé à ce jour
report-column-execution = Exécution
report-column-difficulties = Difficultés
report-column-corrective = Mesures correctives
report-column-why-dropped = Motif de l'abandon
report-column-timeframe-ended = Délai échu en
report-column-actions-led = Actions dont elle est responsable
report-column-reported = Rapports reçus
report-column-reporting-status = État des rapports
report-column-missing-for = Rapports manquants pour
report-column-spent = Dépensé
report-column-source-of-funds = Source des fonds
report-column-evidence = Justificatifs
report-column-reported-by = Rapporté par
report-column-date = Date
report-column-actions = Actions
report-column-share = Part des actions
report-column-rate = Taux de mise en œuvre
report-column-period = Période
report-no-indicators = Les actions retenues n'ont pas d'indicateurs.
report-indicators-intro = Chaque indicateur des actions retenues : sa valeur de référence et sa cible telles que le plan les fixe, la valeur communiquée pour { $period }, la dernière valeur antérieure et la tendance entre les deux. La progression mesure le chemin parcouru par la valeur depuis la référence vers la cible.
report-budget-opening = Les actions retenues sont chiffrées à { $budget } au total. { $in_period } ont été déclarés dépensés sur la période et { $to_date } à ce jour.
report-budget-opening-share = Les actions retenues sont chiffrées à { $budget } au total. { $in_period } ont été déclarés dépensés sur la période et { $to_date } à ce jour, soit { $share } du budget.
report-total = Total
report-budget-by-area = Budget et dépenses par domaine
report-budget-by-source = Budget et dépenses par source de financement
report-source-not-given = source non précisée
report-no-difficulties = Aucune difficulté n'a été signalée pour la période.
report-difficulties-intro = Les difficultés signalées par les institutions responsables et les mesures correctives qu'elles ont proposées.
report-dropped-caption = Actions abandonnées
report-no-overdue = Aucune action n'a dépassé son délai sans être achevée.
report-overdue-intro = Actions dont le délai a expiré avant la fin de la période et qui ne sont pas achevées.
report-recommendations-gap = Rédigez les recommandations à l'organe de coordination et au gouvernement : quels retards traiter et comment, quelles actions financer, réviser ou abandonner, ce que les institutions qui n'ont pas fait rapport doivent transmettre, et quels indicateurs nécessitent de meilleures données.
report-annex-intro = Qui a fait rapport pour { $period } sur les actions dont il est responsable, et si le coordinateur a validé les rapports.
report-action-sheet-caption = Actions, { $period }
report-dropped-because = { $status } : { $reason }
report-validated-yes = oui
report-validated-no = non
report-trend-first = première valeur
report-trend-up = en hausse
report-trend-down = en baisse
report-trend-same = inchangée
report-trend-changed = modifiée
report-reported-none = aucun rapport
report-reported-all = rapport sur toutes
report-reported-some = rapport sur certaines
report-status-caption = Actions par état
report-trend-caption = Actions par état, période par période
report-cli-no-periods = le plan « { $path } » n'a pas encore de périodes de rapport ; elles découlent de la fréquence des rapports fixée à l'étape Dispositif de suivi
report-cli-unknown-period = le plan « { $path } » n'a pas de période de rapport « { $period } » ; ses périodes sont { $periods }
report-cli-no-reports = le plan « { $path } » n'a encore de rapport pour aucune période ; un dossier d'évaluation en a besoin (périodes : { $periods })

evaluation-covered = { $first } à { $last }
evaluation-fact-covered = Périodes de rapport couvertes
evaluation-fact-status-text = Matériel pour les évaluateurs, établi à partir des rapports périodiques ; les conclusions leur appartiennent.
evaluation-about = Ce dossier prépare { $stage ->
        [final] l'évaluation finale
       *[mid-term] l'évaluation à mi-parcours
    } du { $plan }. { $stage ->
        [final] Une évaluation finale examine ce que le plan a permis d'obtenir, pour qui, à quel coût, et ce que le plan suivant doit reprendre, modifier ou abandonner.
       *[mid-term] Une évaluation à mi-parcours examine si le plan est sur la bonne voie et ce qui doit changer pour ses dernières années.
    } Il rassemble ce que les institutions de mise en œuvre ont communiqué pour les périodes { $periods } : l'état de chaque action période par période, les valeurs de chaque indicateur et un modèle de questions d'évaluation selon les critères du CAD de l'OCDE (pertinence, cohérence, efficacité, efficience, impact et viabilité), dont plusieurs sont tirées des chiffres du plan lui-même.
evaluation-figure-rate = Taux de mise en œuvre à la fin de la dernière période
evaluation-actions-intro = L'état communiqué par l'institution responsable de chaque action pour chaque période.
evaluation-history-caption = État de chaque action par période
evaluation-trajectories-title = Valeurs des indicateurs par période
evaluation-trajectories-description = La valeur de chaque indicateur pour chaque période de rapport, avec sa cible en pointillés lorsqu'il s'agit d'un nombre.
evaluation-trajectories-intro = Chaque indicateur des actions retenues, avec sa valeur de référence et sa cible telles que le plan les fixe et la valeur communiquée pour chaque période (« { $none } » à défaut).
evaluation-questions-intro = Un modèle selon les six critères d'évaluation du CAD de l'OCDE. Les questions qui citent des actions, des institutions ou des chiffres découlent des rapports reçus jusqu'ici ; les évaluateurs ajoutent, suppriment ou reformulent des questions selon leur mandat et consignent leurs conclusions dans la dernière colonne.
evaluation-relevance-meaning = Pertinence : le plan fait-il ce qu'il faut ? Ses objectifs et ses actions répondent-ils à la situation de la traite, aux besoins des victimes et aux obligations du pays, et y répondent-ils toujours quand la situation évolue ?
evaluation-coherence-meaning = Cohérence : le plan s'insère-t-il bien ? Les actions des institutions se renforcent-elles mutuellement, et le plan s'accorde-t-il avec les autres politiques et avec l'action des partenaires internationaux ?
evaluation-effectiveness-meaning = Efficacité : le plan atteint-il ses objectifs ? Quels résultats ont été obtenus, lesquels ne l'ont pas été, et pourquoi ?
evaluation-efficiency-meaning = Efficience : les ressources sont-elles bien utilisées ? Les résultats ont-ils été obtenus dans les délais et à un coût raisonnable ?
evaluation-impact-meaning = Impact : quelle différence le plan fait-il ? Les changements de plus haut niveau, voulus ou non, pour les victimes, les personnes à risque et la réponse à la traite.
evaluation-sustainability-meaning = Viabilité : les bénéfices dureront-ils une fois le plan et son financement terminés ?
evaluation-column-criterion = Critère
evaluation-column-question = Question
evaluation-column-evidence = Sources à consulter
evaluation-column-findings = Conclusions
evaluation-question-number = Q{ $n }
evaluation-questions-caption = { $criterion } : questions
evaluation-action = { $number } ({ $text })
evaluation-action-led = { $number } ({ $text }, responsable : { $lead })
evaluation-and-more = { $listed } ; et { $more } autres
evaluation-no-rate = pas de taux
evaluation-q-situation = Les objectifs du plan correspondent-ils toujours à la situation de la traite : les formes d'exploitation, le profil des victimes et les nouveaux risques comme le recrutement en ligne ?
evaluation-e-situation = Analyse de situation ; statistiques d'identification et du mécanisme national d'orientation (MNO) ; recommandations du GRETA et d'autres organes de suivi
evaluation-q-survivors = Les survivantes et survivants et les organisations qui les accompagnent ont-ils été consultés pour savoir si les actions répondent aux besoins des victimes ?
evaluation-e-survivors = Comptes rendus de consultation ; entretiens avec les ONG et les survivants (avec garanties)
evaluation-e-dropped = Rapports des institutions responsables ; procès-verbaux de l'organe de coordination
evaluation-q-dropped-many = { $count } actions ont été abandonnées ({ $actions }). Les besoins auxquels elles répondaient existent-ils toujours, et comment y répond-on aujourd'hui ?
evaluation-q-dropped = L'action { $action } a été abandonnée. Le besoin auquel elle répondait existe-t-il toujours, et comment y répond-on aujourd'hui ?
evaluation-q-dropped-why = L'action { $action } a été abandonnée (« { $why } »). Le besoin auquel elle répondait existe-t-il toujours, et comment y répond-on aujourd'hui ?
evaluation-q-fit = Les actions des institutions s'articulent-elles (orientation entre police, inspection du travail, services sociaux et ONG ; poursuites et protection des victimes), ou font-elles double emploi, voire se contredisent-elles ?
evaluation-e-fit = Matrice des responsabilités ; registres d'orientation ; entretiens avec les responsables et les partenaires
evaluation-q-strategies = Le plan est-il cohérent avec les autres stratégies du pays (migration, travail, protection de l'enfance, violences fondées sur le genre) et avec ses obligations internationales ?
evaluation-e-strategies = Documents de stratégie ; examen du cadre juridique
evaluation-q-silent-institution = { $institution } n'a envoyé aucun rapport pour aucune période ({ $periods }) alors qu'elle est responsable des actions { $actions }. Son rôle dans le plan est-il compris, accepté et doté de moyens, et participe-t-elle à l'organe de coordination ?
evaluation-e-silent-institution = État des rapports par institution (annexe A) ; procès-verbaux de l'organe de coordination ; entretien avec l'institution
evaluation-q-overall = { $stage ->
        [final] À la fin de { $period }, { $implemented } des { $actions } actions avaient été mises en œuvre ({ $rate }) et { $delayed } étaient encore en retard. Quels objectifs ont été atteints, et pourquoi les autres ne l'ont-ils pas été ?
       *[mid-term] À la fin de { $period }, { $implemented } des { $actions } actions sont mises en œuvre ({ $rate }) et { $delayed } sont en retard. Quels objectifs sont en voie d'être atteints d'ici { $last }, et lesquels ne le sont pas ?
    }
evaluation-e-overall = Mise en œuvre d'une période à l'autre (chapitre 2)
evaluation-q-delays-many = { $count } actions ont été signalées en retard pour au moins deux périodes : { $actions }. Qu'est-ce qui les a freinées, y a-t-il une cause commune (budget, personnel, base juridique, coordination), et les mesures correctives signalées ont-elles fonctionné ?
evaluation-e-delays-many = Difficultés et mesures correctives dans les rapports des institutions responsables
evaluation-q-delayed = L'action { $action } a été signalée en retard en { $periods }. Qu'est-ce qui l'a freinée, et les mesures correctives signalées ont-elles fonctionné ?
evaluation-e-delayed = Difficultés et mesures correctives dans les rapports de l'institution responsable
evaluation-q-silent-indicators = { $count ->
        [one] Un indicateur n'a eu aucune valeur communiquée pour aucune période ({ $indicators }). Ses données sont-elles collectées, par qui, et peut-on juger des progrès sans elles ?
       *[other] { $count } indicateurs n'ont eu aucune valeur communiquée pour aucune période ({ $indicators }). Leurs données sont-elles collectées, par qui, et peut-on juger des progrès sans elles ?
    }
evaluation-e-silent-indicators = Trajectoires des indicateurs (chapitre 3) ; moyens de vérification du cadre de suivi
evaluation-q-spending = { $spent } ont été déclarés dépensés à la fin de { $period }, alors que { $elapsed } de la durée du plan est écoulée. Les dépenses suivent-elles la mise en œuvre, et les actions chiffrées sont-elles celles qui ont avancé ?
evaluation-e-spending = Exécution du budget ; montants dépensés déclarés dans les rapports ; données d'exécution du ministère des Finances
evaluation-q-over-budget = Les actions { $actions } ont dépensé plus que leur estimation. Pourquoi, et l'estimation était-elle réaliste ?
evaluation-e-over-budget = Budgets des actions ; montants dépensés déclarés dans les rapports
evaluation-q-resources = Les mêmes résultats auraient-ils pu être obtenus avec moins de ressources, par exemple par des formations communes ou des systèmes de données partagés ?
evaluation-e-resources = Coût par réalisation ; entretiens avec les institutions responsables
evaluation-q-change = Qu'est-ce qui a changé pour les victimes et les personnes à risque (identification, accès à l'assistance, indemnisation, condamnation des auteurs) qui peut être attribué au moins en partie au plan ? Une hausse du nombre de victimes identifiées peut traduire une meilleure identification plutôt qu'une augmentation de la traite.
evaluation-e-change = Indicateurs de résultat ; statistiques du MNO et des tribunaux ; entretiens avec les survivants (avec garanties)
evaluation-q-reached = { $count ->
        [one] Un indicateur a atteint ou dépassé sa cible ({ $indicators }). Qu'est-ce qui a changé en conséquence, et pour qui ?
       *[other] { $count } indicateurs ont atteint ou dépassé leur cible ({ $indicators }). Qu'est-ce qui a changé en conséquence, et pour qui ?
    }
evaluation-e-reached = Trajectoires des indicateurs (chapitre 3) ; données à l'appui de chaque valeur
evaluation-q-unintended = Le plan a-t-il eu des effets non voulus, positifs ou négatifs (par exemple sur l'accès des migrants aux services, ou sur la disposition des victimes à se faire connaître) ?
evaluation-e-unintended = Entretiens avec les ONG, les survivants et le personnel de terrain
evaluation-q-continuous = Les actions { $actions } se déroulent en continu. Sont-elles financées par le budget ordinaire au-delà de { $last }, ou dépendent-elles de financements de projets ?
evaluation-e-continuous = Lois de finances ; conventions de financement
evaluation-q-sources = Dépenses à ce jour par source : { $shares }. Lesquelles de ces sources se poursuivront après le plan, et qu'est-ce qui s'arrêtera quand les autres prendront fin ?
evaluation-e-sources = Budget et dépenses par source de financement ; accords avec les bailleurs
evaluation-q-laws = Les procédures, formations et structures créées par le plan sont-elles inscrites dans les lois, les règlements et les programmes de formation, de sorte qu'elles lui survivent ?
evaluation-e-laws = Textes législatifs et réglementaires ; programmes de formation
evaluation-q-next = { $stage ->
        [final] Que doit reprendre, modifier ou abandonner le plan suivant ?
       *[mid-term] Que faut-il ajuster pour les dernières années du plan : quelles actions accélérer, réviser, financer ou abandonner ?
    }
evaluation-e-next = { $stage ->
        [final] L'ensemble du dossier ; les actions non achevées (chapitre 2)
       *[mid-term] L'ensemble du dossier ; l'avis de l'organe de coordination
    }
evaluation-annex-caption = Rapports envoyés, par institution et par période
evaluation-annex-intro = Pour chaque institution responsable, le nombre de ses actions sur lesquelles elle a fait rapport pour chaque période.

next-reversed = la nouvelle période se termine ({ $to }) avant de commencer ({ $from })
next-overlaps = le nouveau plan commence en { $from }, avant la fin du plan précédent ({ $previous_last }) ; faites-le commencer en { $previous_last } ou plus tard
next-note-carried = Reportée du plan précédent, { $plan } : { $reported }.
next-note-not-carried = Dans le plan précédent, { $plan } : { $reported }.
next-note-reported = dernier état communiqué : { $status } en { $period }
next-note-dropped = dernier état communiqué : abandonnée en { $period } : { $reason }
next-note-never-reported = aucun rapport reçu
next-note-lesson = Enseignement ({ $period }) : { $difficulties }
next-note-measures = Mesures correctives : { $measures }
next-carried-over-mark = reportée
next-lessons-opening = Ce plan fait suite au { $plan }. { $count ->
        [one] Une de ses actions n'a pas été achevée et est reportée dans le présent plan, marquée « { $mark } » dans les tableaux des actions.
       *[other] { $count } de ses actions n'ont pas été achevées et sont reportées dans le présent plan, marquées « { $mark } » dans les tableaux des actions.
    }
next-lessons-intro = Difficultés signalées par les institutions de mise en œuvre dans le cadre du plan précédent, avec les mesures correctives qu'elles ont proposées :
next-lesson-reported = { $difficulties } (signalé en { $period })
next-lessons-evaluation-gap = Ajoutez les conclusions de l'évaluation finale du plan précédent et la manière dont le présent plan y répond.
next-cli-exists = « { $path } » existe déjà ; le plan suivant n'écrase jamais un fichier. Choisissez un autre chemin.
next-cli-failed = impossible de commencer le plan suivant à partir de « { $path } »
next-cli-done = actions reportées : { $carried } ; enseignements du plan précédent : { $lessons }

export-compiled-on = Établi le { $date }
export-report-html-title = { $title } : rapport de mise en œuvre, { $period }
export-evaluation-html-title = { $title } : { $stage ->
        [final] dossier d'évaluation finale
       *[mid-term] dossier d'évaluation à mi-parcours
    }
export-report-status = Rapport de mise en œuvre
export-evaluation-status = { $stage ->
        [final] Dossier d'évaluation finale
       *[mid-term] Dossier d'évaluation à mi-parcours
    }
export-report-subject = Rapport de mise en œuvre { $period }, { $country }
export-evaluation-subject = { $stage ->
        [final] Dossier d'évaluation finale
       *[mid-term] Dossier d'évaluation à mi-parcours
    }, { $country }
export-report-footer = { $title } - rapport de mise en œuvre { $period } du { $date } - page{" "}
export-evaluation-footer = { $title } - { $stage ->
        [final] dossier d'évaluation finale
       *[mid-term] dossier d'évaluation à mi-parcours
    } du { $date } - page{" "}
export-chart-target = cible { $value }

## Monitoring forms (src/forms): the workbook each implementing institution fills in, written
## in the plan's language, and the problems found reading one back (file: sheet!cell: what).
## Sheet names: at most 31 characters, none of [ ] : * ? / \
form-sheet-instructions = Mode d'emploi
form-sheet-lead = Actions pilotées
form-sheet-indicators = Indicateurs
form-sheet-partner = Actions en partenariat
# Each column's header, and in .key the start of it napwiz accepts when reading a form back
# (so "Amount spent (EUR)" still matches); lower case.
form-column-action-id = N° d'action
    .key = n° d'action
form-column-action = Action
    .key = action
form-column-timeframe = Échéance
    .key = échéance
form-column-budget = Budget
    .key = budget
form-column-last-status = État à la période précédente
    .key = état à la période précédente
form-column-status = État
    .key = état
form-column-dropped-reason = Motif de l'abandon
    .key = motif de l'abandon
form-column-done = Réalisations de la période
    .key = réalisations
form-column-spent = Montant dépensé sur la période
    .key = montant dépensé
form-column-source = Source de financement
    .key = source de financement
form-column-difficulties = Difficultés
    .key = difficultés
form-column-measures = Mesures correctives
    .key = mesures correctives
form-column-evidence = Justificatifs (références, séparées par ;)
    .key = justificatifs
form-column-reported-by = Rapporteur
    .key = rapporteur
form-column-date = Date (AAAA-MM-JJ)
    .key = date
form-column-indicator = Indicateur
    .key = indicateur
form-column-baseline = Situation de référence
    .key = situation de référence
form-column-target = Cible
    .key = cible
form-column-expected = Valeur attendue
    .key = valeur attendue
form-column-last-value = Dernière valeur
    .key = dernière valeur
form-column-value = Valeur pour la période
    .key = valeur
form-column-lead = Institution pilote
    .key = institution pilote
form-title = Rapport d'avancement : { $plan }
form-institution = Institution : { $institution }
form-period = Période de rapport { $period } : { $span } (à remettre le { $due })
form-step-lead = 1. Dans « { $sheet } », remplissez les cellules jaunes de chaque action que votre institution pilote.
form-step-status = 2. L'état est l'un des suivants : { $statuses }. Indiquez le motif lorsqu'une action est abandonnée.
form-step-amounts = 3. Les montants sont des nombres entiers dans la monnaie du plan, dépensés sur cette période seulement.
form-step-indicators = 4. Dans « { $sheet } », donnez la valeur de chaque indicateur pour la période : un nombre là où un nombre est attendu.
form-step-partner = 5. « { $sheet } » liste les actions dont vous êtes partenaire : l'institution pilote en rend compte.
form-step-return = 6. Ne renommez pas les feuilles et ne modifiez pas les numéros d'action ; renvoyez le fichier au coordinateur.
form-status-error = Choisissez parmi : { $statuses }
form-amount-error = Un montant entier, 0 ou plus, dans la monnaie du plan
form-problem-sheet = feuille « { $sheet } »
form-unreadable = illisible comme classeur Excel ({ $error }) ; un formulaire écrit par napwiz monitor collect est attendu
form-sheet-missing = la feuille « { $sheet } » manque (renommée ou supprimée ?) ; les feuilles du formulaire doivent garder leur nom, trouvées : { $found }
form-unnamed-plan = un plan sans titre
form-named-plan = « { $title } »
form-id-missing = absent
form-other-plan = ce formulaire appartient à { $form_plan } (identifiant { $form_id }), pas à « { $plan } » (identifiant { $id }) ; il ne peut pas être importé dans ce plan
form-no-period = le plan n'a pas de période de rapport « { $period } »
form-period-closed = la période { $period } est clôturée ; rouvrez-la d'abord (napwiz monitor reopen PLAN { $period }) pour y importer
form-no-header = aucune ligne d'en-tête avec une colonne « { $column } » ; les en-têtes écrits par napwiz en ligne 1 sont attendus
form-missing-columns = la ligne d'en-tête n'a pas de colonne { $columns }
form-twice = { $action } apparaît deux fois (lignes { $first } et { $second }) ; gardez une ligne par action
form-no-action-id = cette ligne a des valeurs mais pas de numéro d'action
form-unknown-action = numéro d'action inconnu « { $id } » ; une action retenue dans le plan est attendue
form-no-lead = aucune institution
form-led-by-other = { $id } est pilotée par { $code }, pas par l'institution à qui ce formulaire est destiné
form-cell-error = la cellule affiche l'erreur { $error } ; attendu : { $column }
form-status-required = un état est obligatoire quand la ligne est remplie : l'un de { $statuses }
form-not-status = « { $text } » n'est pas un état ; attendu l'un de { $statuses }
form-dropped-reason = l'action est abandonnée : donnez le motif
form-negative = un montant négatif ({ $text }) ; le montant dépensé, 0 ou plus, est attendu
form-not-whole = « { $text } » n'est pas un montant entier ; des unités entières de la monnaie du plan sont attendues
form-not-number = « { $text } » n'est pas un nombre ; le montant dépensé, 0 ou plus, est attendu
form-not-date = « { $text } » n'est pas une date ; attendu AAAA-MM-JJ
form-not-indicator = « { $wording } » n'est pas un indicateur de { $action } ; gardez le libellé écrit par napwiz
form-expected = attendu : { $what }
form-value-without-status = une valeur pour { $action }, qui n'a pas d'état dans « { $sheet } » ; indiquez-y son état
form-encrypted = le fichier est protégé par un mot de passe (chiffré) ou est un ancien classeur .xls ; enregistrez-le comme classeur Excel (.xlsx) sans mot de passe à l'ouverture
form-not-workbook = pas un classeur XLSX ; un formulaire écrit par napwiz monitor collect est attendu
form-unreadable-file = lecture impossible : { $error }
# What a person must type for an indicator's value.
measure-count = un nombre, 0 ou plus
measure-share = un pourcentage de 0 à 100
measure-text = du texte
measure-not = { $expected }, pas « { $text } »
monitor-not-reported = sans rapport

## napwiz monitor periods|dates|close|reopen|collect|import (src/commands/monitor.rs)
monitor-cli-yearly-by-default = annuelles (aucune fréquence de rapport n'est fixée)
monitor-cli-periods-added = note : { $count } périodes de rapport ajoutées, { $every }, à { $plan }
monitor-cli-open = ouverte
monitor-cli-closed = clôturée
# After the period id (padded to 10 columns); $state is monitor-cli-open or monitor-cli-closed.
monitor-cli-period-line = { $span }  échéance { $due }  { $state }  { $received } actions sur { $actions } ont un rapport
monitor-cli-already-closed = { $period } était déjà clôturée
monitor-cli-already-open = { $period } était déjà ouverte
monitor-cli-closed-in = { $period } clôturée dans { $plan }
monitor-cli-reopened-in = { $period } rouverte dans { $plan }
monitor-cli-dates-set = { $period } : du { $from } au { $to }, échéance { $due }, dans { $plan }
monitor-cli-no-period = le plan n'a pas de période « { $period } » ; ses périodes sont { $known }
monitor-cli-closed-period = la période { $period } est clôturée ; rouvrez-la d'abord (napwiz monitor reopen { $plan } { $period })
monitor-cli-nobody = aucune action retenue n'a d'institution pilote ou partenaire : personne à qui envoyer un formulaire
monitor-cli-form-exists = « { $file } » existe déjà ; il n'est pas écrasé. Choisissez un autre dossier --out, ou ajoutez --force pour remplacer les formulaires
monitor-cli-form-written = { $file } : { $institution }, { $lead ->
    [one] 1 action
   *[other] { $lead } actions
} à renseigner, { $partner } en partenariat
monitor-cli-forms-written = { $count ->
    [one] 1 formulaire
   *[other] { $count } formulaires
} pour { $period } (à remettre le { $due }) dans { $folder }
monitor-cli-no-plan = « { $plan } » n'existe pas ; un fichier de plan est attendu
monitor-cli-nothing-imported = rien n'a été importé : { $count ->
    [one] 1 problème
   *[other] { $count } problèmes
} dans les formulaires ; corrigez-les et importez à nouveau
monitor-cli-kept = conservé (--prefer mine) :
monitor-cli-conflict = conflit : { $conflict }
monitor-cli-dry-run = essai à blanc : rien n'a été enregistré
monitor-cli-imported = { $count ->
    [one] 1 formulaire importé
   *[other] { $count } formulaires importés
} dans { $plan }
monitor-cli-conflicts-left = { $count ->
    [one] 1 conflit reste
   *[other] { $count } conflits restent
} dans { $plan } : réglez-les dans l'assistant (napwiz { $plan }, puis C), ou importez à nouveau avec --prefer mine|theirs
# A report field in the lines import prints ("2027-H1 A1.1 status: - -> on track").
monitor-field = { $field ->
    [status] état
    [dropped_reason] motif de l'abandon
    [done] réalisations
    [spent] dépenses
    [difficulties] difficultés
    [corrective_measures] mesures correctives
    [evidence] justificatifs
    [reported_by] rapporteur
    [date] date
    [validated] validé
   *[other] { $field }
}
monitor-field-value = valeur : { $indicator }

## Plain-mode progress entry, napwiz monitor enter (src/plain/progress.rs)
progress-no-periods-yet = aucune pour l'instant (napwiz monitor periods PLAN les ajoute)
progress-no-period = Le plan n'a pas de période « { $period } » ; ses périodes : { $known }.
progress-closed = La période { $period } est clôturée ; rouvrez-la d'abord (napwiz monitor reopen PLAN { $period }).
progress-intro = Avancement pour { $period } ({ $span }, à remettre le { $due }) : { $count ->
    [one] 1 action
   *[other] { $count } actions
}. ? pour l'aide.
progress-read-only = Rien n'a été enregistré : le plan est en lecture seule { $plan }.
progress-saved = Enregistré { $plan }.
# Under each action: its lead, its status in the period before ($before, may be empty) and now.
progress-lead = pilote { $lead } ; { $before }maintenant : { $now }
progress-before = { $period } : { $status } ;{ " " }
progress-status-prompt = État [Entrée passe] :
# $starts: the fewest first letters that tell each status apart, in the order of $statuses.
progress-status-help = Tapez un état : { $statuses } (ou assez de ses premières lettres : { $starts }). Entrée passe l'action ; copy reprend la période précédente (ce qui vaut encore : état, difficultés, mesures) ; < revient ; q enregistre et quitte.
progress-field-help = Tapez le nouveau texte ; Entrée garde ce qui est [entre crochets] ; - le vide.
progress-not-status = « { $text } » n'est pas un état ; ? les liste
progress-copied = { $count ->
    [one] 1 rapport repris
   *[other] { $count } rapports repris
} de la période précédente ; tapez un état pour continuer.
progress-ask-dropped = Motif de l'abandon
progress-ask-done = Réalisations de la période
progress-ask-value = { $indicator } (cible { $target } ; { $expected })
progress-ask-spent = Montant dépensé sur la période
progress-ask-source = Source de financement
progress-ask-difficulties = Difficultés
progress-ask-measures = Mesures correctives
progress-ask-evidence = Justificatifs (séparés par ;)
progress-ask-reported-by = Rapporteur
progress-not-amount = « { $text } » n'est pas un montant entier, 0 ou plus

## Reporting periods: changes refused and napwiz check findings (src/plan/monitor/edit.rs,
## reports.rs, check.rs, mod.rs)
monitor-span = du { $from } au { $to }
monitor-no-periods-yet = aucune pour l'instant
monitor-no-such-period = il n'y a pas de période « { $period } » ; le plan a { $known }
monitor-period-is-closed = la période { $period } est clôturée ; rouvrez-la d'abord (napwiz monitor reopen PLAN { $period })
monitor-ends-before-start = une période ne peut pas finir ({ $to }) avant de commencer ({ $from })
monitor-first-period = { $period } est la première période : il n'y a rien à reprendre
monitor-check-twice = la période de rapport { $period } apparaît deux fois
monitor-check-ends-before-start = la période de rapport { $period } finit ({ $to }) avant de commencer ({ $from })
monitor-check-due-before-end = les rapports de la période { $period } sont dus ({ $due }) avant sa fin ({ $to })
monitor-check-outside = la période de rapport { $period } ({ $span }) est hors de la période du plan { $first }-{ $last }
monitor-check-no-action = la période { $period } a un rapport pour { $action }, qui n'est pas une action du plan
monitor-check-excluded = la période { $period } a un rapport pour { $action }, qui n'est pas retenue dans le plan
monitor-check-no-reason = { $action } est déclarée abandonnée en { $period } sans motif
monitor-check-no-indicator = la période { $period } a une valeur pour « { $text } », qui n'est pas un indicateur de { $action }
monitor-check-bad-value = la valeur { $period } de « { $text } » est « { $value } » ; attendu : { $expected }
# Where a share cannot be computed (no action in the group), before a percentage column.
dashboard-not-available = s.o.
monitor-unknown-field = champ de rapport inconnu « { $field } »
## tr-misc : sigles, codes courts, valeurs saisies, espacement des libellés, messages restants
check-acronym-unexplained = le sigle « { $acronym } » est utilisé mais pas développé : ajoutez-le à { $file }
check-abbreviation-bad = l'abréviation « { $acronym } » doit avoir un sigle et sa signification, chacun sur une ligne sans caractère de contrôle
check-acronyms-summary = sigles : { $count ->
    [one] { $count } utilisé mais pas développé dans { $file }
   *[other] { $count } utilisés mais pas développés dans { $file }
}
area-letter-high = H
area-letter-medium = M
area-letter-low = B
area-legend-marks = Marques : [x] inclus, [-] non inclus, [ ] non décidé.
area-legend-priority = Lettres de priorité : { $letters }.
area-legend-letter = { $letter } { $priority }
typed-timeframe-short = court, court terme, c
typed-timeframe-medium = moyen, moyen terme, m
typed-timeframe-long = long, long terme, l
typed-baseline-unknown = inconnu, ?
typed-baseline-in-place = en place, existe, oui
typed-baseline-partly = partiel, partiellement, partie
typed-baseline-missing = manquant, absent, non
typed-baseline-not-applicable = so, sans objet, na
typed-frequency-none = aucune, -
typed-frequency-monthly = mensuel, mensuelle
typed-frequency-quarterly = trimestriel, trimestrielle
typed-frequency-six-monthly = semestriel, semestrielle
typed-frequency-annually = annuel, annuelle
typed-frequency-biennially = biennal, biennale
typed-frequency-end-of-plan = fin
export-label = { $label }{"\u202F"}:
language-no-checklist = aucune liste de contrôle en « { $language } » ; langues attendues : { $languages } (ou un pack traduit avec --content)
pack-check-problems = napwiz : { $source } a { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
pack-check-translation = traduction ({ $language }) comparée au pack anglais : { $count ->
    [one] { $count } entrée manquante ou non traduite
   *[other] { $count } entrées manquantes ou non traduites
}
export-xlsx-cut = napwiz : remarque : le fichier Excel tronque un texte : { $cut }
follow-needs-plan = --follow demande un fichier de plan : napwiz --follow PLAN
plan-before-subcommand = « { $plan } » a été donné avant une sous-commande ; placez le plan après elle, p. ex. `napwiz check { $plan }`
lock-take-over-hint = { $error } Si cette session est terminée, relancez la commande avec --take-over.
config-file-exists = existe
config-file-missing = n'existe pas encore ; napwiz config --print-default en montre un
output-write-failed = impossible d'écrire sur { $stream ->
    [stdout] la sortie standard
   *[stderr] la sortie d'erreur
}
folder-create-failed = impossible de créer le dossier « { $folder } »
file-is-folder = c'est un dossier
file-not-regular = ce n'est pas un fichier ordinaire (tube FIFO, socket ou périphérique)
file-too-large = il dépasse { $mib } Mio, le maximum que lit napwiz
file-not-utf8 = l'octet { $at } n'est pas du texte UTF-8
watch-failed = impossible de surveiller « { $path } »
watch-folder-failed = impossible de surveiller le dossier « { $path } »
watch-plan-gone = le fichier du plan a disparu (supprimé, ou en cours de remplacement)
lock-unknown-user = utilisateur inconnu
facilitator-place-failed = impossible d'écrire la position du facilitateur
facilitator-record-failed = impossible d'enregistrer la position du facilitateur dans « { $path } »
quality-judged-on-english = actions quasi identiques jugées sur la source anglaise : une traduction hérite de ses paires
translation-untranslated = { $field } non traduit de « { $owner } » : le texte anglais, inchangé
translation-indicator-count = « { $owner } » a { $ours } indicateurs suggérés, le pack anglais { $english } ; les mêmes indicateurs, traduits, sont attendus
translation-missing = { $what ->
    [area] domaine
    [goal] objectif
    [action] action
    [institution] institution
   *[term] terme
} « { $id } » manquant (anglais : « { $english } ») ; napwiz affiche le texte anglais marqué { $mark } jusqu'à sa traduction
translation-expected-after = { $missing } ; attendu après « { $previous } »
follow-failed = impossible de suivre « { $path } »
terminal-raw-failed = impossible de passer le terminal en mode brut
terminal-setup-failed = impossible de préparer le terminal
rescue-write-failed = impossible d'écrire « { $path } »
signals-install-failed = impossible d'installer les gestionnaires de signaux
signals-thread-failed = impossible de démarrer le fil des signaux
demo-title = Plan d'action national contre la traite des êtres humains 2027-2030
demo-country = République de Veldora (fictive)
demo-coordinating-body = Commission nationale de lutte contre la traite des êtres humains
demo-coordinator = Vice-ministre de l'Intérieur, coordonnateur national de la lutte contre la traite
demo-facilitator = A. Facilitateur
demo-shelter-network = Réseau des foyers d'accueil de Veldora
demo-note-routine = Déjà fait dans le cadre de la stratégie actuelle ; à poursuivre comme travail courant.
demo-source-state = Budget de l'État
demo-source-state-eu = Budget de l'État et fonds de l'UE
demo-source-donor = Bailleur de fonds (projet de l'OIM)
demo-note-pilot = Le groupe est convenu d'un essai pilote dans deux régions (le nord et la capitale) avant l'extension.
    Vérifier les recommandations du rapport 2026 du GRETA avant la formulation finale.
demo-target-input = En place d'ici [year]
demo-target-output = [N] d'ici [year]
demo-target-outcome = [N] % d'ici [year]
demo-target-impact = Tendance à la baisse d'ici [year]
demo-baseline-measured = À mesurer en 2027 (première année complète de données)
demo-baseline-not-yet = Pas encore (2026)
demo-baseline-draft = Projet en discussion (2026)
demo-baseline-no-limit = Pas encore mesuré : aucun délai dans la pratique (2026)
demo-baseline-not-recorded = Non enregistré (2026)
demo-verify-training = Registres de formation de l'institution chef de file
demo-verify-survey = Enquête commandée par le coordonnateur
demo-verify-cases = Statistiques de la police et des tribunaux
demo-verify-nrm = Base de données du MNO et rapports des prestataires de services
demo-verify-gazette = Journal officiel
demo-verify-budget = Rapport d'exécution du budget de l'État
demo-verify-labour = Registres de l'inspection du travail
demo-verify-commission = Procès-verbaux et registres de la Commission nationale
demo-verify-annual = Rapport annuel de l'institution chef de file
demo-goal-note-p1 = La dernière étude nationale date de 2019. L'office statistique a proposé d'héberger les données.
demo-goal-note-a2 = Le MNO existe sur le papier (instruction de 2018) mais les équipes locales ne l'utilisent pas ; priorité à la pratique.
demo-goal-note-i3 = Les procureurs ne signalent aucune enquête financière parallèle dans les affaires de 2025.
demo-goal-note-e10 = Le ministère des Finances demande un chiffrage par action avant la circulaire budgétaire de mai.
demo-games-goal = Prévenir l'exploitation autour des jeux régionaux de 2029
demo-games-guidance = Les grands événements entraînent des emplois temporaires dans la construction et l'hôtellerie ; planifier tôt les inspections et la sensibilisation.
demo-games-action = Mener des inspections du travail conjointes sur les chantiers des jeux à partir de 2028.
demo-shelter-action = Ouvrir un foyer pour les victimes masculines d'exploitation par le travail dans la capitale.
demo-games-indicator = Nombre d'inspections conjointes sur les sites des jeux
demo-games-target = Au moins 40 d'ici 2029
demo-shelter-indicator = Places d'hébergement disponibles pour les hommes
demo-shelter-target = 12 places d'ici 2028
demo-verify-licensing = Registre des agréments du ministère
demo-shelter-note = Les hommes sont actuellement logés en foyers collectifs ; le groupe a insisté sur la sécurité et l'intimité.
demo-source-nrm = Base de données des cas du MNO
demo-source-police = Statistiques de la police et du parquet
demo-source-courts = Système de gestion des affaires des tribunaux
demo-source-budget = Rapports d'exécution budgétaire
demo-source-ngo = Rapports des ONG prestataires de services
demo-monitoring-note = Les responsables de la mise en œuvre font rapport avant le 15 juillet et le 15 janvier sur le formulaire commun ; le bureau du coordonnateur consolide et la Commission nationale examine deux fois par an.

## demo progress: the demo plan's first year of monitoring reports (src/plan/demo_progress.rs)
demo-progress-dropped-reason = Rendue sans objet par la nouvelle loi sur les services sociaux, qui couvre désormais cette tâche.
demo-progress-done-not-started = Préparatifs seulement : point focal désigné, plan de travail en cours de rédaction.
demo-progress-done-dropped = Aucun travail supplémentaire après la réforme des services sociaux.
demo-progress-done-completed = Achevée ; rapport présenté à la Commission nationale.
demo-progress-done-delivered = Réalisée comme prévu ; rapport final joint.
demo-progress-done-routine = Assurée dans le cadre du travail courant de l'institution, sur son propre budget.
demo-progress-done-working-group = Le groupe de travail s'est réuni trois fois ; son mandat est arrêté.
demo-progress-done-training = Deux premières sessions de formation tenues dans la capitale et dans le nord.
demo-progress-done-draft = Projet de texte transmis aux partenaires pour commentaires.
demo-progress-done-tender = Appel d'offres lancé ; contrat attendu au trimestre prochain.
demo-progress-difficulty-budget = La ligne budgétaire a été approuvée avec quatre mois de retard.
demo-progress-difficulty-staff = Deux agents formés ont quitté l'unité ; postes pas encore pourvus.
demo-progress-difficulty-comments = Les partenaires n'ont pas envoyé leurs commentaires à temps.
demo-progress-measure-budget = Demander au ministère des Finances de débloquer les fonds lors de la prochaine révision budgétaire.
demo-progress-measure-staff = Recruter et former des remplaçants ; partager le module avec les unités régionales.
demo-progress-measure-comments = Le coordonnateur fixera une date limite définitive à la prochaine réunion de la Commission.
# A qualitative indicator's value: a law or text the action was to produce.
demo-progress-value-adopted = Adopté
demo-progress-value-draft = Projet préparé et en consultation
# $code is the reporting institution's abbreviation (MOI, MOJ...).
demo-progress-reported-by = Point focal de la lutte contre la traite, { $code }
