# Textos de la interfaz y de los documentos de napwiz, en español (es).
# BORRADOR DE TRADUCCIÓN, AÚN NO REVISADO por un profesional del ámbito cuya lengua materna sea
# el español. Terminología tomada del paquete de contenido content/es (véase glossary.ron).
# Para señalar una corrección: abra una incidencia en el repositorio de napwiz o envíe este
# archivo corregido a sus responsables; pruébelo antes con
# `napwiz --locales CARPETA --lang es` (véase README, "Adding a language").
# Traductores: conserven cada identificador, cada { $variable } y cada selector de plural
# ([one], *[other]); cambien solo el texto que sigue a "=". Los nombres de teclas (Enter, Esc,
# Space, Tab, PgUp, Backspace, Left/Right) y las letras de las órdenes escritas (y, n, r, t, c,
# i, x, b:, t:, L:, P:, n:, go, q) no se traducen: son las teclas y órdenes que napwiz lee.

## Language choice and translators' folders (src/i18n)

lang-unknown = idioma desconocido «{ $language }»; disponibles: { $available }
locales-dir-unreadable = no se pudo leer la carpeta de traducciones «{ $dir }»; se usan los textos integrados
locales-file-unreadable = no se pudo leer «{ $file }»: { $error }
locales-file-broken = { $file }:{ $line }:{ $column }: { $problem }
locales-file-skipped = «{ $file }» no se usa: se usan en su lugar los textos integrados

## Key bindings (src/tui/bindings.rs): each binding's label in the footer and the key help.
## The id after key- is the binding's config name, with _ written as -.
key-up = subir
key-down = bajar
key-page-up = pág. arriba
key-page-down = pág. abajo
key-first = primero
key-last = último
key-next-step = paso sig.
key-prev-step = paso ant.
key-steps = pasos
key-search = buscar
key-undo = deshacer
key-redo = rehacer
key-help = ayuda
key-theme = tema
key-mouse = ratón
key-conflicts = conflictos de fusión
key-save-over = guardar sobre el archivo modificado
key-back = volver
key-quit = salir
key-follow-facilitator = seguir al facilitador
key-take-over-writing = tomar la escritura
key-edit = editar
key-change = cambiar
key-previous-value = valor anterior
key-next-value = valor siguiente
key-next-field = campo siguiente
key-previous-field = campo anterior
key-clear-field = vaciar campo
key-include = incluir
key-exclude = excluir
key-priority-high = alta
key-priority-medium = media
key-priority-low = baja
key-baseline = línea de base
key-timeframe = plazo
key-lead = responsable
key-suggested-lead = responsable sugerido
key-partners = socios
key-notes = notas
key-guidance = orientaciones
key-add-action = añadir acción
key-add-goal = añadir objetivo
key-delete-item = eliminar elemento o indicador propio
key-undo-typing = deshacer escritura
key-redo-typing = rehacer escritura
key-move = mover
key-start-end = inicio / fin
key-delete-before = borrar antes
key-delete-after = borrar después
key-keep-and-close = conservar y cerrar
key-new-line = nueva línea
key-editing-keys = teclas de edición
key-keep = conservar
key-cancel = cancelar
key-nothing = nada (nunca escribe)
key-open = abrir
key-add-remove = añadir/quitar
key-filter = filtrar
key-add-own = añadir propia
key-delete-own = eliminar propia
key-own-previous-type = propia: tipo anterior
key-own-next-type = propia: tipo siguiente
key-close-goal = cerrar objetivo
key-next-panel = panel siguiente
key-previous-panel = panel anterior
key-go-to-item = ir al elemento
key-panel-1 = panel 1
key-panel-2 = panel 2
key-panel-3 = panel 3
key-panel-4 = panel 4
key-panel-5 = panel 5
key-panel-6 = panel 6
key-choose-or-write = elegir / escribir
key-write-files = escribir archivos
key-scroll-preview = desplazar vista previa
key-scroll-back = desplazar atrás
key-close = cerrar
key-go = ir
key-choose = elegir
key-choose-stay-open = elegir sin cerrar
key-done = listo
key-previous-side = lado anterior
key-next-side = lado siguiente
key-take-it = aceptarlo
key-keep-current-value = conservar el valor actual
key-open-read-only = abrir en solo lectura
key-take-over = tomar el control
key-save-elsewhere = guardar en otro lugar
key-save-here-again = volver a guardar aquí
key-quit-keeping-backup = salir y conservar una copia
key-back-to-the-plan = volver al plan
key-yes = sí
key-no = no

## Overlays: search, quit, prompts, key help, conflicts, steps, guidance (src/tui/view/overlay.rs)

