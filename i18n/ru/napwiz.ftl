# Строки интерфейса и документов napwiz, русский язык (ru).
# ЧЕРНОВИК ПЕРЕВОДА: перевод еще не проверен практикующим специалистом — носителем языка.
# Терминология согласована с содержательным пакетом content/ru (см. content/ru/glossary.ron).
# Как сообщить об исправлении: откройте issue в репозитории napwiz или пришлите исправленный
# файл сопровождающим napwiz; проверить файл можно, загрузив его через NAPWIZ_LOCALES_DIR
# (см. README, «Adding a language»). Идентификаторы сообщений не меняйте: переводится только
# текст после «=»; каждую переменную { $...} сохраняйте как есть.

## Language choice and translators' folders (src/i18n)

lang-unknown = неизвестный язык «{ $language }»; доступны: { $available }
locales-dir-unreadable = не удалось прочитать папку переводов «{ $dir }»; используются встроенные строки
locales-file-unreadable = не удалось прочитать «{ $file }»: { $error }
locales-file-broken = { $file }:{ $line }:{ $column }: { $problem }
locales-file-skipped = «{ $file }» не используется: вместо него используются встроенные строки

## Key bindings (src/tui/bindings.rs): each binding's label in the footer and the key help.
## The id after key- is the binding's config name, with _ written as -.
key-up = вверх
key-down = вниз
key-page-up = стр. вверх
key-page-down = стр. вниз
key-first = в начало
key-last = в конец
key-next-step = след. шаг
key-prev-step = пред. шаг
key-steps = шаги
key-search = поиск
key-undo = отменить
key-redo = вернуть
key-help = справка
key-theme = тема
key-mouse = мышь
key-conflicts = конфликты слияния
key-save-over = перезаписать измененный файл
key-back = назад
key-quit = выход
key-follow-facilitator = следить за модератором
key-take-over-writing = взять запись на себя
key-edit = изменить
key-change = сменить
key-previous-value = пред. значение
key-next-value = след. значение
key-next-field = след. поле
key-previous-field = пред. поле
key-clear-field = очистить поле
key-include = включить
key-exclude = исключить
key-priority-high = высокий
key-priority-medium = средний
key-priority-low = низкий
key-baseline = исх. уровень
key-timeframe = срок
key-lead = исполн.
key-suggested-lead = предл. исполн.
key-partners = соисполн.
key-notes = заметки
key-guidance = пояснения
key-add-action = добавить меру
key-add-goal = добавить цель
key-delete-item = удалить свой элемент / показатель
key-undo-typing = отменить ввод
key-redo-typing = вернуть ввод
key-move = перемещение
key-start-end = начало / конец
key-delete-before = удалить до курсора
key-delete-after = удалить после курсора
key-keep-and-close = сохранить и закрыть
key-new-line = новая строка
key-editing-keys = клавиши правки
key-keep = сохранить
key-cancel = отмена
key-nothing = ничего (не вводит символ)
key-open = открыть
key-add-remove = доб./убрать
key-filter = фильтр
key-add-own = добавить свою
key-delete-own = удалить свою
key-own-previous-type = своя: пред. тип
key-own-next-type = своя: след. тип
key-close-goal = свернуть цель
key-next-panel = след. панель
key-previous-panel = пред. панель
key-go-to-item = к элементу
key-panel-1 = панель 1
key-panel-2 = панель 2
key-panel-3 = панель 3
key-panel-4 = панель 4
key-panel-5 = панель 5
key-panel-6 = панель 6
key-choose-or-write = выбрать / записать
key-write-files = записать файлы
key-scroll-preview = прокрутка
key-scroll-back = прокрутка назад
key-close = закрыть
key-go = перейти
key-choose = выбрать
key-choose-stay-open = выбрать, не закрывая
key-done = готово
key-previous-side = пред. сторона
key-next-side = след. сторона
key-take-it = принять
key-keep-current-value = оставить текущее
key-open-read-only = открыть для чтения
key-take-over = перехватить
key-save-elsewhere = сохранить в другом месте
key-save-here-again = сохранить здесь снова
key-quit-keeping-backup = выйти, сохранив копию
key-back-to-the-plan = назад к плану
key-yes = да
key-no = нет

## Overlays: search, quit, prompts, key help, conflicts, steps, guidance (src/tui/view/overlay.rs)

