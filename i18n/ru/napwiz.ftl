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
key-redraw = перерисовать экран
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
help-thin-link = Медленное соединение (SSH): пока клавиши перемещают выбор по списку, описание элемента и строка клавиш ждут паузы в нажатиях. napwiz --link local показывает всё сразу.
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
header-decided = решено { $percent } %
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
review-decided = Решено мер: { $decided } из { $actions } ({ $percent } %), включено: { $included }.
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
hint-timeframe = краткосрочный, среднесрочный, долгосрочный (к, с, д), год (2028) или годы (2027-2029)
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
document-draft = ПРОЕКТ
document-design-workshop = Семинар по разработке плана
document-status = Статус
document-status-working-draft = Рабочий проект, подготовленный на основе решений семинара по разработке плана; еще не утвержден.
document-facilitator = Модератор
document-title-page = Титульный лист
# A top-level annex's heading: "Annex A. Glossary".
document-annex-heading = Приложение { $number }. { $title }
# The month as a date writes it ("29 November 2026"); Russian uses the genitive.
document-month-1 = января
document-month-2 = февраля
document-month-3 = марта
document-month-4 = апреля
document-month-5 = мая
document-month-6 = июня
document-month-7 = июля
document-month-8 = августа
document-month-9 = сентября
document-month-10 = октября
document-month-11 = ноября
document-month-12 = декабря

## Gaps for the drafting team: each is printed in brackets, "[to be decided]".

document-gap-decided = решение не принято
document-gap-set = подлежит установлению
document-gap-defined = подлежит определению
document-gap-costed = требуется оценка затрат
document-gap-measured = подлежит измерению
document-gap-agreed = подлежит согласованию
document-gap-completed = подлежит заполнению
document-gap-spelled-out = расшифровка не указана
document-gap-monitoring-body = орган мониторинга не назначен
document-gap-outcome-indicator = показатель конечного результата не определен
document-gap-lead = исполнитель не определен
document-gap-indicator = показатель не определен
document-gap-result = сформулировать изменение, которого позволит достичь эта задача

## Chapter 1: introduction

document-introduction = Введение
document-about-title = Об этом проекте
document-about = Настоящий рабочий проект документа «{ $title }» охватывает { $country } на период { $period } гг. Он датирован { $date } и подготовлен с помощью napwiz на основе решений семинара по разработке плана: из { $actions ->
    [one] { $actions } меры
    [few] { $actions } мер
    [many] { $actions } мер
   *[other] { $actions } меры
} контрольного перечня решения приняты по { $decided }, в проект включены { $included } в рамках { $objectives ->
    [one] { $objectives } задачи
    [few] { $objectives } задач
    [many] { $objectives } задач
   *[other] { $objectives } задачи
}.
# The clean copy for circulation: no word about the tool.
document-about-clean = Настоящий рабочий проект документа «{ $title }» охватывает { $country } на период { $period } гг. Он датирован { $date } и подготовлен на основе решений семинара по разработке плана: из { $actions ->
    [one] { $actions } меры
    [few] { $actions } мер
    [many] { $actions } мер
   *[other] { $actions } меры
} контрольного перечня решения приняты по { $decided }, в проект включены { $included } в рамках { $objectives ->
    [one] { $objectives } задачи
    [few] { $objectives } задач
    [many] { $objectives } задач
   *[other] { $objectives } задачи
}.
document-about-gaps = Фрагменты с пометкой «Для редакционной группы» и записи в квадратных скобках, например [решение не принято], — это пробелы, которые редакционной группе еще предстоит заполнить.
document-about-checklist = О контрольном перечне: { $provenance }
document-glance-title = План в общих чертах
document-glance = Мер, оцененных на семинаре как отсутствующие или имеющиеся частично: { $assessed }; { $left_open } из них не включены в настоящий проект (приложение C).
document-area-chart = Включенные меры по направлениям и приоритетам
document-area-chart-description = Число мер, включенных в проект, по каждому направлению и приоритету.
document-series-high = высокий
document-series-medium = средний
document-series-low = низкий
document-series-not-set = не задан
document-situation = Анализ ситуации
document-situation-gap = Кратко опишите ситуацию, на которую отвечает план: формы торговли людьми и эксплуатации, выявленные в стране, профили идентифицированных и предполагаемых жертв и правонарушителей, тенденции последних лет, данные, на которых основаны эти выводы, и пробелы в них, а также рекомендации международных органов мониторинга.
document-legal = Правовая и политическая база
document-legal-gap = Опишите правовую и политическую базу: международные договоры, ратифицированные страной, национальное законодательство о торговле людьми (уголовное право, защита жертв, миграция, трудовые отношения и защита детей), смежные стратегии и готовящиеся поправки.
document-lessons = Уроки предыдущего плана
document-lessons-gap = Кратко изложите уроки предыдущего плана: чего удалось достичь, что не было выполнено и почему, каковы выводы его оценки и как настоящий план на них отвечает. Если это первый план, укажите это.

## Chapter 2: guiding principles (src/document/principles.rs)

document-principles = Руководящие принципы
principles-intro = Эти принципы применяются к каждой мере настоящего плана, к порядку ее выполнения и к мониторингу. Редакционной группе следует адаптировать их к законодательству и политике страны.
principles-rights = Права человека и подход, ориентированный на жертву
principles-rights-meaning = Права, безопасность и достоинство жертв и лиц из групп риска имеют первостепенное значение. Помощь не зависит от готовности жертвы сотрудничать с властями, жертвы не подвергаются наказанию за правонарушения, которые их вынудили совершить, и каждая мера планируется с точки зрения человека, которому она призвана помочь.
principles-gender-child = Учет гендерных аспектов и интересов ребенка
principles-gender-child-meaning = Меры учитывают различия в том, как вербуют, эксплуатируют женщин, мужчин, девочек и мальчиков и как им помогают. В каждой мере, касающейся ребенка, наилучшие интересы ребенка имеют первостепенное значение, а лицо, возраст которого не установлен, до проведения оценки считается ребенком.
principles-non-discrimination = Недискриминация
principles-non-discrimination-meaning = Каждая жертва получает защиту и помощь независимо от пола, гражданства, этнического происхождения, миграционного статуса или статуса проживания, инвалидности, сексуальной ориентации, формы эксплуатации или любого иного статуса.
principles-do-no-harm = Не навреди
principles-do-no-harm-meaning = Каждая мера проверяется на непреднамеренные последствия для жертв и групп риска, такие как стигматизация, потеря дохода, повторная травматизация или уязвимость перед торговцами людьми, и корректируется при появлении таких последствий.
principles-participation = Участие гражданского общества и пострадавших
principles-participation-meaning = Организации гражданского общества, профсоюзы, работодатели и пострадавшие участвуют в разработке, выполнении и мониторинге плана. Пострадавшие участвуют добровольно, безопасно и на основе информированного согласия, а их время и опыт получают должное признание.
principles-evidence = Опора на фактические данные
principles-evidence-meaning = Меры отвечают на выводы анализа ситуации и на данные о случаях, тенденциях и услугах. План пересматривается при изменении фактических данных, а данные собираются в разбивке по полу, возрасту, гражданству и форме эксплуатации.
principles-accountability = Подотчетность
principles-accountability-meaning = У каждой меры есть исполнитель, срок, показатели и, если она требует затрат, бюджет. О ходе выполнения регулярно и открыто представляются отчеты, а в середине срока и по его окончании проводится независимая оценка плана.

## Chapter 3: coordination and implementation structure

document-coordination-title = Структура координации и выполнения
document-structure = Координационный орган и национальный координатор
document-coordination = Координационный орган направляет национальные меры противодействия и утверждает отчеты по плану; национальный координатор руководит его повседневным выполнением и созывает перечисленные ниже организации.
document-coordination-gap = Опишите мандат и правовую основу координационного органа, его состав, периодичность заседаний, секретариат, а также порядок участия гражданского общества и пострадавших.
document-coordinating-body = Координационный орган
document-national-coordinator = Национальный координатор
document-monitoring-body = Орган мониторинга
document-institutions-title = Организации-исполнители и их роли
document-institutions = Организаций в перечне: { $roster }; из них { $active } являются исполнителями или соисполнителями хотя бы одной включенной меры. Исполнитель меры отвечает за ее выполнение и отчетность; соисполнители содействуют. В приложении A перечислены меры каждой организации.
document-institutions-caption = Организации, их коды и роли
document-institutions-table = Организации
document-workload-chart = Нагрузка на организации
document-workload-chart-description = Число включенных мер, в которых каждая организация является исполнителем или соисполнителем, по убыванию нагрузки.
document-series-leads = исполнитель
document-series-partner-in = соисполнитель

## Area chapters

document-area-empty = Ни одна мера этого направления пока не включена в проект. Решите вместе с рабочей группой, нужны ли по этому направлению задачи в настоящем плане, и если нет, объясните почему.
document-objective-empty = В рамках этой задачи пока не включено ни одной меры.
document-workshop-notes = Заметки семинара: { $notes }
document-action-notes = Заметки семинара по мерам:
document-expected-result = Ожидаемый результат к { $year } г.
document-outcome-indicator = Показатель конечного результата
document-actions-caption = Меры в рамках задачи { $number }

## Table column headers (documents, spreadsheets and CSV files)

document-column-number = №
document-column-action = Мера
document-column-area = Направление
document-column-objective = Задача
document-column-institution = Организация
document-column-code = Код
document-column-kind = Вид
document-column-leads = Исполнитель
document-column-partner-in = Соисполнитель
document-column-leads-actions = Исполнитель мер
document-column-partner-in-actions = Соисполнитель мер
document-column-lead = Исполнитель
document-column-partner = Соисполнитель
document-column-partners = Соисполнители
document-column-timeframe = Срок
document-column-priority = Приоритет
document-column-indicators = Показатели
document-column-indicator = Показатель
document-column-target = Целевое значение
document-column-budget = Бюджет
document-column-budget-source = Бюджет и источник
document-column-current-status = Текущее состояние
document-column-item = Элемент
document-column-baseline = Исходный уровень
document-column-decision = Решение
document-column-notes = Заметки
document-column-for = Для
document-column-type = Тип
document-column-verification = Средства проверки
document-column-frequency = Периодичность
document-column-responsible = Ответственный
document-column-from = С
document-column-to = По
document-column-currency = Валюта
document-column-funding-source = Источник финансирования
document-column-checklist-item = Элемент перечня
document-column-year = Год

## Monitoring chapter

document-monitoring-title = Мониторинг, обзор и оценка
document-monitoring = Мониторинг отслеживает, выполняются ли меры в соответствии с планом; обзоры и оценки позволяют выяснить, достигают ли они задач плана. Каждый исполнитель отчитывается о своих мерах по показателям системы мониторинга; орган мониторинга обобщает отчеты и представляет их координационному органу.
document-arrangements = Порядок мониторинга, обзора и оценки
document-progress-reports = Отчеты организаций-исполнителей о ходе выполнения
document-review = Обзор плана
document-mid-term = Промежуточная оценка
document-final-evaluation = Итоговая оценка
document-data-sources = Источники данных:
document-data-sources-gap = Перечислите источники данных, которые будет использовать орган мониторинга.
document-framework-title = Система мониторинга
document-framework = По одной таблице на задачу: сначала показатели конечного результата, показывающие, достигнута ли задача (измеряет орган мониторинга), затем по строке на каждый показатель каждой включенной меры (отчитывается исполнитель меры).
document-framework-caption = Задача { $number }: { $title }
document-objective = Задача { $number }

