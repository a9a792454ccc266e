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
key-redraw = redibujar la pantalla
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
help-thin-link = Enlace lento (SSH): mientras las teclas recorren una lista, la descripción del elemento y la línea de teclas esperan a que las teclas se detengan. napwiz --link local lo muestra todo de inmediato.
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
header-decided = { $percent } % decidido
header-no-plan = ningún plan abierto
header-step = paso { $n } de { $m }: { $name }
header-draft-translation = [traducción no revisada]
message-read-only = Solo lectura: { $why }
message-changed-on-disk = No guardado ({ $key } conserva el suyo y guarda copia del otro): { $why }
message-save-failed = NO GUARDADO: { $why } { $retry }: reintentar. { $quit }: guardar en otro lugar o conservar una copia y salir.

## Start screen (src/tui/view/start.rs)

start-title = Inicio
start-purpose = Diseñar un Plan de Acción Nacional contra la trata de personas.
start-provenance = La lista de verificación sigue la estructura del capítulo A de la Guía para profesionales del ICMPD (2021); su redacción es propia de napwiz, no un texto del ICMPD.
start-draft-translation = Lista de verificación en { $language }: traducción provisional, aún no revisada por un hablante nativo.
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
review-decided = { $decided } de { $actions } acciones decididas ({ $percent } %), { $included } incluidas.
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
hint-timeframe = corto, medio o largo (c, m, l), un año (2028) o varios (2027-2029)
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
document-draft = BORRADOR
document-design-workshop = Taller de diseño
document-status = Situación
document-status-working-draft = Borrador de trabajo elaborado a partir de las decisiones del taller de diseño; aún no aprobado.
document-facilitator = Facilitación
document-title-page = Portada
# A top-level annex's heading: "Annex A. Glossary".
document-annex-heading = Anexo { $number }. { $title }
# The month as a date writes it ("29 November 2026"); Russian uses the genitive.
document-month-1 = enero
document-month-2 = febrero
document-month-3 = marzo
document-month-4 = abril
document-month-5 = mayo
document-month-6 = junio
document-month-7 = julio
document-month-8 = agosto
document-month-9 = septiembre
document-month-10 = octubre
document-month-11 = noviembre
document-month-12 = diciembre

## Gaps for the drafting team: each is printed in brackets, "[to be decided]".

document-gap-decided = por decidir
document-gap-set = por fijar
document-gap-defined = por definir
document-gap-costed = por presupuestar
document-gap-measured = por medir
document-gap-agreed = por acordar
document-gap-completed = por completar
document-gap-spelled-out = por desarrollar
document-gap-monitoring-body = órgano de seguimiento por designar
document-gap-outcome-indicator = indicador de efecto por definir
document-gap-lead = responsable por decidir
document-gap-indicator = indicador por definir
document-gap-result = por redactar: el cambio que logra este objetivo

## Chapter 1: introduction

document-introduction = Introducción
document-about-title = Acerca de este borrador
document-about = Este borrador de trabajo, { $title }, se refiere a { $country } y a los años { $period }. Está fechado el { $date } y se elaboró con napwiz a partir de las decisiones del taller de diseño: de las { $actions } acciones de la lista de verificación, se decidieron { $decided } y se incluyen aquí { $included }, en { $objectives } objetivos.
# The clean copy for circulation: no word about the tool.
document-about-clean = Este borrador de trabajo, { $title }, se refiere a { $country } y a los años { $period }. Está fechado el { $date } y se elaboró a partir de las decisiones del taller de diseño: de las { $actions } acciones de la lista de verificación, se decidieron { $decided } y se incluyen aquí { $included }, en { $objectives } objetivos.
document-about-gaps = Los pasajes marcados «Para el equipo de redacción» y las entradas entre corchetes, como [por decidir], son carencias que el equipo de redacción aún debe completar.
document-about-checklist = Acerca de la lista de verificación: { $provenance }
document-glance-title = El plan de un vistazo
document-glance = El taller consideró que { $assessed } acciones no existen o existen solo en parte; { $left_open } de ellas no se incluyen en este borrador (anexo C).
document-area-chart = Acciones incluidas por área, según prioridad
document-area-chart-description = El número de acciones incluidas en el borrador en cada área, según prioridad.
document-series-high = alta
document-series-medium = media
document-series-low = baja
document-series-not-set = sin fijar
document-situation = Análisis de la situación
document-situation-gap = Resuma la situación a la que responde el plan: las formas de trata y explotación detectadas en el país, los perfiles de las víctimas identificadas y presuntas y de los autores, las tendencias de los últimos años, los datos en que se basan estas constataciones y sus lagunas, y las recomendaciones de los órganos internacionales de seguimiento.
document-legal = Marco jurídico y de políticas
document-legal-gap = Describa el marco jurídico y de políticas: los instrumentos internacionales ratificados por el país, la legislación nacional sobre la trata (derecho penal, protección de las víctimas, migración, trabajo y protección de la infancia), las estrategias conexas y las reformas en curso.
document-lessons = Enseñanzas del plan anterior
document-lessons-gap = Resuma las enseñanzas del plan anterior: lo que logró, lo que no se llevó a cabo y por qué, lo que concluyó su evaluación y cómo responde este plan. Si se trata del primer plan, indíquelo.

## Chapter 2: guiding principles (src/document/principles.rs)

document-principles = Principios rectores
principles-intro = Estos principios se aplican a cada acción de este plan, a la forma de ejecutarlo y a la forma de hacer su seguimiento. El equipo de redacción debe adaptarlos a la legislación y las políticas del país.
principles-rights = Derechos humanos y enfoque centrado en la víctima
principles-rights-meaning = Los derechos, la seguridad y la dignidad de las víctimas y de las personas en riesgo son lo primero. La asistencia no depende de que la víctima esté dispuesta a cooperar con las autoridades, no se castiga a las víctimas por los delitos que se vieron obligadas a cometer, y cada medida se planifica desde el punto de vista de la persona a la que pretende ayudar.
principles-gender-child = Perspectiva de género y de infancia
principles-gender-child-meaning = Las medidas tienen en cuenta las distintas formas en que se capta, se explota y se ayuda a mujeres, hombres, niñas y niños. En toda acción que afecte a un niño o una niña prima el interés superior del niño, y toda persona cuya edad sea incierta se trata como menor de edad hasta que se determine su edad.
principles-non-discrimination = No discriminación
principles-non-discrimination-meaning = Toda víctima recibe protección y asistencia con independencia de su sexo, nacionalidad, origen étnico, situación migratoria o de residencia, discapacidad, orientación sexual, forma de explotación o cualquier otra condición.
principles-do-no-harm = No causar daño
principles-do-no-harm-meaning = Cada acción se examina para detectar efectos no deseados en las víctimas y en los grupos en riesgo, como la estigmatización, la pérdida de ingresos, una nueva traumatización o la exposición a los tratantes, y se ajusta cuando aparecen tales efectos.
principles-participation = Participación de la sociedad civil y de las personas sobrevivientes
principles-participation-meaning = Las organizaciones de la sociedad civil, los sindicatos, los empleadores y las personas sobrevivientes participan en el diseño, la ejecución y el seguimiento del plan. Las personas sobrevivientes participan de forma voluntaria, segura y con consentimiento informado, y se reconocen su tiempo y sus conocimientos.
principles-evidence = Basado en datos empíricos
principles-evidence-meaning = Las acciones responden al análisis de la situación y a los datos sobre casos, tendencias y servicios. El plan se revisa cuando cambian los datos, y estos se recopilan desglosados por sexo, edad, nacionalidad y forma de explotación.
principles-accountability = Rendición de cuentas
principles-accountability-meaning = Cada acción tiene una institución responsable, un plazo, indicadores y, cuando tiene un coste, un presupuesto. Se informa de los avances de forma periódica y transparente, y el plan se somete a una evaluación independiente a mitad de período y al final.

## Chapter 3: coordination and implementation structure

document-coordination-title = Estructura de coordinación y ejecución
document-structure = Órgano de coordinación y coordinador nacional
document-coordination = El órgano de coordinación dirige la respuesta nacional y aprueba los informes del plan; el coordinador nacional dirige su ejecución cotidiana y convoca a las instituciones que figuran a continuación.
document-coordination-gap = Describa el mandato y la base jurídica del órgano de coordinación, sus miembros, la frecuencia de sus reuniones, su secretaría y la forma en que participan la sociedad civil y las personas sobrevivientes.
document-coordinating-body = Órgano de coordinación
document-national-coordinator = Coordinador nacional
document-monitoring-body = Órgano de seguimiento
document-institutions-title = Instituciones ejecutoras y sus funciones
document-institutions = La lista comprende { $roster } instituciones; { $active } de ellas son responsables o socias de al menos una acción incluida. La institución responsable de una acción rinde cuentas de su ejecución e informa sobre ella; las socias contribuyen. El anexo A enumera las acciones de cada institución.
document-institutions-caption = Instituciones, sus siglas y sus funciones
document-institutions-table = Instituciones
document-workload-chart = Carga de trabajo por institución
document-workload-chart-description = El número de acciones incluidas de las que cada institución es responsable o socia, de mayor a menor carga.
document-series-leads = responsable de
document-series-partner-in = socia en

## Area chapters

document-area-empty = Aún no se incluye en el borrador ninguna acción de esta área. Decida con el grupo de trabajo si el área necesita objetivos en este plan y, si no los necesita, explique por qué.
document-objective-empty = Aún no se ha incluido ninguna acción en este objetivo.
document-workshop-notes = Notas del taller: { $notes }
document-action-notes = Notas del taller sobre las acciones:
document-expected-result = Resultado esperado para { $year }
document-outcome-indicator = Indicador de efecto
document-actions-caption = Acciones del objetivo { $number }

## Table column headers (documents, spreadsheets and CSV files)

document-column-number = N.º
document-column-action = Acción
document-column-area = Área
document-column-objective = Objetivo
document-column-institution = Institución
document-column-code = Sigla
document-column-kind = Tipo
document-column-leads = Responsable de
document-column-partner-in = Socia en
document-column-leads-actions = Responsable de las acciones
document-column-partner-in-actions = Socia en las acciones
document-column-lead = Responsable
document-column-partner = Socia
document-column-partners = Socios
document-column-timeframe = Plazo
document-column-priority = Prioridad
document-column-indicators = Indicadores
document-column-indicator = Indicador
document-column-target = Meta
document-column-budget = Presupuesto
document-column-budget-source = Presupuesto y fuente
document-column-current-status = Situación actual
document-column-item = Elemento
document-column-baseline = Línea de base
document-column-decision = Decisión
document-column-notes = Notas
document-column-for = Para
document-column-type = Tipo
document-column-verification = Medio de verificación
document-column-frequency = Periodicidad
document-column-responsible = Responsable
document-column-from = Desde
document-column-to = Hasta
document-column-currency = Moneda
document-column-funding-source = Fuente de financiación
document-column-checklist-item = Elemento de la lista
document-column-year = Año

## Monitoring chapter

