//! The wizard's Monitor mode and period dashboard (issue 12, part 2), driven through the real key
//! bindings as the app loop drives them; and one period's report entered in the real binary.

use napwiz::plan::fields::Field;
use napwiz::plan::monitor::{ReportField, Status};
use napwiz::plan::{Period, Plan};
use napwiz::tui::keymap::{self, Mode};
use napwiz::tui::offer;
use napwiz::tui::state::{MonitorRow, Overlay, SaveState, State, StatusFilter, Step, TextTarget};
use napwiz::tui::{derived, typed};

mod common;
use common::draw_text;
use common::keys::press;

// ---------------------------------------------------------------------------------------------
// Helpers

/// The demo plan (2027-H1 closed, 2027-H2 reported in part) open on the review step.
fn demo() -> State {
    common::demo_state(Step::Review)
}

fn keys(state: &mut State, names: &[&str]) {
    for name in names {
        press(state, name);
    }
}

fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        let name = if c == ' ' { "Space".to_string() } else { c.to_string() };
        press(state, &name);
    }
}

fn plan(state: &State) -> &Plan {
    state.plan().unwrap()
}

fn rows(state: &State) -> Vec<MonitorRow> {
    let period = state.monitor_period().unwrap();
    derived::monitor_rows(state, plan(state), &period).to_vec()
}

/// The action under the Monitor cursor.
fn selected(state: &State) -> String {
    match &rows(state)[state.monitor.cursor] {
        MonitorRow::Action(id) => id.clone(),
        other => panic!("the cursor is on {other:?}"),
    }
}

/// Moves the Monitor cursor to `id`'s row.
fn select(state: &mut State, id: &str) {
    let at = rows(state).iter().position(|r| *r == MonitorRow::Action(id.into())).unwrap();
    state.monitor.cursor = at;
}

fn message(state: &State) -> String {
    state.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
}

fn report_status(state: &State, period: &str, id: &str) -> Option<Status> {
    plan(state).report(period, id).map(|r| r.status)
}

/// In the report form, moves to the field `f` of the selected action.
fn focus_field(state: &mut State, f: ReportField) {
    let period = state.monitor_period().unwrap();
    let id = state.monitor.report.clone().unwrap();
    let all = napwiz::plan::monitor::form::report_fields(plan(state), &period, &id);
    state.monitor.field = Some(all.iter().position(|x| *x == f).unwrap());
}

// ---------------------------------------------------------------------------------------------
// Entering Monitor mode

#[test]
fn m_opens_monitor_on_the_first_open_period_and_esc_returns_to_the_step() {
    let mut state = demo();
    keys(&mut state, &["m"]);
    assert_eq!(state.step, Step::Monitor);
    assert_eq!(state.monitor_period().as_deref(), Some("2027-H2"), "2027-H1 is closed");
    assert!(matches!(rows(&state)[0], MonitorRow::Area(ref a) if a == "P"));
    assert_eq!(selected(&state), "P1.1", "the cursor starts on the first action");
    keys(&mut state, &["Esc"]);
    assert_eq!(state.step, Step::Review);
}

#[test]
fn the_footer_says_monitor_on_the_review_and_names_its_keys_in_monitor() {
    let mut state = demo();
    let footer: Vec<_> = offer::footer_here(&state).into_iter().map(|(_, l)| l).collect();
    assert!(footer.iter().any(|l| l == "monitor"), "{footer:?}");
    keys(&mut state, &["m"]);
    let footer: Vec<_> = offer::footer_here(&state).into_iter().map(|(_, l)| l).collect();
    for label in ["report", "next period", "dashboard", "institution", "copy forward"] {
        assert!(footer.iter().any(|l| l == label), "{label} missing from {footer:?}");
    }
}

#[test]
fn the_step_list_offers_monitor_and_the_period_dashboard() {
    let mut state = demo();
    keys(&mut state, &["s", "End"]);
    keys(&mut state, &["Enter"]);
    assert_eq!(state.step, Step::Progress);
    keys(&mut state, &["s", "End", "Up", "Enter"]);
    assert_eq!(state.step, Step::Monitor);
}

