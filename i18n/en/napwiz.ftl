# napwiz interface and document strings, English (the fallback for every other language).
# Message ids are kebab-case, prefixed by the screen or module that uses them.
# Translators: keep every id; change only the text after "=". See README "Adding a language".

## Language choice and translators' folders (src/i18n)

lang-unknown = unknown language '{ $language }'; available: { $available }
locales-dir-unreadable = translations folder '{ $dir }' could not be read; using the built-in strings
locales-file-unreadable = could not read '{ $file }': { $error }
locales-file-broken = { $file }:{ $line }:{ $column }: { $problem }
locales-file-skipped = '{ $file }' not used: using the built-in strings instead

## Key bindings (src/tui/bindings.rs): each binding's label in the footer and the key help.
## The id after key- is the binding's config name, with _ written as -.
key-up = up
key-down = down
key-page-up = page up
key-page-down = page down
key-first = first
key-last = last
key-next-step = next step
key-prev-step = prev step
key-steps = steps
key-search = search
key-undo = undo
key-redo = redo
key-help = help
key-theme = theme
key-mouse = mouse
key-redraw = redraw the screen
key-conflicts = merge conflicts
key-save-over = save over a changed file
key-back = back
key-quit = quit
key-follow-facilitator = follow facilitator
key-take-over-writing = take over writing
key-edit = edit
key-change = change
key-previous-value = previous value
key-next-value = next value
key-next-field = next field
key-previous-field = previous field
key-clear-field = clear field
key-include = include
key-exclude = exclude
key-priority-high = high
key-priority-medium = medium
key-priority-low = low
key-baseline = baseline
key-timeframe = timeframe
key-lead = lead
key-suggested-lead = suggested lead
key-partners = partners
key-notes = notes
key-guidance = guidance
key-add-action = add action
key-add-goal = add goal
key-delete-item = delete custom item / indicator
key-undo-typing = undo typing
key-redo-typing = redo typing
key-move = move
key-start-end = start / end
key-delete-before = delete before
key-delete-after = delete after
key-keep-and-close = keep and close
key-new-line = new line
key-editing-keys = editing keys
key-keep = keep
key-cancel = cancel
key-nothing = nothing (never types)
key-open = open
key-add-remove = add/remove
key-filter = filter
key-add-own = add own
key-delete-own = delete own
key-own-previous-type = own: previous type
key-own-next-type = own: next type
key-close-goal = close goal
key-next-panel = next panel
key-previous-panel = previous panel
key-go-to-item = go to item
key-panel-1 = panel 1
key-panel-2 = panel 2
key-panel-3 = panel 3
key-panel-4 = panel 4
key-panel-5 = panel 5
key-panel-6 = panel 6
key-choose-or-write = choose / write
key-write-files = write files
key-scroll-preview = scroll preview
key-scroll-back = scroll back
key-close = close
key-go = go
key-choose = choose
key-choose-stay-open = choose, stay open
key-done = done
key-previous-side = previous side
key-next-side = next side
key-take-it = take it
key-keep-current-value = keep current value
key-open-read-only = open read-only
key-take-over = take over
key-save-elsewhere = save elsewhere
key-save-here-again = save here again
key-quit-keeping-backup = quit, keep a backup
key-back-to-the-plan = back to the plan
key-yes = yes
key-no = no

## Overlays: search, quit, prompts, key help, conflicts, steps, guidance (src/tui/view/overlay.rs)

search-title = Search the checklist: { $found } found
quit-question-saved = Quit napwiz? Everything is saved.
quit-question = Quit napwiz?
create-question = '{ $path }' does not exist. Create a new plan there?
lock-title = Plan locked on another computer
lock-open-elsewhere = { $name } is open in another napwiz:
lock-holder = { $user } on { $host }, since { $since }
lock-cannot-check = napwiz cannot check from here whether that session is still running. Take over only if it has ended, or two people will overwrite each other.
prompt-new-plan-title = New plan: its title
prompt-open-path = Open a plan file: its path
prompt-new-action = New action under { $goal }
prompt-new-goal = New goal in { $area }
prompt-new-institution = New institution: name, short code
prompt-roster-filter = Filter institutions
prompt-save-elsewhere = Save the plan in this file, then quit
hint-new-plan-title = e.g. National Action Plan 2027-2030
hint-open-path = the path of a plan file, e.g. ~/plans/nap.ron
hint-new-institution = name, comma, short code: Anti-Trafficking Office, ATO
hint-roster-filter = part of a code or a name
hint-new-item = its wording; empty adds nothing
hint-save-elsewhere = a file in a folder you can write to, e.g. ~/nap.ron
editor-question-mark-keys = ? (again)
editor-question-mark = type a question mark
editor-expected = Expected: { $hint }
editor-esc-again-closes = Esc again: close without keeping
editor-esc-cancels = Esc: cancel
editor-not-kept = Not kept yet: { $error } ({ $leave })
editor-save-here-and-quit = { $key }: save here and quit
editor-back-to-question = { $key }: back to the question
conflicts-title = Merge conflicts: { $left } left
conflicts-side = { $value } (from { $source })
steps-title = Steps
help-title = Keys (Up/Down scroll, Esc closes)
help-keys-here = Keys here ({ $context }):
help-everything-saved = Everything is saved as you go. Esc goes back one level; in a one-line prompt it cancels and keeps the old value.
help-thin-link = Thin link (over SSH): while keys move down a list, the item's description and the keys line wait until the keys pause. napwiz --link local draws everything at once.
help-context-start = start
help-context-form = form
help-context-roster = institutions
help-context-area-list = goals and actions
help-context-area-fields = an item's decision
help-context-review = review
help-context-generate = generate
help-context-other = this screen
guidance-title = Guidance
guidance-own-item = This is the team's own item; the content pack has no guidance for it.
guidance-title-goal = Guidance: { $goal }
guidance-expected-result = Expected result
guidance-standards = Standards
guidance-example-indicators = Example indicators
guidance-indicators-for = Indicators for { $action }
guidance-usually = Usually: { $horizon }.
unsaved-not-saved-yet = the last changes have not been saved yet.
unsaved-retry-changed = save here again: yours replaces the file, the other version goes to the backups
unsaved-retry-failed = save here again (after freeing space or restoring the folder)
unsaved-why = Quit without losing them. Why the save failed:
unsaved-save-elsewhere = save the plan in another file (you choose where), then quit
unsaved-quit-keeping-backup = quit now; your work is kept as an emergency backup in the data folder
unsaved-title = Your changes are NOT saved
question-title = Question
question-yes = yes
question-no = no

## Header, message line and footer (src/tui/view/mod.rs)

screen-too-small = terminal too small: need { $need_width } x { $need_height }, have { $width } x { $height }. Enlarge the window or reduce the font size.
header-saved = saved
header-unsaved = UNSAVED
header-not-saved = NOT SAVED
header-read-only = READ-ONLY
header-following = FOLLOWING
header-decided = { $percent }% decided
header-no-plan = no plan open
header-step = step { $n } of { $m }: { $name }
# Before the plan's title when its checklist is a translation nobody has reviewed yet.
header-draft-translation = [translation not reviewed]
message-read-only = Read-only: { $why }
message-changed-on-disk = Not saved ({ $key } keeps yours, backs up the other): { $why }
message-save-failed = NOT SAVED: { $why } { $retry }: try again. { $quit }: save elsewhere or keep a backup, then quit.

## Start screen (src/tui/view/start.rs)

start-title = Start
start-purpose = Design a National Action Plan against trafficking in human beings.
start-provenance = The checklist follows the structure of ICMPD's Practitioner's Guide (2021), Chapter A; its wording is napwiz's own, not ICMPD's text.
# $language is a language code (fr, es, ru).
start-draft-translation = Checklist in { $language }: a draft translation, not yet reviewed by a native speaker.
start-new-plan = New plan...
start-open-demo = Open the demo plan (fictional country)
start-open-file = Open a plan file...
start-recent = Recent: { $path }

## Area steps: goals and actions (src/tui/view/area.rs)

area-no-goals = No goals. Press { $key } to add one.
area-own-item = { $text } (own)
area-carried-over-item = { $text } (carried over)
area-goal-count = { $decided }/{ $all } decided, { $included } in plan
area-tag-in-place = in place
area-tag-partly = partly
area-tag-missing = missing
area-tag-not-applicable = n/a
area-tag-notes = notes
area-tag-short = short
area-tag-medium = medium
area-tag-long = long
area-strip-notes-none = none
area-strip-notes-yes = yes
area-strip = Timeframe { $timeframe } | partners { $partners } | notes: { $notes }
area-suggested-strip = Suggested lead { $lead } ({ $take } takes it), partners { $partners } ({ $pick })
area-suggested = Suggested: lead { $lead } ({ $take } takes it); partners { $partners }; { $horizon }.

## Institution picker (src/tui/view/picker.rs)

picker-lead = Lead institution for { $item } (type a code or filter)
picker-partners = Partners for { $item } (Enter marks, Esc done)
picker-monitoring-body = Monitoring body (type a code or filter)
picker-no-match = No institution matches. Backspace changes the filter.
picker-not-on-roster = not on roster
picker-suggested-for = Suggested for { $item }
picker-suggested = Suggested
picker-on-roster = On the roster
picker-catalogue = Catalogue: choosing one adds it to the roster

## Generate step (src/tui/view/generate.rs)

generate-title = Generate the draft action plan
generate-current-folder = the current folder
generate-clean-copy = Clean copy for circulation (no notes or drafting marks)
# Followed directly by the folder's path: keep the trailing space.
generate-write-into = Write the chosen files into{" "}
generate-preview = Preview ({ $lines } lines, { $back }/{ $on })
generate-wrote = wrote { $list } into { $folder }

## Institutions step (src/tui/view/roster.rs)

roster-filter = filter: { $filter }
roster-title = Institutions: { $count } on the roster
roster-own = own, { $kind }

## Plan setup and monitoring forms (src/tui/view/form.rs)

form-plan-setup = Plan setup
form-monitoring = Monitoring set-up

## Pop-ups (src/tui/view/popup.rs)

popup-filter = Filter:

## Review dashboard (src/tui/view/dashboard.rs)

review-panel-by-area = Plan by area
review-panel-baseline = Baseline
review-panel-workload = Workload
review-panel-timeline = Timeline
review-panel-gaps = Gaps
review-panel-health = Health check
review-area-head = { $area }: { $included } of { $actions } actions included, { $goals_included } of { $goals } goals
review-high = high
review-medium = med
review-low = low
review-decided = { $decided } of { $actions } actions decided ({ $percent }%), { $included } included.
review-baseline-in-place = in place
review-baseline-partly = partly
review-baseline-missing = missing
review-baseline-not-applicable = n/a
review-baseline-unknown = unknown
review-workload-intro = Included actions each institution leads and partners in, busiest first
review-workload-row = { $code } lead { $leads }  partner { $partners }
review-goal = Goal
review-unscheduled = { $count ->
    [one] { $count } included action has no timeframe yet
   *[other] { $count } included actions have no timeframe yet
}
review-no-gaps = No assessed gap is left open.
review-health-title = { $errors } errors, { $warnings } warnings
review-no-problems = No problems found.
review-error = error
review-warning = warning

## Wizard steps (src/plan/step.rs)

step-start = Start
step-setup = Plan setup
step-roster = Institutions
step-area = Area
step-review = Review
step-monitoring = Monitoring set-up
step-generate = Generate

## Field labels and hints of the forms (src/plan/fields.rs)

field-title = Title
field-country = Country
field-first-year = First year
field-last-year = Last year
field-coordinating-body = Coordinating body
field-national-coordinator = National coordinator
field-facilitator = Facilitator
field-workshop-dates = Workshop dates
field-language = Working language
field-currency = Budget currency
field-monitoring-body = Monitoring body
field-reporting = Progress reports
field-review = Review by coordination body
field-mid-term = Mid-term evaluation (year)
field-final = Final evaluation (year)
field-data-sources = Data sources
field-notes = Notes
field-wording = Wording
field-inclusion = In the plan
field-baseline = Baseline
field-priority = Priority
field-timeframe = Timeframe
field-lead = Lead
field-partners = Partners
field-indicator = Indicator { $n }
field-indicator-kind = type
field-indicator-baseline = baseline
field-indicator-target = target
field-indicator-verification = verified by
field-indicator-frequency = measured
field-add-indicator = Add indicator
field-budget-amount = Budget estimate
field-budget-source = Funding source
hint-year = a year: YYYY, e.g. 2027
hint-workshop-dates = YYYY-MM-DD; several with commas: 2026-11-28, 2026-11-29
hint-currency = a currency code, e.g. EUR
hint-required = required
hint-evaluation-year = a year: YYYY, e.g. 2029; empty for none
hint-data-sources = one data source per line
hint-timeframe = short, medium, long, a year (2028) or years (2027-2029)
hint-budget-amount = whole units, e.g. 50000 or 52,500

## Step list progress (src/tui/derived.rs)

steps-filled = { $n } of { $all } filled
steps-institutions = { $count ->
    [one] { $count } institution
   *[other] { $count } institutions
}
steps-decided = { $n } of { $all } decided

## Decision values: baseline, inclusion, priority, timeframe, frequency (src/plan/mod.rs)

baseline-unknown = unknown
baseline-in-place = in place
baseline-partly-in-place = partly in place
baseline-missing = missing
baseline-not-applicable = not applicable
inclusion-open = not decided
inclusion-included = included
inclusion-excluded = not included
priority-high = high
priority-medium = medium
priority-low = low
timeframe-short = short term
timeframe-medium = medium term
timeframe-long = long term
frequency-monthly = monthly
frequency-quarterly = quarterly
frequency-six-monthly = every six months
frequency-annually = annually
frequency-biennially = every two years
frequency-end-of-plan = at the end of the plan