search-title = Buscar en la lista: { $found } resultados
quit-question-saved = ¿Salir de napwiz? Todo está guardado.
quit-question = ¿Salir de napwiz?
create-question = «{ $path }» no existe. ¿Crear allí un plan nuevo?
lock-title = Plan bloqueado en otro equipo
lock-open-elsewhere = { $name } está abierto en otra sesión de napwiz:
lock-holder = { $user } en { $host }, desde { $since }
lock-cannot-check = napwiz no puede comprobar desde aquí si esa sesión sigue abierta. Tome el control solo si ha terminado; de lo contrario, dos personas sobrescribirán el trabajo de la otra.
prompt-new-plan-title = Plan nuevo: título
prompt-open-path = Abrir un archivo de plan: ruta
prompt-new-action = Nueva acción en { $goal }
prompt-new-goal = Nuevo objetivo en { $area }
prompt-new-institution = Nueva institución: nombre, sigla
prompt-roster-filter = Filtrar instituciones
prompt-save-elsewhere = Guardar el plan en este archivo y salir
hint-new-plan-title = p. ej., Plan de Acción Nacional 2027-2030
hint-open-path = la ruta de un archivo de plan, p. ej., ~/planes/pan.ron
hint-new-institution = nombre, coma, sigla: Oficina contra la Trata, OCT
hint-roster-filter = parte de una sigla o de un nombre
hint-new-item = su redacción; si queda vacío, no se añade nada
hint-save-elsewhere = un archivo en una carpeta con permiso de escritura, p. ej., ~/pan.ron
editor-question-mark-keys = ? (otra vez)
editor-question-mark = escribir un signo de interrogación
editor-expected = Se espera: { $hint }
editor-esc-again-closes = Esc otra vez: cerrar sin conservar
editor-esc-cancels = Esc: cancelar
editor-not-kept = Aún no conservado: { $error } ({ $leave })
editor-save-here-and-quit = { $key }: guardar aquí y salir
editor-back-to-question = { $key }: volver a la pregunta
conflicts-title = Conflictos de fusión: quedan { $left }
conflicts-side = { $value } (de { $source })
steps-title = Pasos
help-title = Teclas (Up/Down desplazan, Esc cierra)
help-keys-here = Teclas aquí ({ $context }):
help-everything-saved = Todo se guarda sobre la marcha. Esc retrocede un nivel; en una línea de entrada, cancela y conserva el valor anterior.
help-context-start = inicio
help-context-form = formulario
help-context-roster = instituciones
help-context-area-list = objetivos y acciones
help-context-area-fields = decisión sobre un elemento
help-context-review = revisión
help-context-generate = generar
help-context-other = esta pantalla
guidance-title = Orientaciones
guidance-own-item = Este elemento es propio del equipo; el paquete de contenido no incluye orientaciones para él.
guidance-title-goal = Orientaciones: { $goal }
guidance-expected-result = Resultado esperado
guidance-standards = Normas
guidance-example-indicators = Indicadores de ejemplo
guidance-indicators-for = Indicadores de { $action }
guidance-usually = Habitualmente: { $horizon }.
unsaved-not-saved-yet = los últimos cambios aún no se han guardado.
unsaved-retry-changed = volver a guardar aquí: su versión sustituye al archivo y la otra pasa a las copias de seguridad
unsaved-retry-failed = volver a guardar aquí (tras liberar espacio o restaurar la carpeta)
unsaved-why = Salga sin perderlos. Motivo del fallo al guardar:
unsaved-save-elsewhere = guardar el plan en otro archivo (a su elección) y salir
unsaved-quit-keeping-backup = salir ahora; su trabajo se conserva como copia de emergencia en la carpeta de datos
unsaved-title = Sus cambios NO están guardados
question-title = Pregunta
question-yes = sí
question-no = no

## Header, message line and footer (src/tui/view/mod.rs)

screen-too-small = terminal demasiado pequeño: se necesitan { $need_width } x { $need_height }, hay { $width } x { $height }. Amplíe la ventana o reduzca el tamaño de la letra.
header-saved = guardado
header-unsaved = SIN GUARDAR
header-not-saved = NO GUARDADO
header-read-only = SOLO LECTURA
header-following = SIGUIENDO
header-decided = { $percent } % decidido
header-no-plan = ningún plan abierto
header-step = paso { $n } de { $m }: { $name }
message-read-only = Solo lectura: { $why }
message-changed-on-disk = No guardado ({ $key } conserva el suyo y guarda copia del otro): { $why }
message-save-failed = NO GUARDADO: { $why } { $retry }: reintentar. { $quit }: guardar en otro lugar o conservar una copia y salir.

## Start screen (src/tui/view/start.rs)

start-title = Inicio
start-purpose = Diseñar un Plan de Acción Nacional contra la trata de personas.
start-provenance = La lista de verificación sigue la estructura del capítulo A de la Guía para profesionales del ICMPD (2021); su redacción es propia de napwiz, no un texto del ICMPD.
start-new-plan = Plan nuevo...
start-open-demo = Abrir el plan de demostración (país ficticio)
start-open-file = Abrir un archivo de plan...
start-recent = Reciente: { $path }

## Area steps: goals and actions (src/tui/view/area.rs)

area-no-goals = No hay objetivos. Pulse { $key } para añadir uno.
area-own-item = { $text } (del equipo)
area-carried-over-item = { $text } (del plan anterior)
area-goal-count = { $decided }/{ $all } decididas, { $included } en el plan
area-tag-in-place = existe
area-tag-partly = parcial
area-tag-missing = falta
area-tag-not-applicable = n/a
area-tag-notes = notas
area-tag-short = corto
area-tag-medium = medio
area-tag-long = largo
area-strip-notes-none = ninguna
area-strip-notes-yes = sí
area-strip = Plazo: { $timeframe } | socios: { $partners } | notas: { $notes }
area-suggested-strip = Sugerido: responsable { $lead } ({ $take } lo asigna), socios { $partners } ({ $pick })
area-suggested = Sugerido: responsable { $lead } ({ $take } lo asigna); socios { $partners }; { $horizon }.

## Institution picker (src/tui/view/picker.rs)

picker-lead = Institución responsable de { $item } (escriba una sigla o filtre)
picker-partners = Socios de { $item } (Enter marca, Esc termina)
picker-monitoring-body = Órgano de seguimiento (escriba una sigla o filtre)
picker-no-match = Ninguna institución coincide. Backspace modifica el filtro.
picker-not-on-roster = fuera de la lista
picker-suggested-for = Sugeridas para { $item }
picker-suggested = Sugeridas
picker-on-roster = En la lista
picker-catalogue = Catálogo: al elegir una, se añade a la lista