#[test]
fn the_start_screen_offers_monitor_for_the_open_plan() {
    let mut state = common::demo_state(Step::Start);
    assert!(draw_text(&state, 80, 24).contains("Monitor implementation: National Action Plan"));
    keys(&mut state, &["End", "Enter"]);
    assert_eq!(state.step, Step::Monitor);
    let mut without = State::new(state.content.clone(), vec![]);
    assert!(!draw_text(&without, 80, 24).contains("Monitor implementation"));
    keys(&mut without, &["m"]);
    assert_eq!(without.step, Step::Start, "no plan, nothing to monitor");
}

#[test]
fn a_plan_without_periods_is_asked_before_they_are_created() {
    let mut state = demo();
    let open = state.plan.as_mut().unwrap();
    open.plan.periods.clear();
    open.plan.meta.period = Period { first: 2027, last: 2028 };
    keys(&mut state, &["m"]);
    assert!(matches!(state.overlay, Some(Overlay::StartMonitoring)));
    keys(&mut state, &["n"]);
    assert!(plan(&state).periods.is_empty(), "no keeps the plan as it was");
    assert_eq!(state.step, Step::Review);
    keys(&mut state, &["m", "y"]);
    let ids: Vec<&str> = plan(&state).periods.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["2027-H1", "2027-H2", "2028-H1", "2028-H2"], "the demo reports six-monthly");
    assert_eq!(state.step, Step::Monitor);
    keys(&mut state, &["Ctrl+Z"]);
    assert!(plan(&state).periods.is_empty(), "undone like any change");
}

// ---------------------------------------------------------------------------------------------
// Statuses, periods and filters

#[test]
fn one_key_per_status_sets_it_and_undo_takes_it_back() {
    let mut state = demo();
    keys(&mut state, &["m"]);
    select(&mut state, "P3.1");
    assert_eq!(report_status(&state, "2027-H2", "P3.1"), None, "MoLSP has not reported it");
    let before = plan(&state).clone();
    let expected = [
        ("0", Status::NotStarted),
        ("1", Status::OnTrack),
        ("2", Status::Delayed),
        ("3", Status::Completed),
        ("4", Status::Continuous),
        ("5", Status::Dropped),
    ];
    for (key, status) in expected {
        keys(&mut state, &[key]);
        assert_eq!(report_status(&state, "2027-H2", "P3.1"), Some(status), "key {key}");
    }
    assert!(message(&state).contains("say why"), "{}", message(&state));
    assert_eq!(plan(&state).period("2027-H1"), before.period("2027-H1"), "only 2027-H2 changes");
    assert_eq!(state.plan.as_ref().unwrap().save, SaveState::Unsaved, "autosave picks it up");
    for _ in 0..6 {
        keys(&mut state, &["u"]);
    }
    assert_eq!(report_status(&state, "2027-H2", "P3.1"), None);
}

#[test]
fn the_period_is_chosen_with_left_and_right() {
    let mut state = demo();
    keys(&mut state, &["m", "Left"]);
    assert_eq!(state.monitor_period().as_deref(), Some("2027-H1"));
    keys(&mut state, &["Left"]);
    assert!(message(&state).contains("first reporting period"), "{}", message(&state));
    keys(&mut state, &["l", "l"]);
    assert_eq!(state.monitor_period().as_deref(), Some("2028-H1"));
}

#[test]
fn a_closed_period_is_read_only_and_says_which_key_reopens_it() {
    let mut state = demo();
    keys(&mut state, &["m", "Left"]);
    let before = plan(&state).clone();
    keys(&mut state, &["2", "c"]);
    keys(&mut state, &["Enter", "Enter"]);
    assert!(state.overlay.is_none(), "no editor opens on a closed period");
    assert_eq!(*plan(&state), before);
    let reopen = keymap::key_for(Mode::Monitor, &napwiz::tui::action::Action::ClosePeriod).unwrap();
    let said = message(&state);
    assert!(said.contains("2027-H1 is closed") && said.contains(&reopen), "{said}");
    assert!(draw_text(&state, 80, 24).contains("CLOSED: its reports are read-only"));
}