## Checklist values: horizon, indicator direction and kind, institution kind (src/content/mod.rs)

horizon-short = short term
horizon-long = long term
horizon-short-and-long = short term first step, then long term
direction-higher = higher is better
direction-lower = lower is better
indicator-input = input
indicator-output = output
indicator-outcome = outcome
indicator-impact = impact
institution-government = government
institution-independent = independent
institution-judicial = judicial
institution-civil-society = civil society
institution-international = international
institution-private = private

## The draft action plan and reports (src/document)

document-not-in-catalogue = not in the catalogue
document-draft = DRAFT
document-design-workshop = Design workshop
document-status = Status
document-status-working-draft = Working draft built from the design workshop's decisions; not yet approved.
document-facilitator = Facilitator
document-title-page = Title page
# A top-level annex's heading: "Annex A. Glossary".
document-annex-heading = Annex { $number }. { $title }
# The month as a date writes it ("29 November 2026"); Russian uses the genitive.
document-month-1 = January
document-month-2 = February
document-month-3 = March
document-month-4 = April
document-month-5 = May
document-month-6 = June
document-month-7 = July
document-month-8 = August
document-month-9 = September
document-month-10 = October
document-month-11 = November
document-month-12 = December

## Gaps for the drafting team: each is printed in brackets, "[to be decided]".

document-gap-decided = to be decided
document-gap-set = to be set
document-gap-defined = to be defined
document-gap-costed = to be costed
document-gap-measured = to be measured
document-gap-agreed = to be agreed
document-gap-completed = to be completed
document-gap-spelled-out = to be spelled out
document-gap-monitoring-body = monitoring body to be named
document-gap-outcome-indicator = outcome indicator to be defined
document-gap-lead = lead to be decided
document-gap-indicator = indicator to be defined
document-gap-result = to be worded: the change this objective brings about

## Chapter 1: introduction

document-introduction = Introduction
document-about-title = About this draft
document-about = This working draft of the { $title } covers { $country } for the years { $period }. It is dated { $date } and was built with napwiz from the decisions of the design workshop: of the { $actions } actions of the checklist, { $decided } were decided and { $included } are included here, under { $objectives } objectives.
# The clean copy for circulation: no word about the tool.
document-about-clean = This working draft of the { $title } covers { $country } for the years { $period }. It is dated { $date } and was built from the decisions of the design workshop: of the { $actions } actions of the checklist, { $decided } were decided and { $included } are included here, under { $objectives } objectives.
document-about-gaps = Passages marked "For the drafting team" and bracketed entries such as [to be decided] are gaps the drafting team still has to fill.
document-about-checklist = About the checklist: { $provenance }
document-glance-title = The plan at a glance
document-glance = The workshop assessed { $assessed } actions as missing or partly in place; { $left_open } of them are not included in this draft (Annex C).
document-area-chart = Included actions per area, by priority
document-area-chart-description = The number of actions included in the draft in each area, by priority.
document-series-high = high
document-series-medium = medium
document-series-low = low
document-series-not-set = not set
document-situation = Situation analysis
document-situation-gap = Summarise the situation the plan responds to: the forms of trafficking and exploitation found in the country, the profiles of identified and presumed victims and of offenders, the trends of recent years, the data behind these findings and their gaps, and the recommendations of international monitoring bodies.
document-legal = Legal and policy framework
document-legal-gap = Describe the legal and policy framework: the international instruments the country has ratified, the national law on trafficking (criminal law, victim protection, migration, labour and child protection), related strategies, and amendments under way.
document-lessons = Lessons from the previous plan
document-lessons-gap = Summarise the lessons from the previous plan: what it achieved, what was not carried out and why, what its evaluation found, and how this plan responds. If this is the first plan, say so.

## Chapter 2: guiding principles (src/document/principles.rs)

document-principles = Guiding principles
principles-intro = These principles apply to every action in this plan, to the way it is implemented and to the way it is monitored. The drafting team should adapt them to the country's law and policy.
principles-rights = Human rights and a victim-centred approach
principles-rights-meaning = The rights, safety and dignity of victims and of people at risk come first. Assistance does not depend on a victim's willingness to cooperate with the authorities, victims are not punished for offences they were compelled to commit, and every measure is planned from the point of view of the person it is meant to help.
principles-gender-child = Gender- and child-sensitive
principles-gender-child-meaning = Measures take account of the different ways in which women, men, girls and boys are recruited, exploited and helped. In every action that concerns a child, the best interests of the child come first, and a person whose age is uncertain is treated as a child until assessed.
principles-non-discrimination = Non-discrimination
principles-non-discrimination-meaning = Every victim is protected and assisted regardless of sex, nationality, ethnic origin, migration or residence status, disability, sexual orientation, the form of exploitation or any other status.
principles-do-no-harm = Do no harm
principles-do-no-harm-meaning = Every action is checked for unintended effects on victims and on groups at risk, such as stigma, loss of income, renewed trauma or exposure to traffickers, and adjusted when such effects appear.
principles-participation = Participation of civil society and survivors
principles-participation-meaning = Civil society organisations, trade unions, employers and survivors take part in designing, implementing and monitoring the plan. Survivors take part voluntarily, safely and with informed consent, and their time and expertise are recognised.
principles-evidence = Evidence-based
principles-evidence-meaning = Actions respond to the situation analysis and to data on cases, trends and services. The plan is revised when the evidence changes, and data are collected disaggregated by sex, age, nationality and form of exploitation.
principles-accountability = Accountability
principles-accountability-meaning = Every action has a lead institution, a timeframe, indicators and, where it costs money, a budget. Progress is reported regularly and openly, and the plan is evaluated independently at mid-term and at its end.

## Chapter 3: coordination and implementation structure

document-coordination-title = Coordination and implementation structure
document-structure = Coordinating body and national coordinator
document-coordination = The coordinating body steers the national response and approves the plan's reports; the national coordinator leads its day-to-day implementation and convenes the institutions below.
document-coordination-gap = Describe the coordinating body's mandate and legal basis, its members, how often it meets, its secretariat, and how civil society and survivors take part.
document-coordinating-body = Coordinating body
document-national-coordinator = National coordinator
document-monitoring-body = Monitoring body
document-institutions-title = Implementing institutions and their roles
document-institutions = The roster lists { $roster } institutions; { $active } of them lead or partner in at least one included action. The lead institution of an action is accountable for carrying it out and reporting on it; partners contribute. Annex A lists the actions of each institution.
document-institutions-caption = Institutions, their codes and their roles
document-institutions-table = Institutions
document-workload-chart = Workload per institution
document-workload-chart-description = The number of included actions each institution leads or partners in, busiest first.
document-series-leads = leads
document-series-partner-in = partner in

## Area chapters

document-area-empty = No action of this area is included in the draft yet. Decide with the working group whether the area needs objectives in this plan, and say why if it does not.
document-objective-empty = No action has been included under this objective yet.
document-workshop-notes = Workshop notes: { $notes }
document-action-notes = Workshop notes on the actions:
document-expected-result = Expected result by { $year }
document-outcome-indicator = Outcome indicator
document-actions-caption = Actions under objective { $number }

## Table column headers (documents, spreadsheets and CSV files)

document-column-number = No.
document-column-action = Action
document-column-area = Area
document-column-objective = Objective
document-column-institution = Institution
document-column-code = Code
document-column-kind = Kind
document-column-leads = Leads
document-column-partner-in = Partner in
document-column-leads-actions = Leads actions
document-column-partner-in-actions = Partner in actions
document-column-lead = Lead
document-column-partner = Partner
document-column-partners = Partners
document-column-timeframe = Timeframe
document-column-priority = Priority
document-column-indicators = Indicators
document-column-indicator = Indicator
document-column-target = Target
document-column-budget = Budget
document-column-budget-source = Budget and source
document-column-current-status = Current status
document-column-item = Item
document-column-baseline = Baseline
document-column-decision = Decision
document-column-notes = Notes
document-column-for = For
document-column-type = Type
document-column-verification = Means of verification
document-column-frequency = Frequency
document-column-responsible = Responsible
document-column-from = From
document-column-to = To
document-column-currency = Currency
document-column-funding-source = Funding source
document-column-checklist-item = Checklist item
document-column-year = Year

## Monitoring chapter