document-monitoring-title = Seguimiento, revisión y evaluación
document-monitoring = El seguimiento comprueba si las acciones se llevan a cabo según lo previsto; las revisiones y evaluaciones examinan si logran los objetivos del plan. Cada institución responsable informa sobre sus acciones con respecto a los indicadores del marco de seguimiento; el órgano de seguimiento consolida los informes y los presenta al órgano de coordinación.
document-arrangements = Disposiciones de seguimiento, revisión y evaluación
document-progress-reports = Informes de avance de las instituciones ejecutoras
document-review = Revisión del plan
document-mid-term = Evaluación intermedia
document-final-evaluation = Evaluación final
document-data-sources = Fuentes de datos:
document-data-sources-gap = Enumere las fuentes de datos que utilizará el órgano de seguimiento.
document-framework-title = Marco de seguimiento
document-framework = Una tabla por objetivo: primero los indicadores de efecto que muestran si se logra el objetivo (medidos por el órgano de seguimiento) y después una fila por cada indicador de cada acción incluida (del que informa la institución responsable de la acción).
document-framework-caption = Objetivo { $number }: { $title }
document-objective = Objetivo { $number }

## Annexes

document-responsibility-title = Matriz de responsabilidades
document-responsibility = Quién hace qué: para cada institución, los números de las acciones incluidas de las que es responsable y de aquellas en las que es socia. La exportación a hoja de cálculo contiene la misma matriz, con una columna por institución.
document-responsibility-caption = Matriz de responsabilidades: las acciones de las que cada institución es responsable o socia
document-timeline-title = Calendario de ejecución
document-timeline = Las acciones incluidas año por año, por área: una barra (o una marca en la tabla) por cada año en que se desarrolla una acción. El corto y el medio plazo se entienden como el primer y el segundo tercio del período del plan; el largo plazo, como el período completo.
document-timeline-unscheduled = Fije el plazo de las acciones que no figuran: { $numbers }.
document-timeline-caption = Calendario: { $area }
document-timeline-description = Cuándo se desarrolla cada acción incluida del área { $area }, año por año.
document-timeline-table = Calendario
document-gaps-title = Análisis de carencias
document-gaps = Acciones que el taller consideró inexistentes o existentes solo en parte y que ninguna acción incluida aborda. El equipo de redacción debe confirmar que cada una se deja abierta deliberadamente, o bien añadirla al plan.
document-gaps-none = No queda abierta ninguna carencia detectada.
document-gaps-caption = Carencias detectadas que quedan abiertas
document-glossary-title = Glosario
document-glossary = Los términos del glosario de napwiz que utiliza este borrador.
document-glossary-clean = Los términos que utiliza este borrador.
document-glossary-none = Este borrador no utiliza ningún término del glosario.
document-abbreviations-title = Siglas y abreviaturas
document-abbreviations = Las siglas de las instituciones y las demás abreviaturas que utiliza este borrador.
document-abbreviations-none = Este borrador no utiliza ninguna abreviatura.

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
plain-decision-help-2 = b:desconocido|existe|parcial|falta|na línea de base, t:corto|medio|largo|2028|2027-2029 plazo,
plain-decision-help-3 = L:SIGLA responsable, P:SIGLA,SIGLA socios, n:texto notas (el resto de la línea).
plain-decision-help-4 = Varios a la vez: i 1 L:MoI P:NGO b:missing.
plain-partners = socios: { $codes }
plain-no-institution = ninguna institución tiene la sigla «{ $code }»
plain-not-understood = no se entiende «{ $token }»; escriba ? para ver la lista
plain-bad-baseline = la línea de base «{ $value }» no es ninguna de estas: desconocido, existe, parcial, falta, na
plain-bad-frequency = «{ $value }» no es una periodicidad: mensual, trimestral, semestral, anual, bienal, fin

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

## Aviso del borrador sobre una lista de verificación traducida (portada y "Acerca de este borrador")
draft-fact-translation = Traducción
draft-translation-unreviewed = Traducción provisional de la lista de verificación ({ $language }, a partir de la edición inglesa { $based_on }), aún no revisada por un profesional de lengua materna. Para comunicar una corrección: { $report }
draft-english-fallback = { $count ->
    [one] Una entrada de la lista de verificación aún no está traducida y se muestra en inglés, marcada [en]: { $ids }.
   *[other] { $count } entradas de la lista de verificación aún no están traducidas y se muestran en inglés, marcadas [en]: { $ids }.
}

## Budget chapter and sheet (src/document/budget.rs)

budget-title = Presupuesto
budget-summary = { $costed } de las { $included } acciones incluidas tienen una estimación de costes, por un total de { $amount }. { $not_costed } ({ $share }) aún no la tienen: son el déficit de presupuestación que figura en la última sección de este capítulo.
budget-note = Las estimaciones son las registradas en el taller de diseño y tienen carácter indicativo: cada institución responsable confirma el coste de sus acciones, y el presupuesto se acuerda con el ministerio de hacienda y los donantes antes de aprobar el plan.
budget-by-area-title = Presupuesto por área y objetivo
budget-by-area = Estimaciones por área
budget-by-objective = Estimaciones por objetivo
budget-by-year-title = Presupuesto por año
budget-year-note = La estimación de una acción se reparte por igual entre los años de su plazo, de modo que las cifras anuales son una primera orientación para la planificación presupuestaria, no un calendario de pagos.
budget-by-year = Estimaciones por año
budget-sources-title = Fuentes de financiación
budget-by-source = Estimaciones por fuente de financiación
budget-by-lead-title = Presupuesto por institución responsable
budget-lead-note = Las estimaciones de las acciones de las que es responsable cada institución y su parte del presupuesto estimado: lo que la institución deberá prever en su propio presupuesto o movilizar.
budget-by-lead = Proporción del presupuesto por institución responsable
budget-costing-gap = Déficit de presupuestación
budget-all-costed = Todas las acciones incluidas tienen una estimación de costes.
budget-gap = { $count } acciones incluidas aún no tienen estimación de costes. La institución responsable de cada una debe presupuestarla antes de que se apruebe el plan.
budget-gap-caption = Acciones incluidas sin estimación de costes
budget-total = Total
budget-all-included = Todas las acciones incluidas
budget-no-timeframe = plazo sin fijar
budget-no-source = fuente sin indicar
# A budget with a funding source but no amount yet, in a merge conflict: "no amount (Donor)".
budget-no-amount = sin importe
budget-no-lead = responsable sin decidir
budget-column-costed = Acciones presupuestadas
budget-column-costed-running = Acciones presupuestadas en curso
budget-column-without-estimate = Sin estimación
budget-column-without-estimate-long = Acciones sin estimación
budget-column-estimate = Estimación
budget-column-estimate-in = Estimación ({ $currency })
budget-column-share = Proporción
budget-column-share-percent = Proporción del presupuesto (%)
budget-column-budget-by = Presupuesto por


## The export formats' own text: title page, contents, drafting marks (src/export)

export-for-drafting-team = Para el equipo de redacción:
export-draft-of = Borrador del { $date }
export-preview-draft-of = borrador del { $date }
export-contents = Índice
export-html-title = { $title } (borrador)
export-status-draft = Borrador
export-docx-subject = Borrador de plan de acción nacional, { $country }, { $period }
# The Word footer; the page number follows directly: keep the trailing space.
export-docx-footer = { $title } - BORRADOR del { $date } - página{" "}
# A CSV cell of an action's number, worded so that no spreadsheet reads 4.1.2 as a date.
export-csv-action = Acción { $number }
export-checklist-intro = La copia limpia de este borrador ({ $date }) omite las carencias que siguen. Complete cada una en el plan o en el documento antes de que se apruebe el plan.
export-checklist-none = No queda nada abierto.

## What is wrong with a typed value (src/plan/edit.rs)

edit-not-a-year = «{ $text }» no es un año; escriba un año, p. ej., 2027
edit-year-required = se necesita un año, p. ej., 2027
edit-years-reversed = { $first }-{ $last } termina antes de empezar
edit-years-outside = { $first }-{ $last } queda fuera del período del plan { $period_first }-{ $period_last }
edit-not-an-amount = «{ $text }» no es un importe; escriba unidades enteras, p. ej., 50000
edit-empty = este campo no puede quedar vacío
edit-first-after-last = el primer año no puede ser posterior al último ({ $last })
edit-last-before-first = el último año no puede ser anterior al primero ({ $first })
edit-not-a-date = «{ $text }» no es una fecha; escriba las fechas como AAAA-MM-DD, separadas por comas
edit-wording-empty = la redacción no puede quedar vacía
edit-indicator-empty = un indicador necesita un texto; para eliminarlo, pulse d
# The text of an indicator just added, for the team to replace.
edit-new-indicator = Nuevo indicador
edit-institution-format = escriba el nombre, una coma y una sigla, p. ej., Oficina contra la Trata, OCT
edit-institution-exists = ya existe una institución con la sigla { $code }

## The plan's health check: findings (src/plan/health.rs) and moved items (src/plan/moved.rs)

health-no-title = el plan no tiene título
health-no-country = el plan no indica ningún país
health-period-reversed = el período del plan { $first }-{ $last } termina antes de empezar
health-period-implausible = el período del plan { $first }-{ $last } no es un intervalo de años verosímil
health-workshop-date = la fecha del taller «{ $date }» no es una fecha; se esperaba AAAA-MM-DD
health-other-pack = el plan se elaboró con el paquete de contenido «{ $plan_pack }», no con «{ $pack }»; los elementos se asocian por su identificador
health-roster-unknown = la institución «{ $id }» de la lista no figura en el catálogo; añádala como institución propia
health-institution-twice = el identificador de institución propia «{ $id }» se usa dos veces
health-goal-twice = el identificador de objetivo propio «{ $id }» se usa dos veces
health-goal-area = el objetivo propio «{ $id }» está en un área desconocida, «{ $area }»
health-action-twice = el identificador de acción propia «{ $id }» se usa dos veces
health-action-goal-moved = la acción propia «{ $id }» está en el objetivo { $goal }, que ahora se encuentra en { $to }
health-action-goal = la acción propia «{ $id }» está en un objetivo desconocido, «{ $goal }»
health-item-unknown = «{ $id }» no figura en el paquete de contenido; sus decisiones se conservan, pero no se muestran en el plan
health-institution-unknown = { $id }: la institución «{ $institution }» no figura ni en el catálogo ni en la lista
health-not-on-roster = { $id }: «{ $institution }» no figura en la lista de instituciones del plan
health-lead-also-partner = { $id }: la institución responsable figura también como socia
health-timeframe-reversed = { $id }: el plazo { $first }-{ $last } termina antes de empezar
health-timeframe-outside = { $id }: el plazo { $first }-{ $last } queda fuera del período del plan { $period_first }-{ $period_last }
health-no-lead = { $id }: la acción incluida no tiene institución responsable
health-no-timeframe = { $id }: la acción incluida no tiene plazo
health-no-indicator = { $id }: la acción incluida no tiene indicador
health-no-priority = { $id }: la acción incluida no tiene prioridad
health-no-target = { $id }: el indicador «{ $indicator }» no tiene meta
# The same indicator without a target in several actions: the first three are $named.
health-no-target-in = el indicador «{ $indicator }» no tiene meta en { $count } acciones: { $named }{ $more ->
    [0] {""}
   *[other] {" "}y { $more } más
}
health-what-notes = las notas
health-what-indicator = un indicador
health-what-target = la meta de un indicador
health-what-monitoring-notes = las notas de seguimiento
health-what-mid-term = la evaluación intermedia
health-what-final = la evaluación final
health-long-text = { $what }: texto muy largo ({ $size } caracteres, unas { $pages } páginas); mantenga breve la decisión y pase los detalles a un documento aparte
health-long-text-cut = { $what }: texto muy largo ({ $size } caracteres, unas { $pages } páginas); la exportación a Excel lo corta a { $limit } caracteres: mantenga breve la decisión y pase los detalles a un documento aparte
health-no-monitoring-body = no se ha designado ningún órgano de seguimiento (paso Marco de seguimiento)
health-evaluation-outside = { $what } en { $year } queda fuera del período del plan { $period_first }-{ $period_last }
moved-done = la decisión sobre { $from } se encuentra ahora en { $to }
moved-kept = la decisión sobre { $from } corresponde a { $to }, que tiene su propia decisión; { $from } se conserva pero no se muestra: combínelas a mano
moved-summary = El paquete de contenido fusionó algunos elementos: { $moves }.