search-title = Поиск по перечню: найдено { $found }
quit-question-saved = Выйти из napwiz? Все сохранено.
quit-question = Выйти из napwiz?
create-question = «{ $path }» не существует. Создать там новый план?
lock-title = План заблокирован на другом компьютере
lock-open-elsewhere = { $name } открыт в другом экземпляре napwiz:
lock-holder = { $user } на { $host }, с { $since }
lock-cannot-check = napwiz не может проверить отсюда, работает ли еще тот сеанс. Перехватывайте блокировку, только если он завершен, иначе два человека будут перезаписывать изменения друг друга.
prompt-new-plan-title = Новый план: название
prompt-open-path = Открыть файл плана: путь
prompt-new-action = Новая мера в цели { $goal }
prompt-new-goal = Новая цель в направлении { $area }
prompt-new-institution = Новая организация: название, краткий код
prompt-roster-filter = Фильтр организаций
prompt-save-elsewhere = Сохранить план в этот файл и выйти
hint-new-plan-title = напр. Национальный план действий на 2027–2030 годы
hint-open-path = путь к файлу плана, напр. ~/plans/nap.ron
hint-new-institution = название, запятая, код: Управление по борьбе с ТЛ, УТЛ
hint-roster-filter = часть кода или названия
hint-new-item = формулировка; пустая строка ничего не добавляет
hint-save-elsewhere = файл в папке, доступной для записи, напр. ~/nap.ron
editor-question-mark-keys = ? (еще раз)
editor-question-mark = ввести вопросительный знак
editor-expected = Ожидается: { $hint }
editor-esc-again-closes = Esc еще раз: закрыть без сохранения
editor-esc-cancels = Esc: отмена
editor-not-kept = Пока не сохранено: { $error } ({ $leave })
editor-save-here-and-quit = { $key }: сохранить здесь и выйти
editor-back-to-question = { $key }: вернуться к вопросу
conflicts-title = Конфликты слияния: осталось { $left }
conflicts-side = { $value } (из { $source })
steps-title = Шаги
help-title = Клавиши (Up/Down — прокрутка, Esc — закрыть)
help-keys-here = Клавиши здесь ({ $context }):
help-everything-saved = Все сохраняется по ходу работы. Esc возвращает на уровень выше; в однострочном поле ввода он отменяет ввод и оставляет прежнее значение.
help-context-start = начало
help-context-form = форма
help-context-roster = организации
help-context-area-list = цели и меры
help-context-area-fields = решение по элементу
help-context-review = сводка
help-context-generate = документы
help-context-other = этот экран
guidance-title = Пояснения
guidance-own-item = Это собственный элемент рабочей группы; в содержательном пакете нет пояснений к нему.
guidance-title-goal = Пояснения: { $goal }
guidance-expected-result = Ожидаемый результат
guidance-standards = Стандарты
guidance-example-indicators = Примеры показателей
guidance-indicators-for = Показатели для { $action }
guidance-usually = Обычно: { $horizon }.
unsaved-not-saved-yet = последние изменения еще не сохранены.
unsaved-retry-changed = сохранить здесь снова: ваша версия заменит файл, другая попадет в резервные копии
unsaved-retry-failed = сохранить здесь снова (освободив место или восстановив папку)
unsaved-why = Выйдите, не потеряв их. Причина сбоя сохранения:
unsaved-save-elsewhere = сохранить план в другой файл (место выбираете вы), затем выйти
unsaved-quit-keeping-backup = выйти сейчас; ваша работа сохранится как аварийная копия в папке данных
unsaved-title = Ваши изменения НЕ сохранены
question-title = Вопрос
question-yes = да
question-no = нет

## Header, message line and footer (src/tui/view/mod.rs)

screen-too-small = терминал слишком мал: нужно { $need_width } x { $need_height }, сейчас { $width } x { $height }. Увеличьте окно или уменьшите шрифт.
header-saved = сохранено
header-unsaved = НЕ СОХРАНЕНО
header-not-saved = СБОЙ СОХРАНЕНИЯ
header-read-only = ТОЛЬКО ЧТЕНИЕ
header-following = СЛЕЖЕНИЕ
header-decided = решено { $percent }%
header-no-plan = план не открыт
header-step = шаг { $n } из { $m }: { $name }
header-draft-translation = [перевод не проверен]
message-read-only = Только чтение: { $why }
message-changed-on-disk = Не сохранено ({ $key } сохраняет ваше, другое — в копию): { $why }
message-save-failed = НЕ СОХРАНЕНО: { $why } { $retry }: повторить. { $quit }: сохранить в другом месте или оставить копию и выйти.

## Start screen (src/tui/view/start.rs)

start-title = Начало
start-purpose = Разработка национального плана действий по противодействию торговле людьми.
start-provenance = Контрольный перечень следует структуре главы A Практического руководства МЦРМП (2021); его формулировки принадлежат napwiz, это не текст МЦРМП.
start-draft-translation = Перечень на языке { $language }: черновик перевода, ещё не проверенный носителем языка.
start-new-plan = Новый план...
start-open-demo = Открыть демонстрационный план (вымышленная страна)
start-open-file = Открыть файл плана...
start-recent = Недавний: { $path }

## Area steps: goals and actions (src/tui/view/area.rs)

area-no-goals = Целей нет. Нажмите { $key }, чтобы добавить.
area-own-item = { $text } (своя)
area-carried-over-item = { $text } (перенесено)
area-goal-count = решено { $decided }/{ $all }, в плане { $included }
area-tag-in-place = есть
area-tag-partly = частично
area-tag-missing = нет
area-tag-not-applicable = н/п
area-tag-notes = заметки
area-tag-short = кратк.
area-tag-medium = средн.
area-tag-long = долг.
area-strip-notes-none = нет
area-strip-notes-yes = есть
area-strip = Срок { $timeframe } | соисполн. { $partners } | заметки: { $notes }
area-suggested-strip = Предл. исполнитель { $lead } ({ $take } — принять), соисполн. { $partners } ({ $pick })
area-suggested = Предлагается: исполнитель { $lead } ({ $take } — принять); соисполнители { $partners }; { $horizon }.

## Institution picker (src/tui/view/picker.rs)

picker-lead = Исполнитель для { $item } (введите код или фильтр)
picker-partners = Соисполнители для { $item } (Enter отмечает, Esc — готово)
picker-monitoring-body = Орган мониторинга (введите код или фильтр)
picker-no-match = Нет подходящих организаций. Backspace изменяет фильтр.
picker-not-on-roster = нет в списке
picker-suggested-for = Предлагается для { $item }
picker-suggested = Предлагается
picker-on-roster = В списке
picker-catalogue = Каталог: выбранная добавляется в список

## Generate step (src/tui/view/generate.rs)

generate-title = Создание проекта плана действий
generate-current-folder = текущую папку
generate-clean-copy = Чистовик для рассылки (без заметок и рабочих пометок)
# Followed directly by the folder's path: keep the trailing space.
generate-write-into = Записать выбранные файлы в{" "}
generate-preview = Просмотр ({ $lines ->
    [one] { $lines } строка
    [few] { $lines } строки
    [many] { $lines } строк
   *[other] { $lines } строки
}, { $back }/{ $on })
generate-wrote = записано: { $list } в { $folder }