document-monitoring-title = Monitoring, review and evaluation
document-monitoring = Monitoring follows whether the actions are carried out as planned; reviews and evaluations ask whether they achieve the plan's objectives. Each lead institution reports on its actions against the indicators of the monitoring framework; the monitoring body consolidates the reports and presents them to the coordinating body.
document-arrangements = Monitoring, review and evaluation arrangements
document-progress-reports = Progress reports from the implementing institutions
document-review = Review of the plan
document-mid-term = Mid-term evaluation
document-final-evaluation = Final evaluation
document-data-sources = Data sources:
document-data-sources-gap = List the data sources the monitoring body will use.
document-framework-title = Monitoring framework
document-framework = One table per objective: first the outcome indicators that show whether the objective is achieved (measured by the monitoring body), then one row per indicator of each included action (reported by the action's lead institution).
document-framework-caption = Objective { $number }: { $title }
document-objective = Objective { $number }

## Annexes

document-responsibility-title = Responsibility matrix
document-responsibility = Who does what: for each institution, the numbers of the included actions it leads and those it partners in. The spreadsheet export has the same matrix with one column per institution.
document-responsibility-caption = Responsibility matrix: the actions each institution leads or partners in
document-timeline-title = Implementation timeline
document-timeline = The included actions year by year, by area: a bar (or a mark in the table) for each year an action runs. Short and medium term are read as the first and second third of the plan period, long term as the whole period.
document-timeline-unscheduled = Set the timeframe of the actions not shown: { $numbers }.
document-timeline-caption = Timeline: { $area }
document-timeline-description = When each included action of the area { $area } runs, year by year.
document-timeline-table = Timeline
document-gaps-title = Gap analysis
document-gaps = Actions the workshop assessed as missing or partly in place that no included action addresses. The drafting team should confirm that each is left open on purpose, or add it to the plan.
document-gaps-none = No assessed gap is left open.
document-gaps-caption = Assessed gaps left open
document-glossary-title = Glossary
document-glossary = The terms of the napwiz glossary that this draft uses.
document-glossary-clean = The terms this draft uses.
document-glossary-none = This draft uses no glossary term.
document-abbreviations-title = Abbreviations
document-abbreviations = The institution codes and other abbreviations this draft uses.
document-abbreviations-none = This draft uses no abbreviation.

## What a change did, on the message line (src/tui/changes.rs)

changed-timeframe-cleared = timeframe cleared
changed-timeframe = timeframe { $timeframe }
changed-notes = notes edited
changed-priority-cleared = priority cleared
changed-priority = priority { $priority }
changed-baseline = baseline { $baseline }
changed-lead-cleared = lead cleared
changed-lead = lead { $code }
changed-partner-added = { $code } added as partner
changed-partner-removed = { $code } no longer a partner
changed-included-again = included again
changed-indicators = { $count ->
    [one] { $count } indicator
   *[other] { $count } indicators
}
changed-prefilled = pre-filled { $parts }
changed-indicators-added = { $count } indicator(s) added
changed-indicators-deleted = { $count } indicator(s) deleted
changed-on-roster = { $code } now on the roster
changed-off-roster = { $code } off the roster

## Area steps: what a key did (src/tui/update/area.rs)

area-open-goal-first = open the goal ({ $key }) and choose one of its actions
area-baseline-next = { $item } baseline: { $baseline } ({ $key } for the next)
area-no-suggested-lead = no suggested lead for { $item }: { $key } picks one
area-already-leads = { $code } already leads { $item }
area-delete-own-only = only the team's own goals and actions can be deleted; exclude this one with { $key }
area-delete-actions-first = delete this goal's actions first
area-deleted = { $item } deleted
area-deleted-undo = { $item } '{ $text }' deleted ({ $key } restores it)
area-indicator-deleted = { $item }: indicator { $n } deleted

## Changes, undo and redo (src/tui/update/change.rs)

change-no-plan = open or create a plan first
change-read-only = read-only: { $why }
change-undone = undone
change-redone = redone
change-nothing-to-undo = nothing to undo
change-nothing-to-redo = nothing to redo
change-travelled = { $done }: { $label }

## Merge conflicts (src/tui/update/conflicts.rs)

conflicts-none = no merge conflicts
conflicts-resolved-one = conflict on { $target } { $field } resolved
conflicts-all-resolved = all merge conflicts resolved

## Prompts: what Enter and Esc did (src/tui/update/editor.rs)

editor-nothing-changed = nothing changed
editor-cancelled = cancelled: the old value is kept
editor-edited = { $field } edited
editor-need-title = type a title for the plan
editor-need-path = type the path of a plan file
editor-need-save-path = type the path of the file to save the plan in
editor-action-added = action added
editor-goal-added = goal added

## Forms: changing and clearing fields (src/tui/update/form.rs)

form-changed = { $field } changed
form-nothing-to-clear = nothing to clear here: { $key } edits this field
form-cleared = { $field } cleared
form-already-not-set = { $field }: already not set
form-undo-restores = { $said } ({ $key } restores it)
form-indicator-added = { $item }: indicator added
form-new-indicator = New indicator

## Generate step: the clean copy (src/tui/update/generate.rs)

generate-clean-on = clean copy: no workshop notes or drafting marks; the gaps go to a checklist file beside it
generate-clean-off = working draft: notes and drafting marks ([to be decided]) are in the document

## The wizard's terminal, opening and saving (src/tui/app.rs)

app-not-a-terminal = the wizard needs an interactive terminal, and this is not one. Use `napwiz --plain` for a line-by-line wizard (it reads from a pipe too), or the subcommands (napwiz --help), e.g. `napwiz summary PLAN`.
app-default-title = National Action Plan
app-choose-a-format = choose at least one format
app-previous-not-kept = the previous plan's unsaved changes could not be kept: { $error }
app-conflicts-to-resolve = { $count } merge conflicts to resolve: press { $key }.
app-save-as-exists = '{ $path }' already exists; choose another file name (napwiz does not overwrite it)
app-saved-over = saved; the version that was on disk is among the backups

## What was being typed, named when it is kept (src/tui/typed.rs)

typed-field-of = the { $field } for { $item }
typed-field = the { $field }
typed-new-action = the action being added under { $goal }
typed-new-goal = the goal being added in area { $area }
typed-new-institution = the institution being added
typed-new-plan-title = the new plan's title
typed-path = the path being typed

## Key overrides in the config (src/tui/keymap.rs)

keys-unknown-binding = unknown binding '{ $name }'
keys-unknown-key = unknown key '{ $key }' for '{ $name }'

## Emergency saves (src/tui/rescue.rs)

rescue-no-backup = could not write an emergency backup in '{ $dir }' nor in '{ $spare }'; free some space, then try again
# $why is empty or " (the reason)", with its leading space.
rescue-note = the plan could not be saved in '{ $path }'{ $why }. All your work, every change, is in the emergency backup '{ $kept }': copy it to where the plan should live.
rescue-typed-kept = { $what } you were typing is in '{ $path }'.
rescue-typed-lost = { $what } you were typing could not be kept: { $error }.
rescue-saved = the plan is saved in '{ $path }'.
rescue-holds-typed = It holds { $what } you were typing.
rescue-loose-file = napwiz kept { $what } you were typing when it stopped:
rescue-stopped-by = stopped by { $signal }; { $said }
rescue-panic = napwiz stopped because of an internal error.
rescue-panic-kept = Your work was kept first: { $saved }
rescue-panic-report = Please report this message to the napwiz maintainers.

## What opening, creating and saving did (src/tui/update/outcome.rs)

outcome-resumed = Resumed at { $place }, where this plan was left.
outcome-created = created { $path }
outcome-saved-as = saved in { $path }; this is now the plan's file

## Institutions step: what a key did (src/tui/update/roster.rs)

roster-type-changed = institution type changed
roster-changed = roster: { $code }
roster-added = { $code } added to the roster
roster-removed = { $code } removed from the roster
roster-removed-with-roles = { $code } removed from the roster, but it still has { $roles } roles in the plan (see Review)
roster-has-roles = it has { $roles } roles in the plan; assign them to others first
roster-own-deleted = own institution deleted
roster-deleted-undo = { $code } deleted from the roster ({ $key } restores it)
roster-own-added = { $code } added
roster-own-added-type = { $code } added; Left/Right sets its type

## Institution picker: what a key did (src/tui/update/picker.rs)

picker-nothing-matches = no institution matches '{ $filter }': Backspace changes the filter, { $key } closes
picker-monitoring-body-set = monitoring body { $code }
picker-lead-not-partner = { $code } leads { $item }, so it is not also a partner ({ $key } changes the lead)
picker-partner-label = { $item } partner { $code }

## Theme, mouse and saving (src/tui/update/mod.rs)

update-theme = theme: { $theme } ({ $key } for the next one)
update-mouse-on = mouse on: clicks select; Shift+drag still copies in most terminals
update-mouse-off = mouse off
update-everything-saved = everything is saved

## Moving between steps (src/tui/update/nav.rs)

nav-not-in-checklist = '{ $item }' is not in the checklist
prompt-read-only = this plan is open read-only

## Excel workbook: sheet names (at most 31 characters, none of : \ / ? * [ ]), properties, page header and footer (src/export/xlsx.rs)

xlsx-sheet-actions = Actions
xlsx-sheet-budget = Budget
xlsx-sheet-timeline = Timeline
xlsx-sheet-monitoring = Monitoring framework
xlsx-sheet-responsibilities = Responsibilities
xlsx-sheet-gaps = Gaps
xlsx-sheet-institutions = Institutions
xlsx-status-draft = Draft
xlsx-made-with = Made with napwiz
xlsx-not-in-list = Not in the list
xlsx-one-of = { $column } is one of: { $values }
xlsx-header-draft = DRAFT
# $page and $pages are Excel's page fields; keep both.
xlsx-footer-page = Page { $page } of { $pages }

## Plain mode (src/plain.rs). Typed commands (i, x, 1-3, b:, t:, L:, P:, n:, go, q, <, >) stay as they are.

plain-welcome = napwiz, plain mode. Answer each prompt and press Enter. Enter alone keeps what is in [brackets]; < goes back; > goes to the next step; ? helps; q saves and quits.
plain-nothing-saved = Nothing was saved: the plan is read-only { $path }.
plain-saved = Saved { $path }.
plain-commands-help = At any prompt: ? this help, /words search the checklist, go P1.2 or go 4 (a step) to go there, > next step, < back, q save and quit. Enter alone keeps what is in [brackets].
plain-search-none-in-part = Nothing in this breakout part matches '{ $query }' ({ $outside ->
    [one] 1 item
   *[other] { $outside } items
} outside it).
plain-search-none = Nothing in the checklist matches '{ $query }'.
plain-search-found = { $count ->
    [one] 1 item
   *[other] { $count } items
} found (go ID goes there):
plain-search-more = ... and { $count } more: add a word to narrow it
plain-search-outside = ({ $count ->
    [one] 1 more
   *[other] { $count } more
} outside this breakout part)
plain-start-new = New plan
plain-start-open = Open a plan file
plain-choice = Choice [1]:
plain-choice-help = Type 1, 2 or 3.
plain-new-title = Title of the new plan:
plain-title-needed = a title is needed
plain-path = Path of the plan file:
plain-not-a-choice = '{ $answer }' is not a choice; type 1, 2 or 3
plain-created = Created { $path }.
plain-create-question = { $path } does not exist. Create a new plan there? [y/N]
plain-create-help = y creates it, n stops.
plain-note = Note: { $notice }
plain-open-elsewhere = the plan is open in another napwiz ({ $holder })
plain-read-only = Read-only: { $why }. Nothing you answer will be saved.
plain-locked = { $path } is open in another napwiz: { $user } on { $host }, since { $since }. napwiz cannot check from here whether that session is still running.
plain-lock-question = Open it [r]ead-only, [t]ake over the lock (only if that session has ended), or [c]ancel?
plain-lock-answer = Please answer r, t or c.
plain-read-only-unchanged = read-only: not changed
plain-not-saved = not saved: { $error }
plain-no-such-step = there is no step { $n }: steps go from 2 (plan setup) to { $steps }
plain-bad-go = '{ $target }' is neither a step number (2 to { $steps }) nor a checklist id such as P1.2
# $item is empty or ", P1.2" with its comma.
plain-resuming = Resuming where this plan was left: step { $step } of { $steps }, { $name }{ $item } (go 2 starts from the plan setup).
plain-step-roster = Institutions (the roster)
plain-end-of-input = End of input; everything is saved.
plain-step = Step { $step } of { $steps }: { $name }
plain-field-help = Type the new value, or Enter to keep it.
plain-roster-prompt = Numbers to add or remove (e.g. 3 7 12), a to add your own, l to list, Enter to go on, < back:
plain-roster-help = A number adds the institution, or removes it when it is [x]; several at once are separated by spaces.
plain-roster-numbers = type numbers from 1 to { $n } (l lists them)
plain-own-help = For example: Anti-Trafficking Office, ATO
plain-own-prompt = Name, short code (e.g. Anti-Trafficking Office, ATO):
plain-own-added = Added { $code } ({ $name }) to the roster.
plain-goal-prompt = Enter: its { $count } actions; s: skip the goal; g: guidance; <: back:
plain-goal-help = Enter goes through the goal's actions one by one.
plain-goal-answer = '{ $answer }': press Enter, s, g or <
plain-now = now: { $now }
plain-decision-prompt = Decision (e.g. i 1 L:MoI P:NGO,CSW b:missing t:short n:note; Enter keeps; ? help):
plain-pause = Enter to go on, < back:
plain-monitoring-help = Monitoring body: an institution code (e.g. NCO). Frequencies: monthly, quarterly, six-monthly, annually, two-yearly, end. Data sources: separated by ';'.
plain-generate = The draft action plan will have { $chapters } chapters with { $included } included actions.
plain-roster-added = added { $codes }
plain-roster-removed = removed { $codes }
plain-roster-no-change = no change
plain-roster-count = The roster has { $count } institutions.
plain-decision-help-1 = i include, x not included, 1/2/3 priority high/medium/low (includes),
plain-decision-help-2 = b:unknown|in|partly|missing|na baseline, t:short|medium|long|2028|2027-2029 timeframe,
plain-decision-help-3 = L:CODE lead, P:CODE,CODE partners, n:text notes (the rest of the line).
plain-decision-help-4 = Several at once: i 1 L:MoI P:NGO b:missing.
plain-partners = partners { $codes }
plain-no-institution = no institution with code '{ $code }'
plain-not-understood = '{ $token }' is not understood; type ? for the list
plain-bad-baseline = baseline '{ $value }' is not one of unknown, in, partly, missing, na
plain-bad-frequency = '{ $value }' is not a frequency: monthly, quarterly, six-monthly, annually, two-yearly, end

## Export formats, as the Generate step lists them (src/export/mod.rs)

format-markdown = Markdown
format-html = HTML
format-docx = Word (DOCX)
format-xlsx = Excel (XLSX)
format-csv = CSV

## Follow mode (issue 20): a read-only copy that reloads when the plan's file changes.
follow-who-writer = Following { $user } on { $host }
follow-who-left = Following: { $user } on { $host } has quit writing ({ $key }: take over writing)
follow-who-nobody = Following: nobody is writing this plan now ({ $key }: take over writing)
follow-who-polling = { $who } (checking every half second)
follow-tail-on = { $key }: follow the facilitator (on)
follow-tail-off = { $key }: follow the facilitator (off)
follow-last-one = ; last change { $at }: { $change }
follow-last-more = ; last change { $at }: { $change } (and { $more } more)
follow-status = { $who }{ $last }. { $tail }.
follow-problem = Not updating: { $why }; showing the last good version. { $who }. { $tail }.
follow-changed-mark = * changed
follow-only-when-following = only a followed plan has that: napwiz --follow PLAN
follow-facilitator-on = following the facilitator: on (jumps to their item)
follow-facilitator-off = following the facilitator: off
follow-still-writing = { $user } on { $host } is still writing this plan; { $key } takes over once they quit
follow-opened = { $user } on { $host } has this plan open, so it opened read-only and follows their changes live.
plain-follow-intro = Following { $path } ({ $who }). Each change is one line, as napwiz diff says it; q and Enter, or Ctrl+C, stops.
plain-follow-writer = { $user } on { $host } is writing it
plain-follow-nobody = nobody is writing it now
plain-follow-polling = Checking the folder every half second.
plain-follow-stopped = Stopped following.
plain-follow-readable = The plan can be read again; following.
plain-follow-problem = Not updating: { $why }; still following the last good version.
plain-follow-writer-quit = The writer ({ $user } on { $host }) has quit; nothing changes until someone opens the plan.
plain-follow-writer-came = { $user } on { $host } is now writing the plan.

## Implementation report and evaluation pack: title pages, headings, sheet names (src/document/report.rs, src/document/evaluation.rs). Sheet names: at most 31 characters, none of : \ / ? * [ ]

report-status-draft = DRAFT IMPLEMENTATION REPORT
report-status = IMPLEMENTATION REPORT
report-period = Reporting period { $period } ({ $from } to { $to })
report-not-reported = not reported
report-chapter-summary = Summary
report-section-key-figures = Key figures
report-section-trend = Progress across periods
report-chapter-progress = Progress per area and objective
report-objective = Objective { $number }: { $title }
report-chapter-indicators = Indicators
report-chapter-budget = Budget execution
report-chapter-difficulties = Difficulties and corrective measures
report-section-overdue = Overdue actions
report-chapter-recommendations = Recommendations
report-annex-reporting = Reporting status by institution
report-sheet-actions = Actions
report-sheet-indicators = Indicators
report-sheet-budget-area = Budget by area
report-sheet-budget-source = Budget by source
report-sheet-institutions = Institutions
report-sheet-trend = Trend
evaluation-status = { $stage ->
    [final] FINAL EVALUATION PACK
   *[mid-term] MID-TERM EVALUATION PACK
}
evaluation-periods = Reporting periods { $first } to { $last }
evaluation-chapter-about = About this pack
evaluation-chapter-implementation = Implementation across periods
evaluation-section-by-period = The plan period by period
evaluation-section-actions = Each action period by period
evaluation-chapter-trajectories = Indicator trajectories
evaluation-chapter-questions = Evaluation questions
evaluation-relevance = Relevance
evaluation-coherence = Coherence
evaluation-effectiveness = Effectiveness
evaluation-efficiency = Efficiency
evaluation-impact = Impact
evaluation-sustainability = Sustainability
evaluation-annex-reporting = Reporting by institution across periods
evaluation-sheet-trend = Trend
evaluation-sheet-actions = Actions by period
evaluation-sheet-indicators = Indicators by period
evaluation-sheet-questions = Questions

## The draft's notice about a translated checklist (title page and "About this draft")
draft-fact-translation = Translation
# $language is a language code (fr, es, ru); $based_on the English checklist's version; $report how to report a correction (from the pack).
draft-translation-unreviewed = Draft translation of the checklist ({ $language }, from the English edition { $based_on }), not yet reviewed by a native-speaking practitioner. To report a correction: { $report }
# $ids lists checklist ids, e.g. "P1.2, A3.1"; the mark is [en].
draft-english-fallback = { $count ->
    [one] One checklist entry has no translation yet and is shown in English, marked [en]: { $ids }.
   *[other] { $count } checklist entries have no translation yet and are shown in English, marked [en]: { $ids }.
}

## Budget chapter and sheet (src/document/budget.rs)

budget-title = Budget
budget-summary = { $costed } of the { $included } included actions have a cost estimate, together { $amount }. { $not_costed } ({ $share }) have none yet: the costing gap listed in the last section of this chapter.
budget-note = The estimates are those recorded at the design workshop. They are indicative: each lead institution confirms the cost of its actions, and the budget is agreed with the ministry of finance and the donors before the plan is adopted.
budget-by-area-title = Budget by area and objective
budget-by-area = Estimates by area
budget-by-objective = Estimates by objective
budget-by-year-title = Budget by year
budget-year-note = An action's estimate is spread evenly over the years of its timeframe, so the yearly figures are a first guide for budget planning, not a schedule of payments.
budget-by-year = Estimates by year
budget-sources-title = Funding sources
budget-by-source = Estimates by funding source
budget-by-lead-title = Budget by lead institution
budget-lead-note = The estimates of the actions each institution leads, and its share of the estimated budget: what the institution will have to plan in its own budget or raise.
budget-by-lead = Share of the budget per lead institution
budget-costing-gap = Costing gap
budget-all-costed = Every included action has a cost estimate.
budget-gap = { $count } included actions have no cost estimate yet. The lead institution of each should cost it before the plan is adopted.
budget-gap-caption = Included actions without a cost estimate
budget-total = Total
budget-all-included = All included actions
budget-no-timeframe = timeframe not set
budget-no-source = source not named
# A budget with a funding source but no amount yet, in a merge conflict: "no amount (Donor)".
budget-no-amount = no amount
budget-no-lead = lead not decided
budget-column-costed = Costed actions
budget-column-costed-running = Costed actions running
budget-column-without-estimate = Without estimate
budget-column-without-estimate-long = Actions without estimate
budget-column-estimate = Estimate
budget-column-estimate-in = Estimate ({ $currency })
budget-column-share = Share
budget-column-share-percent = Share of the budget (%)
budget-column-budget-by = Budget by


## The export formats' own text: title page, contents, drafting marks (src/export)

export-for-drafting-team = For the drafting team:
export-draft-of = Draft of { $date }
export-preview-draft-of = draft of { $date }
export-contents = Contents
export-html-title = { $title } (draft)
export-status-draft = Draft
export-docx-subject = Draft national action plan, { $country }, { $period }
# The Word footer; the page number follows directly: keep the trailing space.
export-docx-footer = { $title } - DRAFT of { $date } - page{" "}
# A CSV cell of an action's number, worded so that no spreadsheet reads 4.1.2 as a date.
export-csv-action = Action { $number }
export-checklist-intro = The clean copy of this draft ({ $date }) leaves out the gaps below. Fill each in the plan, or in the document, before the plan is adopted.
export-checklist-none = Nothing is left open.

## What is wrong with a typed value (src/plan/edit.rs)

edit-not-a-year = '{ $text }' is not a year; type a year such as 2027
edit-year-required = a year is required, e.g. 2027
edit-years-reversed = { $first }-{ $last } ends before it starts
edit-years-outside = { $first }-{ $last } is outside the plan period { $period_first }-{ $period_last }
edit-not-an-amount = '{ $text }' is not an amount; type whole units, e.g. 50000
edit-empty = this cannot be empty
edit-first-after-last = the first year must not be after the last year ({ $last })
edit-last-before-first = the last year must not be before the first year ({ $first })
edit-not-a-date = '{ $text }' is not a date; type dates as YYYY-MM-DD, separated by commas
edit-wording-empty = the wording cannot be empty
edit-indicator-empty = an indicator needs a text; press d to delete it instead
# The text of an indicator just added, for the team to replace.
edit-new-indicator = New indicator
edit-institution-format = type the name, a comma, and a short code, e.g. Anti-Trafficking Office, ATO
edit-institution-exists = an institution with code { $code } already exists

## The plan's health check: findings (src/plan/health.rs) and moved items (src/plan/moved.rs)

health-no-title = the plan has no title
health-no-country = the plan names no country
health-period-reversed = the plan period { $first }-{ $last } ends before it starts
health-period-implausible = the plan period { $first }-{ $last } is not a plausible range of years
health-workshop-date = workshop date '{ $date }' is not a date; expected YYYY-MM-DD
health-other-pack = the plan was made with content pack '{ $plan_pack }', not '{ $pack }'; items are matched by id
health-roster-unknown = roster institution '{ $id }' is not in the catalogue; add it as a custom institution
health-institution-twice = custom institution id '{ $id }' is used twice
health-goal-twice = custom goal id '{ $id }' is used twice
health-goal-area = custom goal '{ $id }' is under unknown area '{ $area }'
health-action-twice = custom action id '{ $id }' is used twice
health-action-goal-moved = custom action '{ $id }' is under goal { $goal }, which now lives at { $to }
health-action-goal = custom action '{ $id }' is under unknown goal '{ $goal }'
health-item-unknown = '{ $id }' is not in the content pack; its decisions are kept but not shown in the plan
health-institution-unknown = { $id }: institution '{ $institution }' is neither in the catalogue nor on the roster
health-not-on-roster = { $id }: '{ $institution }' is not on the plan's institution roster
health-lead-also-partner = { $id }: the lead institution is also listed as a partner
health-timeframe-reversed = { $id }: timeframe { $first }-{ $last } ends before it starts
health-timeframe-outside = { $id }: timeframe { $first }-{ $last } is outside the plan period { $period_first }-{ $period_last }
health-no-lead = { $id }: included action has no lead institution
health-no-timeframe = { $id }: included action has no timeframe
health-no-indicator = { $id }: included action has no indicator
health-no-priority = { $id }: included action has no priority
health-no-target = { $id }: indicator '{ $indicator }' has no target
# The same indicator without a target in several actions: the first three are $named.
health-no-target-in = indicator '{ $indicator }' has no target in { $count } actions: { $named }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
health-what-notes = notes
health-what-indicator = an indicator
health-what-target = an indicator's target
health-what-monitoring-notes = the monitoring notes
health-what-mid-term = mid-term evaluation
health-what-final = final evaluation
health-long-text = { $what } is very long ({ $size } characters, about { $pages } pages): keep the decision short and move the detail to a separate document
health-long-text-cut = { $what } is very long ({ $size } characters, about { $pages } pages); the Excel export cuts it at { $limit } characters: keep the decision short and move the detail to a separate document
health-no-monitoring-body = no monitoring body is named (step Monitoring set-up)
health-evaluation-outside = { $what } in { $year } is outside the plan period { $period_first }-{ $period_last }
moved-done = decision for { $from } now lives at { $to }
moved-kept = decision for { $from } belongs at { $to }, which has a decision of its own; { $from } is kept but not shown: merge them by hand
moved-summary = The content pack merged some items: { $moves }.

## Opening and saving plan files (src/store/mod.rs)

store-open-elsewhere = open in another napwiz: { $holder }
store-opened-read-only = opened read-only
store-file-read-only-short = the file is read-only (chmod u+w to edit it)
store-folder-read-only-short = its folder is not writable (no lock, no saving; export works)
store-file-read-only = the file is read-only (its permissions allow no writing), so napwiz will not change it; to edit it, make it writable (chmod u+w '{ $path }') and open it again, or copy it to a new file
store-folder-read-only = its folder '{ $folder }' is not writable, so napwiz can neither lock nor save the plan; reading and exporting work. To edit it, copy it to a writable folder
store-plan-read-only = plan '{ $path }' is read-only: { $why }
store-lock-unverified = plan '{ $path }' is locked by { $holder }. napwiz cannot check from this computer whether that session is still running: open the plan read-only, or take the lock over if that session has ended.
store-locked = plan '{ $path }' is open in another napwiz: { $holder }. Open it read-only, or ask them to close it.
journal-changed = the journal '{ $path }' was changed or removed by another program
store-journal-recovered = Applied { $count ->
    [one] 1 change
   *[other] { $count } changes
} from '{ $journal }': the last session wrote them there and ended before writing them into the plan file.
store-journal-torn = Left out { $count ->
    [one] 1 damaged change
   *[other] { $count } damaged changes
} at the end of '{ $journal }' (napwiz stopped while writing); the changes before are in the plan.
store-journal-stale = '{ $journal }' holds changes made to another version of '{ $path }' (the plan was changed outside napwiz since): they are not applied.
store-journal-backed-up = { $count ->
    [one] 1 change
   *[other] { $count } changes
} in '{ $journal }', not yet written into the plan file, went into the backup taken before it was replaced.
store-journal-not-folded = Could not write the changes into '{ $path }' ({ $error }); they are safe in '{ $journal }', and the next napwiz to open the plan applies them.
app-journal-left = The latest changes are in '{ $journal }', not yet in '{ $path }': open the plan in napwiz again to write them into it (until then, every napwiz command reads them from there).
store-journal-kept = '{ $journal }' is kept as '{ $kept }': compare it with the plan and enter what is missing by hand, then delete it.
store-journal-unreadable = Could not read or move '{ $journal }' ({ $error }): the latest changes it may hold are not shown.
store-journal-left = Could not remove '{ $journal }' after writing its changes into the plan; the plan holds them all, the journal can be deleted.
store-changed-on-disk = plan '{ $path }' was changed on disk by another program since napwiz read it; not overwriting it.
store-version-kept = Your version is kept in '{ $kept }'.
store-not-utf8 = could not read plan: { $path }:{ $line }:{ $column }: byte { $byte } is not UTF-8 text; expected a RON plan file saved as UTF-8.
store-unreadable = could not read plan: { $problem }.
store-control-characters = Removed control characters from { $count } texts of the plan (they could drive the terminal).
store-migrated = This plan was in format version { $from }; it will be saved as version { $to }. The original is backed up first.
store-replace-read-only = '{ $path }' is read-only; not replacing it. Make it writable first (chmod u+w '{ $path }'), or choose another path.
store-exists = '{ $path }' already exists; not overwriting it. Choose another path, or pass --force to replace it (the old file is backed up).
store-just-created = '{ $path }' was just created by another napwiz; not overwriting it.
store-backup-before-replace = could not back up '{ $path }' before replacing it; nothing was changed
store-backup-theirs = could not back up the version on disk
store-save-not-writable = could not save plan '{ $path }': { $why }. Your changes are still open in napwiz.
store-folder-replaced-named = its folder '{ $folder }' was replaced by a file
store-folder-gone-named = its folder '{ $folder }' no longer exists
store-file-gone = the file was deleted or moved by another program
store-save-gone = could not save plan '{ $path }': { $what }. Your changes are still open in napwiz; save them elsewhere or restore the folder.
store-backup-before-migration = could not back up the plan before converting it to the new format; nothing was changed
store-backup-failed = the plan was saved, but its backup in '{ $folder }' failed: { $error }
store-hard-links = This plan has { $names } hard-linked names; saving updates only this one (use a symlink).
store-took-over-stale = Took over a stale lock left by { $holder }.
store-took-over = Took over the lock held by { $user } on { $host }, as you asked.
store-dangling-link = '{ $path }' is a symbolic link to '{ $target }', which does not exist; napwiz does not replace a link with a file. Create the plan at '{ $target }' (the link will then reach it), or remove the link first.
store-lock-file = could not create the lock file '{ $path }' (is the folder writable?); open the plan read-only or copy it to a writable folder
store-missing = plan '{ $path }' does not exist; create it with `napwiz new { $path }`
store-permission-denied = could not read plan '{ $path }': permission denied
store-read-failed = could not read plan '{ $path }': { $error }
store-file-too-large = the file would pass the size limit set for this account (ulimit -f)
store-disk-full = the disk is full
store-folder-not-writable = the folder is not writable
store-folder-gone = its folder no longer exists
store-folder-replaced = its folder was replaced by a file
store-save-failed = could not save plan '{ $path }': { $why } ({ $error }). The previous version on disk is unchanged, and your changes are still open in napwiz.
store-not-changed = The file was not changed.
store-last-good-copy = The last good copy napwiz saved is from { $taken } ('{ $backup }'); restore it with `napwiz backups { $path } --restore { $n }`, or fix the file by hand.

## Plan locks (src/store/lock.rs) and remembered places (src/store/place.rs)

# Who holds a plan's lock: "ana on laptop-3 (pid 4242) since 2026-11-29 10:15 CET".
lock-holder-line = { $user } on { $host } (pid { $pid }) since { $since }
lock-another-napwiz = another napwiz
lock-unknown-host = an unknown host
lock-unknown-time = an unknown time
lock-keeps-replaced = could not lock '{ $path }': it keeps being replaced
place-unwritable = could not write the place in the plan
place-not-remembered = could not remember the place in '{ $file }'

## `napwiz diff` and textconv lines, "what: value" (src/plan/diff.rs). Each name before the
## colon is a line's key: keep it free of ": ".

diff-title = title
diff-country = country
diff-period = period
diff-coordinating-body = coordinating body
diff-national-coordinator = national coordinator
diff-facilitator = facilitator
diff-workshop-dates = workshop dates
diff-language = language
diff-currency = currency
diff-roster = roster { $code }
diff-roster-own = roster { $code } (own)
diff-own-goal = own goal { $id } in area { $area }
diff-own-goal-guidance = own goal { $id } guidance
diff-own-action = own action { $id } under { $goal }
diff-part = breakout part
diff-part-of = area { $area } of { $of }
diff-conflict = conflict on { $conflict }
diff-indicator = indicator
diff-baseline = baseline
diff-target = target
diff-verified-by = verified by
diff-inclusion = inclusion
diff-priority = priority
diff-timeframe = timeframe
diff-lead = lead
diff-partners = partners
diff-budget = budget
diff-notes = notes
diff-monitoring-body = monitoring body
diff-monitoring-reports = monitoring reports
diff-monitoring-review = monitoring review
diff-mid-term = mid-term evaluation
diff-final-evaluation = final evaluation
diff-data-sources = data sources
diff-monitoring-notes = monitoring notes

## Merging breakout parts and plans (src/plan/merge.rs)

# A side of a merge that is a breakout part, named by its file.
merge-part = part { $file }
merge-bad-value = '{ $text }' is not a valid value: { $error }
merge-and-more = { $named } and { $more } more
merge-roster-stays = roster: { $code } stays although { $source } removed it: { $users } still name it
merge-goal-kept = own goal { $id } was deleted in { $side }; it is kept: delete it in the whole plan
merge-action-kept = own action { $id } was deleted in { $side }; it is kept: delete it in the whole plan
# Who kept a value in a conflict when no side is named.
merge-the-plan = the plan
merge-outside-area = { $side }, outside its area
merge-pack-version = { $id } version { $version }
merge-roster-added = roster: { $code } added ({ $source })
merge-roster-removed = roster: { $code } removed ({ $source })
merge-goal-added = own goal { $id } added: { $text } ({ $source })
merge-action-added = own action { $id } added: { $text } ({ $source })

## Breakout parts (src/plan/part.rs)

part-setup-shared = The setup is shared by all groups: change it in { $of } after napwiz merge
part-monitoring-shared = Monitoring is shared by all groups: change it in { $of } after napwiz merge
part-reports-shared = Progress reports belong to the whole plan: enter it in { $of } after napwiz merge
part-institution-shared = Other groups may name { $code }: remove it in { $of } after napwiz merge
part-notice = Breakout part for { $area } of { $of }: only { $area } can be changed here; the setup, monitoring and other areas are changed in { $of } after napwiz merge.
# Short: it must fit the status line of an 80-column terminal with part-outside.
part-item-in = { $id } is in { $area }
part-item-in-no-area = { $id } is in no area
part-outside = { $place }, not this part: change it in { $of } after napwiz merge

## Reading plan files of any version (src/plan/migrate.rs)

migrate-no-format = no 'format' field
migrate-format = format "{ $format }"
migrate-not-a-plan = not a napwiz plan ({ $found }); expected a file starting with (format: "{ $format }", version: { $version }, ...)
migrate-no-version = the plan has no 'version' field; expected version: { $version }
migrate-newer = plan version { $newer } was written by a newer napwiz; this one reads versions 0 to { $version }. Update napwiz to open it

## The config file (src/config.rs)

config-not-read = config '{ $path }' not read ({ $error }); using defaults
config-not-used = config not used: { $problem }; using defaults
config-unwritable = could not write the config
config-not-saved = could not save config '{ $path }'
## Writing the files: the Excel workbook (src/export/xlsx.rs) and every export (src/export/mod.rs)

xlsx-sheet-failed = could not write the sheet '{ $name }'
xlsx-assemble-failed = could not assemble the workbook
# Ends a spreadsheet cell cut to Excel's limit (shown in brackets).
xlsx-cut-marker = … cut: { $count } more characters did not fit this cell; the whole text is in the plan file and the Word and HTML drafts
xlsx-cut-cell = { $sheet }, column { $column }, row { $row } ({ $first }): { $length } characters cut to the cell limit of { $limit }
export-write-failed = could not write '{ $path }'
export-render-failed = could not produce the { $format } export

## napwiz backups (src/commands/backups.rs)

backups-unlisted = could not list backups in '{ $folder }'
backups-none = No backups of { $plan } yet (they are made each time napwiz saves it).
backups-list = Backups of { $plan } (in { $folder }), newest first:
# $bytes is the size, right-aligned.
backups-bytes = { $bytes } bytes
backups-restore-hint = Restore one with: napwiz backups { $path } --restore N
backups-no-such = there is no backup { $n } of '{ $path }'; expected a number from 1 to { $count } (see `napwiz backups { $path }`)
backups-unreadable = could not read backup '{ $path }'
backups-invalid = backup { $n } is not a valid plan: { $problem }
backups-took-over = note: took over the lock held by { $holder }
backups-before-restore = could not back up the current file before restoring; nothing was changed
backups-restored = Restored { $plan } from the backup of { $taken }. The file it replaced is kept as a backup too.
backups-folder-not-writable = its folder is not writable
backups-lock-failed = the lock failed
backups-restore-failed = could not restore '{ $path }': { $why } ({ $error }); nothing was changed

## napwiz new, check (src/commands/plans.rs)

new-years-reversed = --from { $from } is after --to { $to }; expected the first year, then the last
new-missing-flags = a new plan needs { $flags } (there is no terminal to ask on); for example: napwiz new nap.ron --title "National Action Plan 2027-2030" --country "Republic of X" --from 2027 --to 2030
new-ask-title = Title of the plan:
new-need-title = a title
new-ask-country = Country:
new-need-country = a country
new-ask-first-year = First year [{ $year }]:
new-ask-last-year = Last year [{ $year }]:
new-last-before-first = the last year cannot come before the first ({ $first })
new-unreadable = could not read the answer
new-no-answer = no answer: nothing was created
# $what is new-need-title or new-need-country.
new-needed = { $what } is needed
new-not-a-year = '{ $text }' is not a year from { $first } to { $last }
check-error = error
check-warning = warning
check-totals = { $errors } errors, { $warnings } warnings

## napwiz split, merge, merge-driver (src/commands/breakout.rs)

split-exists = '{ $path }' already exists; not overwriting it (pass --force to replace it)
merge-no-base = note: no base file ({ $base }) beside the parts: every value a part holds that differs from { $plan } counts as the part's change (give the state they were split from with --base FILE)
merge-done = merged { $parts } parts into { $plan }
merge-conflicts-left = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
} left in { $plan }: resolve them in the wizard (napwiz { $plan }, then C), or merge again with --prefer FILE
merge-taken = taken: { $line }
merge-not-applied = not applied: { $line }
merge-conflict = conflict: { $line }
merge-notes-both = notes of { $id } were edited in two places: both texts are kept