## Annexes

document-responsibility-title = Матрица ответственности
document-responsibility = Кто что делает: для каждой организации — номера включенных мер, в которых она является исполнителем, и мер, в которых она соисполнитель. В электронной таблице та же матрица приведена с отдельным столбцом для каждой организации.
document-responsibility-caption = Матрица ответственности: меры, в которых организация является исполнителем или соисполнителем
document-timeline-title = График выполнения
document-timeline = Включенные меры по годам и направлениям: полоса (или отметка в таблице) за каждый год выполнения меры. Краткосрочный и среднесрочный сроки означают первую и вторую трети периода плана, долгосрочный — весь период.
document-timeline-unscheduled = Укажите срок мер, не показанных на графике: { $numbers }.
document-timeline-caption = График: { $area }
document-timeline-description = Годы выполнения каждой включенной меры направления «{ $area }».
document-timeline-table = График
document-gaps-title = Анализ пробелов
document-gaps = Меры, оцененные на семинаре как отсутствующие или имеющиеся частично, которые не охвачены ни одной включенной мерой. Редакционной группе следует подтвердить, что каждый пробел оставлен открытым намеренно, или включить его в план.
document-gaps-none = Открытых выявленных пробелов нет.
document-gaps-caption = Открытые выявленные пробелы
document-glossary-title = Глоссарий
document-glossary = Термины глоссария napwiz, используемые в настоящем проекте.
document-glossary-clean = Термины, используемые в настоящем проекте.
document-glossary-none = В настоящем проекте не используются термины глоссария.
document-abbreviations-title = Сокращения
document-abbreviations = Коды организаций и другие сокращения, используемые в настоящем проекте.
document-abbreviations-none = В настоящем проекте не используются сокращения.

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
plain-decision-help-2 = b:неизвестно|имеется|частично|отсутствует|неприменимо — исх. уровень, t:к|с|д|2028|2027-2029 — срок,
plain-decision-help-3 = L:КОД — исполнитель, P:КОД,КОД — соисполнители, n:текст — заметки (до конца строки).
plain-decision-help-4 = Несколько сразу: i 1 L:MoI P:NGO b:missing.
plain-partners = соисполнители { $codes }
plain-no-institution = нет организации с кодом «{ $code }»
plain-not-understood = «{ $token }» не распознано; введите ? для списка
plain-bad-baseline = исходный уровень «{ $value }» не входит в неизвестно, имеется, частично, отсутствует, неприменимо
plain-bad-frequency = «{ $value }» — не периодичность: ежемесячно, ежеквартально, полугодовой, ежегодно, раз в два года, конец

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

## Budget chapter and sheet (src/document/budget.rs)

budget-title = Бюджет
budget-summary = Оценка затрат имеется для { $costed } из { $included } включенных мер, всего { $amount }. Для { $not_costed } ({ $share }) оценки пока нет: это пробел в оценке затрат, перечисленный в последнем разделе этой главы.
budget-note = Приведены оценки, зафиксированные на семинаре по разработке плана. Они носят ориентировочный характер: каждый исполнитель подтверждает стоимость своих мер, а бюджет согласуется с министерством финансов и донорами до принятия плана.
budget-by-area-title = Бюджет по направлениям и задачам
budget-by-area = Оценки по направлениям
budget-by-objective = Оценки по задачам
budget-by-year-title = Бюджет по годам
budget-year-note = Оценка меры равномерно распределяется по годам ее срока, поэтому годовые суммы служат первым ориентиром для бюджетного планирования, а не графиком платежей.
budget-by-year = Оценки по годам
budget-sources-title = Источники финансирования
budget-by-source = Оценки по источникам финансирования
budget-by-lead-title = Бюджет по исполнителям
budget-lead-note = Оценки мер, исполнителем которых является каждая организация, и ее доля в оценочном бюджете: то, что организации придется предусмотреть в собственном бюджете или привлечь.
budget-by-lead = Доля бюджета по исполнителям
budget-costing-gap = Пробел в оценке затрат
budget-all-costed = Для каждой включенной меры имеется оценка затрат.
budget-gap = { $count ->
    [one] { $count } включенная мера пока не имеет оценки затрат
    [few] { $count } включенные меры пока не имеют оценки затрат
    [many] { $count } включенных мер пока не имеют оценки затрат
   *[other] { $count } включенной меры пока не имеют оценки затрат
}. Исполнителю каждой из них следует оценить затраты до принятия плана.
budget-gap-caption = Включенные меры без оценки затрат
budget-total = Итого
budget-all-included = Все включенные меры
budget-no-timeframe = срок не задан
budget-no-source = источник не указан
# A budget with a funding source but no amount yet, in a merge conflict: "no amount (Donor)".
budget-no-amount = сумма не указана
budget-no-lead = исполнитель не определен
budget-column-costed = Меры с оценкой
budget-column-costed-running = Выполняемые меры с оценкой
budget-column-without-estimate = Без оценки
budget-column-without-estimate-long = Меры без оценки
budget-column-estimate = Оценка
budget-column-estimate-in = Оценка ({ $currency })
budget-column-share = Доля
budget-column-share-percent = Доля бюджета (%)
budget-column-budget-by = Бюджет по


## The export formats' own text: title page, contents, drafting marks (src/export)

export-for-drafting-team = Для редакционной группы:
export-draft-of = Проект от { $date }
export-preview-draft-of = проект от { $date }
export-contents = Содержание
export-html-title = { $title } (проект)
export-status-draft = Проект
export-docx-subject = Проект национального плана действий, { $country }, { $period }
# The Word footer; the page number follows directly: keep the trailing space.
export-docx-footer = { $title } - ПРОЕКТ от { $date } - стр.{" "}
# A CSV cell of an action's number, worded so that no spreadsheet reads 4.1.2 as a date.
export-csv-action = Мера { $number }
export-checklist-intro = В чистовике настоящего проекта ({ $date }) перечисленные ниже пробелы опущены. Заполните каждый из них в плане или в документе до принятия плана.
export-checklist-none = Открытых пробелов нет.

## What is wrong with a typed value (src/plan/edit.rs)

edit-not-a-year = «{ $text }» не является годом; введите год, например 2027
edit-year-required = требуется год, например 2027
edit-years-reversed = { $first }-{ $last }: окончание раньше начала
edit-years-outside = { $first }-{ $last } выходит за период плана { $period_first }-{ $period_last }
edit-not-an-amount = «{ $text }» не является суммой; введите целое число единиц, например 50000
edit-empty = поле не может быть пустым
edit-first-after-last = первый год не может быть позже последнего ({ $last })
edit-last-before-first = последний год не может быть раньше первого ({ $first })
edit-not-a-date = «{ $text }» не является датой; вводите даты в формате ГГГГ-ММ-ДД через запятую
edit-wording-empty = формулировка не может быть пустой
edit-indicator-empty = показателю нужен текст; чтобы удалить показатель, нажмите d
# The text of an indicator just added, for the team to replace.
edit-new-indicator = Новый показатель
edit-institution-format = введите название, запятую и краткий код, например: Управление по борьбе с торговлей людьми, УТЛ
edit-institution-exists = организация с кодом { $code } уже существует

## The plan's health check: findings (src/plan/health.rs) and moved items (src/plan/moved.rs)

health-no-title = у плана нет названия
health-no-country = в плане не указана страна
health-period-reversed = период плана { $first }-{ $last }: окончание раньше начала
health-period-implausible = период плана { $first }-{ $last } не является правдоподобным диапазоном лет
health-workshop-date = дата семинара «{ $date }» не является датой; ожидается ГГГГ-ММ-ДД
health-other-pack = план создан с содержательным пакетом «{ $plan_pack }», а не «{ $pack }»; элементы сопоставляются по идентификатору
health-roster-unknown = организации «{ $id }» из перечня нет в каталоге; добавьте ее как собственную организацию
health-institution-twice = идентификатор собственной организации «{ $id }» используется дважды
health-goal-twice = идентификатор собственной цели «{ $id }» используется дважды
health-goal-area = собственная цель «{ $id }» относится к неизвестному направлению «{ $area }»
health-action-twice = идентификатор собственной меры «{ $id }» используется дважды
health-action-goal-moved = собственная мера «{ $id }» относится к цели { $goal }, которая теперь находится в { $to }
health-action-goal = собственная мера «{ $id }» относится к неизвестной цели «{ $goal }»
health-item-unknown = «{ $id }» нет в содержательном пакете; решения по нему сохранены, но в плане не показываются
health-institution-unknown = { $id }: организации «{ $institution }» нет ни в каталоге, ни в перечне
health-not-on-roster = { $id }: «{ $institution }» отсутствует в перечне организаций плана
health-lead-also-partner = { $id }: исполнитель указан также как соисполнитель
health-timeframe-reversed = { $id }: срок { $first }-{ $last }: окончание раньше начала
health-timeframe-outside = { $id }: срок { $first }-{ $last } выходит за период плана { $period_first }-{ $period_last }
health-no-lead = { $id }: у включенной меры нет исполнителя
health-no-timeframe = { $id }: у включенной меры нет срока
health-no-indicator = { $id }: у включенной меры нет показателя
health-no-priority = { $id }: у включенной меры нет приоритета
health-no-target = { $id }: у показателя «{ $indicator }» нет целевого значения
# The same indicator without a target in several actions: the first three are $named.
health-no-target-in = у показателя «{ $indicator }» нет целевого значения в { $count ->
    [one] { $count } мере
    [few] { $count } мерах
    [many] { $count } мерах
   *[other] { $count } мерах
}: { $named }{ $more ->
    [0] {""}
   *[other] {" "}и еще { $more }
}
health-what-notes = заметки
health-what-indicator = показатель
health-what-target = целевое значение показателя
health-what-monitoring-notes = заметки по мониторингу
health-what-mid-term = промежуточная оценка
health-what-final = итоговая оценка
health-long-text = { $what }: слишком длинный текст ({ $size } зн., около { $pages } с.): сформулируйте решение кратко, а подробности вынесите в отдельный документ
health-long-text-cut = { $what }: слишком длинный текст ({ $size } зн., около { $pages } с.); при экспорте в Excel он обрезается до { $limit } зн.: сформулируйте решение кратко, а подробности вынесите в отдельный документ
health-no-monitoring-body = орган мониторинга не назначен (шаг «Настройка мониторинга»)
health-evaluation-outside = { $what } в { $year } г. выходит за период плана { $period_first }-{ $period_last }
moved-done = решение по { $from } теперь находится в { $to }
moved-kept = решение по { $from } относится к { $to }, у которого есть собственное решение; { $from } сохранено, но не показывается: объедините их вручную
moved-summary = В содержательном пакете объединены некоторые элементы: { $moves }.