## Opening and saving plan files (src/store/mod.rs)

store-open-elsewhere = abierto en otra sesión de napwiz: { $holder }
store-opened-read-only = abierto en solo lectura
store-file-read-only-short = el archivo es de solo lectura (chmod u+w para editarlo)
store-folder-read-only-short = su carpeta no admite escritura (sin bloqueo ni guardado; la exportación funciona)
store-file-read-only = el archivo es de solo lectura (sus permisos no admiten escritura), por lo que napwiz no lo modificará; para editarlo, habilite la escritura (chmod u+w '{ $path }') y vuelva a abrirlo, o cópielo en un archivo nuevo
store-folder-read-only = su carpeta «{ $folder }» no admite escritura, por lo que napwiz no puede bloquear ni guardar el plan; la lectura y la exportación funcionan. Para editarlo, cópielo en una carpeta que admita escritura
store-plan-read-only = el plan «{ $path }» está en solo lectura: { $why }
store-lock-unverified = el plan «{ $path }» está bloqueado por { $holder }. napwiz no puede comprobar desde este equipo si esa sesión sigue abierta: abra el plan en solo lectura o tome el control del bloqueo si esa sesión ha terminado.
store-locked = el plan «{ $path }» está abierto en otra sesión de napwiz: { $holder }. Ábralo en solo lectura o pida que lo cierren.
journal-changed = otro programa modificó o eliminó el diario «{ $path }»
store-journal-recovered = { $count ->
    [one] Se aplicó 1 cambio
   *[other] Se aplicaron { $count } cambios
} de «{ $journal }»: la última sesión los escribió allí y terminó antes de escribirlos en el archivo del plan.
store-journal-torn = { $count ->
    [one] Se omitió 1 cambio dañado
   *[other] Se omitieron { $count } cambios dañados
} al final de «{ $journal }» (napwiz se detuvo mientras escribía); los cambios anteriores están en el plan.
store-journal-stale = «{ $journal }» contiene cambios hechos sobre otra versión de «{ $path }» (el plan se modificó fuera de napwiz desde entonces): no se aplican.
store-journal-backed-up = { $count ->
    [one] 1 cambio de «{ $journal }», aún no escrito en el archivo del plan, quedó
   *[other] { $count } cambios de «{ $journal }», aún no escritos en el archivo del plan, quedaron
} en la copia de seguridad hecha antes de reemplazarlo.
store-journal-not-folded = No se pudieron escribir los cambios en «{ $path }» ({ $error }); están a salvo en «{ $journal }», y el próximo napwiz que abra el plan los aplica.
app-journal-left = Los últimos cambios están en «{ $journal }», aún no en «{ $path }»: vuelva a abrir el plan en napwiz para escribirlos en él (hasta entonces, cada comando de napwiz los lee de allí).
store-journal-kept = «{ $journal }» se conserva como «{ $kept }»: compárelo con el plan, introduzca a mano lo que falte y después elimínelo.
store-journal-unreadable = No se pudo leer ni mover «{ $journal }» ({ $error }): no se muestran los últimos cambios que pueda contener.
store-journal-left = No se pudo eliminar «{ $journal }» después de escribir sus cambios en el plan; el plan los contiene todos, el diario puede eliminarse.
store-changed-on-disk = otro programa modificó en el disco el plan «{ $path }» después de que napwiz lo leyera; no se sobrescribe.
store-version-kept = Su versión se conserva en «{ $kept }».
store-not-utf8 = no se pudo leer el plan: { $path }:{ $line }:{ $column }: el byte { $byte } no es texto UTF-8; se esperaba un archivo de plan RON guardado en UTF-8.
store-unreadable = no se pudo leer el plan: { $problem }.
store-control-characters = Se eliminaron caracteres de control de { $count } textos del plan (podían manipular el terminal).
store-migrated = Este plan estaba en la versión de formato { $from }; se guardará como versión { $to }. Antes se hace una copia de seguridad del original.
store-replace-read-only = «{ $path }» es de solo lectura; no se sustituye. Habilite antes la escritura (chmod u+w '{ $path }') o elija otra ruta.
store-exists = «{ $path }» ya existe; no se sobrescribe. Elija otra ruta o use --force para sustituirlo (se hace una copia de seguridad del archivo anterior).
store-just-created = otra sesión de napwiz acaba de crear «{ $path }»; no se sobrescribe.
store-backup-before-replace = no se pudo hacer una copia de seguridad de «{ $path }» antes de sustituirlo; no se ha cambiado nada
store-backup-theirs = no se pudo hacer una copia de seguridad de la versión del disco
store-save-not-writable = no se pudo guardar el plan «{ $path }»: { $why }. Sus cambios siguen abiertos en napwiz.
store-folder-replaced-named = su carpeta «{ $folder }» ha sido sustituida por un archivo
store-folder-gone-named = su carpeta «{ $folder }» ya no existe
store-file-gone = otro programa eliminó o movió el archivo
store-save-gone = no se pudo guardar el plan «{ $path }»: { $what }. Sus cambios siguen abiertos en napwiz; guárdelos en otro lugar o restablezca la carpeta.
store-backup-before-migration = no se pudo hacer una copia de seguridad del plan antes de convertirlo al nuevo formato; no se ha cambiado nada
store-backup-failed = el plan se guardó, pero falló su copia de seguridad en «{ $folder }»: { $error }
store-hard-links = Este plan tiene { $names } nombres con enlaces físicos; al guardar solo se actualiza este (use un enlace simbólico).
store-took-over-stale = Se tomó el control de un bloqueo obsoleto dejado por { $holder }.
store-took-over = Se tomó el control del bloqueo de { $user } en { $host }, tal como se pidió.
store-dangling-link = «{ $path }» es un enlace simbólico a «{ $target }», que no existe; napwiz no sustituye un enlace por un archivo. Cree el plan en «{ $target }» (el enlace llevará entonces a él) o elimine antes el enlace.
store-lock-file = no se pudo crear el archivo de bloqueo «{ $path }» (¿admite escritura la carpeta?); abra el plan en solo lectura o cópielo en una carpeta que admita escritura
store-missing = el plan «{ $path }» no existe; créelo con `napwiz new { $path }`
store-permission-denied = no se pudo leer el plan «{ $path }»: permiso denegado
store-read-failed = no se pudo leer el plan «{ $path }»: { $error }
store-file-too-large = el archivo superaría el tamaño máximo fijado para esta cuenta (ulimit -f)
store-disk-full = el disco está lleno
store-folder-not-writable = la carpeta no admite escritura
store-folder-gone = su carpeta ya no existe
store-folder-replaced = su carpeta ha sido sustituida por un archivo
store-save-failed = no se pudo guardar el plan «{ $path }»: { $why } ({ $error }). La versión anterior del disco no ha cambiado y sus cambios siguen abiertos en napwiz.
store-not-changed = El archivo no se ha modificado.
store-last-good-copy = La última copia válida que guardó napwiz es del { $taken } («{ $backup }»); restáurela con `napwiz backups { $path } --restore { $n }` o corrija el archivo a mano.

## Plan locks (src/store/lock.rs) and remembered places (src/store/place.rs)

# Who holds a plan's lock: "ana on laptop-3 (pid 4242) since 2026-11-29 10:15 CET".
lock-holder-line = { $user } en { $host } (pid { $pid }) desde { $since }
lock-another-napwiz = otra sesión de napwiz
lock-unknown-host = un equipo desconocido
lock-unknown-time = una hora desconocida
lock-keeps-replaced = no se pudo bloquear «{ $path }»: se sigue sustituyendo
place-unwritable = no se pudo escribir la posición en el plan
place-not-remembered = no se pudo recordar la posición en «{ $file }»

## `napwiz diff` and textconv lines, "what: value" (src/plan/diff.rs). Each name before the
## colon is a line's key: keep it free of ": ".

diff-title = título
diff-country = país
diff-period = período
diff-coordinating-body = órgano de coordinación
diff-national-coordinator = coordinador nacional
diff-facilitator = facilitación
diff-workshop-dates = fechas del taller
diff-language = idioma
diff-currency = moneda
diff-roster = lista { $code }
diff-roster-own = lista { $code } (propia)
diff-own-goal = objetivo propio { $id } en el área { $area }
diff-own-goal-guidance = orientaciones del objetivo propio { $id }
diff-own-action = acción propia { $id } en { $goal }
diff-part = parte del trabajo en grupos
diff-part-of = área { $area } de { $of }
diff-conflict = conflicto en { $conflict }
diff-indicator = indicador
diff-baseline = línea de base
diff-target = meta
diff-verified-by = verificado mediante
diff-inclusion = inclusión
diff-priority = prioridad
diff-timeframe = plazo
diff-lead = responsable
diff-partners = socios
diff-budget = presupuesto
diff-notes = notas
diff-monitoring-body = órgano de seguimiento
diff-monitoring-reports = informes de seguimiento
diff-monitoring-review = revisión del seguimiento
diff-mid-term = evaluación intermedia
diff-final-evaluation = evaluación final
diff-data-sources = fuentes de datos
diff-monitoring-notes = notas de seguimiento

## Merging breakout parts and plans (src/plan/merge.rs)

# A side of a merge that is a breakout part, named by its file.
merge-part = parte { $file }
merge-bad-value = «{ $text }» no es un valor válido: { $error }
merge-and-more = { $named } y { $more } más
merge-roster-stays = lista: { $code } se mantiene aunque { $source } la eliminó: { $users } aún la mencionan
merge-goal-kept = el objetivo propio { $id } se eliminó en { $side }; se conserva: elimínelo en el plan completo
merge-action-kept = la acción propia { $id } se eliminó en { $side }; se conserva: elimínela en el plan completo
# Who kept a value in a conflict when no side is named.
merge-the-plan = el plan
merge-outside-area = { $side }, fuera de su área
merge-pack-version = { $id } versión { $version }
merge-roster-added = lista: { $code } añadida ({ $source })
merge-roster-removed = lista: { $code } eliminada ({ $source })
merge-goal-added = objetivo propio { $id } añadido: { $text } ({ $source })
merge-action-added = acción propia { $id } añadida: { $text } ({ $source })