## Institutions step (src/tui/view/roster.rs)

roster-filter = фильтр: { $filter }
roster-title = Организации: в списке { $count }
roster-own = своя, { $kind }

## Plan setup and monitoring forms (src/tui/view/form.rs)

form-plan-setup = Параметры плана
form-monitoring = Настройка мониторинга

## Pop-ups (src/tui/view/popup.rs)

popup-filter = Фильтр:

## Review dashboard (src/tui/view/dashboard.rs)

review-panel-by-area = По направлениям
review-panel-baseline = Исх. уровень
review-panel-workload = Нагрузка
review-panel-timeline = Сроки
review-panel-gaps = Пробелы
review-panel-health = Проверка
review-area-head = { $area }: мер включено { $included } из { $actions }, целей { $goals_included } из { $goals }
review-high = выс.
review-medium = сред.
review-low = низ.
review-decided = Решено мер: { $decided } из { $actions } ({ $percent }%), включено: { $included }.
review-baseline-in-place = есть
review-baseline-partly = частично
review-baseline-missing = нет
review-baseline-not-applicable = н/п
review-baseline-unknown = неизв.
review-workload-intro = Меры в плане: исполнитель/соисполнитель по организациям, по убыванию
review-workload-row = { $code } исполн. { $leads }  соисп. { $partners }
review-goal = Цель
review-unscheduled = { $count ->
    [one] { $count } включенная мера пока без срока
    [few] { $count } включенные меры пока без срока
    [many] { $count } включенных мер пока без срока
   *[other] { $count } включенной меры пока без срока
}
review-no-gaps = Все выявленные пробелы закрыты.
review-health-title = Ошибок: { $errors }, предупреждений: { $warnings }
review-no-problems = Проблем не найдено.
review-error = ошибка
review-warning = предупреждение

## Wizard steps (src/plan/step.rs)

step-start = Начало
step-setup = Параметры плана
step-roster = Организации
step-area = Направление
step-review = Сводка
step-monitoring = Настройка мониторинга
step-generate = Документы

## Field labels and hints of the forms (src/plan/fields.rs)

field-title = Название
field-country = Страна
field-first-year = Первый год
field-last-year = Последний год
field-coordinating-body = Координационный орган
field-national-coordinator = Национальный координатор
field-facilitator = Модератор
field-workshop-dates = Даты семинара
field-language = Рабочий язык
field-currency = Валюта бюджета
field-monitoring-body = Орган мониторинга
field-reporting = Отчеты о ходе
field-review = Обзор коорд. органом
field-mid-term = Промежут. оценка (год)
field-final = Итоговая оценка (год)
field-data-sources = Источники данных
field-notes = Заметки
field-wording = Формулировка
field-inclusion = В плане
field-baseline = Исходный уровень
field-priority = Приоритет
field-timeframe = Срок
field-lead = Исполнитель
field-partners = Соисполнители
field-indicator = Показатель { $n }
field-indicator-kind = тип
field-indicator-baseline = исх. уровень
field-indicator-target = цел. значение
field-indicator-verification = проверка
field-indicator-frequency = измерение
field-add-indicator = Добавить показатель
field-budget-amount = Оценка бюджета
field-budget-source = Источник финансирования
hint-year = год: ГГГГ, напр. 2027
hint-workshop-dates = ГГГГ-ММ-ДД; несколько через запятую: 2026-11-28, 2026-11-29
hint-currency = код валюты, напр. EUR
hint-required = обязательно
hint-evaluation-year = год: ГГГГ, напр. 2029; пусто, если нет
hint-data-sources = по одному источнику данных в строке
hint-timeframe = short, medium, long, год (2028) или годы (2027-2029)
hint-budget-amount = целые единицы, напр. 50000

## Step list progress (src/tui/derived.rs)

steps-filled = заполнено { $n } из { $all }
steps-institutions = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
steps-decided = решено { $n } из { $all }

## Decision values: baseline, inclusion, priority, timeframe, frequency (src/plan/mod.rs)

baseline-unknown = неизвестно
baseline-in-place = имеется
baseline-partly-in-place = имеется частично
baseline-missing = отсутствует
baseline-not-applicable = неприменимо
inclusion-open = не решено
inclusion-included = включено
inclusion-excluded = не включено
priority-high = высокий
priority-medium = средний
priority-low = низкий
timeframe-short = краткосрочный
timeframe-medium = среднесрочный
timeframe-long = долгосрочный
frequency-monthly = ежемесячно
frequency-quarterly = ежеквартально
frequency-six-monthly = раз в полгода
frequency-annually = ежегодно
frequency-biennially = раз в два года
frequency-end-of-plan = по окончании плана

## Checklist values: horizon, indicator direction and kind, institution kind (src/content/mod.rs)

horizon-short = краткосрочная перспектива
horizon-long = долгосрочная перспектива
horizon-short-and-long = сначала краткосрочный шаг, затем долгосрочная работа
direction-higher = чем выше, тем лучше
direction-lower = чем ниже, тем лучше
indicator-input = ресурсы
indicator-output = непосредственный результат
indicator-outcome = конечный результат
indicator-impact = воздействие
institution-government = государственная
institution-independent = независимая
institution-judicial = судебная
institution-civil-society = гражд. общество
institution-international = международная
institution-private = частная

## The draft action plan and reports (src/document)

document-not-in-catalogue = нет в каталоге

## What a change did, on the message line (src/tui/changes.rs)