## Generate step (src/tui/view/generate.rs)

generate-title = Generar el borrador del plan de acción
generate-current-folder = la carpeta actual
generate-clean-copy = Copia limpia para difusión (sin notas ni marcas de redacción)
# Followed directly by the folder's path: keep the trailing space.
generate-write-into = Escribir los archivos elegidos en{" "}
generate-preview = Vista previa ({ $lines } líneas, { $back }/{ $on })
generate-wrote = archivos escritos en { $folder }: { $list }

## Institutions step (src/tui/view/roster.rs)

roster-filter = filtro: { $filter }
roster-title = Instituciones: { $count } en la lista
roster-own = propia, { $kind }

## Plan setup and monitoring forms (src/tui/view/form.rs)

form-plan-setup = Datos del plan
form-monitoring = Marco de seguimiento

## Pop-ups (src/tui/view/popup.rs)

popup-filter = Filtro:

## Review dashboard (src/tui/view/dashboard.rs)

review-panel-by-area = Plan por área
review-panel-baseline = Línea base
review-panel-workload = Carga
review-panel-timeline = Calendario
review-panel-gaps = Carencias
review-panel-health = Control
review-area-head = { $area }: { $included } de { $actions } acciones incluidas, { $goals_included } de { $goals } objetivos
review-high = alta
review-medium = media
review-low = baja
review-decided = { $decided } de { $actions } acciones decididas ({ $percent } %), { $included } incluidas.
review-baseline-in-place = existe
review-baseline-partly = parcial
review-baseline-missing = falta
review-baseline-not-applicable = n/a
review-baseline-unknown = sin datos
review-workload-intro = Acciones incluidas que cada institución dirige o apoya, por orden de carga
review-workload-row = { $code } dirige { $leads }  socia { $partners }
review-goal = Obj.
review-unscheduled = { $count ->
    [one] { $count } acción incluida aún no tiene plazo
   *[other] { $count } acciones incluidas aún no tienen plazo
}
review-no-gaps = No queda abierta ninguna carencia detectada.
review-health-title = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
review-no-problems = No se encontraron problemas.
review-error = error
review-warning = aviso

## Wizard steps (src/plan/step.rs)

step-start = Inicio
step-setup = Datos del plan
step-roster = Instituciones
step-area = Área
step-review = Revisión
step-monitoring = Marco de seguimiento
step-generate = Generar

## Field labels and hints of the forms (src/plan/fields.rs)

field-title = Título
field-country = País
field-first-year = Primer año
field-last-year = Último año
field-coordinating-body = Órgano de coordinación
field-national-coordinator = Coordinador nacional
field-facilitator = Facilitación
field-workshop-dates = Fechas del taller
field-language = Idioma de trabajo
field-currency = Moneda del presupuesto
field-monitoring-body = Órgano de seguimiento
field-reporting = Informes de avance
field-review = Revisión (órgano de coord.)
field-mid-term = Evaluación intermedia (año)
field-final = Evaluación final (año)
field-data-sources = Fuentes de datos
field-notes = Notas
field-wording = Redacción
field-inclusion = En el plan
field-baseline = Línea de base
field-priority = Prioridad
field-timeframe = Plazo
field-lead = Responsable
field-partners = Socios
field-indicator = Indicador { $n }
field-indicator-kind = tipo
field-indicator-baseline = línea de base
field-indicator-target = meta
field-indicator-verification = verificación
field-indicator-frequency = periodicidad
field-add-indicator = Añadir indicador
field-budget-amount = Presupuesto estimado
field-budget-source = Fuente de financiación
hint-year = un año: AAAA, p. ej., 2027
hint-workshop-dates = AAAA-MM-DD; varias, separadas por comas: 2026-11-28, 2026-11-29
hint-currency = un código de moneda, p. ej., EUR
hint-required = obligatorio
hint-evaluation-year = un año: AAAA, p. ej., 2029; vacío si no hay
hint-data-sources = una fuente de datos por línea
hint-timeframe = s, m, l (corto, medio, largo plazo), un año (2028) o varios (2027-2029)
hint-budget-amount = unidades enteras, p. ej., 50000 o 52.500

## Step list progress (src/tui/derived.rs)

steps-filled = { $n } de { $all } completos
steps-institutions = { $count ->
    [one] { $count } institución
   *[other] { $count } instituciones
}
steps-decided = { $n } de { $all } decididas

## Decision values: baseline, inclusion, priority, timeframe, frequency (src/plan/mod.rs)

baseline-unknown = sin datos
baseline-in-place = existente
baseline-partly-in-place = existe en parte
baseline-missing = inexistente
baseline-not-applicable = no aplicable
inclusion-open = sin decidir
inclusion-included = incluida
inclusion-excluded = no incluida
priority-high = alta
priority-medium = media
priority-low = baja
timeframe-short = corto plazo
timeframe-medium = medio plazo
timeframe-long = largo plazo
frequency-monthly = mensual
frequency-quarterly = trimestral
frequency-six-monthly = semestral
frequency-annually = anual
frequency-biennially = cada dos años
frequency-end-of-plan = al final del plan

## Checklist values: horizon, indicator direction and kind, institution kind (src/content/mod.rs)

