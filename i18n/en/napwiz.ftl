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
message-read-only = Read-only: { $why }
message-changed-on-disk = Not saved ({ $key } keeps yours, backs up the other): { $why }
message-save-failed = NOT SAVED: { $why } { $retry }: try again. { $quit }: save elsewhere or keep a backup, then quit.

## Start screen (src/tui/view/start.rs)

start-title = Start
start-purpose = Design a National Action Plan against trafficking in human beings.
start-provenance = The checklist follows the structure of ICMPD's Practitioner's Guide (2021), Chapter A; its wording is napwiz's own, not ICMPD's text.
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