changed-timeframe-cleared = срок очищен
changed-timeframe = срок { $timeframe }
changed-notes = заметки изменены
changed-priority-cleared = приоритет очищен
changed-priority = приоритет { $priority }
changed-baseline = исходный уровень: { $baseline }
changed-lead-cleared = исполнитель очищен
changed-lead = исполнитель { $code }
changed-partner-added = { $code } добавлен как соисполнитель
changed-partner-removed = { $code } больше не соисполнитель
changed-included-again = снова включено
changed-indicators = { $count ->
    [one] { $count } показатель
    [few] { $count } показателя
    [many] { $count } показателей
   *[other] { $count } показателя
}
changed-prefilled = предзаполнено: { $parts }
changed-indicators-added = { $count ->
    [one] добавлен { $count } показатель
    [few] добавлено { $count } показателя
    [many] добавлено { $count } показателей
   *[other] добавлено { $count } показателя
}
changed-indicators-deleted = { $count ->
    [one] удален { $count } показатель
    [few] удалено { $count } показателя
    [many] удалено { $count } показателей
   *[other] удалено { $count } показателя
}
changed-on-roster = { $code } теперь в списке
changed-off-roster = { $code } убран из списка

## Area steps: what a key did (src/tui/update/area.rs)

area-open-goal-first = раскройте цель ({ $key }) и выберите одну из ее мер
area-baseline-next = { $item } исходный уровень: { $baseline } ({ $key } — следующий)
area-no-suggested-lead = для { $item } нет предлагаемого исполнителя: { $key } — выбрать
area-already-leads = { $code } уже исполнитель по { $item }
area-delete-own-only = удалять можно только собственные цели и меры группы; эту исключите клавишей { $key }
area-delete-actions-first = сначала удалите меры этой цели
area-deleted = { $item } удалено
area-deleted-undo = { $item } «{ $text }» удалено ({ $key } восстанавливает)
area-indicator-deleted = { $item }: показатель { $n } удален

## Changes, undo and redo (src/tui/update/change.rs)

change-no-plan = сначала откройте или создайте план
change-read-only = только чтение: { $why }
change-undone = отменено
change-redone = возвращено
change-nothing-to-undo = нечего отменять
change-nothing-to-redo = нечего возвращать
change-travelled = { $done }: { $label }

## Merge conflicts (src/tui/update/conflicts.rs)

conflicts-none = конфликтов слияния нет
conflicts-resolved-one = конфликт по { $target } { $field } разрешен
conflicts-all-resolved = все конфликты слияния разрешены

## Prompts: what Enter and Esc did (src/tui/update/editor.rs)

editor-nothing-changed = ничего не изменено
editor-cancelled = отменено: прежнее значение сохранено
editor-edited = { $field }: изменено
editor-need-title = введите название плана
editor-need-path = введите путь к файлу плана
editor-need-save-path = введите путь к файлу для сохранения плана
editor-action-added = мера добавлена
editor-goal-added = цель добавлена

## Forms: changing and clearing fields (src/tui/update/form.rs)

form-changed = { $field }: изменено
form-nothing-to-clear = здесь нечего очищать: { $key } изменяет это поле
form-cleared = { $field }: очищено
form-already-not-set = { $field }: уже не задано
form-undo-restores = { $said } ({ $key } восстанавливает)
form-indicator-added = { $item }: показатель добавлен
form-new-indicator = Новый показатель

## Generate step: the clean copy (src/tui/update/generate.rs)

generate-clean-on = чистовик: без заметок семинара и рабочих пометок; пробелы выносятся в отдельный файл-перечень рядом
generate-clean-off = рабочий проект: заметки и рабочие пометки ([решение не принято]) остаются в документе

## The wizard's terminal, opening and saving (src/tui/app.rs)

app-not-a-terminal = мастеру нужен интерактивный терминал, а это не он. Используйте `napwiz --plain` для построчного мастера (он читает и из канала) или подкоманды (napwiz --help), напр. `napwiz summary PLAN`.
app-default-title = Национальный план действий
app-choose-a-format = выберите хотя бы один формат
app-previous-not-kept = несохраненные изменения предыдущего плана сохранить не удалось: { $error }
app-conflicts-to-resolve = Конфликтов слияния к разрешению: { $count }. Нажмите { $key }.
app-save-as-exists = «{ $path }» уже существует; выберите другое имя файла (napwiz его не перезаписывает)
app-saved-over = сохранено; версия, которая была на диске, находится среди резервных копий

## What was being typed, named when it is kept (src/tui/typed.rs)

typed-field-of = поле «{ $field }» для { $item }
typed-field = поле «{ $field }»
typed-new-action = мера, добавляемая в цель { $goal }
typed-new-goal = цель, добавляемая в направление { $area }
typed-new-institution = добавляемая организация
typed-new-plan-title = название нового плана
typed-path = вводимый путь

## Key overrides in the config (src/tui/keymap.rs)

keys-unknown-binding = неизвестное действие «{ $name }»
keys-unknown-key = неизвестная клавиша «{ $key }» для «{ $name }»

## Emergency saves (src/tui/rescue.rs)

rescue-no-backup = не удалось записать аварийную копию ни в «{ $dir }», ни в «{ $spare }»; освободите место и повторите попытку
# $why is empty or " (the reason)", with its leading space.
rescue-note = план не удалось сохранить в «{ $path }»{ $why }. Вся ваша работа, каждое изменение, находится в аварийной копии «{ $kept }»: скопируйте ее туда, где должен храниться план.
rescue-typed-kept = То, что вы вводили ({ $what }), сохранено в «{ $path }».
rescue-typed-lost = То, что вы вводили ({ $what }), сохранить не удалось: { $error }.
rescue-saved = план сохранен в «{ $path }».
rescue-holds-typed = В нем есть то, что вы вводили: { $what }.
rescue-loose-file = napwiz сохранил то, что вы вводили при остановке ({ $what }):
rescue-stopped-by = остановлено сигналом { $signal }; { $said }
rescue-panic = napwiz остановлен из-за внутренней ошибки.
rescue-panic-kept = Сначала была сохранена ваша работа: { $saved }
rescue-panic-report = Пожалуйста, сообщите об этом сообщении сопровождающим napwiz.