## Opening and saving plan files (src/store/mod.rs)

store-open-elsewhere = открыт в другом napwiz: { $holder }
store-opened-read-only = открыт только для чтения
store-file-read-only-short = файл только для чтения (chmod u+w для правки)
store-folder-read-only-short = папка недоступна для записи (без блокировки и сохранения; экспорт работает)
store-file-read-only = файл доступен только для чтения (права доступа не разрешают запись), поэтому napwiz не будет его изменять; чтобы его править, разрешите запись (chmod u+w '{ $path }') и откройте его снова или скопируйте его в новый файл
store-folder-read-only = папка «{ $folder }» недоступна для записи, поэтому napwiz не может ни заблокировать, ни сохранить план; чтение и экспорт работают. Чтобы править план, скопируйте его в папку, доступную для записи
store-plan-read-only = план «{ $path }» доступен только для чтения: { $why }
store-lock-unverified = план «{ $path }» заблокирован: { $holder }. napwiz не может проверить с этого компьютера, работает ли еще тот сеанс: откройте план только для чтения или перехватите блокировку, если тот сеанс завершен.
store-locked = план «{ $path }» открыт в другом napwiz: { $holder }. Откройте его только для чтения или попросите закрыть его.
journal-changed = журнал «{ $path }» был изменен или удален другой программой
store-journal-recovered = Применены изменения из «{ $journal }» (всего: { $count }): прошлый сеанс записал их туда и завершился, не записав их в файл плана.
store-journal-torn = Поврежденные изменения в конце «{ $journal }» (всего: { $count }) пропущены (napwiz остановился во время их записи); предыдущие изменения есть в плане.
store-journal-stale = «{ $journal }» содержит изменения, сделанные в другой версии «{ $path }» (с тех пор план был изменен вне napwiz): они не применяются.
store-journal-backed-up = Изменения из «{ $journal }» (всего: { $count }), еще не записанные в файл плана, сохранены в резервной копии, сделанной перед его заменой.
store-journal-not-folded = Не удалось записать изменения в «{ $path }» ({ $error }); они сохранены в «{ $journal }», и следующий napwiz, открывший план, применит их.
app-journal-left = Последние изменения находятся в «{ $journal }», но еще не в «{ $path }»: снова откройте план в napwiz, чтобы записать их туда (до тех пор каждая команда napwiz читает их оттуда).
store-journal-kept = «{ $journal }» сохранен как «{ $kept }»: сравните его с планом, внесите недостающее вручную, затем удалите его.
store-journal-unreadable = Не удалось прочитать или переместить «{ $journal }» ({ $error }): последние изменения, которые он может содержать, не показаны.
store-journal-left = Не удалось удалить «{ $journal }» после записи его изменений в план; план содержит их все, журнал можно удалить.
store-changed-on-disk = план «{ $path }» был изменен на диске другой программой после того, как napwiz его прочитал; перезапись не выполняется.
store-version-kept = Ваша версия сохранена в «{ $kept }».
store-not-utf8 = не удалось прочитать план: { $path }:{ $line }:{ $column }: байт { $byte } не является текстом UTF-8; ожидается файл плана RON в кодировке UTF-8.
store-unreadable = не удалось прочитать план: { $problem }.
store-control-characters = { $count ->
    [one] Из { $count } текста плана удалены управляющие символы
    [few] Из { $count } текстов плана удалены управляющие символы
    [many] Из { $count } текстов плана удалены управляющие символы
   *[other] Из { $count } текста плана удалены управляющие символы
} (они могли управлять терминалом).
store-migrated = Этот план был в формате версии { $from }; он будет сохранен в версии { $to }. Сначала создается резервная копия оригинала.
store-replace-read-only = «{ $path }» доступен только для чтения; замена не выполняется. Сначала разрешите запись (chmod u+w '{ $path }') или выберите другой путь.
store-exists = «{ $path }» уже существует; перезапись не выполняется. Выберите другой путь или укажите --force, чтобы заменить его (для старого файла создается резервная копия).
store-just-created = «{ $path }» только что создан другим napwiz; перезапись не выполняется.
store-backup-before-replace = не удалось создать резервную копию «{ $path }» перед заменой; ничего не изменено
store-backup-theirs = не удалось создать резервную копию версии на диске
store-save-not-writable = не удалось сохранить план «{ $path }»: { $why }. Ваши изменения по-прежнему открыты в napwiz.
store-folder-replaced-named = его папка «{ $folder }» заменена файлом
store-folder-gone-named = его папка «{ $folder }» больше не существует
store-file-gone = файл удален или перемещен другой программой
store-save-gone = не удалось сохранить план «{ $path }»: { $what }. Ваши изменения по-прежнему открыты в napwiz; сохраните их в другом месте или восстановите папку.
store-backup-before-migration = не удалось создать резервную копию плана перед преобразованием в новый формат; ничего не изменено
store-backup-failed = план сохранен, но создать его резервную копию в «{ $folder }» не удалось: { $error }
store-hard-links = { $names ->
    [one] У этого плана { $names } жесткая ссылка
    [few] У этого плана { $names } жесткие ссылки
    [many] У этого плана { $names } жестких ссылок
   *[other] У этого плана { $names } жесткой ссылки
}; при сохранении обновляется только эта (используйте символьную ссылку).
store-took-over-stale = Перехвачена устаревшая блокировка, оставленная: { $holder }.
store-took-over = По вашему запросу перехвачена блокировка пользователя { $user } на { $host }.
store-dangling-link = «{ $path }» — символьная ссылка на несуществующий «{ $target }»; napwiz не заменяет ссылку файлом. Создайте план в «{ $target }» (тогда ссылка будет на него указывать) или сначала удалите ссылку.
store-lock-file = не удалось создать файл блокировки «{ $path }» (доступна ли папка для записи?); откройте план только для чтения или скопируйте его в папку, доступную для записи
store-missing = план «{ $path }» не существует; создайте его командой `napwiz new { $path }`
store-permission-denied = не удалось прочитать план «{ $path }»: доступ запрещен
store-read-failed = не удалось прочитать план «{ $path }»: { $error }
store-file-too-large = файл превысил бы ограничение размера, установленное для этой учетной записи (ulimit -f)
store-disk-full = диск заполнен
store-folder-not-writable = папка недоступна для записи
store-folder-gone = его папка больше не существует
store-folder-replaced = его папка заменена файлом
store-save-failed = не удалось сохранить план «{ $path }»: { $why } ({ $error }). Предыдущая версия на диске не изменена, а ваши изменения по-прежнему открыты в napwiz.
store-not-changed = Файл не изменен.
store-last-good-copy = Последняя исправная копия, сохраненная napwiz, от { $taken } («{ $backup }»); восстановите ее командой `napwiz backups { $path } --restore { $n }` или исправьте файл вручную.

## Plan locks (src/store/lock.rs) and remembered places (src/store/place.rs)

# Who holds a plan's lock: "ana on laptop-3 (pid 4242) since 2026-11-29 10:15 CET".
lock-holder-line = { $user } на { $host } (pid { $pid }) с { $since }
lock-another-napwiz = другой napwiz
lock-unknown-host = неизвестный компьютер
lock-unknown-time = неизвестного времени
lock-keeps-replaced = не удалось заблокировать «{ $path }»: файл постоянно заменяется
place-unwritable = не удалось записать позицию в плане
place-not-remembered = не удалось запомнить позицию в «{ $file }»

## `napwiz diff` and textconv lines, "what: value" (src/plan/diff.rs). Each name before the
## colon is a line's key: keep it free of ": ".

diff-title = название
diff-country = страна
diff-period = период
diff-coordinating-body = координационный орган
diff-national-coordinator = национальный координатор
diff-facilitator = модератор
diff-workshop-dates = даты семинара
diff-language = язык
diff-currency = валюта
diff-roster = перечень { $code }
diff-roster-own = перечень { $code } (собственная)
diff-own-goal = собственная цель { $id } в направлении { $area }
diff-own-goal-guidance = пояснения к собственной цели { $id }
diff-own-action = собственная мера { $id } в рамках { $goal }
diff-part = часть для подгруппы
diff-part-of = направление { $area } из { $of }
diff-conflict = конфликт по { $conflict }
diff-indicator = показатель
diff-baseline = исходный уровень
diff-target = целевое значение
diff-verified-by = средства проверки
diff-inclusion = включение
diff-priority = приоритет
diff-timeframe = срок
diff-lead = исполнитель
diff-partners = соисполнители
diff-budget = бюджет
diff-notes = заметки
diff-monitoring-body = орган мониторинга
diff-monitoring-reports = отчеты мониторинга
diff-monitoring-review = обзор мониторинга
diff-mid-term = промежуточная оценка
diff-final-evaluation = итоговая оценка
diff-data-sources = источники данных
diff-monitoring-notes = заметки по мониторингу

## Merging breakout parts and plans (src/plan/merge.rs)

# A side of a merge that is a breakout part, named by its file.
merge-part = часть { $file }
merge-bad-value = «{ $text }» — недопустимое значение: { $error }
merge-and-more = { $named } и еще { $more }
merge-roster-stays = перечень: { $code } остается, хотя { $source } удалил(а) его: { $users } по-прежнему на него ссылаются
merge-goal-kept = собственная цель { $id } удалена в { $side }; она сохранена: удалите ее во всем плане
merge-action-kept = собственная мера { $id } удалена в { $side }; она сохранена: удалите ее во всем плане
# Who kept a value in a conflict when no side is named.
merge-the-plan = план
merge-outside-area = { $side }, за пределами своего направления
merge-pack-version = { $id } версии { $version }
merge-roster-added = перечень: { $code } добавлена ({ $source })
merge-roster-removed = перечень: { $code } удалена ({ $source })
merge-goal-added = добавлена собственная цель { $id }: { $text } ({ $source })
merge-action-added = добавлена собственная мера { $id }: { $text } ({ $source })

## Breakout parts (src/plan/part.rs)

part-setup-shared = Параметры общие для всех групп: изменяйте их в { $of } после napwiz merge
part-monitoring-shared = Мониторинг общий для всех групп: изменяйте его в { $of } после napwiz merge
part-reports-shared = Отчеты о ходе относятся ко всему плану: вносите их в { $of } после napwiz merge
part-institution-shared = Другие группы могут ссылаться на { $code }: удаляйте в { $of } после napwiz merge
part-notice = Часть для подгруппы: { $area } из { $of }: здесь можно изменять только { $area }; параметры, мониторинг и другие направления изменяются в { $of } после napwiz merge.
# Short: it must fit the status line of an 80-column terminal with part-outside.
part-item-in = { $id } в { $area }
part-item-in-no-area = { $id } вне направлений
part-outside = { $place } не в этой части: изменяйте в { $of } после napwiz merge

## Reading plan files of any version (src/plan/migrate.rs)