## Breakout parts (src/plan/part.rs)

part-setup-shared = Los datos del plan son comunes a todos los grupos: cámbielos en { $of } después de napwiz merge
part-monitoring-shared = El seguimiento es común a todos los grupos: cámbielo en { $of } después de napwiz merge
part-reports-shared = Los informes de avance son del plan completo: introdúzcalos en { $of } después de napwiz merge
part-institution-shared = Otros grupos pueden mencionar { $code }: elimínela en { $of } después de napwiz merge
part-notice = Parte del trabajo en grupos para { $area } de { $of }: aquí solo puede cambiarse { $area }; los datos del plan, el seguimiento y las demás áreas se cambian en { $of } después de napwiz merge.
# Short: it must fit the status line of an 80-column terminal with part-outside.
part-item-in = { $id } está en { $area }
part-item-in-no-area = { $id } no está en ningún área
part-outside = { $place }, no en esta parte: cámbielo en { $of } tras napwiz merge

## Reading plan files of any version (src/plan/migrate.rs)

migrate-no-format = no hay campo «format»
migrate-format = formato "{ $format }"
migrate-not-a-plan = no es un plan de napwiz ({ $found }); se esperaba un archivo que empezara por (format: "{ $format }", version: { $version }, ...)
migrate-no-version = el plan no tiene campo «version»; se esperaba version: { $version }
migrate-newer = la versión de plan { $newer } la escribió un napwiz más reciente; este lee las versiones 0 a { $version }. Actualice napwiz para abrirlo

## The config file (src/config.rs)

config-not-read = no se leyó la configuración «{ $path }» ({ $error }); se usan los valores predeterminados
config-not-used = no se usa la configuración: { $problem }; se usan los valores predeterminados
config-unwritable = no se pudo escribir la configuración
config-not-saved = no se pudo guardar la configuración «{ $path }»
## Writing the files: the Excel workbook (src/export/xlsx.rs) and every export (src/export/mod.rs)

xlsx-sheet-failed = no se pudo escribir la hoja «{ $name }»
xlsx-assemble-failed = no se pudo montar el libro de Excel
# Ends a spreadsheet cell cut to Excel's limit (shown in brackets).
xlsx-cut-marker = … cortado: { $count } caracteres más no cabían en esta celda; el texto completo está en el archivo del plan y en los borradores de Word y HTML
xlsx-cut-cell = { $sheet }, columna { $column }, fila { $row } ({ $first }): { $length } caracteres cortados al límite de { $limit } por celda
export-write-failed = no se pudo escribir «{ $path }»
export-render-failed = no se pudo generar la exportación { $format }

## napwiz backups (src/commands/backups.rs)

backups-unlisted = no se pudieron listar las copias de seguridad de «{ $folder }»
backups-none = Aún no hay copias de seguridad de { $plan } (se hacen cada vez que napwiz lo guarda).
backups-list = Copias de seguridad de { $plan } (en { $folder }), de la más reciente a la más antigua:
# $bytes is the size, right-aligned.
backups-bytes = { $bytes } bytes
backups-restore-hint = Para restaurar una: napwiz backups { $path } --restore N
backups-no-such = no existe la copia de seguridad { $n } de «{ $path }»; se esperaba un número de 1 a { $count } (véase `napwiz backups { $path }`)
backups-unreadable = no se pudo leer la copia de seguridad «{ $path }»
backups-invalid = la copia de seguridad { $n } no es un plan válido: { $problem }
backups-took-over = nota: se tomó el control del bloqueo de { $holder }
backups-before-restore = no se pudo hacer una copia de seguridad del archivo actual antes de restaurar; no se ha cambiado nada
backups-restored = { $plan } se restauró a partir de la copia de seguridad del { $taken }. El archivo sustituido también se conserva como copia de seguridad.
backups-folder-not-writable = su carpeta no admite escritura
backups-lock-failed = falló el bloqueo
backups-restore-failed = no se pudo restaurar «{ $path }»: { $why } ({ $error }); no se ha cambiado nada

## napwiz new, check (src/commands/plans.rs)

new-years-reversed = --from { $from } es posterior a --to { $to }; se esperaba primero el primer año y después el último
new-missing-flags = un plan nuevo necesita { $flags } (no hay terminal donde preguntarlo); por ejemplo: napwiz new pan.ron --title "Plan de Acción Nacional 2027-2030" --country "República de X" --from 2027 --to 2030
new-ask-title = Título del plan:
new-need-title = un título
new-ask-country = País:
new-need-country = un país
new-ask-first-year = Primer año [{ $year }]:
new-ask-last-year = Último año [{ $year }]:
new-last-before-first = el último año no puede ser anterior al primero ({ $first })
new-unreadable = no se pudo leer la respuesta
new-no-answer = sin respuesta: no se ha creado nada
# $what is new-need-title or new-need-country.
new-needed = se necesita { $what }
new-not-a-year = «{ $text }» no es un año entre { $first } y { $last }
check-error = error
check-warning = aviso
check-totals = { $errors } errores, { $warnings } avisos

## napwiz split, merge, merge-driver (src/commands/breakout.rs)

split-exists = «{ $path }» ya existe; no se sobrescribe (use --force para sustituirlo)
merge-no-base = nota: no hay archivo de base ({ $base }) junto a las partes: todo valor de una parte que difiera de { $plan } cuenta como cambio de esa parte (indique con --base ARCHIVO el estado a partir del cual se dividieron)
merge-done = se fusionaron { $parts } partes en { $plan }
merge-conflicts-left = { $count ->
    [one] Queda 1 conflicto
   *[other] Quedan { $count } conflictos
} en { $plan }: resuélvalos en el asistente (napwiz { $plan } y después C) o vuelva a fusionar con --prefer ARCHIVO
merge-taken = aplicado: { $line }
merge-not-applied = no aplicado: { $line }
merge-conflict = conflicto: { $line }
merge-notes-both = las notas de { $id } se editaron en dos lugares: se conservan ambos textos

## Starting the wizard: refused plain-mode lines, key overrides in the config (src/commands/home.rs)

plain-line-refused = no se aceptó la línea { $line }: «{ $text }»: { $why }
config-at-line = { $path }, línea { $line }
config-keys-unused = claves de configuración no utilizadas: { $keys }; identificadores de teclas: { $ids }
config-key-renamed = la clave de configuración «{ $label }» ({ $at }) funciona; ahora se llama «{ $id }»
man-pages-failed = no se pudieron escribir las páginas del manual en «{ $folder }»
man-page-failed = no se pudo escribir la página del manual

## napwiz content check: problems of a content pack (src/content/check.rs). Field names,
## kinds (goal, action, institution) and RON words (Goal, Indicator, kind: Outcome) are the
## pack file's own: keep them.

check-nested = anidamiento demasiado profundo (límite: { $limit } niveles de paréntesis); se esperaba un archivo de plan o de paquete tal como los escribe napwiz
check-file-missing = falta el archivo; se esperaba un archivo RON «{ $name }» en la carpeta del paquete
check-field = «{ $field }»
check-field-of = «{ $field }» de «{ $owner }»
check-empty = { $field } está vacío; se esperaba algún texto
check-control-multiline = { $field } contiene el carácter de control { $code }; se esperaba texto sin formato (solo saltos de línea)
check-control-line = { $field } contiene el carácter de control { $code }; se esperaba texto sin formato (sin saltos de línea)
check-format = format es «{ $found }»; se esperaba "{ $expected }"
check-format-version = format_version es { $found }; este napwiz lee la versión { $expected }
check-no-areas = «areas» está vacío; se esperaba la lista de archivos de área, p. ej., ["1-prevention.ron"]
check-alias-live = el alias «{ $old }» es un identificador vigente de la lista de verificación; solo se esperaban identificadores fusionados
check-alias-target = el alias «{ $old }» apunta a «{ $new }», que no es un goal ni una action de este paquete; se esperaba el identificador de su nueva ubicación
check-duplicate-id = identificador de { $kind } «{ $id }» duplicado (usado por primera vez en { $first }); se esperaba un identificador único
check-bad-id = el identificador de { $kind } «{ $id }» no es válido; solo se admiten letras, cifras, «.», «-» o «_»
check-duplicate-code = la sigla «{ $code }» de «{ $id }» ya la usa «{ $other }»; se esperaba una sigla única
check-area-no-goals = el área «{ $id }» no tiene objetivos; se esperaba al menos un Goal
check-goal-no-lead = el objetivo «{ $id }» no tiene lead; se esperaba al menos un identificador de institución
check-goal-no-indicators = el objetivo «{ $id }» no tiene indicadores; se esperaba al menos un Indicator
check-goal-no-outcome = el objetivo «{ $id }» no tiene indicador Outcome; se esperaba al menos un Indicator con kind: Outcome (lo que cambia el objetivo)
check-goal-no-actions = el objetivo «{ $id }» no tiene acciones; se esperaba al menos una Action
check-action-goal = el identificador de acción «{ $id }» no corresponde al objetivo «{ $goal }»; se esperaba un identificador que empezara por «{ $goal }.»
check-action-no-indicator = la acción «{ $id }» no tiene indicador propio; se esperaba indicators: [Indicator(...)]
check-ambiguous-no-note = el indicador «{ $indicator }» de «{ $owner }» tiene direction Ambiguous pero ninguna nota; se esperaba una nota breve que explique cómo interpretarlo
check-unknown-institution = { $field } de «{ $owner }» remite a una institución desconocida, «{ $id }»; se esperaba un identificador de institutions.ron

## Loading a content pack (src/content/load.rs)

pack-embedded = el paquete de contenido integrado
pack-folder = el paquete de contenido «{ $folder }»
pack-file-unreadable = no se puede leer el archivo: { $error }; se esperaba un archivo RON «{ $name }» en la carpeta del paquete
pack-not-utf8 = el byte { $byte } no es texto UTF-8; se esperaba un archivo RON guardado en UTF-8
# $why is pack-outside or pack-link-outside.
pack-file-refused = «{ $name }» { $why }; se esperaba un archivo de la carpeta del paquete
pack-area-refused = el archivo de área «{ $name }» { $why }; se esperaba el nombre de un archivo de la carpeta areas/ del paquete, p. ej., "prevention.ron"
pack-outside = está fuera de la carpeta del paquete (una ruta absoluta o con «..»)
pack-link-outside = es un enlace a un archivo fuera de la carpeta del paquete
pack-invalid = { $source } no es válido ({ $count } problemas):
pack-invalid-hint = Compruébelo con `napwiz content check` o ejecute napwiz sin --content para usar el paquete integrado.
pack-counts = { $areas } áreas, { $goals } objetivos, { $actions } acciones, { $institutions } instituciones, { $terms } términos, { $aliases } alias
pack-export-exists = no se sobrescriben archivos existentes: { $files }
    Elija una carpeta vacía o use --force para sustituirlos.