## Starting the wizard: refused plain-mode lines, key overrides in the config (src/commands/home.rs)

plain-line-refused = line { $line } was not taken: '{ $text }': { $why }
config-at-line = { $path } line { $line }
config-keys-unused = config keys not used: { $keys }; binding ids: { $ids }
config-key-renamed = config key '{ $label }' ({ $at }) works; its name is now '{ $id }'
man-pages-failed = could not write the manual pages into '{ $folder }'
man-page-failed = could not write the manual page

## napwiz content check: problems of a content pack (src/content/check.rs). Field names,
## kinds (goal, action, institution) and RON words (Goal, Indicator, kind: Outcome) are the
## pack file's own: keep them.

check-nested = nested too deeply (limit { $limit } levels of brackets); expected a plan or pack file as napwiz writes them
check-file-missing = file is missing; expected a RON file '{ $name }' in the pack folder
check-field = '{ $field }'
check-field-of = '{ $field }' of '{ $owner }'
check-empty = { $field } is empty; expected some text
check-control-multiline = { $field } contains the control character { $code }; expected plain text (line breaks only)
check-control-line = { $field } contains the control character { $code }; expected plain text (no line breaks)
check-format = format is '{ $found }'; expected "{ $expected }"
check-format-version = format_version is { $found }; this napwiz reads version { $expected }
check-no-areas = 'areas' is empty; expected the list of area files, e.g. ["1-prevention.ron"]
check-alias-live = alias '{ $old }' is a live id in the checklist; expected only ids that were merged away
check-alias-target = alias '{ $old }' points to '{ $new }', which is not a goal or action of this pack; expected the id of its new home
check-duplicate-id = duplicate { $kind } id '{ $id }' (first used in { $first }); expected a unique id
check-bad-id = { $kind } id '{ $id }' is not valid; expected letters, digits, '.', '-' or '_' only
check-duplicate-code = short code '{ $code }' of '{ $id }' is already used by '{ $other }'; expected a unique code
check-area-no-goals = area '{ $id }' has no goals; expected at least one Goal
check-goal-no-lead = goal '{ $id }' has no lead; expected at least one institution id
check-goal-no-indicators = goal '{ $id }' has no indicators; expected at least one Indicator
check-goal-no-outcome = goal '{ $id }' has no Outcome indicator; expected at least one Indicator with kind: Outcome (what the goal changes)
check-goal-no-actions = goal '{ $id }' has no actions; expected at least one Action
check-action-goal = action id '{ $id }' does not belong to goal '{ $goal }'; expected an id starting with '{ $goal }.'
check-action-no-indicator = action '{ $id }' has no indicator of its own; expected indicators: [Indicator(...)]
check-ambiguous-no-note = indicator '{ $indicator }' of '{ $owner }' has direction Ambiguous but no note; expected a short note saying how to read it
check-unknown-institution = '{ $owner }' { $field } refers to unknown institution '{ $id }'; expected an id from institutions.ron