migrate-no-format = нет поля 'format'
migrate-format = формат "{ $format }"
migrate-not-a-plan = не план napwiz ({ $found }); ожидается файл, начинающийся с (format: "{ $format }", version: { $version }, ...)
migrate-no-version = в плане нет поля 'version'; ожидается version: { $version }
migrate-newer = версия плана { $newer } записана более новым napwiz; эта версия читает версии от 0 до { $version }. Обновите napwiz, чтобы открыть план

## The config file (src/config.rs)

config-not-read = конфигурация «{ $path }» не прочитана ({ $error }); используются значения по умолчанию
config-not-used = конфигурация не используется: { $problem }; используются значения по умолчанию
config-unwritable = не удалось записать конфигурацию
config-not-saved = не удалось сохранить конфигурацию «{ $path }»
## Writing the files: the Excel workbook (src/export/xlsx.rs) and every export (src/export/mod.rs)

xlsx-sheet-failed = не удалось записать лист «{ $name }»
xlsx-assemble-failed = не удалось собрать книгу
# Ends a spreadsheet cell cut to Excel's limit (shown in brackets).
xlsx-cut-marker = … обрезано: { $count ->
    [one] еще { $count } знак не поместился
    [few] еще { $count } знака не поместились
    [many] еще { $count } знаков не поместились
   *[other] еще { $count } знака не поместились
} в ячейку; полный текст есть в файле плана и в проектах Word и HTML
xlsx-cut-cell = { $sheet }, столбец { $column }, строка { $row } ({ $first }): текст ({ $length } зн.) обрезан до предела ячейки в { $limit } зн.
export-write-failed = не удалось записать «{ $path }»
export-render-failed = не удалось выполнить экспорт в формат { $format }

## napwiz backups (src/commands/backups.rs)

backups-unlisted = не удалось получить список резервных копий в «{ $folder }»
backups-none = Резервных копий { $plan } пока нет (они создаются при каждом сохранении в napwiz).
backups-list = Резервные копии { $plan } (в { $folder }), сначала новые:
# $bytes is the size, right-aligned.
backups-bytes = { $bytes } байт
backups-restore-hint = Восстановить копию: napwiz backups { $path } --restore N
backups-no-such = резервной копии { $n } для «{ $path }» нет; ожидается число от 1 до { $count } (см. `napwiz backups { $path }`)
backups-unreadable = не удалось прочитать резервную копию «{ $path }»
backups-invalid = резервная копия { $n } не является допустимым планом: { $problem }
backups-took-over = примечание: перехвачена блокировка, которую удерживал(а) { $holder }
backups-before-restore = не удалось создать резервную копию текущего файла перед восстановлением; ничего не изменено
backups-restored = { $plan } восстановлен из резервной копии от { $taken }. Замененный файл также сохранен как резервная копия.
backups-folder-not-writable = его папка недоступна для записи
backups-lock-failed = не удалось установить блокировку
backups-restore-failed = не удалось восстановить «{ $path }»: { $why } ({ $error }); ничего не изменено

## napwiz new, check (src/commands/plans.rs)

new-years-reversed = --from { $from } позже --to { $to }; ожидается сначала первый год, затем последний
new-missing-flags = для нового плана требуются { $flags } (нет терминала, чтобы их запросить); например: napwiz new nap.ron --title "Национальный план действий на 2027-2030 годы" --country "Республика X" --from 2027 --to 2030
new-ask-title = Название плана:
new-need-title = название
new-ask-country = Страна:
new-need-country = страна
new-ask-first-year = Первый год [{ $year }]:
new-ask-last-year = Последний год [{ $year }]:
new-last-before-first = последний год не может быть раньше первого ({ $first })
new-unreadable = не удалось прочитать ответ
new-no-answer = нет ответа: ничего не создано
# $what is new-need-title or new-need-country.
new-needed = требуется { $what }
new-not-a-year = «{ $text }» не является годом от { $first } до { $last }
check-error = ошибка
check-warning = предупреждение
check-totals = ошибок: { $errors }, предупреждений: { $warnings }

## napwiz split, merge, merge-driver (src/commands/breakout.rs)

split-exists = «{ $path }» уже существует; перезапись не выполняется (укажите --force, чтобы заменить)
merge-no-base = примечание: рядом с частями нет базового файла ({ $base }): каждое значение части, отличающееся от { $plan }, считается изменением этой части (укажите состояние, из которого они были выделены, с помощью --base FILE)
merge-done = в { $plan } объединено частей: { $parts }
merge-conflicts-left = В { $plan } { $count ->
    [one] остался { $count } конфликт
    [few] осталось { $count } конфликта
    [many] осталось { $count } конфликтов
   *[other] осталось { $count } конфликта
}: разрешите их в мастере (napwiz { $plan }, затем C) или выполните объединение снова с --prefer FILE
merge-taken = принято: { $line }
merge-not-applied = не применено: { $line }
merge-conflict = конфликт: { $line }
merge-notes-both = заметки { $id } изменены в двух местах: сохранены оба текста

## Starting the wizard: refused plain-mode lines, key overrides in the config (src/commands/home.rs)

plain-line-refused = строка { $line } не принята: «{ $text }»: { $why }
config-at-line = { $path }, строка { $line }
config-keys-unused = неиспользуемые ключи конфигурации: { $keys }; идентификаторы привязок: { $ids }
config-key-renamed = ключ конфигурации «{ $label }» ({ $at }) действует; теперь он называется «{ $id }»
man-pages-failed = не удалось записать страницы руководства в «{ $folder }»
man-page-failed = не удалось записать страницу руководства

## napwiz content check: problems of a content pack (src/content/check.rs). Field names,
## kinds (goal, action, institution) and RON words (Goal, Indicator, kind: Outcome) are the
## pack file's own: keep them.

check-nested = слишком глубокая вложенность (предел { $limit } уровней скобок); ожидается файл плана или пакета в том виде, в каком его записывает napwiz
check-file-missing = файл отсутствует; ожидается файл RON «{ $name }» в папке пакета
check-field = «{ $field }»
check-field-of = «{ $field }» в «{ $owner }»
check-empty = { $field } пусто; ожидается текст
check-control-multiline = { $field } содержит управляющий символ { $code }; ожидается обычный текст (допускаются только переводы строк)
check-control-line = { $field } содержит управляющий символ { $code }; ожидается обычный текст (без переводов строк)
check-format = format — «{ $found }»; ожидается "{ $expected }"
check-format-version = format_version — { $found }; эта версия napwiz читает версию { $expected }
check-no-areas = 'areas' пусто; ожидается список файлов направлений, например ["1-prevention.ron"]
check-alias-live = псевдоним «{ $old }» является действующим идентификатором в перечне; ожидаются только идентификаторы, которые были объединены
check-alias-target = псевдоним «{ $old }» указывает на «{ $new }», который не является целью (goal) или мерой (action) этого пакета; ожидается идентификатор нового местоположения
check-duplicate-id = повторяющийся идентификатор { $kind } «{ $id }» (впервые использован в { $first }); ожидается уникальный идентификатор
check-bad-id = идентификатор { $kind } «{ $id }» недопустим; допускаются только буквы, цифры, '.', '-' или '_'
check-duplicate-code = краткий код «{ $code }» элемента «{ $id }» уже используется элементом «{ $other }»; ожидается уникальный код
check-area-no-goals = у направления «{ $id }» нет целей; ожидается хотя бы одна Goal
check-goal-no-lead = у цели «{ $id }» нет исполнителя (lead); ожидается хотя бы один идентификатор организации
check-goal-no-indicators = у цели «{ $id }» нет показателей; ожидается хотя бы один Indicator
check-goal-no-outcome = у цели «{ $id }» нет показателя Outcome; ожидается хотя бы один Indicator с kind: Outcome (изменение, к которому ведет цель)
check-goal-no-actions = у цели «{ $id }» нет мер; ожидается хотя бы одна Action
check-action-goal = идентификатор меры «{ $id }» не относится к цели «{ $goal }»; ожидается идентификатор, начинающийся с «{ $goal }.»
check-action-no-indicator = у меры «{ $id }» нет собственного показателя; ожидается indicators: [Indicator(...)]
check-ambiguous-no-note = у показателя «{ $indicator }» элемента «{ $owner }» направление Ambiguous, но нет примечания; ожидается краткое примечание о том, как его толковать
check-unknown-institution = «{ $owner }» { $field } ссылается на неизвестную организацию «{ $id }»; ожидается идентификатор из institutions.ron

## Loading a content pack (src/content/load.rs)

pack-embedded = встроенный содержательный пакет
pack-folder = содержательный пакет «{ $folder }»
pack-file-unreadable = файл не читается: { $error }; ожидается файл RON «{ $name }» в папке пакета
pack-not-utf8 = байт { $byte } не является текстом UTF-8; ожидается файл RON в кодировке UTF-8
# $why is pack-outside or pack-link-outside.
pack-file-refused = «{ $name }» { $why }; ожидается файл в папке пакета
pack-area-refused = файл направления «{ $name }» { $why }; ожидается имя файла в папке areas/ пакета, например "prevention.ron"
pack-outside = находится вне папки пакета (абсолютный путь или путь с '..')
pack-link-outside = является ссылкой на файл вне папки пакета
pack-invalid = { $source } недопустим ({ $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [many] { $count } проблем
   *[other] { $count } проблемы
}):
pack-invalid-hint = Проверьте его командой `napwiz content check` или запустите без --content, чтобы использовать встроенный пакет.
pack-counts = направлений: { $areas }, целей: { $goals }, мер: { $actions }, организаций: { $institutions }, терминов: { $terms }, псевдонимов: { $aliases }
pack-export-exists = существующие файлы не перезаписываются: { $files }
    Выберите пустую папку или укажите --force, чтобы заменить их.
pack-folder-failed = не удалось создать папку «{ $folder }»
# After an indicator whose good direction is not obvious, in guidance and in the draft.
indicator-caution = направление неочевидно: { $note }
indicator-target-example = целевое значение, напр. { $target }

## The content pack's quality report (src/content/quality.rs)

quality-indicators = показатели: показатель конечного результата есть у { $with_outcome } из { $goals } целей; собственные показатели есть у { $own } из { $actions } мер
quality-no-own-indicators = предупреждение: { $count ->
    [one] у { $count } меры
    [few] у { $count } мер
    [many] у { $count } мер
   *[other] у { $count } меры
} нет собственного показателя; при включении копируется показатель цели
quality-no-result = предупреждение: { $count ->
    [one] у { $count } цели
    [few] у { $count } целей
    [many] у { $count } целей
   *[other] у { $count } цели
} нет ожидаемого результата ({ $goals }); проект предлагает редакционной группе сформулировать его
quality-unused-institution = предупреждение: организация «{ $id }» есть в каталоге, но ни одна цель или мера ее не предлагает
quality-near-duplicates = предупреждение: меры { $first } и { $second } сформулированы похоже (сходство { $similarity }); объедините их или сформулируйте различно

## napwiz summary (src/plan/summary.rs). The table's column names are right-aligned in 7, 7, 8,
## 4, 4 and 4 columns, "Code" in 8, "leads" in 5 and "partners" in 8.