horizon-short = corto plazo
horizon-long = largo plazo
horizon-short-and-long = primer paso a corto plazo, después a largo plazo
direction-higher = cuanto más alto, mejor
direction-lower = cuanto más bajo, mejor
indicator-input = insumo
indicator-output = producto
indicator-outcome = efecto
indicator-impact = impacto
institution-government = gubernamental
institution-independent = independiente
institution-judicial = judicial
institution-civil-society = sociedad civil
institution-international = internacional
institution-private = sector privado

## The draft action plan and reports (src/document)

document-not-in-catalogue = no figura en el catálogo

## What a change did, on the message line (src/tui/changes.rs)

changed-timeframe-cleared = plazo borrado
changed-timeframe = plazo: { $timeframe }
changed-notes = notas editadas
changed-priority-cleared = prioridad borrada
changed-priority = prioridad: { $priority }
changed-baseline = línea de base: { $baseline }
changed-lead-cleared = responsable borrado
changed-lead = responsable: { $code }
changed-partner-added = { $code } añadida como socia
changed-partner-removed = { $code } ya no es socia
changed-included-again = incluida de nuevo
changed-indicators = { $count ->
    [one] { $count } indicador
   *[other] { $count } indicadores
}
changed-prefilled = completado con lo sugerido: { $parts }
changed-indicators-added = { $count ->
    [one] { $count } indicador añadido
   *[other] { $count } indicadores añadidos
}
changed-indicators-deleted = { $count ->
    [one] { $count } indicador eliminado
   *[other] { $count } indicadores eliminados
}
changed-on-roster = { $code } ya está en la lista
changed-off-roster = { $code } ya no está en la lista

## Area steps: what a key did (src/tui/update/area.rs)

area-open-goal-first = abra el objetivo ({ $key }) y elija una de sus acciones
area-baseline-next = { $item }, línea de base: { $baseline } ({ $key }: la siguiente)
area-no-suggested-lead = no hay responsable sugerido para { $item }: { $key } permite elegir uno
area-already-leads = { $code } ya es responsable de { $item }
area-delete-own-only = solo pueden eliminarse los objetivos y acciones propios del equipo; excluya este con { $key }
area-delete-actions-first = elimine primero las acciones de este objetivo
area-deleted = eliminado: { $item }
area-deleted-undo = eliminado: { $item } «{ $text }» ({ $key } lo restablece)
area-indicator-deleted = { $item }: indicador { $n } eliminado

## Changes, undo and redo (src/tui/update/change.rs)

change-no-plan = abra o cree primero un plan
change-read-only = solo lectura: { $why }
change-undone = deshecho
change-redone = rehecho
change-nothing-to-undo = no hay nada que deshacer
change-nothing-to-redo = no hay nada que rehacer
change-travelled = { $done }: { $label }

## Merge conflicts (src/tui/update/conflicts.rs)

conflicts-none = no hay conflictos de fusión
conflicts-resolved-one = conflicto resuelto: { $target } { $field }
conflicts-all-resolved = todos los conflictos de fusión están resueltos

## Prompts: what Enter and Esc did (src/tui/update/editor.rs)

editor-nothing-changed = no ha cambiado nada
editor-cancelled = cancelado: se conserva el valor anterior
editor-edited = { $field }: cambio guardado
editor-need-title = escriba un título para el plan
editor-need-path = escriba la ruta de un archivo de plan
editor-need-save-path = escriba la ruta del archivo en el que guardar el plan
editor-action-added = acción añadida
editor-goal-added = objetivo añadido

## Forms: changing and clearing fields (src/tui/update/form.rs)

form-changed = { $field }: valor cambiado
form-nothing-to-clear = aquí no hay nada que vaciar: { $key } edita este campo
form-cleared = { $field }: valor borrado
form-already-not-set = { $field }: ya está vacío
form-undo-restores = { $said } ({ $key } lo restablece)
form-indicator-added = { $item }: indicador añadido
form-new-indicator = Nuevo indicador

## Generate step: the clean copy (src/tui/update/generate.rs)

generate-clean-on = copia limpia: sin notas del taller ni marcas de redacción; las carencias van a un archivo de lista aparte
generate-clean-off = borrador de trabajo: el documento incluye notas y marcas de redacción ([por decidir])

## The wizard's terminal, opening and saving (src/tui/app.rs)

app-not-a-terminal = el asistente necesita un terminal interactivo y este no lo es. Use `napwiz --plain` para un asistente línea a línea (también lee de una tubería), o los subcomandos (napwiz --help), p. ej., `napwiz summary PLAN`.
app-default-title = Plan de Acción Nacional
app-choose-a-format = elija al menos un formato
app-previous-not-kept = no se pudieron conservar los cambios sin guardar del plan anterior: { $error }
app-conflicts-to-resolve = { $count ->
    [one] { $count } conflicto de fusión por resolver: pulse { $key }.
   *[other] { $count } conflictos de fusión por resolver: pulse { $key }.
}
app-save-as-exists = «{ $path }» ya existe; elija otro nombre de archivo (napwiz no lo sobrescribe)
app-saved-over = guardado; la versión que había en el disco está entre las copias de seguridad

## What was being typed, named when it is kept (src/tui/typed.rs)

typed-field-of = el campo «{ $field }» de { $item }
typed-field = el campo «{ $field }»
typed-new-action = la nueva acción de { $goal }
typed-new-goal = el nuevo objetivo del área { $area }
typed-new-institution = la nueva institución
typed-new-plan-title = el título del plan nuevo
typed-path = la ruta del archivo

## Key overrides in the config (src/tui/keymap.rs)

keys-unknown-binding = asignación de tecla desconocida «{ $name }»
keys-unknown-key = tecla desconocida «{ $key }» para «{ $name }»