## Loading a content pack (src/content/load.rs)

pack-embedded = the embedded content pack
pack-folder = content pack '{ $folder }'
pack-file-unreadable = file cannot be read: { $error }; expected a RON file '{ $name }' in the pack folder
pack-not-utf8 = byte { $byte } is not UTF-8 text; expected a RON file saved as UTF-8
# $why is pack-outside or pack-link-outside.
pack-file-refused = '{ $name }' { $why }; expected a file in the pack folder
pack-area-refused = area file '{ $name }' { $why }; expected the name of a file in the pack's areas/ folder, e.g. "prevention.ron"
pack-outside = is outside the pack folder (an absolute path or one with '..')
pack-link-outside = is a link to a file outside the pack folder
pack-invalid = { $source } is not valid ({ $count } problems):
pack-invalid-hint = Check it with `napwiz content check`, or run without --content to use the embedded pack.
pack-counts = { $areas } areas, { $goals } goals, { $actions } actions, { $institutions } institutions, { $terms } terms, { $aliases } aliases
pack-export-exists = not overwriting existing files: { $files }
    Choose an empty folder, or pass --force to replace them.
pack-folder-failed = could not create folder '{ $folder }'
# After an indicator whose good direction is not obvious, in guidance and in the draft.
indicator-caution = direction not obvious: { $note }
indicator-target-example = target e.g. { $target }

## The content pack's quality report (src/content/quality.rs)

quality-indicators = indicators: { $with_outcome } of { $goals } goals have an outcome indicator; { $own } of { $actions } actions have their own
quality-no-own-indicators = warning: { $count } actions have no indicator of their own; including one copies its goal's
quality-no-result = warning: { $count ->
    [one] 1 goal has
   *[other] { $count } goals have
} no expected result ({ $goals }); the draft asks the drafting team to word it
quality-unused-institution = warning: institution '{ $id }' is in the catalogue but no goal or action suggests it
quality-near-duplicates = warning: actions { $first } and { $second } read alike (similarity { $similarity }); merge them, or word them apart

## napwiz summary (src/plan/summary.rs). The table's column names are right-aligned in 7, 7, 8,
## 4, 4 and 4 columns, "Code" in 8, "leads" in 5 and "partners" in 8.

summary-area = Area
summary-actions = actions
summary-decided = decided
summary-included = included
summary-high = high
summary-medium = med
summary-low = low
summary-plan-id = Plan id: { $id }
summary-progress = { $decided } of { $actions } actions decided ({ $percent }%), { $included } included in the plan
summary-baseline = Baseline: { $in_place } in place, { $partly } partly in place, { $missing } missing, { $not_applicable } not applicable, { $unknown } unknown
summary-code = Code
summary-leads = leads
summary-partners = partners
summary-institution = Institution
summary-gaps = Gaps the plan leaves open (assessed missing or partly in place, not included): { $count }
summary-unknown-items = Kept but not in the content pack: { $items }

## Errors writing CSV and Word files and applying merge choices (src/export/csv.rs,
## src/export/docx/package.rs, src/plan/merge.rs)

csv-table-failed = could not write the CSV table '{ $table }'
docx-pack-failed = could not pack the Word document
merge-unknown-field = unknown field '{ $field }'
merge-no-such-conflict = no such conflict
merge-no-such-choice = no such choice