## What opening, creating and saving did (src/tui/update/outcome.rs)

outcome-resumed = Продолжение с места { $place }, где работа с планом была прервана.
outcome-created = создан { $path }
outcome-saved-as = сохранено в { $path }; теперь это файл плана

## Institutions step: what a key did (src/tui/update/roster.rs)

roster-type-changed = тип организации изменен
roster-changed = список: { $code }
roster-added = { $code } добавлена в список
roster-removed = { $code } убрана из списка
roster-removed-with-roles = { $code } убрана из списка, но у нее остаются роли в плане: { $roles } (см. Сводку)
roster-has-roles = у нее есть роли в плане ({ $roles }); сначала передайте их другим
roster-own-deleted = собственная организация удалена
roster-deleted-undo = { $code } удалена из списка ({ $key } восстанавливает)
roster-own-added = { $code } добавлена
roster-own-added-type = { $code } добавлена; Left/Right задает ее тип

## Institution picker: what a key did (src/tui/update/picker.rs)

picker-nothing-matches = нет организаций, подходящих под «{ $filter }»: Backspace изменяет фильтр, { $key } закрывает
picker-monitoring-body-set = орган мониторинга { $code }
picker-lead-not-partner = { $code } — исполнитель по { $item }, поэтому не может быть и соисполнителем ({ $key } меняет исполнителя)
picker-partner-label = { $item } соисполнитель { $code }

## Theme, mouse and saving (src/tui/update/mod.rs)

update-theme = тема: { $theme } ({ $key } — следующая)
update-mouse-on = мышь включена: щелчок выбирает; Shift+перетаскивание в большинстве терминалов по-прежнему копирует
update-mouse-off = мышь выключена
update-everything-saved = все сохранено

## Moving between steps (src/tui/update/nav.rs)

nav-not-in-checklist = «{ $item }» нет в контрольном перечне
prompt-read-only = этот план открыт только для чтения

## Excel workbook: sheet names (at most 31 characters, none of : \ / ? * [ ]), properties, page header and footer (src/export/xlsx.rs)

xlsx-sheet-actions = Меры
xlsx-sheet-budget = Бюджет
xlsx-sheet-timeline = Сроки
xlsx-sheet-monitoring = Система мониторинга
xlsx-sheet-responsibilities = Ответственность
xlsx-sheet-gaps = Пробелы
xlsx-sheet-institutions = Организации
xlsx-status-draft = Проект
xlsx-made-with = Создано с помощью napwiz
xlsx-not-in-list = Нет в списке
xlsx-one-of = { $column }: одно из значений: { $values }
xlsx-header-draft = ПРОЕКТ
# $page and $pages are Excel's page fields; keep both.
xlsx-footer-page = Страница { $page } из { $pages }

## Plain mode (src/plain.rs). Typed commands (i, x, 1-3, b:, t:, L:, P:, n:, go, q, <, >) stay as they are.