## Emergency saves (src/tui/rescue.rs)

rescue-no-backup = no se pudo escribir una copia de emergencia ni en «{ $dir }» ni en «{ $spare }»; libere espacio y vuelva a intentarlo
# $why is empty or " (the reason)", with its leading space.
rescue-note = no se pudo guardar el plan en «{ $path }»{ $why }. Todo su trabajo, con cada cambio, está en la copia de emergencia «{ $kept }»: cópiela donde deba estar el plan.
rescue-typed-kept = Lo que estaba escribiendo ({ $what }) está en «{ $path }».
rescue-typed-lost = No se pudo conservar lo que estaba escribiendo ({ $what }): { $error }.
rescue-saved = el plan está guardado en «{ $path }».
rescue-holds-typed = Contiene lo que estaba escribiendo ({ $what }).
rescue-loose-file = napwiz conservó lo que estaba escribiendo ({ $what }) cuando se detuvo:
rescue-stopped-by = detenido por { $signal }; { $said }
rescue-panic = napwiz se detuvo por un error interno.
rescue-panic-kept = Antes se conservó su trabajo: { $saved }
rescue-panic-report = Comunique este mensaje a los responsables de napwiz.

## What opening, creating and saving did (src/tui/update/outcome.rs)

outcome-resumed = Se reanuda en { $place }, donde se dejó este plan.
outcome-created = creado: { $path }
outcome-saved-as = guardado en { $path }; este es ahora el archivo del plan

## Institutions step: what a key did (src/tui/update/roster.rs)

roster-type-changed = tipo de institución cambiado
roster-changed = lista: { $code }
roster-added = { $code } añadida a la lista
roster-removed = { $code } retirada de la lista
roster-removed-with-roles = { $code } retirada de la lista, pero aún tiene { $roles } funciones en el plan (véase Revisión)
roster-has-roles = tiene { $roles } funciones en el plan; asígnelas antes a otras instituciones
roster-own-deleted = institución propia eliminada
roster-deleted-undo = { $code } eliminada de la lista ({ $key } la restablece)
roster-own-added = { $code } añadida
roster-own-added-type = { $code } añadida; Left/Right fija su tipo

## Institution picker: what a key did (src/tui/update/picker.rs)

picker-nothing-matches = ninguna institución coincide con «{ $filter }»: Backspace modifica el filtro, { $key } cierra
picker-monitoring-body-set = órgano de seguimiento: { $code }
picker-lead-not-partner = { $code } es responsable de { $item }, así que no es también socia ({ $key } cambia el responsable)
picker-partner-label = { $item }, socia { $code }

## Theme, mouse and saving (src/tui/update/mod.rs)

update-theme = tema: { $theme } ({ $key }: el siguiente)
update-mouse-on = ratón activado: los clics seleccionan; Shift+arrastrar sigue copiando en la mayoría de los terminales
update-mouse-off = ratón desactivado
update-everything-saved = todo está guardado

## Moving between steps (src/tui/update/nav.rs)

nav-not-in-checklist = «{ $item }» no figura en la lista de verificación
prompt-read-only = este plan está abierto en solo lectura

## Excel workbook: sheet names (at most 31 characters, none of : \ / ? * [ ]), properties, page header and footer (src/export/xlsx.rs)

xlsx-sheet-actions = Acciones
xlsx-sheet-budget = Presupuesto
xlsx-sheet-timeline = Calendario
xlsx-sheet-monitoring = Marco de seguimiento
xlsx-sheet-responsibilities = Responsabilidades
xlsx-sheet-gaps = Carencias
xlsx-sheet-institutions = Instituciones
xlsx-status-draft = Borrador
xlsx-made-with = Elaborado con napwiz
xlsx-not-in-list = No figura en la lista
xlsx-one-of = { $column } debe ser uno de estos valores: { $values }
xlsx-header-draft = BORRADOR
# $page and $pages are Excel's page fields; keep both.
xlsx-footer-page = Página { $page } de { $pages }

## Plain mode (src/plain.rs). Typed commands (i, x, 1-3, b:, t:, L:, P:, n:, go, q, <, >) stay as they are.