summary-area = Направление
summary-actions = мер
summary-decided = решено
summary-included = включено
summary-high = выс
summary-medium = сред
summary-low = низ
summary-plan-id = Идентификатор плана: { $id }
summary-progress = Решения приняты по { $decided } из { $actions } мер ({ $percent } %), в план включено: { $included }
summary-baseline = Исходный уровень: имеется { $in_place }, имеется частично { $partly }, отсутствует { $missing }, неприменимо { $not_applicable }, неизвестно { $unknown }
summary-code = Код
summary-leads = исп.
summary-partners = соисп.
summary-institution = Организация
summary-gaps = Пробелы, оставленные планом открытыми (оценены как отсутствующие или имеющиеся частично, не включены): { $count }
summary-unknown-items = Сохранены, но отсутствуют в содержательном пакете: { $items }

## Errors writing CSV and Word files and applying merge choices (src/export/csv.rs,
## src/export/docx/package.rs, src/plan/merge.rs)

csv-table-failed = не удалось записать таблицу CSV «{ $table }»
docx-pack-failed = не удалось упаковать документ Word
merge-unknown-field = неизвестное поле «{ $field }»
merge-no-such-conflict = такого конфликта нет
merge-no-such-choice = такого варианта нет

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
monitor-status-not-started = не начато
monitor-status-on-track = в срок
monitor-status-delayed = с задержкой
monitor-status-completed = выполнено
monitor-status-continuous = постоянно
monitor-status-dropped = отменено
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

## Implementation report, evaluation pack and the next plan: running text, tables, charts,
## questions (src/document/report.rs, evaluation.rs, src/plan/next.rs, src/export/naming.rs)

report-period-words = { $period } (с { $from } по { $to })
report-fact-plan = План
report-fact-plan-id = Идентификатор плана
report-fact-due = Срок представления отчетов
report-fact-monitoring-body = Орган мониторинга
report-fact-status = Статус
report-fact-status-text = Составлен на основе отчетов организаций-исполнителей; еще не утвержден.
report-trend-intro = Меры плана по статусу, указанному в отчетах за каждый период на сегодняшний день.
report-compiled-with = Составлено с помощью napwiz на основе отчетов, внесенных за период. Фрагменты с пометкой «Для редакционной группы» остаются для написания редакционной группой.
report-opening = Настоящий отчет охватывает выполнение документа «{ $plan }» в отчетном периоде { $period }. { $actions ->
        [one] Из { $actions } меры плана
       *[other] Из { $actions } мер плана
    } отчеты представлены по { $reported }; выполняются (выполнены или осуществляются постоянно) { $implemented }, с задержкой — { $delayed }, не начаты — { $not_started }.
report-figure-actions = Мер в плане
report-figure-reported = Представлены отчеты
report-figure-rate = Уровень выполнения (выполнено или осуществляется постоянно, из неотмененных мер)
report-figure-overdue = Просрочено (срок истек, не выполнено)
report-figure-owing = Организации, не отчитавшиеся по всем своим мерам
report-figure-spent-period = Израсходовано за период
report-figure-spent-to-date = Израсходовано на сегодня, из бюджета
report-of = { $part } из { $whole }
report-no-actions = нет мер
report-no-lead = исполнитель не назначен
report-none = нет
report-spent-of-budget = { $spent } из { $budget }
report-spent-of-budget-share = { $spent } из { $budget } ({ $share })
report-chart-title = Меры по направлениям и статусу, { $period }
report-chart-description = Число мер каждого направления по статусу, указанному в отчетах за период.
report-progress-intro = Статус каждой меры, как его указал в отчете за период ответственный исполнитель. Номера мер соответствуют плану действий.
report-objectives-caption = Задачи направления «{ $area }» по статусу
report-actions-caption = Меры задачи { $objective }
report-column-status = Статус
report-column-done = Что сделано
report-column-validated = Подтверждено
report-column-value-in = Значение { $period }
report-column-earlier-value = Предыдущее значение
report-column-trend = Динамика
report-column-progress = Продвижение к цели
report-column-spent-period = Израсходовано за период
report-column-spent-to-date = Израсходовано на сегодня
report-column-execution = Исполнение
report-column-difficulties = Трудности
report-column-corrective = Корректирующие меры
report-column-why-dropped = Причина отмены
report-column-timeframe-ended = Срок истек в
report-column-actions-led = Мер в ведении
report-column-reported = Отчеты получены
report-column-reporting-status = Состояние отчетности
report-column-missing-for = Нет отчетов по
report-column-spent = Израсходовано
report-column-source-of-funds = Источник средств
report-column-evidence = Подтверждающие документы
report-column-reported-by = Кто представил
report-column-date = Дата
report-column-actions = Меры
report-column-share = Доля мер
report-column-rate = Уровень выполнения
report-column-period = Период
report-no-indicators = У включенных мер нет показателей.
report-indicators-intro = Каждый показатель включенных мер: его исходный уровень и целевое значение, установленные планом, значение, указанное в отчете за { $period }, последнее предыдущее значение и динамика между ними. Продвижение показывает, насколько значение продвинулось от исходного уровня к целевому.
report-budget-opening = Общая стоимость включенных мер составляет { $budget }. В отчетах указано, что за период израсходовано { $in_period }, а на сегодняшний день — { $to_date }.
report-budget-opening-share = Общая стоимость включенных мер составляет { $budget }. В отчетах указано, что за период израсходовано { $in_period }, а на сегодняшний день — { $to_date }, то есть { $share } бюджета.
report-total = Итого
report-budget-by-area = Бюджет и расходы по направлениям
report-budget-by-source = Бюджет и расходы по источникам финансирования
report-source-not-given = источник не указан
report-no-difficulties = О трудностях за период не сообщалось.
report-difficulties-intro = Трудности, о которых сообщили ответственные исполнители, и предложенные ими корректирующие меры.
report-dropped-caption = Отмененные меры
report-no-overdue = Нет мер, срок которых истек, а выполнение не завершено.
report-overdue-intro = Меры, срок которых истек к концу периода и которые не выполнены.
report-recommendations-gap = Сформулируйте рекомендации координационному органу и правительству: на какие задержки реагировать и как, какие меры финансировать, пересмотреть или отменить, что должны представить не отчитавшиеся организации и по каким показателям нужны более качественные данные.
report-annex-intro = Кто представил отчеты за { $period } по мерам, за которые отвечает, и подтвердил ли координатор эти отчеты.
report-action-sheet-caption = Меры, { $period }
report-dropped-because = { $status }: { $reason }
report-validated-yes = да
report-validated-no = нет
report-trend-first = первое значение
report-trend-up = рост
report-trend-down = снижение
report-trend-same = без изменений
report-trend-changed = изменилось
report-reported-none = не отчиталась
report-reported-all = отчиталась по всем
report-reported-some = отчиталась по части
report-status-caption = Меры по статусу
report-trend-caption = Меры по статусу, по периодам
report-cli-no-periods = у плана «{ $path }» еще нет отчетных периодов; они определяются периодичностью отчетности на шаге «Организация мониторинга»
report-cli-unknown-period = у плана «{ $path }» нет отчетного периода «{ $period }»; его периоды: { $periods }
report-cli-no-reports = у плана «{ $path }» еще нет отчетов ни за один период; для материалов оценки они нужны (периоды: { $periods })

evaluation-covered = с { $first } по { $last }
evaluation-fact-covered = Охваченные отчетные периоды
evaluation-fact-status-text = Материалы для оценщиков, составленные на основе периодических отчетов; выводы делают сами оценщики.
evaluation-about = Эти материалы подготовлены для { $stage ->
        [final] итоговой оценки
       *[mid-term] промежуточной оценки
    } документа «{ $plan }». { $stage ->
        [final] Итоговая оценка выясняет, чего достиг план, для кого, какой ценой и что следующему плану нужно сохранить, изменить или прекратить.
       *[mid-term] Промежуточная оценка выясняет, идет ли выполнение плана по курсу и что нужно изменить на оставшиеся годы.
    } Здесь собрано то, что организации-исполнители сообщили за периоды { $periods }: статус каждой меры по периодам, значения каждого показателя и шаблон оценочных вопросов по критериям КСР ОЭСР (актуальность, согласованность, результативность, эффективность, воздействие и устойчивость), часть которых составлена на основе цифр самого плана.
evaluation-figure-rate = Уровень выполнения на конец последнего периода
evaluation-actions-intro = Статус, указанный ответственным исполнителем каждой меры в каждом периоде.
evaluation-history-caption = Статус каждой меры по периодам
evaluation-trajectories-title = Значения показателей по периодам
evaluation-trajectories-description = Значение каждого показателя в каждом отчетном периоде; целевое значение, если это число, показано пунктирной линией.
evaluation-trajectories-intro = Каждый показатель включенных мер с исходным уровнем и целевым значением, установленными планом, и значением, указанным в отчете за каждый период («{ $none }», если значения нет).
evaluation-questions-intro = Шаблон по шести критериям оценки КСР ОЭСР. Вопросы, в которых названы меры, организации или цифры, составлены по полученным отчетам; оценщики добавляют, исключают или переформулируют вопросы в соответствии со своим техническим заданием и записывают выводы в последнюю колонку.
evaluation-relevance-meaning = Актуальность: делает ли план то, что нужно? Отвечают ли его задачи и меры ситуации с торговлей людьми, потребностям пострадавших и обязательствам страны, и продолжают ли отвечать при изменении обстоятельств?
evaluation-coherence-meaning = Согласованность: насколько хорошо план вписывается в общий контекст? Поддерживают ли меры организаций друг друга, согласуется ли план с другими политиками и с работой международных партнеров?
evaluation-effectiveness-meaning = Результативность: достигает ли план своих задач? Каких результатов удалось достичь, каких нет и почему?
evaluation-efficiency-meaning = Эффективность: насколько рационально используются ресурсы? Достигнуты ли результаты в срок и по разумной цене?
evaluation-impact-meaning = Воздействие: что меняет план? Изменения более высокого уровня, намеренные или нет, для пострадавших, людей в группе риска и системы противодействия торговле людьми.
evaluation-sustainability-meaning = Устойчивость: сохранятся ли выгоды после окончания плана и его финансирования?
evaluation-column-criterion = Критерий
evaluation-column-question = Вопрос
evaluation-column-evidence = Источники для изучения
evaluation-column-findings = Выводы
evaluation-question-number = В{ $n }
evaluation-questions-caption = { $criterion }: вопросы
evaluation-action = { $number } ({ $text })
evaluation-action-led = { $number } ({ $text }, исполнитель: { $lead })
evaluation-and-more = { $listed }; и еще { $more }
evaluation-no-rate = уровень не определен
evaluation-q-situation = Соответствуют ли задачи плана по-прежнему ситуации с торговлей людьми: формам эксплуатации, профилю пострадавших и новым рискам, например вербовке через интернет?
evaluation-e-situation = Анализ ситуации; статистика выявления и национального механизма перенаправления (НМП); рекомендации ГРЕТА и других органов мониторинга
evaluation-q-survivors = Консультировались ли с пострадавшими и помогающими им организациями о том, отвечают ли меры потребностям пострадавших?
evaluation-e-survivors = Протоколы консультаций; интервью с НКО и пострадавшими (с соблюдением гарантий)
evaluation-e-dropped = Отчеты ответственных исполнителей; протоколы координационного органа
evaluation-q-dropped-many = { $count ->
        [one] Отменена { $count } мера ({ $actions }). Сохраняется ли потребность, на которую она отвечала, и как она удовлетворяется сейчас?
        [few] Отменены { $count } меры ({ $actions }). Сохраняются ли потребности, на которые они отвечали, и как они удовлетворяются сейчас?
       *[other] Отменено { $count } мер ({ $actions }). Сохраняются ли потребности, на которые они отвечали, и как они удовлетворяются сейчас?
    }