plain-welcome = napwiz, простой режим. Отвечайте на каждый вопрос и нажимайте Enter. Enter без ввода сохраняет значение в [скобках]; < — назад; > — к следующему шагу; ? — справка; q — сохранить и выйти.
plain-nothing-saved = Ничего не сохранено: план открыт только для чтения { $path }.
plain-saved = Сохранено: { $path }.
plain-commands-help = В любом вопросе: ? — эта справка, /слова — поиск по перечню, go P1.2 или go 4 (шаг) — перейти туда, > — следующий шаг, < — назад, q — сохранить и выйти. Enter без ввода сохраняет значение в [скобках].
plain-search-none-in-part = В этой части для групповой работы ничего не соответствует «{ $query }» (вне ее: { $outside ->
    [one] { $outside } элемент
    [few] { $outside } элемента
    [many] { $outside } элементов
   *[other] { $outside } элемента
}).
plain-search-none = В контрольном перечне ничего не соответствует «{ $query }».
plain-search-found = { $count ->
    [one] Найден { $count } элемент
    [few] Найдено { $count } элемента
    [many] Найдено { $count } элементов
   *[other] Найдено { $count } элемента
} (go ID — перейти):
plain-search-more = { $count ->
    [one] ... и еще { $count } элемент: добавьте слово, чтобы сузить поиск
    [few] ... и еще { $count } элемента: добавьте слово, чтобы сузить поиск
    [many] ... и еще { $count } элементов: добавьте слово, чтобы сузить поиск
   *[other] ... и еще { $count } элемента: добавьте слово, чтобы сузить поиск
}
plain-search-outside = (еще { $count ->
    [one] { $count } элемент
    [few] { $count } элемента
    [many] { $count } элементов
   *[other] { $count } элемента
} вне этой части для групповой работы)
plain-start-new = Новый план
plain-start-open = Открыть файл плана
plain-choice = Выбор [1]:
plain-choice-help = Введите 1, 2 или 3.
plain-new-title = Название нового плана:
plain-title-needed = нужно название
plain-path = Путь к файлу плана:
plain-not-a-choice = «{ $answer }» — нет такого варианта; введите 1, 2 или 3
plain-created = Создан { $path }.
plain-create-question = { $path } не существует. Создать там новый план? [y/N]
plain-create-help = y — создать, n — остановиться.
plain-note = Примечание: { $notice }
plain-open-elsewhere = план открыт в другом экземпляре napwiz ({ $holder })
plain-read-only = Только чтение: { $why }. Ваши ответы не будут сохранены.
plain-locked = { $path } открыт в другом экземпляре napwiz: { $user } на { $host }, с { $since }. napwiz не может проверить отсюда, работает ли еще тот сеанс.
plain-lock-question = Открыть только для чтения [r], перехватить блокировку [t] (только если тот сеанс завершен) или отменить [c]?
plain-lock-answer = Ответьте r, t или c.
plain-read-only-unchanged = только чтение: не изменено
plain-not-saved = не сохранено: { $error }
plain-no-such-step = шага { $n } нет: шаги идут от 2 (параметры плана) до { $steps }
plain-bad-go = «{ $target }» — не номер шага (от 2 до { $steps }) и не идентификатор из перечня, такой как P1.2
# $item is empty or ", P1.2" with its comma.
plain-resuming = Продолжение с места, где работа с планом была прервана: шаг { $step } из { $steps }, { $name }{ $item } (go 2 — начать с параметров плана).
plain-step-roster = Организации (список)
plain-end-of-input = Ввод закончен; все сохранено.
plain-step = Шаг { $step } из { $steps }: { $name }
plain-field-help = Введите новое значение или нажмите Enter, чтобы оставить прежнее.
plain-roster-prompt = Номера для добавления или удаления (напр. 3 7 12), a — добавить свою, l — список, Enter — дальше, < — назад:
plain-roster-help = Номер добавляет организацию или убирает ее, если она отмечена [x]; несколько номеров разделяются пробелами.
plain-roster-numbers = введите номера от 1 до { $n } (l — показать список)
plain-own-help = Например: Управление по борьбе с торговлей людьми, УТЛ
plain-own-prompt = Название, краткий код (напр. Управление по борьбе с торговлей людьми, УТЛ):
plain-own-added = { $code } ({ $name }) добавлена в список.
plain-goal-prompt = { $count ->
    [one] Enter: { $count } мера цели; s: пропустить цель; g: пояснения; <: назад:
    [few] Enter: { $count } меры цели; s: пропустить цель; g: пояснения; <: назад:
    [many] Enter: { $count } мер цели; s: пропустить цель; g: пояснения; <: назад:
   *[other] Enter: { $count } меры цели; s: пропустить цель; g: пояснения; <: назад:
}
plain-goal-help = Enter проводит по мерам цели по очереди.
plain-goal-answer = «{ $answer }»: нажмите Enter, s, g или <
plain-now = сейчас: { $now }
plain-decision-prompt = Решение (напр. i 1 L:MoI P:NGO,CSW b:missing t:short n:заметка; Enter — оставить; ? — справка):
plain-pause = Enter — дальше, < — назад:
plain-monitoring-help = Орган мониторинга: код организации (напр. NCO). Периодичность: monthly, quarterly, six-monthly, annually, two-yearly, end. Источники данных: через «;».
plain-generate = В проекте плана действий будет глав: { $chapters }, включенных мер: { $included }.
plain-roster-added = добавлено: { $codes }
plain-roster-removed = убрано: { $codes }
plain-roster-no-change = без изменений
plain-roster-count = { $count ->
    [one] В списке { $count } организация.
    [few] В списке { $count } организации.
    [many] В списке { $count } организаций.
   *[other] В списке { $count } организации.
}
plain-decision-help-1 = i — включить, x — не включать, 1/2/3 — приоритет высокий/средний/низкий (включает),
plain-decision-help-2 = b:unknown|in|partly|missing|na — исх. уровень, t:short|medium|long|2028|2027-2029 — срок,
plain-decision-help-3 = L:КОД — исполнитель, P:КОД,КОД — соисполнители, n:текст — заметки (до конца строки).
plain-decision-help-4 = Несколько сразу: i 1 L:MoI P:NGO b:missing.
plain-partners = соисполнители { $codes }
plain-no-institution = нет организации с кодом «{ $code }»
plain-not-understood = «{ $token }» не распознано; введите ? для списка
plain-bad-baseline = исходный уровень «{ $value }» не входит в unknown, in, partly, missing, na
plain-bad-frequency = «{ $value }» — не периодичность: monthly, quarterly, six-monthly, annually, two-yearly, end

## Export formats, as the Generate step lists them (src/export/mod.rs)

format-markdown = Markdown
format-html = HTML
format-docx = Word (DOCX)
format-xlsx = Excel (XLSX)
format-csv = CSV

## Follow mode (issue 20): a read-only copy that reloads when the plan's file changes.
follow-who-writer = Слежение: { $user } на { $host }
follow-who-left = Слежение: { $user } на { $host } прекратил запись ({ $key }: взять запись на себя)
follow-who-nobody = Слежение: сейчас никто не ведет запись этого плана ({ $key }: взять запись на себя)
follow-who-polling = { $who } (проверка каждые полсекунды)
follow-tail-on = { $key }: следить за модератором (вкл.)
follow-tail-off = { $key }: следить за модератором (выкл.)
follow-last-one = ; последнее изменение { $at }: { $change }
follow-last-more = ; последнее изменение { $at }: { $change } (и еще { $more })
follow-status = { $who }{ $last }. { $tail }.
follow-problem = Не обновляется: { $why }; показана последняя исправная версия. { $who }. { $tail }.
follow-changed-mark = * изменено
follow-only-when-following = это доступно только при слежении за планом: napwiz --follow PLAN
follow-facilitator-on = слежение за модератором: вкл. (переход к его элементу)
follow-facilitator-off = слежение за модератором: выкл.
follow-still-writing = { $user } на { $host } еще ведет запись этого плана; { $key } перехватывает запись после выхода
follow-opened = У { $user } на { $host } открыт этот план, поэтому он открыт только для чтения и показывает изменения в реальном времени.
plain-follow-intro = Слежение за { $path } ({ $who }). Каждое изменение — одна строка, как в napwiz diff; q и Enter или Ctrl+C — остановить.
plain-follow-writer = запись ведет { $user } на { $host }
plain-follow-nobody = сейчас никто не ведет запись
plain-follow-polling = Папка проверяется каждые полсекунды.
plain-follow-stopped = Слежение остановлено.
plain-follow-readable = План снова доступен для чтения; слежение продолжается.
plain-follow-problem = Не обновляется: { $why }; слежение продолжается по последней исправной версии.
plain-follow-writer-quit = Ведущий запись ({ $user } на { $host }) вышел; изменений не будет, пока кто-нибудь не откроет план.
plain-follow-writer-came = Теперь запись плана ведет { $user } на { $host }.