pack-folder-failed = no se pudo crear la carpeta «{ $folder }»
# After an indicator whose good direction is not obvious, in guidance and in the draft.
indicator-caution = sentido no evidente: { $note }
indicator-target-example = meta, p. ej., { $target }

## The content pack's quality report (src/content/quality.rs)

quality-indicators = indicadores: { $with_outcome } de { $goals } objetivos tienen un indicador de efecto; { $own } de { $actions } acciones tienen uno propio
quality-no-own-indicators = aviso: { $count } acciones no tienen indicador propio; al incluir una se copia el de su objetivo
quality-no-result = aviso: { $count ->
    [one] 1 objetivo no tiene
   *[other] { $count } objetivos no tienen
} resultado esperado ({ $goals }); el borrador pide al equipo de redacción que lo redacte
quality-unused-institution = aviso: la institución «{ $id }» figura en el catálogo, pero ningún objetivo ni acción la sugiere
quality-near-duplicates = aviso: las acciones { $first } y { $second } se parecen (similitud { $similarity }); fusiónelas o diferencie su redacción

## napwiz summary (src/plan/summary.rs). The table's column names are right-aligned in 7, 7, 8,
## 4, 4 and 4 columns, "Code" in 8, "leads" in 5 and "partners" in 8.

summary-area = Área
summary-actions = total
summary-decided = decid.
summary-included = en plan
summary-high = alta
summary-medium = med.
summary-low = baja
summary-plan-id = Identificador del plan: { $id }
summary-progress = { $decided } de { $actions } acciones decididas ({ $percent } %), { $included } incluidas en el plan
summary-baseline = Línea de base: { $in_place } existen, { $partly } existen en parte, { $missing } faltan, { $not_applicable } no aplicables, { $unknown } sin datos
summary-code = Sigla
summary-leads = resp.
summary-partners = socia
summary-institution = Institución
summary-gaps = Carencias que el plan deja abiertas (inexistentes o existentes solo en parte, no incluidas): { $count }
summary-unknown-items = Conservados, pero no figuran en el paquete de contenido: { $items }

## Errors writing CSV and Word files and applying merge choices (src/export/csv.rs,
## src/export/docx/package.rs, src/plan/merge.rs)

csv-table-failed = no se pudo escribir la tabla CSV «{ $table }»
docx-pack-failed = no se pudo empaquetar el documento de Word
merge-unknown-field = campo desconocido «{ $field }»
merge-no-such-conflict = no existe ese conflicto
merge-no-such-choice = no existe esa opción

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
monitor-status-not-started = no iniciada
monitor-status-on-track = en plazo
monitor-status-delayed = retrasada
monitor-status-completed = completada
monitor-status-continuous = continua
monitor-status-dropped = descartada
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

## Implementation report, evaluation pack and the next plan: running text, tables, charts,
## questions (src/document/report.rs, evaluation.rs, src/plan/next.rs, src/export/naming.rs)

report-period-words = { $period } (del { $from } al { $to })
report-fact-plan = Plan
report-fact-plan-id = Identificador del plan
report-fact-due = Fecha límite de los informes
report-fact-monitoring-body = Órgano de seguimiento
report-fact-status = Situación
report-fact-status-text = Elaborado a partir de los informes de las instituciones ejecutoras; aún no aprobado.
report-trend-intro = Las acciones del plan según el estado informado en cada período hasta ahora.
report-compiled-with = Elaborado con napwiz a partir de los informes registrados para el período. Los pasajes marcados «Para el equipo de redacción» quedan a cargo del equipo de redacción.
report-opening = Este informe abarca la ejecución del { $plan } en el período de informe { $period }. { $actions ->
        [one] De la única acción del plan
       *[other] De las { $actions } acciones del plan
    }, { $reported } fueron objeto de informe; { $implemented } están ejecutadas (completadas o continuas), { $delayed } están retrasadas y { $not_started } no se han iniciado.
report-figure-actions = Acciones del plan
report-figure-reported = Acciones con informe
report-figure-rate = Tasa de ejecución (completadas o continuas, entre las acciones no descartadas)
report-figure-overdue = Vencidas (plazo cumplido, no completadas)
report-figure-owing = Instituciones que no han informado sobre todas sus acciones
report-figure-spent-period = Gastado en el período
report-figure-spent-to-date = Gastado hasta la fecha, del presupuesto
report-of = { $part } de { $whole }
report-no-actions = ninguna acción
report-no-lead = sin institución responsable
report-none = ninguna
report-spent-of-budget = { $spent } de { $budget }
report-spent-of-budget-share = { $spent } de { $budget } ({ $share })
report-chart-title = Acciones por área y estado, { $period }
report-chart-description = El número de acciones de cada área según el estado informado para el período.
report-progress-intro = El estado de cada acción tal como lo informó su institución responsable para el período. Los números de las acciones son los del plan de acción.
report-objectives-caption = Objetivos del área { $area } por estado
report-actions-caption = Acciones del objetivo { $objective }
report-column-status = Estado
report-column-done = Lo realizado
report-column-validated = Validado
report-column-value-in = Valor { $period }
report-column-earlier-value = Valor anterior
report-column-trend = Tendencia
report-column-progress = Avance hacia la meta
report-column-spent-period = Gastado en el período
report-column-spent-to-date = Gastado hasta la fecha
report-column-execution = Ejecución
report-column-difficulties = Dificultades
report-column-corrective = Medidas correctivas
report-column-why-dropped = Motivo del descarte
report-column-timeframe-ended = Plazo vencido en
report-column-actions-led = Acciones a su cargo
report-column-reported = Con informe
report-column-reporting-status = Estado de los informes
report-column-missing-for = Informes pendientes para
report-column-spent = Gastado
report-column-source-of-funds = Fuente de los fondos
report-column-evidence = Evidencias
report-column-reported-by = Informado por
report-column-date = Fecha
report-column-actions = Acciones
report-column-share = Proporción de las acciones
report-column-rate = Tasa de ejecución
report-column-period = Período
report-no-indicators = Las acciones incluidas no tienen indicadores.
report-indicators-intro = Cada indicador de las acciones incluidas: su línea de base y su meta según el plan, el valor informado para { $period }, el último valor anterior y la tendencia entre ambos. El avance indica cuánto ha recorrido el valor desde la línea de base hacia la meta.
report-budget-opening = Las acciones incluidas tienen un costo total de { $budget }. Se informó un gasto de { $in_period } en el período y de { $to_date } hasta la fecha.
report-budget-opening-share = Las acciones incluidas tienen un costo total de { $budget }. Se informó un gasto de { $in_period } en el período y de { $to_date } hasta la fecha, el { $share } del presupuesto.
report-total = Total
report-budget-by-area = Presupuesto y gasto por área
report-budget-by-source = Presupuesto y gasto por fuente de financiación
report-source-not-given = fuente no indicada
report-no-difficulties = No se informaron dificultades para el período.
report-difficulties-intro = Las dificultades que informaron las instituciones responsables y las medidas correctivas que propusieron.
report-dropped-caption = Acciones descartadas
report-no-overdue = Ninguna acción ha superado su plazo sin completarse.
report-overdue-intro = Acciones cuyo plazo venció antes del final del período y que no están completadas.
report-recommendations-gap = Redacte las recomendaciones al órgano de coordinación y al gobierno: qué retrasos abordar y cómo, qué acciones financiar, revisar o descartar, qué deben enviar las instituciones que no informaron y qué indicadores necesitan mejores datos.
report-annex-intro = Quién informó para { $period } sobre las acciones a su cargo, y si el coordinador ha validado los informes.
report-action-sheet-caption = Acciones, { $period }
report-dropped-because = { $status }: { $reason }
report-validated-yes = sí
report-validated-no = no
report-trend-first = primer valor
report-trend-up = al alza
report-trend-down = a la baja
report-trend-same = sin cambios
report-trend-changed = modificado
report-reported-none = no informó
report-reported-all = informó sobre todas
report-reported-some = informó sobre algunas
report-status-caption = Acciones por estado
report-trend-caption = Acciones por estado, período por período
report-cli-no-periods = el plan «{ $path }» aún no tiene períodos de informe; se derivan de la frecuencia de los informes del paso Sistema de seguimiento
report-cli-unknown-period = el plan «{ $path }» no tiene el período de informe «{ $period }»; sus períodos son { $periods }
report-cli-no-reports = el plan «{ $path }» aún no tiene informes en ningún período; un paquete de evaluación los necesita (períodos: { $periods })

evaluation-covered = { $first } a { $last }
evaluation-fact-covered = Períodos de informe abarcados
evaluation-fact-status-text = Material para los evaluadores, elaborado a partir de los informes periódicos; las conclusiones les corresponden a ellos.
evaluation-about = Este paquete prepara la { $stage ->
        [final] evaluación final
       *[mid-term] evaluación intermedia
    } del { $plan }. { $stage ->
        [final] Una evaluación final examina qué logró el plan, para quién, a qué costo, y qué debe mantener, cambiar o abandonar el plan siguiente.
       *[mid-term] Una evaluación intermedia examina si el plan va por buen camino y qué debe cambiar en sus años restantes.
    } Reúne lo que las instituciones ejecutoras informaron en los períodos { $periods }: el estado de cada acción período por período, los valores de cada indicador y una plantilla de preguntas de evaluación según los criterios del CAD de la OCDE (pertinencia, coherencia, eficacia, eficiencia, impacto y sostenibilidad), varias de ellas extraídas de las propias cifras del plan.