#[test]
fn reopening_asks_first_and_no_keeps_the_period_closed() {
    let mut state = demo();
    keys(&mut state, &["m", "Left", "R"]);
    assert!(matches!(state.overlay, Some(Overlay::ConfirmPeriod(_))));
    assert!(draw_text(&state, 80, 24).contains("Reopen 2027-H1?"));
    keys(&mut state, &["n"]);
    assert!(plan(&state).period("2027-H1").unwrap().closed);
    keys(&mut state, &["R", "y"]);
    assert!(!plan(&state).period("2027-H1").unwrap().closed);
    keys(&mut state, &["2"]);
    assert_eq!(report_status(&state, "2027-H1", "P1.1"), Some(Status::Delayed));
    keys(&mut state, &["R"]);
    assert!(draw_text(&state, 80, 24).contains("Close 2027-H1?"));
    keys(&mut state, &["y"]);
    assert!(plan(&state).period("2027-H1").unwrap().closed);
}

#[test]
fn the_institution_filter_shows_what_a_ministry_still_owes() {
    let mut state = demo();
    keys(&mut state, &["m"]);
    // Step to the Ministry of Justice, then keep only actions without a report.
    while state.monitor.institution.as_deref() != Some("moj") {
        keys(&mut state, &["f"]);
        assert!(state.monitor.institution.is_some(), "MoJ leads actions in the demo");
    }
    assert!(message(&state).contains("Ministry of Justice"), "{}", message(&state));
    keys(&mut state, &["v"]);
    assert_eq!(state.monitor.status, StatusFilter::Missing);
    let owed: Vec<String> = rows(&state)
        .into_iter()
        .filter_map(|r| if let MonitorRow::Action(id) = r { Some(id) } else { None })
        .collect();
    let figures =
        napwiz::plan::monitor::dashboard(plan(&state), &state.content, "2027-H2").unwrap();
    let moj = figures.owing.iter().find(|o| o.institution.as_deref() == Some("moj")).unwrap();
    assert_eq!(owed, moj.actions, "the list is exactly what the dashboard says MoJ owes");
    keys(&mut state, &["x"]);
    assert_eq!(
        (state.monitor.institution.clone(), state.monitor.status),
        (None, StatusFilter::Any)
    );
}