plain-welcome = napwiz, modo sencillo. Responda a cada pregunta y pulse Enter. Enter solo conserva lo que está entre [corchetes]; < retrocede; > pasa al paso siguiente; ? muestra la ayuda; q guarda y sale.
plain-nothing-saved = No se guardó nada: el plan { $path } está en solo lectura.
plain-saved = Guardado: { $path }.
plain-commands-help = En cualquier pregunta: ? esta ayuda, /palabras busca en la lista de verificación, go P1.2 o go 4 (un paso) lleva allí, > paso siguiente, < atrás, q guarda y sale. Enter solo conserva lo que está entre [corchetes].
plain-search-none-in-part = Nada en esta parte del trabajo en grupos coincide con «{ $query }» ({ $outside ->
    [one] 1 elemento
   *[other] { $outside } elementos
} fuera de ella).
plain-search-none = Nada en la lista de verificación coincide con «{ $query }».
plain-search-found = { $count ->
    [one] 1 elemento encontrado
   *[other] { $count } elementos encontrados
} (go ID lleva allí):
plain-search-more = ... y { $count } más: añada una palabra para acotar la búsqueda
plain-search-outside = ({ $count ->
    [one] 1 más
   *[other] { $count } más
} fuera de esta parte del trabajo en grupos)
plain-start-new = Plan nuevo
plain-start-open = Abrir un archivo de plan
plain-choice = Opción [1]:
plain-choice-help = Escriba 1, 2 o 3.
plain-new-title = Título del plan nuevo:
plain-title-needed = se necesita un título
plain-path = Ruta del archivo de plan:
plain-not-a-choice = «{ $answer }» no es una opción; escriba 1, 2 o 3
plain-created = Creado: { $path }.
plain-create-question = { $path } no existe. ¿Crear allí un plan nuevo? [y/N]
plain-create-help = y (sí) lo crea; n (no) no lo crea.
plain-note = Nota: { $notice }
plain-open-elsewhere = el plan está abierto en otra sesión de napwiz ({ $holder })
plain-read-only = Solo lectura: { $why }. No se guardará nada de lo que responda.
plain-locked = { $path } está abierto en otra sesión de napwiz: { $user } en { $host }, desde { $since }. napwiz no puede comprobar desde aquí si esa sesión sigue abierta.
plain-lock-question = ¿[r] abrir en solo lectura, [t] tomar el control del bloqueo (solo si esa sesión ha terminado) o [c] cancelar?
plain-lock-answer = Responda r, t o c.
plain-read-only-unchanged = solo lectura: sin cambios
plain-not-saved = no guardado: { $error }
plain-no-such-step = no existe el paso { $n }: los pasos van del 2 (datos del plan) al { $steps }
plain-bad-go = «{ $target }» no es un número de paso (del 2 al { $steps }) ni un identificador de la lista, como P1.2
# $item is empty or ", P1.2" with its comma.
plain-resuming = Se reanuda donde se dejó este plan: paso { $step } de { $steps }, { $name }{ $item } (go 2 empieza por los datos del plan).
plain-step-roster = Instituciones (la lista)
plain-end-of-input = Fin de la entrada; todo está guardado.
plain-step = Paso { $step } de { $steps }: { $name }
plain-field-help = Escriba el nuevo valor o pulse Enter para conservarlo.
plain-roster-prompt = Números que añadir o quitar (p. ej., 3 7 12), a para añadir una propia, l para ver la lista, Enter para continuar, < atrás:
plain-roster-help = Un número añade la institución, o la quita si está marcada con [x]; para varios a la vez, sepárelos con espacios.
plain-roster-numbers = escriba números del 1 al { $n } (l los muestra)
plain-own-help = Por ejemplo: Oficina contra la Trata, OCT
plain-own-prompt = Nombre, sigla (p. ej., Oficina contra la Trata, OCT):
plain-own-added = { $code } ({ $name }) añadida a la lista.
plain-goal-prompt = Enter: sus { $count } acciones; s: omitir el objetivo; g: orientaciones; <: atrás:
plain-goal-help = Enter recorre una a una las acciones del objetivo.
plain-goal-answer = «{ $answer }»: pulse Enter, s, g o <
plain-now = ahora: { $now }
plain-decision-prompt = Decisión (p. ej., i 1 L:MoI P:NGO,CSW b:missing t:short n:nota; Enter conserva; ? ayuda):
plain-pause = Enter para continuar, < atrás:
plain-monitoring-help = Órgano de seguimiento: la sigla de una institución (p. ej., NCO). Periodicidad: monthly (mensual), quarterly (trimestral), six-monthly (semestral), annually (anual), two-yearly (cada dos años), end (al final). Fuentes de datos: separadas por «;».
plain-generate = El borrador del plan de acción tendrá { $chapters } capítulos con { $included } acciones incluidas.
plain-roster-added = añadidas: { $codes }
plain-roster-removed = retiradas: { $codes }
plain-roster-no-change = sin cambios
plain-roster-count = { $count ->
    [one] La lista tiene { $count } institución.
   *[other] La lista tiene { $count } instituciones.
}
plain-decision-help-1 = i incluir, x no incluir, 1/2/3 prioridad alta/media/baja (incluye),
plain-decision-help-2 = b:unknown|in|partly|missing|na línea de base (sin datos, existe, parcial, falta, n/a), t:short|medium|long|2028|2027-2029 plazo,
plain-decision-help-3 = L:SIGLA responsable, P:SIGLA,SIGLA socios, n:texto notas (el resto de la línea).
plain-decision-help-4 = Varios a la vez: i 1 L:MoI P:NGO b:missing.
plain-partners = socios: { $codes }
plain-no-institution = ninguna institución tiene la sigla «{ $code }»
plain-not-understood = no se entiende «{ $token }»; escriba ? para ver la lista
plain-bad-baseline = la línea de base «{ $value }» no es ninguna de estas: unknown, in, partly, missing, na
plain-bad-frequency = «{ $value }» no es una periodicidad: monthly, quarterly, six-monthly, annually, two-yearly, end

## Export formats, as the Generate step lists them (src/export/mod.rs)

format-markdown = Markdown
format-html = HTML
format-docx = Word (DOCX)
format-xlsx = Excel (XLSX)
format-csv = CSV