## Monitor mode and the period dashboard (src/tui/update/monitor.rs, src/tui/view/monitor.rs,
## src/tui/view/progress.rs): following the adopted plan over reporting periods.
key-monitor = monitor
key-open-report = report
key-next-period = next period
key-previous-period = previous period
key-period-dashboard = dashboard
key-status-not-started = not started
key-status-on-track = on track
key-status-delayed = delayed
key-status-completed = completed
key-status-continuous = continuous
key-status-dropped = dropped
key-filter-institution = institution
key-filter-status = status filter
key-clear-filters = clear filters
key-copy-forward = copy forward
key-close-period = close/reopen period
step-monitor = Monitor
step-progress = Period dashboard
header-monitor = { $name }: { $period }
help-context-monitor = monitor
help-context-monitor-report = an action's report
help-context-progress = period dashboard
typed-report-field = the { $field } of { $item }'s report for { $period }
start-monitor = Monitor implementation: { $title }
monitor-progress = { $period }: { $reported } of { $actions } reported
monitor-filter-any = any status
monitor-filter-missing = no report yet
monitor-no-periods = This plan has no reporting periods yet: { $key } creates them.
monitor-no-match = No included action matches the filters ({ $key } clears them).
monitor-period-dates = { $from } to { $to }, reports due { $due }
monitor-open = open
monitor-closed = CLOSED: its reports are read-only ({ $key } reopens it)
monitor-closed-form = CLOSED: its reports are read-only (Esc, then { $key } reopens it)
monitor-showing = Showing:
monitor-every-institution = every institution
monitor-reported = { $reported } of { $actions } reported
monitor-status-keys = Status keys: { $keys }
monitor-no-report = no report
monitor-status-not-started = not started
monitor-status-on-track = on track
monitor-status-delayed = delayed
monitor-status-completed = completed
monitor-status-continuous = continuous
monitor-status-dropped = dropped
monitor-lead = lead: { $code }
monitor-no-lead = no lead
monitor-list-title = Monitor { $period }
monitor-report-title = Report { $action }, { $period }
monitor-ask-close = Close { $period }? Its reports become read-only until reopened.
monitor-ask-close-missing = { $count } actions have no report.
monitor-ask-reopen = Reopen { $period }? Its reports can then be changed again.
monitor-ask-start = Start monitoring this plan? { $count } reporting periods will be created from the plan period and the reporting frequency, { $frequency }{ $span }.
monitor-frequency-unset = yearly (no frequency set)
monitor-created = { $count } reporting periods created
monitor-periods-created = reporting periods created
monitor-heading-no-report = choose an action: an area heading has no report
monitor-heading-no-status = choose an action: an area heading has no status
monitor-closed-refused = { $period } is closed: its reports are read-only. { $key } reopens it (asks first).
monitor-edge-first = { $period } is the first reporting period
monitor-edge-last = { $period } is the last reporting period
monitor-status-set = { $action } in { $period }: { $status } (was { $was })
monitor-status-change = { $action } { $period }: { $status }
monitor-say-why = ; say why in the report (Enter)
monitor-owes = { $name } leads these; { $count } without a report for { $period }
monitor-every-shown = showing every institution
monitor-all-shown = showing every included action
monitor-showing-status = showing: { $filter }
monitor-copy-label = { $period }: reports copied forward
monitor-copy-nothing = nothing to copy: every action reported in the period before has a report in { $period }
monitor-copied = { $count } reports started from the period before: status, difficulties, corrective measures, who reports and funding source; what was done, values and amounts are { $period }'s own
monitor-period-closed = { $period } closed
monitor-period-reopened = { $period } reopened
monitor-closed-now = { $period } closed: its reports are read-only now
monitor-reopened-now = { $period } reopened: its reports can be changed
monitor-nothing-changed = nothing changed
dashboard-title = Period dashboard { $period }
dashboard-more-below = more below: { $keys }
dashboard-end = end: { $keys }
dashboard-closed = { " " }(closed)
dashboard-reported = { $reported } of { $actions } included actions reported; implementation rate { $rate } ({ $implemented } completed or continuous)
dashboard-overdue-owing = { $overdue } overdue; { $owing } institutions still owe reports
dashboard-by-area = Implementation by area
dashboard-by-goal = Implementation by goal
dashboard-by-institution = Implementation by lead institution
dashboard-trend = Trend across periods
dashboard-rate-figures = { $done } of { $actions } done, { $reported } reported
dashboard-overdue = Overdue: timeframe over, not completed ({ $count })
dashboard-overdue-row = { $action } ({ $lead }, ended { $year }, { $status })
dashboard-none = none
dashboard-owing = Not reported yet ({ $count } institutions)
dashboard-all-reported = every included action has a report
dashboard-no-lead = (no lead institution)
dashboard-spending = Spending against budget
dashboard-spending-line = Budget { $budget } | spent in { $period } { $spent } | to date { $to_date } { $bar } { $share }
dashboard-spending-area = { $area } budget { $budget } | to date { $to_date } ({ $share })
dashboard-indicators = Indicators: baseline to target ({ $with_value } of { $count } with a value)
dashboard-indicator-figures = baseline { $baseline } | now { $now }{ $was } | target { $target }
dashboard-no-value = no value
dashboard-was = { " " }(was { $value })

## The progress report form (src/plan/monitor/form.rs)
report-field-status = Status
report-dropped-reason = Why dropped
report-done = What was done
report-value = Value { $n }
report-value-of = Value: { $indicator }
report-spent-amount = Spent in period
report-spent-source = Spent from (source)
report-difficulties = Difficulties
report-corrective-measures = Corrective measures
report-evidence = Evidence
report-reported-by = Reported by
report-date = Date of report
report-validated = Validated
report-hint-count = a number of 0 or more, e.g. 40 or 1,200
report-hint-share = a percentage from 0 to 100, e.g. 62.5
report-hint-text = words, e.g. Adopted; empty for no value
report-hint-amount = whole units, e.g. 50000 or 52,500
report-hint-evidence = one reference per line: document numbers, links, file names
report-hint-date = YYYY-MM-DD, e.g. 2028-01-12
report-hint-dropped = required when the action is dropped
report-none-yet = no report yet
report-yes = yes
report-no = no
report-no-period = there is no reporting period '{ $period }'
report-closed = period { $period } is closed: its reports are read-only until reopened
report-bad-date = '{ $text }' is not a date; type it as YYYY-MM-DD, e.g. 2028-01-12
report-bad-status = '{ $text }' is not a status; type one of: { $statuses }

## Implementation report, evaluation pack and the next plan: running text, tables, charts,
## questions (src/document/report.rs, evaluation.rs, src/plan/next.rs, src/export/naming.rs)

report-period-words = { $period } ({ $from } to { $to })
report-fact-plan = Plan
report-fact-plan-id = Plan id
report-fact-due = Reports due
report-fact-monitoring-body = Monitoring body
report-fact-status = Status
report-fact-status-text = Compiled from the implementing institutions' reports; not yet approved.
report-trend-intro = The actions of the plan by the status reported in each period so far.
report-compiled-with = Compiled with napwiz from the reports entered for the period. Passages marked "For the drafting team" are left for the drafting team to write.
# $plan is the plan's title with its years; $period e.g. "2027-H1 (1 January 2027 to 30 June 2027)".
report-opening = This report covers the implementation of the { $plan } in the reporting period { $period }. Of the { $actions } actions of the plan, { $reported } were reported on; { $implemented } are implemented (completed or continuous), { $delayed } are delayed and { $not_started } have not started.
report-figure-actions = Actions in the plan
report-figure-reported = Reported on
report-figure-rate = Implementation rate (completed or continuous, of the actions not dropped)
report-figure-overdue = Overdue (timeframe over, not completed)
report-figure-owing = Institutions that have not reported on all their actions
report-figure-spent-period = Spent in the period
report-figure-spent-to-date = Spent to date, of the budget
# "12 of 40"
report-of = { $part } of { $whole }
report-no-actions = no actions
report-no-lead = no lead institution
report-none = none
report-spent-of-budget = { $spent } of { $budget }
report-spent-of-budget-share = { $spent } of { $budget } ({ $share })
report-chart-title = Actions per area by status, { $period }
report-chart-description = The number of actions of each area by the status reported for the period.
report-progress-intro = Each action's status as its lead institution reported it for the period. Action numbers are those of the action plan.
report-objectives-caption = Objectives of { $area } by status
report-actions-caption = Actions of objective { $objective }
report-column-status = Status
report-column-done = What was done
report-column-validated = Validated
report-column-value-in = Value { $period }
report-column-earlier-value = Earlier value
report-column-trend = Trend
report-column-progress = Progress to target
report-column-spent-period = Spent in the period
report-column-spent-to-date = Spent to date
report-column-execution = Execution
report-column-difficulties = Difficulties
report-column-corrective = Corrective measures
report-column-why-dropped = Why it was dropped
report-column-timeframe-ended = Timeframe ended
report-column-actions-led = Actions led
report-column-reported = Reported
report-column-reporting-status = Reporting status
report-column-missing-for = Reports missing for
report-column-spent = Spent
report-column-source-of-funds = Source of funds
report-column-evidence = Evidence
report-column-reported-by = Reported by
report-column-date = Date
report-column-actions = Actions
report-column-share = Share of actions
report-column-rate = Implementation rate
report-column-period = Period
report-no-indicators = The included actions have no indicators.
report-indicators-intro = Each indicator of the included actions: its baseline and target as the plan sets them, the value reported for { $period }, the latest earlier value and the trend between them. Progress is how far the value has come from the baseline towards the target.
report-budget-opening = The included actions are costed at { $budget } in all. { $in_period } was reported spent in the period and { $to_date } to date.
report-budget-opening-share = The included actions are costed at { $budget } in all. { $in_period } was reported spent in the period and { $to_date } to date, { $share } of the budget.
report-total = Total
report-budget-by-area = Budget and spending by area
report-budget-by-source = Budget and spending by funding source
report-source-not-given = source not given
report-no-difficulties = No difficulties were reported for the period.
report-difficulties-intro = The difficulties the lead institutions reported and the corrective measures they proposed.
report-dropped-caption = Actions dropped
report-no-overdue = No action's timeframe is over without the action being completed.
report-overdue-intro = Actions whose timeframe ended by the end of the period and that are not completed.
report-recommendations-gap = Write the recommendations to the coordination body and the government: which delays to act on and how, which actions to fund, revise or drop, what the institutions that did not report must send, and which indicators need better data.
report-annex-intro = Who reported for { $period } on the actions they lead, and whether the coordinator has validated the reports.
report-action-sheet-caption = Actions, { $period }
# $status is the word "dropped" in the document's language.
report-dropped-because = { $status }: { $reason }
report-validated-yes = yes
report-validated-no = no
report-trend-first = first value
report-trend-up = up
report-trend-down = down
report-trend-same = no change
report-trend-changed = changed
report-reported-none = did not report
report-reported-all = reported on all
report-reported-some = reported on some
report-status-caption = Actions by status
report-trend-caption = Actions by status, period by period
report-cli-no-periods = plan '{ $path }' has no reporting periods yet; they come from the reporting frequency of the Monitoring set-up step
report-cli-unknown-period = plan '{ $path }' has no reporting period '{ $period }'; its periods are { $periods }
report-cli-no-reports = plan '{ $path }' has no reports in any period yet; an evaluation pack needs some (periods: { $periods })

evaluation-covered = { $first } to { $last }
evaluation-fact-covered = Reporting periods covered
evaluation-fact-status-text = Material for the evaluators, compiled from the periodic reports; the findings are theirs to write.
evaluation-about = This pack prepares the { $stage ->
        [final] final evaluation
       *[mid-term] mid-term evaluation
    } of the { $plan }. { $stage ->
        [final] A final evaluation asks what the plan achieved, for whom, at what cost, and what the next plan should carry over, change or stop.
       *[mid-term] A mid-term evaluation asks whether the plan is on course and what should change for its remaining years.
    } It gathers what the implementing institutions reported in the periods { $periods }: the status of each action period by period, every indicator's values, and a template of evaluation questions along the OECD-DAC criteria (relevance, coherence, effectiveness, efficiency, impact and sustainability), several of them drawn from the plan's own figures.
evaluation-figure-rate = Implementation rate at the end of the last period
evaluation-actions-intro = The status each action's lead institution reported in each period.
evaluation-history-caption = Status of each action by period
evaluation-trajectories-title = Indicator values by period
evaluation-trajectories-description = Each indicator's value in each reporting period, with its target as a dashed line where it is a number.
evaluation-trajectories-intro = Every indicator of the included actions, with its baseline and target as the plan sets them and the value reported in each period ("{ $none }" where none was).
evaluation-questions-intro = A template along the six OECD-DAC evaluation criteria. The questions that name actions, institutions or figures come from the reports so far; the evaluators add, drop or reword questions to fit their terms of reference, and write their findings in the last column.
evaluation-relevance-meaning = Relevance: is the plan doing the right things? Do its objectives and actions answer the trafficking situation, the victims' needs and the country's obligations, and do they still as circumstances change?
evaluation-coherence-meaning = Coherence: how well does the plan fit? Do the institutions' actions support each other, and does the plan fit with other policies and with the work of international partners?
evaluation-effectiveness-meaning = Effectiveness: is the plan achieving its objectives? Which results were reached, which were not, and why?
evaluation-efficiency-meaning = Efficiency: how well are resources used? Were results delivered on time and at a reasonable cost?
evaluation-impact-meaning = Impact: what difference does the plan make? The higher-level changes, intended or not, for victims, people at risk and the response to trafficking.
evaluation-sustainability-meaning = Sustainability: will the benefits last once the plan and its funding end?
evaluation-column-criterion = Criterion
evaluation-column-question = Question
evaluation-column-evidence = Evidence to look at
evaluation-column-findings = Findings
evaluation-question-number = Q{ $n }
evaluation-questions-caption = { $criterion }: questions
evaluation-action = { $number } ({ $text })
evaluation-action-led = { $number } ({ $text }, lead { $lead })
evaluation-and-more = { $listed }; and { $more } more
evaluation-no-rate = no rate
evaluation-q-situation = Do the plan's objectives still match the trafficking situation: the forms of exploitation, the victims' profiles and new risks such as online recruitment?
evaluation-e-situation = Situation analysis; identification and NRM statistics; recommendations of GRETA and other monitoring bodies
evaluation-q-survivors = Were survivors and the organisations that assist them consulted on whether the actions answer victims' needs?
evaluation-e-survivors = Consultation records; interviews with NGOs and survivors (with safeguards)
evaluation-e-dropped = The lead institutions' reports; coordination body minutes
evaluation-q-dropped-many = { $count } actions were dropped ({ $actions }). Are the needs they addressed still there, and how are they met now?
evaluation-q-dropped = Action { $action } was dropped. Is the need it addressed still there, and how is it met now?
evaluation-q-dropped-why = Action { $action } was dropped ("{ $why }"). Is the need it addressed still there, and how is it met now?
evaluation-q-fit = Do the institutions' actions fit together (referral between police, labour inspection, social services and NGOs; prosecution and victim protection), or do they duplicate or contradict each other?
evaluation-e-fit = Responsibility matrix; referral records; interviews with leads and partners
evaluation-q-strategies = Is the plan consistent with the country's other strategies (migration, labour, child protection, gender-based violence) and its international obligations?
evaluation-e-strategies = Strategy documents; legal framework review
evaluation-q-silent-institution = { $institution } sent no report in any period ({ $periods }) although it leads actions { $actions }. Is its role in the plan understood, agreed and resourced, and does it take part in the coordination body?
evaluation-e-silent-institution = Reporting status by institution (Annex A); coordination body minutes; interview with the institution
# $rate is a percentage; $last the plan's last year.
evaluation-q-overall = { $stage ->
        [final] By the end of { $period }, { $implemented } of the { $actions } actions were implemented ({ $rate }) and { $delayed } were still delayed. Which objectives were reached, and why were the others not?
       *[mid-term] By the end of { $period }, { $implemented } of the { $actions } actions are implemented ({ $rate }) and { $delayed } are delayed. Which objectives are on course to be reached by { $last }, and which are not?
    }