evaluation-figure-rate = Tasa de ejecución al final del último período
evaluation-actions-intro = El estado que la institución responsable de cada acción informó en cada período.
evaluation-history-caption = Estado de cada acción por período
evaluation-trajectories-title = Valores de los indicadores por período
evaluation-trajectories-description = El valor de cada indicador en cada período de informe, con su meta como línea discontinua cuando es un número.
evaluation-trajectories-intro = Cada indicador de las acciones incluidas, con su línea de base y su meta según el plan y el valor informado en cada período («{ $none }» cuando no hubo ninguno).
evaluation-questions-intro = Una plantilla según los seis criterios de evaluación del CAD de la OCDE. Las preguntas que citan acciones, instituciones o cifras provienen de los informes recibidos hasta ahora; los evaluadores añaden, eliminan o reformulan preguntas según sus términos de referencia y anotan sus conclusiones en la última columna.
evaluation-relevance-meaning = Pertinencia: ¿hace el plan lo correcto? ¿Responden sus objetivos y acciones a la situación de la trata, a las necesidades de las víctimas y a las obligaciones del país, y siguen respondiendo cuando cambian las circunstancias?
evaluation-coherence-meaning = Coherencia: ¿encaja bien el plan? ¿Se apoyan mutuamente las acciones de las instituciones, y es compatible el plan con otras políticas y con la labor de los socios internacionales?
evaluation-effectiveness-meaning = Eficacia: ¿está logrando el plan sus objetivos? ¿Qué resultados se alcanzaron, cuáles no, y por qué?
evaluation-efficiency-meaning = Eficiencia: ¿se usan bien los recursos? ¿Se obtuvieron los resultados a tiempo y a un costo razonable?
evaluation-impact-meaning = Impacto: ¿qué diferencia marca el plan? Los cambios de mayor nivel, previstos o no, para las víctimas, las personas en riesgo y la respuesta a la trata.
evaluation-sustainability-meaning = Sostenibilidad: ¿perdurarán los beneficios cuando terminen el plan y su financiación?
evaluation-column-criterion = Criterio
evaluation-column-question = Pregunta
evaluation-column-evidence = Fuentes que consultar
evaluation-column-findings = Conclusiones
evaluation-question-number = P{ $n }
evaluation-questions-caption = { $criterion }: preguntas
evaluation-action = { $number } ({ $text })
evaluation-action-led = { $number } ({ $text }, responsable: { $lead })
evaluation-and-more = { $listed }; y { $more } más
evaluation-no-rate = sin tasa
evaluation-q-situation = ¿Siguen correspondiendo los objetivos del plan a la situación de la trata: las formas de explotación, los perfiles de las víctimas y los nuevos riesgos, como la captación en línea?
evaluation-e-situation = Análisis de situación; estadísticas de identificación y del mecanismo nacional de derivación (MND); recomendaciones del GRETA y de otros órganos de seguimiento
evaluation-q-survivors = ¿Se consultó a las personas sobrevivientes y a las organizaciones que las asisten sobre si las acciones responden a las necesidades de las víctimas?
evaluation-e-survivors = Actas de las consultas; entrevistas con ONG y sobrevivientes (con salvaguardias)
evaluation-e-dropped = Informes de las instituciones responsables; actas del órgano de coordinación
evaluation-q-dropped-many = Se descartaron { $count } acciones ({ $actions }). ¿Siguen existiendo las necesidades que atendían, y cómo se atienden ahora?
evaluation-q-dropped = Se descartó la acción { $action }. ¿Sigue existiendo la necesidad que atendía, y cómo se atiende ahora?
evaluation-q-dropped-why = Se descartó la acción { $action } («{ $why }»). ¿Sigue existiendo la necesidad que atendía, y cómo se atiende ahora?
evaluation-q-fit = ¿Encajan entre sí las acciones de las instituciones (derivación entre policía, inspección de trabajo, servicios sociales y ONG; enjuiciamiento y protección de las víctimas), o se duplican o contradicen?
evaluation-e-fit = Matriz de responsabilidades; registros de derivación; entrevistas con responsables y socios
evaluation-q-strategies = ¿Es el plan coherente con las demás estrategias del país (migración, trabajo, protección de la infancia, violencia de género) y con sus obligaciones internacionales?
evaluation-e-strategies = Documentos de estrategia; revisión del marco jurídico
evaluation-q-silent-institution = { $institution } no envió ningún informe en ningún período ({ $periods }) aunque es responsable de las acciones { $actions }. ¿Se entiende, se acepta y se dota de recursos su papel en el plan, y participa en el órgano de coordinación?
evaluation-e-silent-institution = Estado de los informes por institución (anexo A); actas del órgano de coordinación; entrevista con la institución
evaluation-q-overall = { $stage ->
        [final] Al final de { $period }, { $implemented } de las { $actions } acciones se habían ejecutado ({ $rate }) y { $delayed } seguían retrasadas. ¿Qué objetivos se alcanzaron, y por qué no los demás?
       *[mid-term] Al final de { $period }, { $implemented } de las { $actions } acciones están ejecutadas ({ $rate }) y { $delayed } están retrasadas. ¿Qué objetivos van camino de alcanzarse para { $last }, y cuáles no?
    }
evaluation-e-overall = Ejecución período por período (capítulo 2)
evaluation-q-delays-many = Se informó que { $count } acciones estaban retrasadas en dos o más períodos: { $actions }. ¿Qué las frenó, hay una causa común (presupuesto, personal, base jurídica, coordinación), y funcionaron las medidas correctivas informadas?
evaluation-e-delays-many = Dificultades y medidas correctivas en los informes de las instituciones responsables
evaluation-q-delayed = Se informó que la acción { $action } estaba retrasada en { $periods }. ¿Qué la frenó, y funcionaron las medidas correctivas informadas?
evaluation-e-delayed = Dificultades y medidas correctivas en los informes de la institución responsable
evaluation-q-silent-indicators = { $count ->
        [one] Un indicador no tuvo ningún valor informado en ningún período ({ $indicators }). ¿Se recogen sus datos, quién lo hace, y puede juzgarse el avance sin ellos?
       *[other] { $count } indicadores no tuvieron ningún valor informado en ningún período ({ $indicators }). ¿Se recogen sus datos, quién lo hace, y puede juzgarse el avance sin ellos?
    }
evaluation-e-silent-indicators = Trayectorias de los indicadores (capítulo 3); medios de verificación del marco de seguimiento
evaluation-q-spending = Se informó un gasto de { $spent } al final de { $period }, con el { $elapsed } del período del plan transcurrido. ¿Sigue el gasto a la ejecución, y fueron las acciones presupuestadas las que avanzaron?
evaluation-e-spending = Ejecución presupuestaria; importes gastados según los informes; datos de ejecución del ministerio de Hacienda
evaluation-q-over-budget = Las acciones { $actions } gastaron más de lo estimado. ¿Por qué, y era realista la estimación?
evaluation-e-over-budget = Presupuestos de las acciones; importes gastados según los informes
evaluation-q-resources = ¿Podrían haberse logrado los mismos resultados con menos recursos, por ejemplo con capacitaciones conjuntas o sistemas de datos compartidos?
evaluation-e-resources = Costo por producto; entrevistas con las instituciones responsables
evaluation-q-change = ¿Qué ha cambiado para las víctimas y las personas en riesgo (identificación, acceso a la asistencia, indemnización, condenas de los autores) que pueda atribuirse al menos en parte al plan? Un aumento del número de víctimas identificadas puede reflejar una mejor identificación y no más trata.
evaluation-e-change = Indicadores de resultado; estadísticas del MND y de los tribunales; entrevistas con sobrevivientes (con salvaguardias)
evaluation-q-reached = { $count ->
        [one] Un indicador alcanzó o superó su meta ({ $indicators }). ¿Qué cambió como resultado, y para quién?
       *[other] { $count } indicadores alcanzaron o superaron su meta ({ $indicators }). ¿Qué cambió como resultado, y para quién?
    }
evaluation-e-reached = Trayectorias de los indicadores (capítulo 3); los datos que respaldan cada valor
evaluation-q-unintended = ¿Tuvo el plan efectos no previstos, buenos o malos (por ejemplo, en el acceso de los migrantes a los servicios, o en la disposición de las víctimas a darse a conocer)?
evaluation-e-unintended = Entrevistas con ONG, sobrevivientes y personal de primera línea
evaluation-q-continuous = Las acciones { $actions } se ejecutan de forma continua. ¿Se financian con el presupuesto ordinario más allá de { $last }, o dependen de financiación de proyectos?
evaluation-e-continuous = Leyes de presupuesto; convenios de financiación
evaluation-q-sources = Gasto hasta ahora por fuente: { $shares }. ¿Cuáles de estas fuentes continuarán después del plan, y qué se detiene cuando terminen las demás?
evaluation-e-sources = Presupuesto y gasto por fuente de financiación; acuerdos con donantes
evaluation-q-laws = ¿Están los procedimientos, capacitaciones y estructuras que creó el plan recogidos en leyes, reglamentos y programas de formación, de modo que perduren más allá de él?
evaluation-e-laws = Textos legales y reglamentarios; programas de formación
evaluation-q-next = { $stage ->
        [final] ¿Qué debe mantener, cambiar o abandonar el plan siguiente?
       *[mid-term] ¿Qué debe ajustarse en los años restantes del plan: qué acciones acelerar, revisar, financiar o descartar?
    }
evaluation-e-next = { $stage ->
        [final] Todo el paquete; las acciones no completadas (capítulo 2)
       *[mid-term] Todo el paquete; la opinión del órgano de coordinación
    }
evaluation-annex-caption = Informes enviados, por institución y período
evaluation-annex-intro = Para cada institución responsable, sobre cuántas de sus acciones informó en cada período.

next-reversed = el nuevo período termina ({ $to }) antes de empezar ({ $from })
next-overlaps = el nuevo plan empieza en { $from }, antes de que termine el plan anterior ({ $previous_last }); hágalo empezar en { $previous_last } o después
next-note-carried = Trasladada del plan anterior, { $plan }: { $reported }.
next-note-not-carried = En el plan anterior, { $plan }: { $reported }.
next-note-reported = último estado informado: { $status } en { $period }
next-note-dropped = último estado informado: descartada en { $period }: { $reason }
next-note-never-reported = nunca se informó sobre ella
next-note-lesson = Enseñanza ({ $period }): { $difficulties }
next-note-measures = Medidas correctivas: { $measures }
next-carried-over-mark = del plan anterior
next-lessons-opening = Este plan sucede al { $plan }. { $count ->
        [one] Una de sus acciones no se completó y se traslada a este plan, marcada «{ $mark }» en los cuadros de acciones.
       *[other] { $count } de sus acciones no se completaron y se trasladan a este plan, marcadas «{ $mark }» en los cuadros de acciones.
    }
next-lessons-intro = Dificultades que las instituciones ejecutoras informaron en el plan anterior, con las medidas correctivas que propusieron:
next-lesson-reported = { $difficulties } (informado en { $period })
next-lessons-evaluation-gap = Añada lo que concluyó la evaluación final del plan anterior y cómo responde a ello este plan.
next-cli-exists = «{ $path }» ya existe; el plan siguiente nunca se escribe sobre un archivo. Elija otra ruta.
next-cli-failed = no se pudo iniciar el plan siguiente a partir de «{ $path }»
next-cli-done = acciones trasladadas: { $carried }; enseñanzas del plan anterior: { $lessons }

export-compiled-on = Elaborado el { $date }
export-report-html-title = { $title }: informe de ejecución, { $period }
export-evaluation-html-title = { $title }: { $stage ->
        [final] paquete de evaluación final
       *[mid-term] paquete de evaluación intermedia
    }
export-report-status = Informe de ejecución
export-evaluation-status = { $stage ->
        [final] Paquete de evaluación final
       *[mid-term] Paquete de evaluación intermedia
    }
export-report-subject = Informe de ejecución { $period }, { $country }
export-evaluation-subject = { $stage ->
        [final] Paquete de evaluación final
       *[mid-term] Paquete de evaluación intermedia
    }, { $country }
export-report-footer = { $title } - informe de ejecución { $period } del { $date } - página{" "}
export-evaluation-footer = { $title } - { $stage ->
        [final] paquete de evaluación final
       *[mid-term] paquete de evaluación intermedia
    } del { $date } - página{" "}
export-chart-target = meta { $value }

## Monitoring forms (src/forms): the workbook each implementing institution fills in, written
## in the plan's language, and the problems found reading one back (file: sheet!cell: what).
## Sheet names: at most 31 characters, none of [ ] : * ? / \
form-sheet-instructions = Instrucciones
form-sheet-lead = Acciones que lidera
form-sheet-indicators = Indicadores
form-sheet-partner = Acciones como socia
# Each column's header, and in .key the start of it napwiz accepts when reading a form back
# (so "Amount spent (EUR)" still matches); lower case.
form-column-action-id = N.º de acción
    .key = n.º de acción