## Follow mode (issue 20): a read-only copy that reloads when the plan's file changes.
follow-who-writer = Siguiendo a { $user } en { $host }
follow-who-left = Siguiendo: { $user } en { $host } ha dejado de escribir ({ $key }: tomar la escritura)
follow-who-nobody = Siguiendo: ahora nadie escribe en este plan ({ $key }: tomar la escritura)
follow-who-polling = { $who } (comprobación cada medio segundo)
follow-tail-on = { $key }: seguir al facilitador (activado)
follow-tail-off = { $key }: seguir al facilitador (desactivado)
follow-last-one = ; último cambio { $at }: { $change }
follow-last-more = ; último cambio { $at }: { $change } (y { $more } más)
follow-status = { $who }{ $last }. { $tail }.
follow-problem = Sin actualizar: { $why }; se muestra la última versión válida. { $who }. { $tail }.
follow-changed-mark = * cambiado
follow-only-when-following = solo disponible al seguir un plan: napwiz --follow PLAN
follow-facilitator-on = seguir al facilitador: activado (salta a su elemento)
follow-facilitator-off = seguir al facilitador: desactivado
follow-still-writing = { $user } en { $host } sigue escribiendo en este plan; { $key } toma la escritura cuando salga
follow-opened = { $user } en { $host } tiene abierto este plan, así que se abrió en solo lectura y sigue sus cambios en directo.
plain-follow-intro = Siguiendo { $path } ({ $who }). Cada cambio ocupa una línea, tal como lo describe napwiz diff; q y Enter, o Ctrl+C, detiene el seguimiento.
plain-follow-writer = { $user } en { $host } lo está escribiendo
plain-follow-nobody = ahora nadie lo está escribiendo
plain-follow-polling = Se comprueba la carpeta cada medio segundo.
plain-follow-stopped = Seguimiento detenido.
plain-follow-readable = El plan vuelve a poder leerse; se sigue.
plain-follow-problem = Sin actualizar: { $why }; se sigue la última versión válida.
plain-follow-writer-quit = Quien escribía ({ $user } en { $host }) ha salido; nada cambiará hasta que alguien abra el plan.
plain-follow-writer-came = { $user } en { $host } está escribiendo ahora el plan.

## Implementation report and evaluation pack: title pages, headings, sheet names (src/document/report.rs, src/document/evaluation.rs). Sheet names: at most 31 characters, none of : \ / ? * [ ]

report-status-draft = BORRADOR DE INFORME DE EJECUCIÓN
report-status = INFORME DE EJECUCIÓN
report-period = Período del informe { $period } (del { $from } al { $to })
report-not-reported = sin informe
report-chapter-summary = Resumen
report-section-key-figures = Cifras clave
report-section-trend = Avance entre períodos
report-chapter-progress = Avance por área y objetivo
report-objective = Objetivo { $number }: { $title }
report-chapter-indicators = Indicadores
report-chapter-budget = Ejecución presupuestaria
report-chapter-difficulties = Dificultades y medidas correctivas
report-section-overdue = Acciones atrasadas
report-chapter-recommendations = Recomendaciones
report-annex-reporting = Estado de los informes por institución
report-sheet-actions = Acciones
report-sheet-indicators = Indicadores
report-sheet-budget-area = Presupuesto por área
report-sheet-budget-source = Presupuesto por fuente
report-sheet-institutions = Instituciones
report-sheet-trend = Tendencia
evaluation-status = { $stage ->
    [final] PAQUETE DE EVALUACIÓN FINAL
   *[mid-term] PAQUETE DE EVALUACIÓN INTERMEDIA
}
evaluation-periods = Períodos del informe { $first } a { $last }
evaluation-chapter-about = Acerca de este paquete
evaluation-chapter-implementation = Ejecución a lo largo de los períodos
evaluation-section-by-period = El plan, período por período
evaluation-section-actions = Cada acción, período por período
evaluation-chapter-trajectories = Trayectorias de los indicadores
evaluation-chapter-questions = Preguntas de evaluación
evaluation-relevance = Pertinencia
evaluation-coherence = Coherencia
evaluation-effectiveness = Eficacia
evaluation-efficiency = Eficiencia
evaluation-impact = Impacto
evaluation-sustainability = Sostenibilidad
evaluation-annex-reporting = Informes por institución a lo largo de los períodos
evaluation-sheet-trend = Tendencia
evaluation-sheet-actions = Acciones por período
evaluation-sheet-indicators = Indicadores por período
evaluation-sheet-questions = Preguntas