evaluation-e-overall = Implementation across periods (chapter 2)
evaluation-q-delays-many = { $count } actions were reported delayed in two or more periods: { $actions }. What held them back, is there a common cause (budget, staff, legal basis, coordination), and did the corrective measures reported work?
evaluation-e-delays-many = Difficulties and corrective measures in the lead institutions' reports
evaluation-q-delayed = Action { $action } was reported delayed in { $periods }. What held it back, and did the corrective measures reported work?
evaluation-e-delayed = Difficulties and corrective measures in the lead institution's reports
evaluation-q-silent-indicators = { $count ->
        [one] One indicator had no value reported in any period ({ $indicators }). Is its data collected at all, by whom, and can progress be judged without it?
       *[other] { $count } indicators had no value reported in any period ({ $indicators }). Is their data collected at all, by whom, and can progress be judged without it?
    }
evaluation-e-silent-indicators = Indicator trajectories (chapter 3); the monitoring framework's means of verification
# $spent is "EUR 12,000 of EUR 80,000 (15%)"; $elapsed a percentage.
evaluation-q-spending = { $spent } was reported spent by the end of { $period }, with { $elapsed } of the plan period elapsed. Does spending follow implementation, and were the costed actions the ones that moved?
evaluation-e-spending = Budget execution; the reports' amounts spent; the finance ministry's execution data
evaluation-q-over-budget = Actions { $actions } spent more than their estimate. Why, and was the estimate realistic?
evaluation-e-over-budget = Action budgets; the reports' amounts spent
evaluation-q-resources = Could the same results have been reached with fewer resources, for instance by joint trainings or shared data systems?
evaluation-e-resources = Cost per output; interviews with lead institutions
evaluation-q-change = What has changed for victims and people at risk (identification, access to assistance, compensation, convictions of offenders) that can be attributed at least in part to the plan? A rising count of identified victims may mean better identification rather than more trafficking.
evaluation-e-change = Outcome indicators; NRM and court statistics; survivor interviews (with safeguards)
evaluation-q-reached = { $count ->
        [one] One indicator reached or passed its target ({ $indicators }). What changed as a result, and for whom?
       *[other] { $count } indicators reached or passed their target ({ $indicators }). What changed as a result, and for whom?
    }
evaluation-e-reached = Indicator trajectories (chapter 3); the data behind each value
evaluation-q-unintended = Did the plan have effects it did not intend, good or bad (for instance on migrants' access to services, or on victims' willingness to come forward)?
evaluation-e-unintended = Interviews with NGOs, survivors and frontline staff
evaluation-q-continuous = Actions { $actions } run continuously. Are they funded in the regular budget beyond { $last }, or do they depend on project funding?
evaluation-e-continuous = Budget laws; funding agreements
evaluation-q-sources = Spending so far by source: { $shares }. Which of these sources will continue after the plan, and what stops when the others end?
evaluation-e-sources = Budget and spending by funding source; donor agreements
evaluation-q-laws = Are the procedures, trainings and structures the plan created written into laws, regulations and curricula, so that they outlast it?
evaluation-e-laws = Legal and regulatory texts; training curricula
evaluation-q-next = { $stage ->
        [final] What should the next plan carry over, change or stop?
       *[mid-term] What should be adjusted for the plan's remaining years: actions to speed up, revise, fund or drop?
    }
evaluation-e-next = { $stage ->
        [final] The whole pack; the actions not completed (chapter 2)
       *[mid-term] The whole pack; the coordination body's view
    }
evaluation-annex-caption = Reports sent, by institution and period
evaluation-annex-intro = For each lead institution, how many of its actions it reported on in each period.

next-reversed = the new period ends ({ $to }) before it starts ({ $from })
next-overlaps = the new plan starts in { $from }, before the previous plan ends ({ $previous_last }); start it in { $previous_last } or later
# The first line of a carried-over action's notes in the next plan.
next-note-carried = Carried over from the previous plan, { $plan }: { $reported }.
next-note-not-carried = Under the previous plan, { $plan }: { $reported }.
# $status is a status word ("delayed"); $period e.g. 2030-H2.
next-note-reported = last reported { $status } in { $period }
next-note-dropped = last reported dropped in { $period }: { $reason }
next-note-never-reported = never reported on
next-note-lesson = Lesson ({ $period }): { $difficulties }
next-note-measures = Corrective measures: { $measures }
next-carried-over-mark = carried over
# $mark is next-carried-over-mark.
next-lessons-opening = This plan follows the { $plan }. { $count ->
        [one] One of its actions was not completed and is carried over into this plan, marked "{ $mark }" in the action tables.
       *[other] { $count } of its actions were not completed and are carried over into this plan, marked "{ $mark }" in the action tables.
    }
next-lessons-intro = Difficulties the implementing institutions reported under the previous plan, with the corrective measures they proposed:
next-lesson-reported = { $difficulties } (reported { $period })
next-lessons-evaluation-gap = Add what the previous plan's final evaluation found and how this plan responds to it.
next-cli-exists = '{ $path }' already exists; the next plan is never written over a file. Choose another path.
next-cli-failed = could not start the next plan from '{ $path }'
next-cli-done = actions carried over: { $carried }; lessons from the previous plan: { $lessons }

export-compiled-on = Compiled on { $date }
export-report-html-title = { $title }: implementation report, { $period }
export-evaluation-html-title = { $title }: { $stage ->
        [final] final evaluation pack
       *[mid-term] mid-term evaluation pack
    }
export-report-status = Implementation report
export-evaluation-status = { $stage ->
        [final] Final evaluation pack
       *[mid-term] Mid-term evaluation pack
    }
export-report-subject = Implementation report { $period }, { $country }
export-evaluation-subject = { $stage ->
        [final] Final evaluation pack
       *[mid-term] Mid-term evaluation pack
    }, { $country }
# The Word footer of a report; the page number follows directly: keep the trailing space.
export-report-footer = { $title } - implementation report { $period } of { $date } - page{" "}
export-evaluation-footer = { $title } - { $stage ->
        [final] final evaluation pack
       *[mid-term] mid-term evaluation pack
    } of { $date } - page{" "}
# An indicator's target on a chart's dashed line.
export-chart-target = target { $value }

## Monitoring forms (src/forms): the workbook each implementing institution fills in, written
## in the plan's language, and the problems found reading one back (file: sheet!cell: what).
## Sheet names: at most 31 characters, none of [ ] : * ? / \
form-sheet-instructions = Instructions
form-sheet-lead = Lead actions
form-sheet-indicators = Indicators
form-sheet-partner = Partner actions
# Each column's header, and in .key the start of it napwiz accepts when reading a form back
# (so "Amount spent (EUR)" still matches); lower case.
form-column-action-id = Action id
    .key = action id
form-column-action = Action
    .key = action
form-column-timeframe = Timeframe
    .key = timeframe
form-column-budget = Budget
    .key = budget
form-column-last-status = Status last period
    .key = status last period
form-column-status = Status
    .key = status
form-column-dropped-reason = Reason if dropped
    .key = reason if dropped
form-column-done = What was done in the period
    .key = what was done
form-column-spent = Amount spent in the period
    .key = amount spent
form-column-source = Funding source
    .key = funding source
form-column-difficulties = Difficulties
    .key = difficulties
form-column-measures = Corrective measures
    .key = corrective measures
form-column-evidence = Evidence (references, separated by ;)
    .key = evidence
form-column-reported-by = Reported by
    .key = reported by
form-column-date = Date (YYYY-MM-DD)
    .key = date
form-column-indicator = Indicator
    .key = indicator
form-column-baseline = Baseline
    .key = baseline
form-column-target = Target
    .key = target
form-column-expected = Expected value
    .key = expected
form-column-last-value = Last value
    .key = last value
form-column-value = Value for the period
    .key = value
form-column-lead = Lead institution
    .key = lead
form-title = Progress report: { $plan }
form-institution = Institution: { $institution }
form-period = Reporting period { $period }: { $span } (due { $due })
form-step-lead = 1. In '{ $sheet }', fill the yellow cells for each action your institution leads.
form-step-status = 2. Status is one of: { $statuses }. Give the reason when an action is dropped.
form-step-amounts = 3. Amounts are whole numbers in the plan's currency, spent in this period only.
form-step-indicators = 4. In '{ $sheet }', give each indicator's value for the period: a number where a number is expected.
form-step-partner = 5. '{ $sheet }' lists the actions where you are a partner: the lead institution reports on them.
form-step-return = 6. Do not rename the sheets or change the action ids; return the file to the coordinator.
form-status-error = Choose one of: { $statuses }
form-amount-error = A whole amount of 0 or more, in the plan's currency
form-problem-sheet = sheet '{ $sheet }'
form-unreadable = could not be read as an Excel workbook ({ $error }); expected a form written by napwiz monitor collect
form-sheet-missing = the sheet '{ $sheet }' is missing (renamed or deleted?); the form's sheets must keep their names, found: { $found }
form-unnamed-plan = an unnamed plan
form-named-plan = '{ $title }'
form-id-missing = missing
form-other-plan = this form belongs to { $form_plan } (plan id { $form_id }), not to '{ $plan }' (plan id { $id }); it cannot be imported into this plan
form-no-period = the plan has no reporting period '{ $period }'
form-period-closed = period { $period } is closed; reopen it first (napwiz monitor reopen PLAN { $period }) to import into it
form-no-header = no header row with an '{ $column }' column; expected the headers napwiz wrote in row 1
form-missing-columns = the header row has no column { $columns }
form-twice = { $action } appears twice (rows { $first } and { $second }); keep one row per action
form-no-action-id = this row has values but no action id
form-unknown-action = unknown action id '{ $id }'; expected an action included in the plan
form-no-lead = no institution
form-led-by-other = { $id } is led by { $code }, not by the institution this form was made for
form-cell-error = the cell shows the error { $error }; expected { $column }
form-status-required = a status is required when the row is filled: one of { $statuses }
form-not-status = '{ $text }' is not a status; expected one of { $statuses }
form-dropped-reason = the action is dropped: give the reason
form-negative = a negative amount ({ $text }); expected the amount spent, 0 or more
form-not-whole = '{ $text }' is not a whole amount; expected whole units of the plan's currency
form-not-number = '{ $text }' is not a number; expected the amount spent, 0 or more
form-not-date = '{ $text }' is not a date; expected YYYY-MM-DD
form-not-indicator = '{ $wording }' is no indicator of { $action }; keep the wording napwiz wrote
form-expected = expected { $what }
form-value-without-status = a value for { $action }, which has no status in '{ $sheet }'; give its status there
form-encrypted = the file is password-protected (encrypted) or an old .xls workbook; save it as an Excel workbook (.xlsx) without a password to open
form-not-workbook = not an XLSX workbook; expected a form written by napwiz monitor collect
form-unreadable-file = could not read it: { $error }
# What a person must type for an indicator's value.
measure-count = a number of 0 or more
measure-share = a percentage from 0 to 100
measure-text = text
measure-not = { $expected }, not '{ $text }'
monitor-not-reported = not reported