form-column-action = Acción
    .key = acción
form-column-timeframe = Plazo
    .key = plazo
form-column-budget = Presupuesto
    .key = presupuesto
form-column-last-status = Estado en el período anterior
    .key = estado en el período anterior
form-column-status = Estado
    .key = estado
form-column-dropped-reason = Motivo si se abandonó
    .key = motivo si se abandonó
form-column-done = Lo realizado en el período
    .key = lo realizado
form-column-spent = Monto gastado en el período
    .key = monto gastado
form-column-source = Fuente de financiación
    .key = fuente de financiación
form-column-difficulties = Dificultades
    .key = dificultades
form-column-measures = Medidas correctivas
    .key = medidas correctivas
form-column-evidence = Evidencias (referencias, separadas por ;)
    .key = evidencias
form-column-reported-by = Informado por
    .key = informado por
form-column-date = Fecha (AAAA-MM-DD)
    .key = fecha
form-column-indicator = Indicador
    .key = indicador
form-column-baseline = Línea de base
    .key = línea de base
form-column-target = Meta
    .key = meta
form-column-expected = Valor esperado
    .key = valor esperado
form-column-last-value = Último valor
    .key = último valor
form-column-value = Valor del período
    .key = valor
form-column-lead = Institución responsable
    .key = institución responsable
form-title = Informe de avance: { $plan }
form-institution = Institución: { $institution }
form-period = Período de informe { $period }: { $span } (vence el { $due })
form-step-lead = 1. En «{ $sheet }», complete las celdas amarillas de cada acción que lidera su institución.
form-step-status = 2. El estado es uno de: { $statuses }. Indique el motivo cuando se abandona una acción.
form-step-amounts = 3. Los montos son números enteros en la moneda del plan, gastados solo en este período.
form-step-indicators = 4. En «{ $sheet }», indique el valor de cada indicador en el período: un número donde se espera un número.
form-step-partner = 5. «{ $sheet }» enumera las acciones en las que su institución es socia: informa la institución responsable.
form-step-return = 6. No cambie el nombre de las hojas ni los números de acción; devuelva el archivo a la coordinación.
form-status-error = Elija uno de: { $statuses }
form-amount-error = Un monto entero de 0 o más, en la moneda del plan
form-problem-sheet = hoja «{ $sheet }»
form-unreadable = no se pudo leer como libro de Excel ({ $error }); se esperaba un formulario escrito por napwiz monitor collect
form-sheet-missing = falta la hoja «{ $sheet }» (¿renombrada o eliminada?); las hojas del formulario deben conservar su nombre, encontradas: { $found }
form-unnamed-plan = un plan sin título
form-named-plan = «{ $title }»
form-id-missing = ninguno
form-other-plan = este formulario pertenece a { $form_plan } (identificador { $form_id }), no a «{ $plan }» (identificador { $id }); no se puede importar en este plan
form-no-period = el plan no tiene un período de informe «{ $period }»
form-period-closed = el período { $period } está cerrado; reábralo primero (napwiz monitor reopen PLAN { $period }) para importar en él
form-no-header = ninguna fila de encabezado con una columna «{ $column }»; se esperaban los encabezados que napwiz escribió en la fila 1
form-missing-columns = la fila de encabezado no tiene la columna { $columns }
form-twice = { $action } aparece dos veces (filas { $first } y { $second }); deje una fila por acción
form-no-action-id = esta fila tiene valores pero ningún número de acción
form-unknown-action = número de acción desconocido «{ $id }»; se esperaba una acción incluida en el plan
form-no-lead = ninguna institución
form-led-by-other = { $id } la lidera { $code }, no la institución para la que se hizo este formulario
form-cell-error = la celda muestra el error { $error }; se esperaba: { $column }
form-status-required = el estado es obligatorio cuando la fila está completa: uno de { $statuses }
form-not-status = «{ $text }» no es un estado; se esperaba uno de { $statuses }
form-dropped-reason = la acción se abandonó: indique el motivo
form-negative = un monto negativo ({ $text }); se esperaba el monto gastado, 0 o más
form-not-whole = «{ $text }» no es un monto entero; se esperaban unidades enteras de la moneda del plan
form-not-number = «{ $text }» no es un número; se esperaba el monto gastado, 0 o más
form-not-date = «{ $text }» no es una fecha; se esperaba AAAA-MM-DD
form-not-indicator = «{ $wording }» no es un indicador de { $action }; conserve la redacción que escribió napwiz
form-expected = se esperaba { $what }
form-value-without-status = un valor para { $action }, que no tiene estado en «{ $sheet }»; indique allí su estado
form-encrypted = el archivo está protegido con contraseña (cifrado) o es un libro .xls antiguo; guárdelo como libro de Excel (.xlsx) sin contraseña de apertura
form-not-workbook = no es un libro XLSX; se esperaba un formulario escrito por napwiz monitor collect
form-unreadable-file = no se pudo leer: { $error }
# What a person must type for an indicator's value.
measure-count = un número de 0 o más
measure-share = un porcentaje de 0 a 100
measure-text = texto
measure-not = { $expected }, no «{ $text }»
monitor-not-reported = sin informe

## napwiz monitor periods|dates|close|reopen|collect|import (src/commands/monitor.rs)
monitor-cli-yearly-by-default = anuales (no se fijó una frecuencia de informe)
monitor-cli-periods-added = nota: se añadieron { $count } períodos de informe, { $every }, a { $plan }
monitor-cli-open = abierto
monitor-cli-closed = cerrado
# After the period id (padded to 10 columns); $state is monitor-cli-open or monitor-cli-closed.
monitor-cli-period-line = { $span }  vence { $due }  { $state }  { $received } de { $actions } acciones con informe
monitor-cli-already-closed = { $period } ya estaba cerrado
monitor-cli-already-open = { $period } ya estaba abierto
monitor-cli-closed-in = se cerró { $period } en { $plan }
monitor-cli-reopened-in = se reabrió { $period } en { $plan }
monitor-cli-dates-set = { $period }: del { $from } al { $to }, vence el { $due }, en { $plan }
monitor-cli-no-period = el plan no tiene el período «{ $period }»; sus períodos son { $known }
monitor-cli-closed-period = el período { $period } está cerrado; reábralo primero (napwiz monitor reopen { $plan } { $period })
monitor-cli-nobody = ninguna acción incluida tiene institución responsable o socia: no hay a quién enviar un formulario
monitor-cli-form-exists = «{ $file }» ya existe; no se sobrescribe. Elija otra carpeta --out, o use --force para reemplazar los formularios
monitor-cli-form-written = { $file }: { $institution }, { $lead ->
    [one] 1 acción
   *[other] { $lead } acciones
} sobre las que informar, { $partner } como socia
monitor-cli-forms-written = { $count ->
    [one] 1 formulario
   *[other] { $count } formularios
} para { $period } (vence el { $due }) en { $folder }
monitor-cli-no-plan = «{ $plan }» no existe; se esperaba un archivo de plan
monitor-cli-nothing-imported = no se importó nada: { $count ->
    [one] 1 problema
   *[other] { $count } problemas
} en los formularios; corríjalos e importe de nuevo
monitor-cli-kept = conservado (--prefer mine):
monitor-cli-conflict = conflicto: { $conflict }
monitor-cli-dry-run = prueba: no se guardó nada
monitor-cli-imported = { $count ->
    [one] se importó 1 formulario
   *[other] se importaron { $count } formularios
} en { $plan }
monitor-cli-conflicts-left = { $count ->
    [one] queda 1 conflicto
   *[other] quedan { $count } conflictos
} en { $plan }: resuélvalos en el asistente (napwiz { $plan }, luego C), o importe de nuevo con --prefer mine|theirs
# A report field in the lines import prints ("2027-H1 A1.1 status: - -> on track").
monitor-field = { $field ->
    [status] estado
    [dropped_reason] motivo del abandono
    [done] lo realizado
    [spent] gasto
    [difficulties] dificultades
    [corrective_measures] medidas correctivas
    [evidence] evidencias
    [reported_by] informado por
    [date] fecha
    [validated] validado
   *[other] { $field }
}
monitor-field-value = valor: { $indicator }

## Plain-mode progress entry, napwiz monitor enter (src/plain/progress.rs)
progress-no-periods-yet = ninguno todavía (napwiz monitor periods PLAN los añade)
progress-no-period = El plan no tiene el período «{ $period }»; sus períodos: { $known }.
progress-closed = El período { $period } está cerrado; reábralo primero (napwiz monitor reopen PLAN { $period }).
progress-intro = Avance de { $period } ({ $span }, vence el { $due }): { $count ->
    [one] 1 acción
   *[other] { $count } acciones
}. ? muestra la ayuda.
progress-read-only = No se guardó nada: el plan es de solo lectura { $plan }.
progress-saved = Guardado { $plan }.
# Under each action: its lead, its status in the period before ($before, may be empty) and now.
progress-lead = responsable { $lead }; { $before }ahora: { $now }
progress-before = { $period }: { $status };{ " " }
progress-status-prompt = Estado [Intro omite]:
# $starts: the fewest first letters that tell each status apart, in the order of $statuses.
progress-status-help = Escriba un estado: { $statuses } (o sus primeras letras, las suficientes: { $starts }). Intro omite la acción; copy parte del período anterior (lo que sigue valiendo: estado, dificultades, medidas); < vuelve; q guarda y sale.
progress-field-help = Escriba el nuevo texto; Intro conserva lo que está [entre corchetes]; - lo vacía.
progress-not-status = «{ $text }» no es un estado; ? los enumera
progress-copied = { $count ->
    [one] Se copió 1 informe
   *[other] Se copiaron { $count } informes
} del período anterior; escriba un estado para seguir.
progress-ask-dropped = Motivo del abandono
progress-ask-done = Lo realizado en el período
progress-ask-value = { $indicator } (meta { $target }; { $expected })
progress-ask-spent = Monto gastado en el período
progress-ask-source = Fuente de financiación
progress-ask-difficulties = Dificultades
progress-ask-measures = Medidas correctivas
progress-ask-evidence = Evidencias (separadas por ;)
progress-ask-reported-by = Informado por
progress-not-amount = «{ $text }» no es un monto entero de 0 o más