evaluation-q-dropped = Мера { $action } отменена. Сохраняется ли потребность, на которую она отвечала, и как она удовлетворяется сейчас?
evaluation-q-dropped-why = Мера { $action } отменена («{ $why }»). Сохраняется ли потребность, на которую она отвечала, и как она удовлетворяется сейчас?
evaluation-q-fit = Согласуются ли меры организаций между собой (перенаправление между полицией, трудовой инспекцией, социальными службами и НКО; уголовное преследование и защита пострадавших), или они дублируют либо противоречат друг другу?
evaluation-e-fit = Матрица ответственности; записи о перенаправлении; интервью с исполнителями и партнерами
evaluation-q-strategies = Согласуется ли план с другими стратегиями страны (миграция, труд, защита детей, гендерное насилие) и с ее международными обязательствами?
evaluation-e-strategies = Стратегические документы; анализ правовой базы
evaluation-q-silent-institution = { $institution } не представила ни одного отчета ни за один период ({ $periods }), хотя отвечает за меры { $actions }. Понятна ли, согласована ли и обеспечена ли ресурсами ее роль в плане, участвует ли она в работе координационного органа?
evaluation-e-silent-institution = Состояние отчетности по организациям (приложение A); протоколы координационного органа; интервью с организацией
evaluation-q-overall = { $stage ->
        [final] К концу периода { $period } из { $actions } мер плана были выполнены { $implemented } ({ $rate }), а с задержкой оставались { $delayed }. Какие задачи достигнуты и почему не достигнуты остальные?
       *[mid-term] К концу периода { $period } из { $actions } мер плана выполняются { $implemented } ({ $rate }), с задержкой — { $delayed }. Какие задачи будут достигнуты к { $last } году, а какие нет?
    }
evaluation-e-overall = Выполнение по периодам (глава 2)
evaluation-q-delays-many = { $count ->
        [one] { $count } мера указана в отчетах как задержанная в двух или более периодах: { $actions }. Что ее сдерживало, есть ли общая причина (бюджет, кадры, правовая основа, координация), и сработали ли указанные корректирующие меры?
       *[other] Мер, указанных в отчетах как задержанные в двух или более периодах: { $count } ({ $actions }). Что их сдерживало, есть ли общая причина (бюджет, кадры, правовая основа, координация), и сработали ли указанные корректирующие меры?
    }
evaluation-e-delays-many = Трудности и корректирующие меры в отчетах ответственных исполнителей
evaluation-q-delayed = Мера { $action } указана в отчетах как задержанная в периодах { $periods }. Что ее сдерживало и сработали ли указанные корректирующие меры?
evaluation-e-delayed = Трудности и корректирующие меры в отчетах ответственного исполнителя
evaluation-q-silent-indicators = { $count ->
        [one] По { $count } показателю не было указано значение ни за один период ({ $indicators }). Собираются ли по нему данные вообще, кем, и можно ли судить о прогрессе без них?
       *[other] По { $count } показателям не было указано значение ни за один период ({ $indicators }). Собираются ли по ним данные вообще, кем, и можно ли судить о прогрессе без них?
    }
evaluation-e-silent-indicators = Траектории показателей (глава 3); средства проверки в системе мониторинга
evaluation-q-spending = К концу периода { $period } в отчетах указаны расходы { $spent }, при этом истекло { $elapsed } срока плана. Соответствуют ли расходы ходу выполнения, и продвинулись ли именно те меры, на которые выделены средства?
evaluation-e-spending = Исполнение бюджета; израсходованные суммы по отчетам; данные министерства финансов об исполнении
evaluation-q-over-budget = По мерам { $actions } израсходовано больше сметы. Почему, и была ли смета реалистичной?
evaluation-e-over-budget = Бюджеты мер; израсходованные суммы по отчетам
evaluation-q-resources = Можно ли было достичь тех же результатов с меньшими ресурсами, например за счет совместных обучающих мероприятий или общих систем данных?
evaluation-e-resources = Затраты на единицу результата; интервью с ответственными исполнителями
evaluation-q-change = Что изменилось для пострадавших и людей в группе риска (выявление, доступ к помощи, компенсация, осуждение виновных), что можно хотя бы отчасти приписать плану? Рост числа выявленных пострадавших может означать лучшее выявление, а не рост торговли людьми.
evaluation-e-change = Показатели результатов; статистика НМП и судов; интервью с пострадавшими (с соблюдением гарантий)
evaluation-q-reached = { $count ->
        [one] { $count } показатель достиг целевого значения или превысил его ({ $indicators }). Что изменилось в результате и для кого?
        [few] { $count } показателя достигли целевого значения или превысили его ({ $indicators }). Что изменилось в результате и для кого?
       *[other] { $count } показателей достигли целевого значения или превысили его ({ $indicators }). Что изменилось в результате и для кого?
    }
evaluation-e-reached = Траектории показателей (глава 3); данные, на которых основано каждое значение
evaluation-q-unintended = Были ли у плана непредвиденные последствия, хорошие или плохие (например, для доступа мигрантов к услугам или для готовности пострадавших обращаться за помощью)?
evaluation-e-unintended = Интервью с НКО, пострадавшими и специалистами, работающими на местах
evaluation-q-continuous = Меры { $actions } осуществляются постоянно. Финансируются ли они из регулярного бюджета после { $last } года или зависят от проектного финансирования?
evaluation-e-continuous = Законы о бюджете; соглашения о финансировании
evaluation-q-sources = Расходы на сегодня по источникам: { $shares }. Какие из этих источников сохранятся после окончания плана и что прекратится, когда закончатся остальные?
evaluation-e-sources = Бюджет и расходы по источникам финансирования; соглашения с донорами
evaluation-q-laws = Закреплены ли созданные планом процедуры, обучение и структуры в законах, подзаконных актах и учебных программах, чтобы они продолжили действовать после него?
evaluation-e-laws = Законодательные и нормативные акты; учебные программы
evaluation-q-next = { $stage ->
        [final] Что следующему плану нужно сохранить, изменить или прекратить?
       *[mid-term] Что нужно скорректировать на оставшиеся годы плана: какие меры ускорить, пересмотреть, профинансировать или отменить?
    }
evaluation-e-next = { $stage ->
        [final] Все материалы; невыполненные меры (глава 2)
       *[mid-term] Все материалы; мнение координационного органа
    }
evaluation-annex-caption = Представленные отчеты по организациям и периодам
evaluation-annex-intro = Для каждого ответственного исполнителя: по скольким из своих мер он отчитался в каждом периоде.

next-reversed = новый период заканчивается ({ $to }) раньше, чем начинается ({ $from })
next-overlaps = новый план начинается в { $from } году, до окончания предыдущего плана ({ $previous_last }); начните его в { $previous_last } году или позже
next-note-carried = Перенесено из предыдущего плана «{ $plan }»: { $reported }.
next-note-not-carried = В предыдущем плане «{ $plan }»: { $reported }.
next-note-reported = последний статус в отчете: { $status } ({ $period })
next-note-dropped = последний статус в отчете: отменено ({ $period }): { $reason }
next-note-never-reported = отчетов не поступало
next-note-lesson = Урок ({ $period }): { $difficulties }
next-note-measures = Корректирующие меры: { $measures }
next-carried-over-mark = перенесено
next-lessons-opening = Этот план следует за документом «{ $plan }». { $count ->
        [one] { $count } мера не была выполнена и перенесена в настоящий план с пометкой «{ $mark }» в таблицах мер.
        [few] { $count } меры не были выполнены и перенесены в настоящий план с пометкой «{ $mark }» в таблицах мер.
       *[other] { $count } мер не были выполнены и перенесены в настоящий план с пометкой «{ $mark }» в таблицах мер.
    }
next-lessons-intro = Трудности, о которых организации-исполнители сообщали в рамках предыдущего плана, и предложенные ими корректирующие меры:
next-lesson-reported = { $difficulties } (сообщено в { $period })
next-lessons-evaluation-gap = Добавьте выводы итоговой оценки предыдущего плана и то, как настоящий план на них отвечает.
next-cli-exists = «{ $path }» уже существует; следующий план никогда не записывается поверх файла. Выберите другой путь.
next-cli-failed = не удалось начать следующий план на основе «{ $path }»
next-cli-done = перенесено мер: { $carried }; уроков предыдущего плана: { $lessons }

export-compiled-on = Составлено { $date }
export-report-html-title = { $title }: отчет о выполнении, { $period }
export-evaluation-html-title = { $title }: { $stage ->
        [final] материалы для итоговой оценки
       *[mid-term] материалы для промежуточной оценки
    }
export-report-status = Отчет о выполнении
export-evaluation-status = { $stage ->
        [final] Материалы для итоговой оценки
       *[mid-term] Материалы для промежуточной оценки
    }
export-report-subject = Отчет о выполнении { $period }, { $country }
export-evaluation-subject = { $stage ->
        [final] Материалы для итоговой оценки
       *[mid-term] Материалы для промежуточной оценки
    }, { $country }
export-report-footer = { $title } - отчет о выполнении { $period } от { $date } - стр.{" "}
export-evaluation-footer = { $title } - { $stage ->
        [final] материалы для итоговой оценки
       *[mid-term] материалы для промежуточной оценки
    } от { $date } - стр.{" "}
export-chart-target = цель { $value }

## Monitoring forms (src/forms): the workbook each implementing institution fills in, written
## in the plan's language, and the problems found reading one back (file: sheet!cell: what).
## Sheet names: at most 31 characters, none of [ ] : * ? / \
form-sheet-instructions = Инструкция
form-sheet-lead = Ведущая роль
form-sheet-indicators = Индикаторы
form-sheet-partner = Партнёрское участие
# Each column's header, and in .key the start of it napwiz accepts when reading a form back
# (so "Amount spent (EUR)" still matches); lower case.
form-column-action-id = № мероприятия
    .key = № мероприятия
form-column-action = Мероприятие
    .key = мероприятие
form-column-timeframe = Сроки
    .key = сроки
form-column-budget = Бюджет
    .key = бюджет
form-column-last-status = Статус в прошлом периоде
    .key = статус в прошлом периоде
form-column-status = Статус
    .key = статус
form-column-dropped-reason = Причина отмены
    .key = причина отмены
form-column-done = Что сделано за период
    .key = что сделано
form-column-spent = Израсходовано за период
    .key = израсходовано
form-column-source = Источник финансирования
    .key = источник финансирования