## Modo Seguimiento y panel del período (src/tui/update/monitor.rs, src/tui/view/monitor.rs,
## src/tui/view/progress.rs, src/plan/monitor/form.rs)
key-monitor = seguimiento
key-open-report = informe
key-next-period = período siguiente
key-previous-period = período anterior
key-period-dashboard = panel
key-status-not-started = no iniciada
key-status-on-track = en curso
key-status-delayed = con retraso
key-status-completed = completada
key-status-continuous = continua
key-status-dropped = abandonada
key-filter-institution = institución
key-filter-status = filtro de estado
key-clear-filters = quitar filtros
key-copy-forward = copiar del anterior
key-close-period = cerrar/reabrir período
step-monitor = Seguimiento
step-progress = Panel del período
header-monitor = { $name }: { $period }
help-context-monitor = seguimiento
help-context-monitor-report = el informe de una acción
help-context-progress = panel del período
typed-report-field = { $field } del informe de { $item } para { $period }
start-monitor = Seguimiento de la ejecución: { $title }
monitor-progress = { $period }: { $reported } de { $actions } informadas
monitor-filter-any = cualquier estado
monitor-filter-missing = sin informe aún
monitor-no-periods = Este plan aún no tiene períodos de informe: { $key } los crea.
monitor-no-match = Ninguna acción incluida coincide con los filtros ({ $key } los quita).
monitor-period-dates = { $from } a { $to }, informes hasta el { $due }
monitor-open = abierto
monitor-closed = CERRADO: sus informes son de solo lectura ({ $key } lo reabre)
monitor-closed-form = CERRADO: sus informes son de solo lectura (Esc y luego { $key } lo reabre)
monitor-showing = Mostrando:
monitor-every-institution = todas las instituciones
monitor-reported = { $reported } de { $actions } informadas
monitor-status-keys = Teclas de estado: { $keys }
monitor-no-report = sin informe
monitor-lead = responsable: { $code }
monitor-no-lead = sin responsable
monitor-list-title = Seguimiento { $period }
monitor-report-title = Informe { $action }, { $period }
monitor-ask-close = ¿Cerrar { $period }? Sus informes quedarán de solo lectura hasta reabrirlo.
monitor-ask-close-missing = { $count } acciones no tienen informe.
monitor-ask-reopen = ¿Reabrir { $period }? Sus informes podrán modificarse de nuevo.
monitor-ask-start = ¿Iniciar el seguimiento de este plan? Se crearán { $count } períodos de informe a partir del período del plan y la frecuencia de informe, { $frequency }{ $span }.
monitor-frequency-unset = anual (sin frecuencia definida)
monitor-created = { $count } períodos de informe creados
monitor-periods-created = períodos de informe creados
monitor-heading-no-report = elija una acción: el título de un área no tiene informe
monitor-heading-no-status = elija una acción: el título de un área no tiene estado
monitor-closed-refused = { $period } está cerrado: sus informes son de solo lectura. { $key } lo reabre (pregunta antes).
monitor-edge-first = { $period } es el primer período de informe
monitor-edge-last = { $period } es el último período de informe
monitor-status-set = { $action } en { $period }: { $status } (antes: { $was })
monitor-status-change = { $action } { $period }: { $status }
monitor-say-why = ; indique el motivo en el informe (Enter)
monitor-owes = { $name } es responsable de estas; { $count } sin informe para { $period }
monitor-every-shown = se muestran todas las instituciones
monitor-all-shown = se muestran todas las acciones incluidas
monitor-showing-status = se muestra: { $filter }
monitor-copy-label = { $period }: informes copiados del período anterior
monitor-copy-nothing = nada que copiar: cada acción informada en el período anterior ya tiene informe en { $period }
monitor-copied = { $count } informes iniciados desde el período anterior: estado, dificultades, medidas correctivas, quién informa y fuente de financiación; lo realizado, los valores y los importes son propios de { $period }
monitor-period-closed = { $period } cerrado
monitor-period-reopened = { $period } reabierto
monitor-closed-now = { $period } cerrado: sus informes son ahora de solo lectura
monitor-reopened-now = { $period } reabierto: sus informes pueden modificarse
monitor-nothing-changed = nada ha cambiado
dashboard-title = Panel del período { $period }
dashboard-more-below = más abajo: { $keys }
dashboard-end = fin: { $keys }
dashboard-closed = { " " }(cerrado)
dashboard-reported = { $reported } de { $actions } acciones incluidas informadas; tasa de ejecución { $rate } ({ $implemented } completadas o continuas)
dashboard-overdue-owing = { $overdue } vencidas; { $owing } instituciones aún deben informes
dashboard-by-area = Ejecución por área
dashboard-by-goal = Ejecución por objetivo
dashboard-by-institution = Ejecución por institución responsable
dashboard-trend = Tendencia entre períodos
dashboard-rate-figures = { $done } de { $actions } hechas, { $reported } informadas
dashboard-overdue = Vencidas: plazo cumplido, no completadas ({ $count })
dashboard-overdue-row = { $action } ({ $lead }, terminó en { $year }, { $status })
dashboard-none = ninguna
dashboard-owing = Sin informe aún ({ $count } instituciones)
dashboard-all-reported = todas las acciones incluidas tienen informe
dashboard-no-lead = (sin institución responsable)
dashboard-spending = Gasto frente al presupuesto
dashboard-spending-line = Presupuesto { $budget } | gastado en { $period } { $spent } | acumulado { $to_date } { $bar } { $share }
dashboard-spending-area = { $area } presupuesto { $budget } | acumulado { $to_date } ({ $share })
dashboard-indicators = Indicadores: de la línea de base a la meta ({ $with_value } de { $count } con valor)
dashboard-indicator-figures = línea de base { $baseline } | ahora { $now }{ $was } | meta { $target }
dashboard-no-value = sin valor
dashboard-was = { " " }(antes { $value })
report-field-status = Estado
report-dropped-reason = Motivo del abandono
report-done = Lo realizado
report-value = Valor { $n }
report-value-of = Valor: { $indicator }
report-spent-amount = Gastado en el período
report-spent-source = Fuente del gasto
report-difficulties = Dificultades
report-corrective-measures = Medidas correctivas
report-evidence = Evidencias
report-reported-by = Informado por
report-date = Fecha del informe
report-validated = Validado
report-hint-count = un número de 0 o más, p. ej. 40 o 1.200
report-hint-share = un porcentaje de 0 a 100, p. ej. 62,5
report-hint-text = palabras, p. ej. Aprobado; vacío si no hay valor
report-hint-amount = unidades enteras, p. ej. 50000 o 52.500
report-hint-evidence = una referencia por línea: números de documento, enlaces, nombres de archivo
report-hint-date = AAAA-MM-DD, p. ej. 2028-01-12
report-hint-dropped = obligatorio cuando la acción se abandona
report-none-yet = sin informe aún
report-yes = sí
report-no = no
report-no-period = no hay ningún período de informe '{ $period }'
report-closed = el período { $period } está cerrado: sus informes son de solo lectura hasta reabrirlo
report-bad-date = '{ $text }' no es una fecha; escríbala como AAAA-MM-DD, p. ej. 2028-01-12
report-bad-status = '{ $text }' no es un estado; escriba uno de: { $statuses }