## Implementation report and evaluation pack: title pages, headings, sheet names (src/document/report.rs, src/document/evaluation.rs). Sheet names: at most 31 characters, none of : \ / ? * [ ]

report-status-draft = ПРОЕКТ ОТЧЕТА О ВЫПОЛНЕНИИ
report-status = ОТЧЕТ О ВЫПОЛНЕНИИ
report-period = Отчетный период { $period } (с { $from } по { $to })
report-not-reported = нет отчета
report-chapter-summary = Резюме
report-section-key-figures = Основные показатели
report-section-trend = Динамика по периодам
report-chapter-progress = Ход выполнения по направлениям и задачам
report-objective = Задача { $number }: { $title }
report-chapter-indicators = Показатели
report-chapter-budget = Исполнение бюджета
report-chapter-difficulties = Трудности и корректирующие меры
report-section-overdue = Просроченные меры
report-chapter-recommendations = Рекомендации
report-annex-reporting = Представление отчетов по организациям
report-sheet-actions = Меры
report-sheet-indicators = Показатели
report-sheet-budget-area = Бюджет по направлениям
report-sheet-budget-source = Бюджет по источникам
report-sheet-institutions = Организации
report-sheet-trend = Динамика
evaluation-status = { $stage ->
    [final] МАТЕРИАЛЫ ДЛЯ ИТОГОВОЙ ОЦЕНКИ
   *[mid-term] МАТЕРИАЛЫ ДЛЯ ПРОМЕЖУТОЧНОЙ ОЦЕНКИ
}
evaluation-periods = Отчетные периоды с { $first } по { $last }
evaluation-chapter-about = Об этих материалах
evaluation-chapter-implementation = Выполнение по периодам
evaluation-section-by-period = План по периодам
evaluation-section-actions = Каждая мера по периодам
evaluation-chapter-trajectories = Динамика показателей
evaluation-chapter-questions = Оценочные вопросы
evaluation-relevance = Актуальность
evaluation-coherence = Согласованность
evaluation-effectiveness = Результативность
evaluation-efficiency = Эффективность
evaluation-impact = Воздействие
evaluation-sustainability = Устойчивость
evaluation-annex-reporting = Представление отчетов организациями по периодам
evaluation-sheet-trend = Динамика
evaluation-sheet-actions = Меры по периодам
evaluation-sheet-indicators = Показатели по периодам
evaluation-sheet-questions = Вопросы

## Пометка проекта о переведённом контрольном перечне (титульная страница и «Об этом проекте»)
draft-fact-translation = Перевод
draft-translation-unreviewed = Черновик перевода контрольного перечня ({ $language }, по английскому изданию { $based_on }), ещё не проверенный практикующим специалистом — носителем языка. Чтобы сообщить об исправлении: { $report }
draft-english-fallback = { $count ->
    [one] { $count } пункт перечня ещё не переведён и показан на английском с пометкой [en]: { $ids }.
    [few] { $count } пункта перечня ещё не переведены и показаны на английском с пометкой [en]: { $ids }.
    [many] { $count } пунктов перечня ещё не переведены и показаны на английском с пометкой [en]: { $ids }.
   *[other] { $count } пункта перечня ещё не переведены и показаны на английском с пометкой [en]: { $ids }.
}