form-column-difficulties = Трудности
    .key = трудности
form-column-measures = Корректирующие меры
    .key = корректирующие меры
form-column-evidence = Подтверждения (ссылки через ;)
    .key = подтверждения
form-column-reported-by = Кто отчитался
    .key = кто отчитался
form-column-date = Дата (ГГГГ-ММ-ДД)
    .key = дата
form-column-indicator = Индикатор
    .key = индикатор
form-column-baseline = Исходное значение
    .key = исходное значение
form-column-target = Целевое значение
    .key = целевое значение
form-column-expected = Ожидаемое значение
    .key = ожидаемое значение
form-column-last-value = Последнее значение
    .key = последнее значение
form-column-value = Значение за период
    .key = значение
form-column-lead = Ведущее учреждение
    .key = ведущее учреждение
form-title = Отчёт о ходе выполнения: { $plan }
form-institution = Учреждение: { $institution }
form-period = Отчётный период { $period }: { $span } (срок сдачи { $due })
form-step-lead = 1. На листе «{ $sheet }» заполните жёлтые ячейки по каждому мероприятию, которое ведёт ваше учреждение.
form-step-status = 2. Статус — одно из: { $statuses }. Если мероприятие отменено, укажите причину.
form-step-amounts = 3. Суммы — целые числа в валюте плана, израсходованные только в этом периоде.
form-step-indicators = 4. На листе «{ $sheet }» укажите значение каждого индикатора за период: число там, где ожидается число.
form-step-partner = 5. Лист «{ $sheet }» перечисляет мероприятия, где вы партнёр: по ним отчитывается ведущее учреждение.
form-step-return = 6. Не переименовывайте листы и не меняйте номера мероприятий; верните файл координатору.
form-status-error = Выберите одно из: { $statuses }
form-amount-error = Целая сумма от 0 и больше, в валюте плана
form-problem-sheet = лист «{ $sheet }»
form-unreadable = не читается как книга Excel ({ $error }); ожидалась форма, созданная napwiz monitor collect
form-sheet-missing = нет листа «{ $sheet }» (переименован или удалён?); листы формы должны сохранять свои названия, найдены: { $found }
form-unnamed-plan = плану без названия
form-named-plan = плану «{ $title }»
form-id-missing = нет
form-other-plan = эта форма принадлежит { $form_plan } (идентификатор { $form_id }), а не плану «{ $plan }» (идентификатор { $id }); её нельзя импортировать в этот план
form-no-period = в плане нет отчётного периода «{ $period }»
form-period-closed = период { $period } закрыт; сначала откройте его снова (napwiz monitor reopen PLAN { $period }), чтобы импортировать в него
form-no-header = нет строки заголовков со столбцом «{ $column }»; ожидались заголовки, записанные napwiz в строке 1
form-missing-columns = в строке заголовков нет столбца { $columns }
form-twice = { $action } встречается дважды (строки { $first } и { $second }); оставьте одну строку на мероприятие
form-no-action-id = в строке есть значения, но нет номера мероприятия
form-unknown-action = неизвестный номер мероприятия «{ $id }»; ожидалось мероприятие, включённое в план
form-no-lead = нет учреждения
form-led-by-other = { $id } ведёт { $code }, а не учреждение, для которого составлена эта форма
form-cell-error = в ячейке ошибка { $error }; ожидалось: { $column }
form-status-required = статус обязателен, если строка заполнена: одно из { $statuses }
form-not-status = «{ $text }» — не статус; ожидалось одно из { $statuses }
form-dropped-reason = мероприятие отменено: укажите причину
form-negative = отрицательная сумма ({ $text }); ожидалась израсходованная сумма, 0 или больше
form-not-whole = «{ $text }» — не целая сумма; ожидались целые единицы валюты плана
form-not-number = «{ $text }» — не число; ожидалась израсходованная сумма, 0 или больше
form-not-date = «{ $text }» — не дата; ожидалось ГГГГ-ММ-ДД
form-not-indicator = «{ $wording }» — не индикатор мероприятия { $action }; сохраните формулировку napwiz
form-expected = ожидалось: { $what }
form-value-without-status = значение для { $action }, у которого нет статуса на листе «{ $sheet }»; укажите там его статус
form-encrypted = файл защищён паролем (зашифрован) или это старая книга .xls; сохраните его как книгу Excel (.xlsx) без пароля на открытие
form-not-workbook = не книга XLSX; ожидалась форма, созданная napwiz monitor collect
form-unreadable-file = не удалось прочитать: { $error }
# What a person must type for an indicator's value.
measure-count = число от 0 и больше
measure-share = процент от 0 до 100
measure-text = текст
measure-not = { $expected }, а не «{ $text }»
monitor-not-reported = нет отчёта

## napwiz monitor periods|dates|close|reopen|collect|import (src/commands/monitor.rs)
monitor-cli-yearly-by-default = ежегодно (частота отчётности не задана)
monitor-cli-periods-added = примечание: добавлено отчётных периодов: { $count }, { $every }, в { $plan }
monitor-cli-open = открыт
monitor-cli-closed = закрыт
# After the period id (padded to 10 columns); $state is monitor-cli-open or monitor-cli-closed.
monitor-cli-period-line = { $span }  срок { $due }  { $state }  отчёты по { $received } из { $actions } мероприятий
monitor-cli-already-closed = { $period } уже был закрыт
monitor-cli-already-open = { $period } уже был открыт
monitor-cli-closed-in = { $period } закрыт в { $plan }
monitor-cli-reopened-in = { $period } снова открыт в { $plan }
monitor-cli-dates-set = { $period }: с { $from } по { $to }, срок { $due }, в { $plan }
monitor-cli-no-period = в плане нет периода «{ $period }»; его периоды: { $known }
monitor-cli-closed-period = период { $period } закрыт; сначала откройте его снова (napwiz monitor reopen { $plan } { $period })
monitor-cli-nobody = ни у одного включённого мероприятия нет ведущего учреждения или партнёра: форму некому отправить
monitor-cli-form-exists = «{ $file }» уже существует и не будет перезаписан. Выберите другую папку --out или добавьте --force, чтобы заменить формы
monitor-cli-form-written = { $file }: { $institution }, { $lead ->
    [one] { $lead } мероприятие
    [few] { $lead } мероприятия
    [many] { $lead } мероприятий
   *[other] { $lead } мероприятия
} для отчёта, { $partner } как партнёр
monitor-cli-forms-written = { $count ->
    [one] { $count } форма
    [few] { $count } формы
    [many] { $count } форм
   *[other] { $count } формы
} на { $period } (срок { $due }) в { $folder }
monitor-cli-no-plan = «{ $plan }» не существует; ожидался файл плана
monitor-cli-nothing-imported = ничего не импортировано: в формах { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
}; исправьте их и импортируйте снова
monitor-cli-kept = оставлено (--prefer mine):
monitor-cli-conflict = конфликт: { $conflict }
monitor-cli-dry-run = пробный запуск: ничего не сохранено
monitor-cli-imported = { $count ->
    [one] импортирована { $count } форма
    [few] импортированы { $count } формы
    [many] импортировано { $count } форм
   *[other] импортировано { $count } формы
} в { $plan }
monitor-cli-conflicts-left = в { $plan } { $count ->
    [one] остался { $count } конфликт
    [few] осталось { $count } конфликта
    [many] осталось { $count } конфликтов
   *[other] осталось { $count } конфликта
}: разрешите их в мастере (napwiz { $plan }, затем C) или импортируйте снова с --prefer mine|theirs
# A report field in the lines import prints ("2027-H1 A1.1 status: - -> on track").
monitor-field = { $field ->
    [status] статус
    [dropped_reason] причина отмены
    [done] что сделано
    [spent] расходы
    [difficulties] трудности
    [corrective_measures] корректирующие меры
    [evidence] подтверждения
    [reported_by] кто отчитался
    [date] дата
    [validated] проверено
   *[other] { $field }
}
monitor-field-value = значение: { $indicator }

## Plain-mode progress entry, napwiz monitor enter (src/plain/progress.rs)
progress-no-periods-yet = пока нет (их добавляет napwiz monitor periods PLAN)
progress-no-period = В плане нет периода «{ $period }»; его периоды: { $known }.
progress-closed = Период { $period } закрыт; сначала откройте его снова (napwiz monitor reopen PLAN { $period }).
progress-intro = Ход выполнения за { $period } ({ $span }, срок { $due }): { $count ->
    [one] { $count } мероприятие
    [few] { $count } мероприятия
    [many] { $count } мероприятий
   *[other] { $count } мероприятия
}. ? — справка.
progress-read-only = Ничего не сохранено: план открыт только для чтения { $plan }.
progress-saved = Сохранено { $plan }.
# Under each action: its lead, its status in the period before ($before, may be empty) and now.
progress-lead = ведёт { $lead }; { $before }сейчас: { $now }
progress-before = { $period }: { $status };{ " " }
progress-status-prompt = Статус [Enter — пропустить]:
# $starts: the fewest first letters that tell each status apart, in the order of $statuses.
progress-status-help = Введите статус: { $statuses } (или достаточно первых букв: { $starts }). Enter пропускает мероприятие; copy переносит предыдущий период (что ещё верно: статус, трудности, меры); < — назад; q — сохранить и выйти.
progress-field-help = Введите новый текст; Enter оставляет то, что [в скобках]; - очищает.
progress-not-status = «{ $text }» — не статус; ? выводит список
progress-copied = { $count ->
    [one] Перенесён { $count } отчёт
    [few] Перенесено { $count } отчёта
    [many] Перенесено { $count } отчётов
   *[other] Перенесено { $count } отчёта
} из предыдущего периода; введите статус, чтобы продолжить.
progress-ask-dropped = Причина отмены
progress-ask-done = Что сделано за период
progress-ask-value = { $indicator } (цель { $target }; { $expected })
progress-ask-spent = Израсходовано за период
progress-ask-source = Источник финансирования
progress-ask-difficulties = Трудности
progress-ask-measures = Корректирующие меры
progress-ask-evidence = Подтверждения (через ;)
progress-ask-reported-by = Кто отчитался
progress-not-amount = «{ $text }» — не целая сумма от 0 и больше