## Reporting periods: changes refused and napwiz check findings (src/plan/monitor/edit.rs,
## reports.rs, check.rs, mod.rs)
monitor-span = del { $from } al { $to }
monitor-no-periods-yet = ninguno todavía
monitor-no-such-period = no existe el período «{ $period }»; el plan tiene { $known }
monitor-period-is-closed = el período { $period } está cerrado; reábralo primero (napwiz monitor reopen PLAN { $period })
monitor-ends-before-start = un período no puede terminar ({ $to }) antes de empezar ({ $from })
monitor-first-period = { $period } es el primer período: no hay nada que copiar
monitor-check-twice = el período de informe { $period } aparece dos veces
monitor-check-ends-before-start = el período de informe { $period } termina ({ $to }) antes de empezar ({ $from })
monitor-check-due-before-end = los informes del período { $period } vencen ({ $due }) antes de que termine ({ $to })
monitor-check-outside = el período de informe { $period } ({ $span }) está fuera del período del plan { $first }-{ $last }
monitor-check-no-action = el período { $period } tiene un informe de { $action }, que no es una acción del plan
monitor-check-excluded = el período { $period } tiene un informe de { $action }, que no está incluida en el plan
monitor-check-no-reason = { $action } figura como abandonada en { $period } sin motivo
monitor-check-no-indicator = el período { $period } tiene un valor para «{ $text }», que no es un indicador de { $action }
monitor-check-bad-value = el valor de «{ $text }» en { $period } es «{ $value }»; se esperaba { $expected }
# Where a share cannot be computed (no action in the group), before a percentage column.
dashboard-not-available = n/d
monitor-unknown-field = campo de informe desconocido «{ $field }»
## tr-misc: siglas, códigos cortos, valores escritos, espaciado de etiquetas, mensajes restantes
check-acronym-unexplained = la sigla '{ $acronym }' se usa pero no se desarrolla: añádala a { $file }
check-abbreviation-bad = la abreviatura '{ $acronym }' necesita una sigla y su significado, cada uno en una línea sin caracteres de control
check-acronyms-summary = siglas: { $count ->
    [one] { $count } usada pero no desarrollada en { $file }
   *[other] { $count } usadas pero no desarrolladas en { $file }
}
area-letter-high = A
area-letter-medium = M
area-letter-low = B
area-legend-marks = Marcas: [x] incluido, [-] no incluido, [ ] sin decidir.
area-legend-priority = Letras de prioridad: { $letters }.
area-legend-letter = { $letter } { $priority }
typed-timeframe-short = corto, corto plazo, c
typed-timeframe-medium = medio, medio plazo, m
typed-timeframe-long = largo, largo plazo, l
typed-baseline-unknown = desconocido, sin datos, ?
typed-baseline-in-place = existente, existe, sí, si
typed-baseline-partly = parcial, en parte
typed-baseline-missing = inexistente, falta, no
typed-baseline-not-applicable = na, n/a, no aplicable
typed-frequency-none = ninguna, -
typed-frequency-monthly = mensual
typed-frequency-quarterly = trimestral
typed-frequency-six-monthly = semestral
typed-frequency-annually = anual
typed-frequency-biennially = bienal
typed-frequency-end-of-plan = fin
export-label = { $label }:
language-no-checklist = no hay lista de verificación en '{ $language }'; se esperaba una de: { $languages } (o un pack traducido con --content)
pack-check-problems = napwiz: { $source } tiene { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
pack-check-translation = traducción ({ $language }) frente al pack inglés: { $count ->
    [one] { $count } entrada que falta o sin traducir
   *[other] { $count } entradas que faltan o sin traducir
}
export-xlsx-cut = napwiz: nota: el archivo Excel recorta un texto: { $cut }
follow-needs-plan = --follow necesita un archivo de plan: napwiz --follow PLAN
plan-before-subcommand = '{ $plan }' se dio antes de un subcomando; ponga el plan después, p. ej. `napwiz check { $plan }`
lock-take-over-hint = { $error } Si esa sesión ha terminado, vuelva a ejecutar la orden con --take-over.
config-file-exists = existe
config-file-missing = aún no existe; napwiz config --print-default muestra uno
output-write-failed = no se pudo escribir en { $stream ->
    [stdout] la salida estándar
   *[stderr] la salida de errores
}
folder-create-failed = no se pudo crear la carpeta '{ $folder }'
file-is-folder = es una carpeta
file-not-regular = no es un archivo normal (un FIFO, socket o dispositivo)
file-too-large = supera { $mib } MiB, lo máximo que lee napwiz
file-not-utf8 = el byte { $at } no es texto UTF-8
watch-failed = no se pudo vigilar '{ $path }'
watch-folder-failed = no se pudo vigilar la carpeta '{ $path }'
watch-plan-gone = el archivo del plan ya no está (borrado o en proceso de sustitución)
lock-unknown-user = usuario desconocido
facilitator-place-failed = no se pudo escribir la posición del facilitador
facilitator-record-failed = no se pudo registrar la posición del facilitador en '{ $path }'
quality-judged-on-english = acciones casi duplicadas juzgadas sobre la fuente inglesa: una traducción hereda sus pares
translation-untranslated = { $field } sin traducir de '{ $owner }': el texto inglés, sin cambios
translation-indicator-count = '{ $owner }' tiene { $ours } indicadores sugeridos, el pack inglés { $english }; se esperan los mismos indicadores, traducidos
translation-missing = falta { $what ->
    [area] el área
    [goal] el objetivo
    [action] la acción
    [institution] la institución
   *[term] el término
} '{ $id }' (inglés: "{ $english }"); napwiz muestra el texto inglés marcado { $mark } hasta que se traduzca
translation-expected-after = { $missing }; se esperaba después de '{ $previous }'
follow-failed = no se pudo seguir '{ $path }'
terminal-raw-failed = no se pudo poner el terminal en modo sin procesar
terminal-setup-failed = no se pudo preparar el terminal
rescue-write-failed = no se pudo escribir '{ $path }'
signals-install-failed = no se pudieron instalar los manejadores de señales
signals-thread-failed = no se pudo iniciar el hilo de señales
demo-title = Plan de Acción Nacional contra la Trata de Seres Humanos 2027-2030
demo-country = República de Veldora (ficticia)
demo-coordinating-body = Comisión Nacional contra la Trata de Seres Humanos
demo-coordinator = Viceministro del Interior, Coordinador Nacional contra la Trata
demo-facilitator = A. Facilitador
demo-shelter-network = Red de Casas de Acogida de Veldora
demo-note-routine = Ya realizado con la estrategia actual; continuar como trabajo ordinario.
demo-source-state = Presupuesto del Estado
demo-source-state-eu = Presupuesto del Estado y fondos de la UE
demo-source-donor = Donante (proyecto de la OIM)
demo-note-pilot = El grupo acordó hacer primero un piloto en dos regiones (el norte y la capital) antes de extenderlo.
    Revisar las recomendaciones del informe de 2026 del GRETA antes de la redacción final.
demo-target-input = Existente para [year]
demo-target-output = [N] para [year]
demo-target-outcome = [N] % para [year]
demo-target-impact = Tendencia a la baja para [year]
demo-baseline-measured = Por medir en 2027 (primer año completo de datos)
demo-baseline-not-yet = Todavía no (2026)
demo-baseline-draft = Borrador en discusión (2026)
demo-baseline-no-limit = Aún no medido: sin plazo en la práctica (2026)
demo-baseline-not-recorded = No registrado (2026)
demo-verify-training = Registros de formación de la institución responsable
demo-verify-survey = Encuesta encargada por el coordinador
demo-verify-cases = Estadísticas policiales y judiciales
demo-verify-nrm = Base de datos del MND e informes de los proveedores de servicios
demo-verify-gazette = Boletín oficial
demo-verify-budget = Informe de ejecución del presupuesto del Estado
demo-verify-labour = Registros de la inspección de trabajo
demo-verify-commission = Actas y registros de la Comisión Nacional
demo-verify-annual = Informe anual de la institución responsable
demo-goal-note-p1 = El último estudio nacional es de 2019. La oficina de estadística se ofreció a alojar los datos.
demo-goal-note-a2 = El MND existe en el papel (instrucción de 2018), pero los equipos locales no lo usan; centrarse en la práctica.
demo-goal-note-i3 = La fiscalía no informa de ninguna investigación financiera paralela en los casos de 2025.
demo-goal-note-e10 = El Ministerio de Hacienda pide el costo de cada acción antes de la circular presupuestaria de mayo.
demo-games-goal = Prevenir la explotación en torno a los juegos regionales de 2029
demo-games-guidance = Los grandes eventos generan trabajo temporal en la construcción y la hostelería; planificar pronto las inspecciones y la sensibilización.
demo-games-action = Realizar inspecciones de trabajo conjuntas en las obras de los juegos a partir de 2028.
demo-shelter-action = Abrir un albergue para víctimas masculinas de explotación laboral en la capital.
demo-games-indicator = Número de inspecciones conjuntas en las obras de los juegos
demo-games-target = Al menos 40 para 2029
demo-shelter-indicator = Plazas de acogida disponibles para hombres
demo-shelter-target = 12 plazas para 2028
demo-verify-licensing = Registro de licencias del ministerio
demo-shelter-note = Los hombres se alojan ahora en albergues; el grupo insistió en la seguridad y la intimidad.
demo-source-nrm = Base de datos de casos del MND
demo-source-police = Estadísticas policiales y de la fiscalía
demo-source-courts = Sistema de gestión de causas judiciales
demo-source-budget = Informes de ejecución presupuestaria
demo-source-ngo = Informes de las ONG proveedoras de servicios
demo-monitoring-note = Los ejecutores informan antes del 15 de julio y el 15 de enero en el formulario común; la oficina del coordinador consolida y la Comisión Nacional revisa dos veces al año.

## demo progress: the demo plan's first year of monitoring reports (src/plan/demo_progress.rs)
demo-progress-dropped-reason = Superada por la nueva Ley de Servicios Sociales, que ahora cubre esta tarea.
demo-progress-done-not-started = Solo preparativos: punto focal designado, plan de trabajo en redacción.
demo-progress-done-dropped = Sin más trabajo tras la reforma de los servicios sociales.
demo-progress-done-completed = Finalizada e informada a la Comisión Nacional.
demo-progress-done-delivered = Ejecutada según lo previsto; se adjunta el informe final.
demo-progress-done-routine = En marcha como trabajo ordinario de la institución, financiada con su propio presupuesto.
demo-progress-done-working-group = El grupo de trabajo se reunió tres veces; términos de referencia acordados.
demo-progress-done-training = Primeras dos sesiones de capacitación realizadas en la capital y en el norte.
demo-progress-done-draft = Borrador enviado a los socios para recibir comentarios.
demo-progress-done-tender = Licitación convocada; contrato previsto para el próximo trimestre.
demo-progress-difficulty-budget = La partida presupuestaria se aprobó con cuatro meses de retraso.
demo-progress-difficulty-staff = Dos funcionarios capacitados dejaron la unidad; puestos aún sin cubrir.
demo-progress-difficulty-comments = Los socios no enviaron sus comentarios a tiempo.
demo-progress-measure-budget = Pedir al Ministerio de Hacienda que libere los fondos en la próxima modificación presupuestaria.
demo-progress-measure-staff = Contratar y capacitar reemplazos; compartir el módulo con las unidades regionales.
demo-progress-measure-comments = El coordinador fijará un plazo final en la próxima reunión de la Comisión.
# A qualitative indicator's value: a law or text the action was to produce.
demo-progress-value-adopted = Aprobado
demo-progress-value-draft = Borrador preparado y en consulta
# $code is the reporting institution's abbreviation (MOI, MOJ...).
demo-progress-reported-by = Punto focal contra la trata, { $code }