## Monitor mode, report form and period dashboard
key-monitor = мониторинг
key-open-report = отчет
key-next-period = след. период
key-previous-period = пред. период
key-period-dashboard = сводка
key-status-not-started = не начата
key-status-on-track = по графику
key-status-delayed = с задержкой
key-status-completed = выполнена
key-status-continuous = постоянная
key-status-dropped = отменена
key-filter-institution = организация
key-filter-status = фильтр статуса
key-clear-filters = сбросить фильтры
key-copy-forward = перенести из пред.
key-close-period = закрыть/открыть период
step-monitor = Мониторинг
step-progress = Сводка за период
header-monitor = { $name }: { $period }
help-context-monitor = мониторинг
help-context-monitor-report = отчет по мере
help-context-progress = сводка за период
typed-report-field = поле «{ $field }» в отчете по { $item } за { $period }
start-monitor = Мониторинг выполнения: { $title }
monitor-progress = { $period }: отчеты по { $reported } из { $actions }
monitor-filter-any = любой статус
monitor-filter-missing = отчета еще нет
monitor-no-periods = У этого плана еще нет отчетных периодов: { $key } создает их.
monitor-no-match = Ни одна включенная мера не подходит под фильтры ({ $key } сбрасывает их).
monitor-period-dates = с { $from } по { $to }, отчеты до { $due }
monitor-open = открыт
monitor-closed = ЗАКРЫТ: отчеты только для чтения ({ $key } открывает снова)
monitor-closed-form = ЗАКРЫТ: отчеты только для чтения (Esc, затем { $key } открывает снова)
monitor-showing = Показано:
monitor-every-institution = все организации
monitor-reported = отчеты по { $reported } из { $actions }
monitor-status-keys = Клавиши статуса: { $keys }
monitor-no-report = нет отчета
monitor-lead = исполнитель: { $code }
monitor-no-lead = без исполнителя
monitor-list-title = Мониторинг { $period }
monitor-report-title = Отчет по { $action }, { $period }
monitor-ask-close = Закрыть { $period }? Его отчеты будут только для чтения, пока период не откроют снова.
monitor-ask-close-missing = { $count ->
    [one] У { $count } меры нет отчета.
    [few] У { $count } мер нет отчета.
    [many] У { $count } мер нет отчета.
   *[other] У { $count } меры нет отчета.
}
monitor-ask-reopen = Открыть { $period } снова? Его отчеты снова можно будет изменять.
monitor-ask-start = Начать мониторинг этого плана? На основе периода плана и периодичности отчетов { $count ->
    [one] будет создан { $count } отчетный период
    [few] будут созданы { $count } отчетных периода
    [many] будет создано { $count } отчетных периодов
   *[other] будет создано { $count } отчетного периода
}, { $frequency }{ $span }.
monitor-frequency-unset = ежегодно (периодичность не задана)
monitor-created = { $count ->
    [one] создан { $count } отчетный период
    [few] создано { $count } отчетных периода
    [many] создано { $count } отчетных периодов
   *[other] создано { $count } отчетного периода
}
monitor-periods-created = отчетные периоды созданы
monitor-heading-no-report = выберите меру: у заголовка направления нет отчета
monitor-heading-no-status = выберите меру: у заголовка направления нет статуса
monitor-closed-refused = { $period } закрыт: отчеты только для чтения. { $key } открывает его снова (с подтверждением).
monitor-edge-first = { $period } — первый отчетный период
monitor-edge-last = { $period } — последний отчетный период
monitor-status-set = { $action } в { $period }: { $status } (было: { $was })
monitor-status-change = { $action } { $period }: { $status }
monitor-say-why = ; укажите причину в отчете (Enter)
monitor-owes = { $name } — исполнитель этих мер; { $count ->
    [one] { $count } мера без отчета
    [few] { $count } меры без отчета
    [many] { $count } мер без отчета
   *[other] { $count } меры без отчета
} за { $period }
monitor-every-shown = показаны все организации
monitor-all-shown = показаны все включенные меры
monitor-showing-status = показано: { $filter }
monitor-copy-label = { $period }: отчеты перенесены из предыдущего периода
monitor-copy-nothing = нечего переносить: у каждой меры с отчетом за предыдущий период уже есть отчет за { $period }
monitor-copied = { $count ->
    [one] { $count } отчет начат
    [few] { $count } отчета начаты
    [many] { $count } отчетов начаты
   *[other] { $count } отчета начаты
} по данным предыдущего периода: статус, трудности, корректирующие меры, кто отчитывается и источник финансирования; что сделано, значения и суммы вводятся отдельно за { $period }
monitor-period-closed = { $period } закрыт
monitor-period-reopened = { $period } снова открыт
monitor-closed-now = { $period } закрыт: отчеты теперь только для чтения
monitor-reopened-now = { $period } снова открыт: отчеты можно изменять
monitor-nothing-changed = ничего не изменилось
dashboard-title = Сводка за период { $period }
dashboard-more-below = ниже еще: { $keys }
dashboard-end = конец: { $keys }
dashboard-closed = { " " }(закрыт)
dashboard-reported = Отчеты по { $reported } из { $actions } включенных мер; уровень выполнения { $rate } (выполнено или ведется постоянно: { $implemented })
dashboard-overdue-owing = просрочено: { $overdue }; { $owing ->
    [one] { $owing } организация еще должна представить отчеты
    [few] { $owing } организации еще должны представить отчеты
    [many] { $owing } организаций еще должны представить отчеты
   *[other] { $owing } организации еще должны представить отчеты
}
dashboard-by-area = Выполнение по направлениям
dashboard-by-goal = Выполнение по целям
dashboard-by-institution = Выполнение по исполнителям
dashboard-trend = Динамика по периодам
dashboard-rate-figures = выполнено { $done } из { $actions }, отчетов: { $reported }
dashboard-overdue = Просрочено: срок истек, не выполнено ({ $count })
dashboard-overdue-row = { $action } ({ $lead }, срок до { $year }, { $status })
dashboard-none = нет
dashboard-owing = Отчетов еще нет ({ $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
})
dashboard-all-reported = по каждой включенной мере есть отчет
dashboard-no-lead = (без исполнителя)
dashboard-spending = Расходы в сравнении с бюджетом
dashboard-spending-line = Бюджет { $budget } | расход за { $period } { $spent } | всего { $to_date } { $bar } { $share }
dashboard-spending-area = { $area } бюджет { $budget } | всего { $to_date } ({ $share })
dashboard-indicators = Показатели: от исходного уровня к целевому значению (со значением: { $with_value } из { $count })
dashboard-indicator-figures = исх. уровень { $baseline } | сейчас { $now }{ $was } | цел. значение { $target }
dashboard-no-value = нет значения
dashboard-was = { " " }(было { $value })
report-field-status = Статус
report-dropped-reason = Причина отмены
report-done = Что сделано
report-value = Значение { $n }
report-value-of = Значение: { $indicator }
report-spent-amount = Израсходовано за период
report-spent-source = Источник расходов
report-difficulties = Трудности
report-corrective-measures = Корректирующие меры
report-evidence = Подтверждения
report-reported-by = Кем представлен
report-date = Дата отчета
report-validated = Проверен
report-hint-count = число от 0 и больше, напр. 40 или 1200
report-hint-share = процент от 0 до 100, напр. 62.5
report-hint-text = слова, напр. Принят; пусто — нет значения
report-hint-amount = целые единицы, напр. 50000 или 52500
report-hint-evidence = по одной ссылке в строке: номера документов, ссылки, имена файлов
report-hint-date = ГГГГ-ММ-ДД, напр. 2028-01-12
report-hint-dropped = обязательно, если мера отменена
report-none-yet = отчета еще нет
report-yes = да
report-no = нет
report-no-period = отчетного периода «{ $period }» нет
report-closed = период { $period } закрыт: отчеты только для чтения, пока его не откроют снова
report-bad-date = «{ $text }» — не дата; введите в виде ГГГГ-ММ-ДД, напр. 2028-01-12
report-bad-status = «{ $text }» — не статус; введите один из: { $statuses }