## Reporting periods: changes refused and napwiz check findings (src/plan/monitor/edit.rs,
## reports.rs, check.rs, mod.rs)
monitor-span = с { $from } по { $to }
monitor-no-periods-yet = пока нет
monitor-no-such-period = периода «{ $period }» нет; в плане: { $known }
monitor-period-is-closed = период { $period } закрыт; сначала откройте его снова (napwiz monitor reopen PLAN { $period })
monitor-ends-before-start = период не может заканчиваться ({ $to }) раньше начала ({ $from })
monitor-first-period = { $period } — первый период: переносить нечего
monitor-check-twice = отчётный период { $period } встречается дважды
monitor-check-ends-before-start = отчётный период { $period } заканчивается ({ $to }) раньше начала ({ $from })
monitor-check-due-before-end = срок отчётов за период { $period } ({ $due }) раньше его окончания ({ $to })
monitor-check-outside = отчётный период { $period } ({ $span }) выходит за период плана { $first }-{ $last }
monitor-check-no-action = в периоде { $period } есть отчёт по { $action }, которого нет среди мероприятий плана
monitor-check-excluded = в периоде { $period } есть отчёт по { $action }, которое не включено в план
monitor-check-no-reason = { $action } отмечено отменённым в { $period } без причины
monitor-check-no-indicator = в периоде { $period } есть значение для «{ $text }», который не является индикатором { $action }
monitor-check-bad-value = значение «{ $text }» за { $period } — «{ $value }»; ожидалось: { $expected }
# Where a share cannot be computed (no action in the group), before a percentage column.
dashboard-not-available = н/д
monitor-unknown-field = неизвестное поле отчёта «{ $field }»
## tr-misc: аббревиатуры, краткие коды, вводимые значения, пробелы в подписях, прочие сообщения
check-acronym-unexplained = аббревиатура «{ $acronym }» используется, но не расшифрована: добавьте её в { $file }
check-abbreviation-bad = для сокращения «{ $acronym }» нужны аббревиатура и её расшифровка, каждая в одну строку без управляющих символов
check-acronyms-summary = аббревиатуры: { $count ->
    [one] { $count } используется, но не расшифрована в { $file }
    [few] { $count } используются, но не расшифрованы в { $file }
    [many] { $count } используются, но не расшифрованы в { $file }
   *[other] { $count } используются, но не расшифрованы в { $file }
}
area-letter-high = В
area-letter-medium = С
area-letter-low = Н
area-legend-marks = Отметки: [x] включено, [-] не включено, [ ] не решено.
area-legend-priority = Буквы приоритета: { $letters }.
area-legend-letter = { $letter } — { $priority }
typed-timeframe-short = краткосрочный, кратк., краткий, к
typed-timeframe-medium = среднесрочный, средн., средний, с
typed-timeframe-long = долгосрочный, долг., долгий, д
typed-baseline-unknown = неизвестно, ?
typed-baseline-in-place = имеется, есть, да
typed-baseline-partly = частично, частичный
typed-baseline-missing = отсутствует, нет
typed-baseline-not-applicable = неприменимо, н/п
typed-frequency-none = нет, -
typed-frequency-monthly = ежемесячно, ежемесячный
typed-frequency-quarterly = ежеквартально, ежеквартальный
typed-frequency-six-monthly = полугодовой, раз в полгода
typed-frequency-annually = ежегодно, ежегодный
typed-frequency-biennially = раз в два года
typed-frequency-end-of-plan = конец
export-label = { $label }:
language-no-checklist = нет контрольного списка на языке «{ $language }»; ожидается один из: { $languages } (или переведённый пакет с --content)
pack-check-problems = napwiz: в { $source } { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [many] { $count } проблем
   *[other] { $count } проблемы
}
pack-check-translation = перевод ({ $language }) по сравнению с английским пакетом: { $count ->
    [one] { $count } отсутствующая или непереведённая запись
    [few] { $count } отсутствующие или непереведённые записи
    [many] { $count } отсутствующих или непереведённых записей
   *[other] { $count } отсутствующей или непереведённой записи
}
export-xlsx-cut = napwiz: примечание: файл Excel обрезает текст: { $cut }
follow-needs-plan = для --follow нужен файл плана: napwiz --follow PLAN
plan-before-subcommand = «{ $plan }» указан перед подкомандой; укажите план после неё, напр. `napwiz check { $plan }`
lock-take-over-hint = { $error } Если тот сеанс завершён, повторите команду с --take-over.
config-file-exists = существует
config-file-missing = ещё не существует; пример выводит napwiz config --print-default
output-write-failed = не удалось записать в { $stream ->
    [stdout] стандартный вывод
   *[stderr] стандартный поток ошибок
}
folder-create-failed = не удалось создать папку «{ $folder }»
file-is-folder = это папка
file-not-regular = это не обычный файл (FIFO, сокет или устройство)
file-too-large = он больше { $mib } МиБ — это максимум, который читает napwiz
file-not-utf8 = байт { $at } не является текстом UTF-8
watch-failed = не удалось отслеживать «{ $path }»
watch-folder-failed = не удалось отслеживать папку «{ $path }»
watch-plan-gone = файл плана исчез (удалён или заменяется)
lock-unknown-user = неизвестный пользователь
facilitator-place-failed = не удалось записать позицию ведущего
facilitator-record-failed = не удалось сохранить позицию ведущего в «{ $path }»
quality-judged-on-english = почти совпадающие меры оцениваются по английскому оригиналу: перевод наследует его пары
translation-untranslated = не переведено поле { $field } у «{ $owner }»: английский текст без изменений
translation-indicator-count = у «{ $owner }» { $ours } предлагаемых показателей, в английском пакете { $english }; ожидаются те же показатели в переводе
translation-missing = отсутствует { $what ->
    [area] область
    [goal] цель
    [action] мера
    [institution] учреждение
   *[term] термин
} «{ $id }» (по-английски: «{ $english }»); napwiz показывает английский текст с пометкой { $mark }, пока он не переведён
translation-expected-after = { $missing }; ожидается после «{ $previous }»
follow-failed = не удалось следить за «{ $path }»
terminal-raw-failed = не удалось перевести терминал в необработанный режим
terminal-setup-failed = не удалось настроить терминал
rescue-write-failed = не удалось записать «{ $path }»
signals-install-failed = не удалось установить обработчики сигналов
signals-thread-failed = не удалось запустить поток обработки сигналов
demo-title = Национальный план действий по противодействию торговле людьми на 2027-2030 годы
demo-country = Республика Вельдора (вымышленная)
demo-coordinating-body = Национальная комиссия по противодействию торговле людьми
demo-coordinator = Заместитель министра внутренних дел, национальный координатор по противодействию торговле людьми
demo-facilitator = А. Ведущий
demo-shelter-network = Сеть безопасных приютов Вельдоры
demo-note-routine = Уже выполняется в рамках текущей стратегии; продолжать в обычном порядке.
demo-source-state = Государственный бюджет
demo-source-state-eu = Государственный бюджет и средства ЕС
demo-source-donor = Донор (проект МОМ)
demo-note-pilot = Группа договорилась сначала провести пилотный проект в двух регионах (на севере и в столице), а затем распространить его.
    Перед окончательной формулировкой проверить рекомендации доклада ГРЕТА 2026 года.
demo-target-input = Действует к [year] г.
demo-target-output = [N] к [year] г.
demo-target-outcome = [N] % к [year] г.
demo-target-impact = Тенденция к снижению к [year] г.
demo-baseline-measured = Будет измерено в 2027 г. (первый полный год данных)
demo-baseline-not-yet = Пока нет (2026)
demo-baseline-draft = Проект обсуждается (2026)
demo-baseline-no-limit = Пока не измерялось: на практике сроков нет (2026)
demo-baseline-not-recorded = Не учитывается (2026)
demo-verify-training = Учётные данные об обучении ведущего учреждения
demo-verify-survey = Опрос по заказу координатора
demo-verify-cases = Статистика полиции и судов
demo-verify-nrm = База данных НМП и отчёты поставщиков услуг
demo-verify-gazette = Официальный вестник
demo-verify-budget = Отчёт об исполнении государственного бюджета
demo-verify-labour = Данные инспекции труда
demo-verify-commission = Протоколы и документы Национальной комиссии
demo-verify-annual = Ежегодный отчёт ведущего учреждения
demo-goal-note-p1 = Последнее национальное исследование проводилось в 2019 году. Статистическое ведомство предложило хранить данные.
demo-goal-note-a2 = НМП существует на бумаге (инструкция 2018 года), но местные группы им не пользуются; упор на практику.
demo-goal-note-i3 = Прокуроры сообщают об отсутствии параллельных финансовых расследований по делам 2025 года.
demo-goal-note-e10 = Министерство финансов просит расчёт затрат по каждой мере до бюджетного циркуляра в мае.
demo-games-goal = Предотвратить эксплуатацию в связи с региональными играми 2029 года
demo-games-guidance = Крупные мероприятия создают временную работу в строительстве и гостиничном деле; заранее планируйте проверки и разъяснительную работу.
demo-games-action = Проводить совместные трудовые проверки на строительных объектах игр с 2028 года.
demo-shelter-action = Открыть в столице приют для мужчин — жертв трудовой эксплуатации.
demo-games-indicator = Число совместных проверок на объектах игр
demo-games-target = Не менее 40 к 2029 г.
demo-shelter-indicator = Количество мест в приютах для мужчин
demo-shelter-target = 12 мест к 2028 г.
demo-verify-licensing = Реестр лицензий министерства
demo-shelter-note = Сейчас мужчин размещают в общежитиях; группа подчеркнула безопасность и неприкосновенность частной жизни.
demo-source-nrm = База данных случаев НМП
demo-source-police = Статистика полиции и прокуратуры
demo-source-courts = Система управления судебными делами
demo-source-budget = Отчёты об исполнении бюджета
demo-source-ngo = Отчёты НПО — поставщиков услуг
demo-monitoring-note = Исполнители отчитываются до 15 июля и 15 января по общей форме; аппарат координатора сводит отчёты, а Национальная комиссия рассматривает их дважды в год.

## demo progress: the demo plan's first year of monitoring reports (src/plan/demo_progress.rs)
demo-progress-dropped-reason = Утратила актуальность: эту задачу теперь охватывает новый Закон о социальных услугах.
demo-progress-done-not-started = Только подготовка: назначено контактное лицо, план работы в разработке.
demo-progress-done-dropped = Работа прекращена после реформы социальных услуг.
demo-progress-done-completed = Выполнена, отчет представлен Национальной комиссии.
demo-progress-done-delivered = Выполнена по плану; итоговый отчет прилагается.
demo-progress-done-routine = Выполняется как текущая работа ведомства за счет его собственного бюджета.
demo-progress-done-working-group = Рабочая группа провела три заседания; круг ведения согласован.
demo-progress-done-training = Проведены первые два учебных занятия: в столице и на севере.
demo-progress-done-draft = Проект текста направлен партнерам для замечаний.
demo-progress-done-tender = Объявлен тендер; договор ожидается в следующем квартале.
demo-progress-difficulty-budget = Бюджетная статья была утверждена с опозданием на четыре месяца.
demo-progress-difficulty-staff = Два обученных сотрудника ушли из подразделения; вакансии пока не заполнены.
demo-progress-difficulty-comments = Партнеры не прислали замечания вовремя.
demo-progress-measure-budget = Попросить Министерство финансов выделить средства при следующем пересмотре бюджета.
demo-progress-measure-staff = Набрать и обучить замену; передать учебный модуль региональным подразделениям.
demo-progress-measure-comments = Координатору установить окончательный срок на следующем заседании Комиссии.
# A qualitative indicator's value: a law or text the action was to produce.
demo-progress-value-adopted = Принято
demo-progress-value-draft = Проект подготовлен и находится на обсуждении
# $code is the reporting institution's abbreviation (MOI, MOJ...).
demo-progress-reported-by = Контактное лицо по противодействию торговле людьми, { $code }