#[test]
fn the_status_filter_steps_through_missing_and_every_status() {
    let mut state = demo();
    keys(&mut state, &["m", "v", "v", "v"]);
    assert_eq!(state.monitor.status, StatusFilter::Is(Status::OnTrack));
    for row in rows(&state) {
        if let MonitorRow::Action(id) = row {
            assert_eq!(report_status(&state, "2027-H2", &id), Some(Status::OnTrack), "{id}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The report form

#[test]
fn the_report_form_takes_narrative_values_spending_and_validation() {
    let mut state = demo();
    keys(&mut state, &["m"]);
    select(&mut state, "P3.1");
    keys(&mut state, &["Enter"]);
    assert_eq!(keymap::mode(&state), Mode::MonitorReport);
    focus_field(&mut state, ReportField::Done);
    keys(&mut state, &["Enter"]);
    type_text(&mut state, "Outreach in 4 care homes");
    keys(&mut state, &["Enter"]);
    type_text(&mut state, "and 2 shelters");
    keys(&mut state, &["Ctrl+S"]);
    focus_field(&mut state, ReportField::SpentAmount);
    keys(&mut state, &["Enter"]);
    type_text(&mut state, "12,500");
    keys(&mut state, &["Enter"]);
    focus_field(&mut state, ReportField::SpentSource);
    keys(&mut state, &["Enter"]);
    type_text(&mut state, "State budget");
    keys(&mut state, &["Enter"]);
    focus_field(&mut state, ReportField::Evidence);
    keys(&mut state, &["Enter"]);
    type_text(&mut state, "MoLSP letter 45/2027");
    keys(&mut state, &["Ctrl+S"]);
    focus_field(&mut state, ReportField::Validated);
    keys(&mut state, &["Space", "1"]);
    let r = plan(&state).report("2027-H2", "P3.1").unwrap();
    assert_eq!(r.done, "Outreach in 4 care homes\nand 2 shelters");
    assert_eq!(r.spent.as_ref().unwrap().amount, Some(12_500));
    assert_eq!(r.spent.as_ref().unwrap().source, "State budget");
    assert_eq!(r.evidence, ["MoLSP letter 45/2027"]);
    assert!(r.validated);
    assert_eq!(r.status, Status::OnTrack);
    keys(&mut state, &["Esc"]);
    assert_eq!(keymap::mode(&state), Mode::Monitor);
    assert_eq!(selected(&state), "P3.1", "back on the row the form was opened from");
}

#[test]
fn a_value_that_is_not_a_number_keeps_the_editor_open_and_says_what_is_expected() {
    let mut state = demo();
    keys(&mut state, &["m"]);
    let content = state.content.clone();
    // An included action with a counted indicator.
    let (id, i) = plan(&state)
        .included_actions(&content)
        .into_iter()
        .find_map(|a| {
            let d = plan(&state).decision(a)?;
            let i = d.indicators.iter().position(|x| {
                napwiz::plan::monitor::Measure::of(x) == napwiz::plan::monitor::Measure::Count
            })?;
            Some((a.to_string(), i))
        })
        .unwrap();
    select(&mut state, &id);
    keys(&mut state, &["Enter"]);
    focus_field(&mut state, ReportField::Value(i));
    keys(&mut state, &["Enter"]);
    type_text(&mut state, "about forty");
    keys(&mut state, &["Enter"]);
    let Some(Overlay::Editor { error: Some(why), .. }) = &state.overlay else {
        panic!("the editor stays open: {:?}", state.overlay);
    };
    assert!(why.contains("a number of 0 or more"), "{why}");
    for _ in 0..30 {
        keys(&mut state, &["Backspace"]);
    }
    type_text(&mut state, "40");
    keys(&mut state, &["Enter"]);
    assert!(state.overlay.is_none());
    let indicator = &plan(&state).decision(&id).unwrap().indicators[i].text;
    let value = &plan(&state).report("2027-H2", &id).unwrap().values[indicator];
    assert_eq!(value.as_number(), Some(40.0));
}

#[test]
fn text_typed_in_a_report_is_folded_into_the_plan_for_an_emergency_save() {
    let mut state = demo();
    keys(&mut state, &["m"]);
    select(&mut state, "P3.1");
    keys(&mut state, &["Enter"]);
    focus_field(&mut state, ReportField::Difficulties);
    keys(&mut state, &["Enter"]);
    type_text(&mut state, "No staff in the north");
    let Some(Overlay::Editor { target: TextTarget::Field(Field::Report(..)), .. }) = state.overlay
    else {
        panic!("the report's editor is open");
    };
    let kept = typed::typed(&state).expect("the text is kept");
    let mut folded = state.plan().unwrap().clone();
    kept.change.clone().expect("it fits the plan").apply(&mut folded);
    assert_eq!(folded.report("2027-H2", "P3.1").unwrap().difficulties, "No staff in the north");
    assert!(kept.what.contains("P3.1") && kept.what.contains("2027-H2"), "{}", kept.what);
}

#[test]
fn copy_forward_starts_the_missing_reports_from_the_period_before() {
    let mut state = demo();
    keys(&mut state, &["m"]);
    let h1 = plan(&state).period("2027-H1").unwrap().clone();
    let missing: Vec<String> = h1
        .reports
        .keys()
        .filter(|id| plan(&state).report("2027-H2", id).is_none())
        .filter(|id| plan(&state).decision(id).is_some_and(|d| d.is_included()))
        .cloned()
        .collect();
    assert!(!missing.is_empty(), "the demo has H2 gaps that H1 reported");
    keys(&mut state, &["c"]);
    assert!(message(&state).starts_with(&format!("{} reports started", missing.len())));
    for id in &missing {
        let r = plan(&state).report("2027-H2", id).unwrap();
        assert_eq!(r.status, h1.reports[id].status, "{id}");
        assert!(r.done.is_empty(), "{id}: what was done is the new period's own");
    }
    keys(&mut state, &["c"]);
    assert!(message(&state).starts_with("nothing to copy"), "{}", message(&state));
}

// ---------------------------------------------------------------------------------------------
// The period dashboard

#[test]
fn the_dashboard_follows_the_period_and_scrolls_without_passing_the_end() {
    let mut state = demo();
    keys(&mut state, &["m", "D"]);
    assert_eq!(state.step, Step::Progress);
    let screen = draw_text(&state, 80, 24);
    assert!(screen.contains("Period dashboard 2027-H2"), "{screen}");
    assert!(screen.contains("Implementation by area"), "{screen}");
    assert!(screen.contains("more below"), "{screen}");
    keys(&mut state, &["End"]);
    for _ in 0..50 {
        keys(&mut state, &["PgDn"]);
    }
    let end = draw_text(&state, 80, 24);
    assert!(end.contains("end: Up/PgUp/Home"), "{end}");
    keys(&mut state, &["Left"]);
    assert!(draw_text(&state, 80, 24).contains("Period dashboard 2027-H1"));
    keys(&mut state, &["Esc"]);
    assert_eq!(state.step, Step::Monitor);
}

#[test]
fn the_dashboard_shows_every_figure_the_issue_names() {
    let mut state = demo();
    keys(&mut state, &["m", "D"]);
    state.size = (200, 60);
    let first = draw_text(&state, 200, 60);
    assert!(first.contains("Implementation by lead institution"), "{first}");
    assert!(first.contains("Spending against budget"), "two columns at 200x60:\n{first}");
    // The long lists continue below: PgDn reaches them.
    let mut screen = first;
    for _ in 0..3 {
        keys(&mut state, &["PgDn"]);
        screen.push_str(&draw_text(&state, 200, 60));
    }
    for part in [
        "Implementation by area",
        "Implementation by goal",
        "Implementation by lead institution",
        "Trend across periods",
        "Indicators: baseline to target",
        "Spending against budget",
        "Overdue: timeframe over",
        "Not reported yet",
    ] {
        assert!(screen.contains(part), "{part} missing:\n{screen}");
    }
}

// ---------------------------------------------------------------------------------------------
// The real binary

/// Enters a period's report in the real binary, then checks the plan file.
#[cfg(unix)]
#[test]
fn a_periods_report_is_entered_in_the_terminal_and_saved() {
    use common::pty::{Session, write_demo};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan_path = dir.path().join("nap.ron");
    write_demo(&plan_path, &data);
    let mut s = Session::start(
        &[plan_path.to_str().unwrap()],
        &[("NAPWIZ_DATA_DIR", data.to_str().unwrap())],
    );
    s.wait_for("step 2 of 10");
    s.keys(&["m"]);
    s.wait_for("Monitor 2027-H2");
    // Only what is still missing; the first is P3.1 (Ministry of Labour): its report.
    s.keys(&["v"]);
    s.wait_for("no report yet");
    s.keys(&["j", "Enter"]);
    s.wait_for("Report P3.1, 2027-H2");
    s.keys(&["2"]);
    s.wait_for("P3.1 in 2027-H2: delayed");
    s.keys(&["j", "Enter"]);
    s.wait_for("P3.1, 2027-H2: What was done");
    s.keys(&["Visits planned for January", "\u{13}"]);
    s.wait_for("Visits planned for January");
    s.keys(&["Esc", "q"]);
    s.wait_exit("q");
    let text = std::fs::read_to_string(&plan_path).unwrap();
    let saved = napwiz::plan::from_ron("nap.ron", &text).unwrap().plan;
    let r = saved.report("2027-H2", "P3.1").expect("P3.1 reported");
    assert_eq!(r.status, Status::Delayed);
    assert_eq!(r.done, "Visits planned for January");
}

#[test]
fn the_list_counts_reports_as_the_dashboard_does_after_each_status_set() {
    let mut state = demo();
    keys(&mut state, &["m"]);
    for key in ["j", "2", "j", "j", "4", "j", "0"] {
        keys(&mut state, &[key]);
        let plan = plan(&state);
        let figures = napwiz::plan::monitor::dashboard(plan, &state.content, "2027-H2").unwrap();
        let overall = napwiz::plan::monitor::overall(plan, &state.content, "2027-H2").unwrap();
        assert_eq!(overall, figures.overall, "after {key}");
    }
    let text = draw_text(&state, 200, 60);
    let overall = napwiz::plan::monitor::overall(plan(&state), &state.content, "2027-H2").unwrap();
    let count = format!("{} of {} reported", overall.reported(), overall.actions);
    assert!(text.contains(&count), "{text}");
}