## napwiz monitor periods|dates|close|reopen|collect|import (src/commands/monitor.rs)
monitor-cli-yearly-by-default = yearly (no reporting frequency is set)
monitor-cli-periods-added = note: added { $count } reporting periods, { $every }, to { $plan }
monitor-cli-open = open
monitor-cli-closed = closed
# After the period id (padded to 10 columns); $state is monitor-cli-open or monitor-cli-closed.
monitor-cli-period-line = { $span }  due { $due }  { $state }  { $received } of { $actions } actions reported
monitor-cli-already-closed = { $period } was already closed
monitor-cli-already-open = { $period } was already open
monitor-cli-closed-in = closed { $period } in { $plan }
monitor-cli-reopened-in = reopened { $period } in { $plan }
monitor-cli-dates-set = { $period }: { $from } to { $to }, due { $due }, in { $plan }
monitor-cli-no-period = the plan has no period '{ $period }'; its periods are { $known }
monitor-cli-closed-period = period { $period } is closed; reopen it first (napwiz monitor reopen { $plan } { $period })
monitor-cli-nobody = no included action has a lead or partner institution: there is nobody to send a form to
monitor-cli-form-exists = '{ $file }' already exists; not overwriting it. Choose another --out folder, or pass --force to replace the forms
monitor-cli-form-written = { $file }: { $institution }, { $lead ->
    [one] 1 action
   *[other] { $lead } actions
} to report on, { $partner } as partner
monitor-cli-forms-written = { $count ->
    [one] 1 form
   *[other] { $count } forms
} for { $period } (due { $due }) in { $folder }
monitor-cli-no-plan = '{ $plan }' does not exist; expected a plan file
monitor-cli-nothing-imported = nothing was imported: { $count ->
    [one] 1 problem
   *[other] { $count } problems
} in the forms; correct them and import again
monitor-cli-kept = kept (--prefer mine):
monitor-cli-conflict = conflict: { $conflict }
monitor-cli-dry-run = dry run: nothing was saved
monitor-cli-imported = imported { $count ->
    [one] 1 form
   *[other] { $count } forms
} into { $plan }
monitor-cli-conflicts-left = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
} left in { $plan }: resolve them in the wizard (napwiz { $plan }, then C), or import again with --prefer mine|theirs
# A report field in the lines import prints ("2027-H1 A1.1 status: - -> on track").
monitor-field = { $field ->
    [status] status
    [dropped_reason] dropped reason
    [done] done
    [spent] spent
    [difficulties] difficulties
    [corrective_measures] corrective measures
    [evidence] evidence
    [reported_by] reported by
    [date] date
    [validated] validated
   *[other] { $field }
}
monitor-field-value = value: { $indicator }

## Plain-mode progress entry, napwiz monitor enter (src/plain/progress.rs)
progress-no-periods-yet = none yet (napwiz monitor periods PLAN adds them)
progress-no-period = The plan has no period '{ $period }'; its periods: { $known }.
progress-closed = Period { $period } is closed; reopen it first (napwiz monitor reopen PLAN { $period }).
progress-intro = Progress for { $period } ({ $span }, due { $due }): { $count ->
    [one] 1 action
   *[other] { $count } actions
}. ? helps.
progress-read-only = Nothing was saved: the plan is read-only { $plan }.
progress-saved = Saved { $plan }.
# Under each action: its lead, its status in the period before ($before, may be empty) and now.
progress-lead = lead { $lead }; { $before }now: { $now }
progress-before = { $period }: { $status };{ " " }
progress-status-prompt = Status [Enter skips]:
# $starts: the fewest first letters that tell each status apart, in the order of $statuses.
progress-status-help = Type a status: { $statuses } (or enough of its first letters: { $starts }). Enter skips the action; copy starts the period from the previous one (what still holds: status, difficulties, measures); < back; q saves and quits.
progress-field-help = Type the new text; Enter keeps what is in [brackets]; - empties it.
progress-not-status = '{ $text }' is not a status; ? lists them
progress-copied = Copied { $count ->
    [one] 1 report
   *[other] { $count } reports
} from the previous period; type a status to go on.
progress-ask-dropped = Reason it was dropped
progress-ask-done = What was done in the period
progress-ask-value = { $indicator } (target { $target }; { $expected })
progress-ask-spent = Amount spent in the period
progress-ask-source = Funding source
progress-ask-difficulties = Difficulties
progress-ask-measures = Corrective measures
progress-ask-evidence = Evidence (separated by ;)
progress-ask-reported-by = Reported by
progress-not-amount = '{ $text }' is not a whole amount of 0 or more

## Reporting periods: changes refused and napwiz check findings (src/plan/monitor/edit.rs,
## reports.rs, check.rs, mod.rs)
monitor-span = { $from } to { $to }
monitor-no-periods-yet = none yet
monitor-no-such-period = there is no period '{ $period }'; the plan has { $known }
monitor-period-is-closed = period { $period } is closed; reopen it first (napwiz monitor reopen PLAN { $period })
monitor-ends-before-start = a period cannot end ({ $to }) before it starts ({ $from })
monitor-first-period = { $period } is the first period: there is nothing to copy forward
monitor-check-twice = reporting period { $period } appears twice
monitor-check-ends-before-start = reporting period { $period } ends ({ $to }) before it starts ({ $from })
monitor-check-due-before-end = reports for period { $period } are due ({ $due }) before it ends ({ $to })
monitor-check-outside = reporting period { $period } ({ $span }) is outside the plan period { $first }-{ $last }
monitor-check-no-action = period { $period } has a report for { $action }, which is no action of the plan
monitor-check-excluded = period { $period } has a report for { $action }, which is not included in the plan
monitor-check-no-reason = { $action } is reported dropped in { $period } without a reason
monitor-check-no-indicator = period { $period } has a value for '{ $text }', which is no indicator of { $action }
monitor-check-bad-value = the { $period } value of '{ $text }' is '{ $value }'; expected { $expected }
# Where a share cannot be computed (no action in the group), before a percentage column.
dashboard-not-available = n/a
monitor-unknown-field = unknown report field '{ $field }'
## tr-misc: acronyms, short codes, typed values, label spacing, remaining messages
check-acronym-unexplained = the acronym '{ $acronym }' is used but not spelled out: add it to { $file }
check-abbreviation-bad = the abbreviation '{ $acronym }' needs an acronym and its meaning, each on one line without control characters
check-acronyms-summary = acronyms: { $count ->
    [one] { $count } used but not spelled out in { $file }
   *[other] { $count } used but not spelled out in { $file }
}
area-letter-high = H
area-letter-medium = M
area-letter-low = L
area-legend-marks = Marks: [x] included, [-] not included, [ ] not decided.
area-legend-priority = Priority letters: { $letters }.
area-legend-letter = { $letter } { $priority }
typed-timeframe-short = short, short term, s
typed-timeframe-medium = medium, medium term, m
typed-timeframe-long = long, long term, l
typed-baseline-unknown = unknown, ?
typed-baseline-in-place = in, inplace, in place, have
typed-baseline-partly = partly, part, partial
typed-baseline-missing = missing, miss, no
typed-baseline-not-applicable = na, n/a
typed-frequency-none = none, -
typed-frequency-monthly = monthly
typed-frequency-quarterly = quarterly
typed-frequency-six-monthly = six-monthly, sixmonthly, half-yearly
typed-frequency-annually = annually, yearly, annual
typed-frequency-biennially = two-yearly, biennially
typed-frequency-end-of-plan = end
export-label = { $label }:
language-no-checklist = no checklist in '{ $language }'; expected one of: { $languages } (or a translated pack with --content)
pack-check-problems = napwiz: { $source } has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
pack-check-translation = translation ({ $language }) against the English pack: { $count ->
    [one] { $count } missing or untranslated entry
   *[other] { $count } missing or untranslated entries
}
export-xlsx-cut = napwiz: note: the Excel file cuts a text: { $cut }
follow-needs-plan = --follow needs a plan file: napwiz --follow PLAN
plan-before-subcommand = '{ $plan }' was given before a subcommand; put the plan after it, e.g. `napwiz check { $plan }`
lock-take-over-hint = { $error } If that session has ended, run the command again with --take-over.
config-file-exists = exists
config-file-missing = does not exist yet; napwiz config --print-default shows one
output-write-failed = could not write to { $stream ->
    [stdout] standard output
   *[stderr] standard error
}
folder-create-failed = could not create folder '{ $folder }'
file-is-folder = it is a folder
file-not-regular = it is not a regular file (a FIFO, socket or device)
file-too-large = it is larger than { $mib } MiB, the most napwiz reads
file-not-utf8 = byte { $at } is not UTF-8 text
watch-failed = could not watch '{ $path }'
watch-folder-failed = could not watch the folder '{ $path }'
watch-plan-gone = the plan file is gone (deleted, or being replaced)
lock-unknown-user = unknown user
facilitator-place-failed = could not write the facilitator's place
facilitator-record-failed = could not record the facilitator's place in '{ $path }'
quality-judged-on-english = near-duplicate actions judged on the English source: a translation inherits its pairs
translation-untranslated = untranslated { $field } of '{ $owner }': the English text, unchanged
translation-indicator-count = '{ $owner }' has { $ours } suggested indicators, the English pack { $english }; expected the same indicators, translated
translation-missing = missing { $what ->
    [area] area
    [goal] goal
    [action] action
    [institution] institution
   *[term] term
} '{ $id }' (English: "{ $english }"); napwiz shows the English text marked { $mark } until it is translated
translation-expected-after = { $missing }; expected after '{ $previous }'
follow-failed = could not follow '{ $path }'
terminal-raw-failed = could not switch the terminal to raw mode
terminal-setup-failed = could not set up the terminal
rescue-write-failed = could not write '{ $path }'
signals-install-failed = could not install signal handlers
signals-thread-failed = could not start the signal thread
demo-title = National Action Plan against Trafficking in Human Beings 2027-2030
demo-country = Republic of Veldora (fictional)
demo-coordinating-body = National Commission against Trafficking in Human Beings
demo-coordinator = Deputy Minister of Interior, National Anti-Trafficking Coordinator
demo-facilitator = A. Facilitator
demo-shelter-network = Veldora Safe House Network
demo-note-routine = Already done under the current strategy; continue as routine work.
demo-source-state = State budget
demo-source-state-eu = State budget and EU funds
demo-source-donor = Donor (IOM project)
demo-note-pilot = Group agreed to pilot this in two regions first (north and capital) before rolling out.
    Check the 2026 GRETA report's recommendations before the final wording.
demo-target-input = In place by [year]
demo-target-output = [N] by [year]
demo-target-outcome = [N]% by [year]
demo-target-impact = Downward trend by [year]
demo-baseline-measured = To be measured in 2027 (first full year of data)
demo-baseline-not-yet = Not yet (2026)
demo-baseline-draft = Draft under discussion (2026)
demo-baseline-no-limit = Not measured yet: no time limit in practice (2026)
demo-baseline-not-recorded = Not recorded (2026)
demo-verify-training = Training records of the lead institution
demo-verify-survey = Survey commissioned by the coordinator
demo-verify-cases = Police and court case statistics
demo-verify-nrm = NRM database and service providers' reports
demo-verify-gazette = Official gazette
demo-verify-budget = State budget execution report
demo-verify-labour = Labour inspectorate records
demo-verify-commission = Minutes and records of the National Commission
demo-verify-annual = Annual report of the lead institution
demo-goal-note-p1 = Last national study dates from 2019. The statistics office offered to host the data.
demo-goal-note-a2 = The NRM exists on paper (2018 instruction) but local teams do not use it; focus on practice.
demo-goal-note-i3 = Prosecutors report no parallel financial investigation in 2025 cases.
demo-goal-note-e10 = Ministry of Finance asks for costing per action before the budget circular in May.
demo-games-goal = Prevent exploitation around the 2029 regional games
demo-games-guidance = Large events bring temporary construction and hospitality work; plan inspections and outreach early.
demo-games-action = Run joint labour inspections on games construction sites from 2028.
demo-shelter-action = Open a shelter for male victims of labour exploitation in the capital.
demo-games-indicator = Number of joint inspections on games sites
demo-games-target = At least 40 by 2029
demo-shelter-indicator = Shelter places for men available
demo-shelter-target = 12 places by 2028
demo-verify-licensing = Ministry licensing register
demo-shelter-note = Men currently housed in hostels; the group stressed safety and privacy.
demo-source-nrm = NRM case database
demo-source-police = Police and prosecution statistics
demo-source-courts = Court case-management system
demo-source-budget = Budget execution reports
demo-source-ngo = Reports of NGO service providers
demo-monitoring-note = Implementers report by 15 July and 15 January on the common form; the coordinator's office consolidates and the National Commission reviews twice a year.

## demo progress: the demo plan's first year of monitoring reports (src/plan/demo_progress.rs)
demo-progress-dropped-reason = Overtaken by the new Law on Social Services, which now covers this task.
demo-progress-done-not-started = Preparations only: focal point named, work plan in drafting.
demo-progress-done-dropped = No further work after the reform of social services.
demo-progress-done-completed = Completed and reported to the National Commission.
demo-progress-done-delivered = Delivered as planned; final report attached.
demo-progress-done-routine = Running as routine work of the institution, funded from its own budget.
demo-progress-done-working-group = Working group met three times; terms of reference agreed.
demo-progress-done-training = First two training sessions held in the capital and the north.
demo-progress-done-draft = Draft text circulated to partners for comments.
demo-progress-done-tender = Tender launched; contract expected next quarter.
demo-progress-difficulty-budget = The budget line was approved four months late.
demo-progress-difficulty-staff = Two trained staff left the unit; posts not yet refilled.
demo-progress-difficulty-comments = Partners did not send their comments on time.
demo-progress-measure-budget = Ask the Ministry of Finance to release the funds in the next budget revision.
demo-progress-measure-staff = Recruit and train replacements; share the module with the regional units.
demo-progress-measure-comments = Coordinator to set a final deadline at the next Commission meeting.
# A qualitative indicator's value: a law or text the action was to produce.
demo-progress-value-adopted = Adopted
demo-progress-value-draft = Draft prepared and under consultation
# $code is the reporting institution's abbreviation (MOI, MOJ...).
demo-progress-reported-by = Anti-trafficking focal point, { $code }
