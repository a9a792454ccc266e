//! Never losing your place, a footer that tells the truth, prompts that are never a trap, and
//! text that carries meaning never cut off: driven through the real key map, drawn to text.

use std::path::PathBuf;

use napwiz::plan::{Choice, Conflict, Decision, Inclusion};
use napwiz::tui::keymap::{self, Mode};
use napwiz::tui::offer::footer_here;
use napwiz::tui::state::{Message, OpenPlan, Overlay, Row, State, Step, TextTarget};
use napwiz::tui::view::dashboard::{GAPS, HEALTH};

mod common;
use common::draw_text;
use common::keys::press;

const PREVENTION: usize = 0;

/// A state with the demo plan open in memory, on `step`.
fn with_demo(step: Step) -> State {
    common::demo_state(step)
}

fn keys(state: &mut State, names: &[&str]) {
    for name in names {
        press(state, name);
    }
}

fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        press(state, &if c == ' ' { "Space".to_string() } else { c.to_string() });
    }
}

fn message(state: &State) -> String {
    state.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
}

fn input(state: &State) -> String {
    match &state.overlay {
        Some(Overlay::Editor { input, .. }) => input.lines().join("\n"),
        other => panic!("no editor open: {other:?}"),
    }
}

/// Puts the cursor on `id` (its goal opened) in its area step, through the real jump.
fn select(state: &mut State, id: &str) {
    napwiz::tui::update::jump_to(state, id);
    state.return_to = None;
}

/// The screen's text with runs of spaces and borders folded, so wrapped text reads as one line.
fn folded(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim_matches(|c: char| c == '|' || c == '│' || c.is_whitespace()))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------
// Item 4: what carries meaning is wrapped or shortened in the middle, never cut at its end

#[test]
fn a_long_health_finding_wraps_at_80_columns_and_its_problem_shows() {
    let mut state = with_demo(Step::Review);
    let d = state.plan.as_mut().unwrap().plan.items.get_mut("P1.1").unwrap();
    d.partners.push("x-provincial-coordination-office-north".into());
    keys(&mut state, &["6"]);
    assert_eq!(state.review.panel, HEALTH);
    let screen = draw_text(&state, 80, 24);
    assert!(
        folded(&screen).contains("is neither in the catalogue nor on the roster"),
        "the problem is cut off:\n{screen}"
    );
}

#[test]
fn the_second_side_of_a_merge_conflict_shows_at_80_columns() {
    let mut state = with_demo(Step::Setup);
    let long = "the working group agreed to pilot the referral protocol in two regions first";
    state.plan.as_mut().unwrap().plan.conflicts.push(Conflict {
        target: "P1.2".into(),
        field: "notes".into(),
        choices: vec![
            Choice { source: "prevention.ron".into(), value: format!("{long:?}") },
            Choice { source: "protection.ron".into(), value: "\"postpone to 2029\"".into() },
        ],
    });
    keys(&mut state, &["C", "Right"]);
    let screen = draw_text(&state, 80, 24);
    let text = folded(&screen);
    assert!(text.contains("(*) postpone to 2029 (from protection.ron)"), "{screen}");
    assert!(text.contains("regions first (from prevention.ron)"), "{screen}");
}

#[test]
fn the_files_written_show_with_their_years_and_folder_at_80_columns() {
    use napwiz::tui::view::generate::written;
    let mut state = with_demo(Step::Generate);
    let stem = "national-action-plan-against-trafficking-in-human-beings-2027-2030";
    let folder = PathBuf::from("/home/ana.kovac/.local/share/napwiz/plans/workshop-november");
    let files: Vec<PathBuf> = [".md", ".html", ".docx", ".xlsx", "-actions.csv", "-matrix.csv"]
        .iter()
        .map(|x| folder.join(format!("{stem}{x}")))
        .collect();
    let text = written(&files, stem, &folder);
    state.message = Some(Message { text, error: false });
    let screen = draw_text(&state, 80, 24);
    let shown = folded(&screen);
    assert!(
        shown.contains(&format!("wrote {stem}.md, .html, .docx, .xlsx, -actions.csv")),
        "{screen}"
    );
    assert!(shown.contains("-matrix.csv into /home/ana.kovac/"), "{screen}");
    assert!(shown.contains("plans/workshop-november"), "{screen}");
    let message: Vec<&str> = screen.lines().rev().skip(2).take(3).collect();
    assert!(message.iter().all(|l| !l.contains("...")), "nothing is cut:\n{screen}");
}

#[test]
fn paths_are_shortened_in_the_middle_keeping_the_file_name() {
    use napwiz::tui::view::fit_path;
    let path = "/home/ana/.local/share/napwiz/plans/national-action-plan-2027-2030.ron";
    let short = fit_path(path, 50);
    assert_eq!(short.chars().count(), 50);
    assert!(
        short.starts_with("/home/ana/") && short.ends_with("/national-action-plan-2027-2030.ron")
    );
    assert_eq!(fit_path("/a/b.ron", 50), "/a/b.ron");

    let recent = PathBuf::from(path);
    let state = State::new(common::content().clone(), vec![recent]);
    let screen = draw_text(&state, 80, 24);
    assert!(screen.contains("national-action-plan-2027-2030.ron"), "{screen}");
}

// ---------------------------------------------------------------------------------------------
// Item 5: Esc goes back one level; after a jump, back where it came from; places are kept

/// Review on the health panel with P1.1's lead missing, the cursor on that finding.
fn review_on_a_finding() -> State {
    let mut state = with_demo(Step::Review);
    state.plan.as_mut().unwrap().plan.items.get_mut("P1.1").unwrap().lead = None;
    keys(&mut state, &["6", "Home"]);
    let findings = napwiz::plan::check(state.plan().unwrap(), &state.content).findings;
    let at = findings.iter().position(|f| f.message.contains("P1.1: included action has no lead"));
    for _ in 0..at.expect("the finding is listed") {
        press(&mut state, "Down");
    }
    state
}

#[test]
fn esc_after_a_jump_from_a_health_finding_returns_to_the_review() {
    let mut state = review_on_a_finding();
    let cursor = state.review.health_cursor;
    press(&mut state, "Enter");
    assert_eq!(state.step, Step::Area(PREVENTION));
    assert_eq!(state.selected_row(PREVENTION), Some(Row::Action("P1.1".into())));
    // Into the action's fields and out again: one level at a time.
    press(&mut state, "Enter");
    assert!(state.areas[PREVENTION].field.is_some());
    press(&mut state, "Esc");
    assert_eq!(state.areas[PREVENTION].field, None);
    assert_eq!(state.step, Step::Area(PREVENTION));
    press(&mut state, "Esc");
    assert_eq!(state.step, Step::Review, "back where the jump came from, not Institutions");
    assert_eq!((state.review.panel, state.review.health_cursor), (HEALTH, cursor));
}

#[test]
fn esc_after_a_search_jump_returns_to_the_step_it_was_opened_on() {
    let mut state = with_demo(Step::Monitoring);
    press(&mut state, "/");
    type_text(&mut state, "I1.2");
    press(&mut state, "Enter");
    assert_eq!(state.step, Step::Area(2));
    press(&mut state, "Esc");
    assert_eq!(state.step, Step::Monitoring);
}

#[test]
fn moving_between_steps_forgets_the_jump() {
    let mut state = review_on_a_finding();
    press(&mut state, "Enter");
    keys(&mut state, &["]", "["]);
    assert_eq!(state.step, Step::Area(PREVENTION));
    assert_eq!(state.return_to, None);
}

#[test]
fn esc_goes_up_one_level_action_goal_step_list_never_the_previous_step() {
    let mut state = with_demo(Step::Area(1));
    keys(&mut state, &["Home", "Enter", "Down"]);
    let Some(Row::Action(_)) = state.selected_row(1) else { panic!("on an action") };
    let goal = state.area_rows(1)[0].clone();
    press(&mut state, "Esc");
    assert_eq!(state.selected_row(1), Some(goal), "an action's level up is its goal");
    assert_eq!(state.step, Step::Area(1));
    press(&mut state, "Esc");
    assert_eq!(state.step, Step::Area(1), "Esc does not move to the previous step");
    let here = state.step_position().0 - 1;
    assert!(matches!(state.overlay, Some(Overlay::Steps { cursor }) if cursor == here));
    press(&mut state, "Esc");
    assert!(state.overlay.is_none());
    for step in [Step::Setup, Step::Roster, Step::Review, Step::Monitoring, Step::Generate] {
        let mut state = with_demo(step);
        press(&mut state, "Esc");
        assert_eq!(state.step, step);
        assert_eq!(keymap::mode(&state), Mode::Steps, "Esc on {step:?} opens the step list");
    }
}

#[test]
fn the_step_list_shows_how_much_of_each_step_is_done() {
    let mut state = with_demo(Step::Setup);
    press(&mut state, "s");
    let screen = draw_text(&state, 80, 24);
    assert!(screen.contains("of 10 filled"), "{screen}");
    assert!(screen.contains("institutions"), "{screen}");
    let before = step_list_line(&state, "Prevention");
    let (decided, total) = decided_of(&before);
    assert_eq!(decided, total, "the demo decided every action: {before}");
    press(&mut state, "Esc");
    for id in ["P1.1", "P1.2"] {
        state.plan.as_mut().unwrap().plan.items.remove(id);
    }
    press(&mut state, "s");
    let after = step_list_line(&state, "Prevention");
    assert_eq!(decided_of(&after), (total - 2, total), "{after}");
}

fn step_list_line(state: &State, step: &str) -> String {
    let screen = draw_text(state, 80, 24);
    screen.lines().find(|l| l.contains(step)).expect("the step is listed").to_string()
}

/// "51 of 53 decided" in a step list line, as numbers.
fn decided_of(line: &str) -> (usize, usize) {
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "decided").expect("decided");
    (words[at - 3].parse().unwrap(), words[at - 1].parse().unwrap())
}

#[test]
fn goal_rows_show_decided_as_well_as_included() {
    let mut state = with_demo(Step::Area(PREVENTION));
    let goal = &state.content.areas[PREVENTION].goals[0];
    let (first, second) = (goal.actions[0].id.clone(), goal.actions[1].id.clone());
    let n = goal.actions.len();
    let plan = &mut state.plan.as_mut().unwrap().plan;
    for a in &goal.actions {
        plan.items.remove(&a.id);
    }
    plan.items.insert(first, Decision { inclusion: Inclusion::Included, ..Decision::default() });
    plan.items.insert(second, Decision { inclusion: Inclusion::Excluded, ..Decision::default() });
    let screen = draw_text(&state, 100, 30);
    assert!(screen.contains(&format!("2/{n} decided, 1 in plan")), "{screen}");
}

#[test]
fn a_place_is_remembered_and_resumed() {
    use napwiz::tui::resume::{place_of, resume};
    let mut state = with_demo(Step::Area(2));
    select(&mut state, "I1.2");
    let place = place_of(&state).unwrap();
    assert_eq!(place.step, "area:I");
    assert_eq!(place.item.as_deref(), Some("I1.2"));
    let mut again = with_demo(Step::Setup);
    let title = again.content.areas[2].title.clone();
    assert_eq!(resume(&mut again, &place), Some(format!("{title}, I1.2")));
    assert_eq!(again.step, Step::Area(2));
    assert_eq!(again.selected_row(2), Some(Row::Action("I1.2".into())));
}

// ---------------------------------------------------------------------------------------------
// Item 7: every footer entry acts where it is shown

/// What a key may change: everything the wizard shows except the content pack.
fn fingerprint(s: &State) -> String {
    format!(
        "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{} {} {} {:?} {} {} {} {:?} {} {} {}|{:?} {} {:?} {}",
        s.plan.as_ref().map(|p| (&p.plan, p.revision)),
        s.step,
        s.overlay,
        s.message,
        s.areas,
        s.return_to,
        s.start.cursor,
        s.setup.cursor,
        s.roster.cursor,
        s.roster.filter,
        s.review.health_cursor,
        s.review.panel,
        s.review.gaps_cursor,
        s.generate.formats,
        s.generate.cursor,
        s.generate.preview_scroll,
        s.monitoring.cursor,
        s.look,
        s.mouse,
        s.quit,
        s.editor_keys,
    )
}

type Scene = (String, Box<dyn Fn() -> State>);

fn scene(name: impl Into<String>, build: impl Fn() -> State + 'static) -> Scene {
    (name.into(), Box::new(build))
}

/// One state per kind of row of every step, and the overlays.
fn scenes() -> Vec<Scene> {
    let mut all = vec![];
    for i in 0..3 {
        all.push(scene(format!("start row {i}"), move || {
            let mut s = State::new(common::content().clone(), vec![]);
            s.start.cursor = i;
            s
        }));
    }
    for i in 0..10 {
        all.push(scene(format!("setup field {i}"), move || {
            let mut s = with_demo(Step::Setup);
            s.setup.cursor = i;
            s
        }));
    }
    for i in 0..7 {
        all.push(scene(format!("monitoring field {i}"), move || {
            let mut s = with_demo(Step::Monitoring);
            s.monitoring.cursor = i;
            s
        }));
    }
    all.push(scene("roster: catalogue", || with_demo(Step::Roster)));
    all.push(scene("roster: own institution", || {
        let mut s = with_demo(Step::Roster);
        press(&mut s, "a");
        type_text(&mut s, "Anti-Trafficking Office, ATO");
        press(&mut s, "Enter");
        press(&mut s, "End");
        s
    }));
    all.push(scene("area: closed goal", || with_demo(Step::Area(PREVENTION))));
    all.push(scene("area: open goal", || {
        let mut s = with_demo(Step::Area(PREVENTION));
        press(&mut s, "Enter");
        s
    }));
    all.push(scene("area: action", || {
        let mut s = with_demo(Step::Area(PREVENTION));
        select(&mut s, "P1.2");
        s
    }));
    all.push(scene("area: undecided action", || {
        let mut s = with_demo(Step::Area(PREVENTION));
        s.plan.as_mut().unwrap().plan.items.remove("P1.2");
        select(&mut s, "P1.2");
        s
    }));
    all.push(scene("area: own goal", || {
        let mut s = with_demo(Step::Area(PREVENTION));
        press(&mut s, "A");
        type_text(&mut s, "Our goal");
        press(&mut s, "Enter");
        s
    }));
    for field in 0..12 {
        all.push(scene(format!("area: action field {field}"), move || {
            let mut s = with_demo(Step::Area(PREVENTION));
            select(&mut s, "P1.2");
            press(&mut s, "Enter");
            s.areas[PREVENTION].field = Some(field);
            s
        }));
    }
    for field in 0..2 {
        all.push(scene(format!("area: goal field {field}"), move || {
            let mut s = with_demo(Step::Area(PREVENTION));
            keys(&mut s, &["Home", "Enter", "Enter"]);
            s.areas[PREVENTION].field = Some(field);
            s
        }));
    }
    for panel in 0..6 {
        all.push(scene(format!("review panel {panel}"), move || {
            let mut s = with_demo(Step::Review);
            if panel == HEALTH {
                s.plan.as_mut().unwrap().plan.items.get_mut("P1.1").unwrap().lead = None;
            }
            if panel == GAPS {
                let d = s.plan.as_mut().unwrap().plan.items.get_mut("P1.1").unwrap();
                d.inclusion = Inclusion::Excluded;
                d.baseline = napwiz::plan::Baseline::Missing;
            }
            s.review.panel = panel;
            s
        }));
    }
    all.push(scene("review: healthy plan, health panel", || {
        let mut s = with_demo(Step::Review);
        s.review.panel = HEALTH;
        s
    }));
    for row in 0..6 {
        all.push(scene(format!("generate row {row}"), move || {
            let mut s = with_demo(Step::Generate);
            s.generate.cursor = row;
            s
        }));
    }
    all.push(scene("after a change (undo)", || {
        let mut s = with_demo(Step::Area(PREVENTION));
        select(&mut s, "P1.2");
        press(&mut s, "x");
        s
    }));
    for (name, keys_to_open) in [
        ("help", &["?"][..]),
        ("step list", &["s"]),
        ("search with hits", &["/", "v", "i", "c"]),
        ("search without hits", &["/"]),
        ("lead picker", &["L"]),
        ("partners picker", &["p"]),
        ("guidance", &["o"]),
        ("notes editor", &["n"]),
    ] {
        let keys_to_open: Vec<&'static str> = keys_to_open.to_vec();
        all.push(scene(format!("overlay: {name}"), move || {
            let mut s = with_demo(Step::Area(PREVENTION));
            select(&mut s, "P1.2");
            keys(&mut s, &keys_to_open);
            s
        }));
    }
    all.push(scene("overlay: quit question", || {
        let mut s = State::new(common::content().clone(), vec![]);
        press(&mut s, "Esc");
        s
    }));
    all.push(scene("overlay: one-line prompt", || {
        let mut s = with_demo(Step::Setup);
        press(&mut s, "Enter");
        s
    }));
    all
}

#[test]
fn every_footer_entry_acts_on_every_row_kind_of_every_step() {
    let mut failures = vec![];
    for (name, build) in scenes() {
        let shown = footer_here(&build());
        assert!(!shown.is_empty(), "{name}: a footer");
        for (key, label) in shown {
            let mut state = build();
            state.message = None;
            let before = fingerprint(&state);
            let effects = press(&mut state, &key);
            // An error message is not acting: the footer must not offer what only refuses.
            let refused = state.message.as_ref().is_some_and(|m| m.error);
            state.message = state.message.filter(|m| !m.error);
            if effects.is_empty() && fingerprint(&state) == before {
                let why = if refused { "only refuses" } else { "does nothing" };
                failures.push(format!("{name}: '{key} {label}' {why}"));
            }
        }
    }
    assert!(failures.is_empty(), "footer entries that do nothing:\n{}", failures.join("\n"));
}

#[test]
fn the_footer_on_a_goal_row_offers_no_decision_on_actions() {
    let state = with_demo(Step::Area(PREVENTION));
    assert!(matches!(state.selected_row(PREVENTION), Some(Row::Goal(_))));
    let labels: Vec<String> = footer_here(&state).into_iter().map(|(_, l)| l).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    for offer in ["include", "high", "lead", "partners"] {
        assert!(!labels.contains(&offer), "goal row offers {offer}: {labels:?}");
    }
    assert!(labels.contains(&"open"), "{labels:?}");
    let mut on_action = with_demo(Step::Area(PREVENTION));
    select(&mut on_action, "P1.2");
    let labels: Vec<String> = footer_here(&on_action).into_iter().map(|(_, l)| l).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    assert!(labels.contains(&"include") && labels.contains(&"lead"), "{labels:?}");
    let screen = draw_text(&state, 80, 24);
    assert!(!screen.contains(" Space  include "), "{screen}");
}

#[test]
fn b_on_a_goal_row_says_what_it_set() {
    let mut state = with_demo(Step::Area(PREVENTION));
    let Some(Row::Goal(goal)) = state.selected_row(PREVENTION) else { panic!("a goal row") };
    press(&mut state, "b");
    let now = state.plan().unwrap().decision(&goal).unwrap().baseline;
    assert_eq!(message(&state), format!("{goal} baseline: {} (b for the next)", now.label()));
}

// ---------------------------------------------------------------------------------------------
// Item 8: prompts say what they expect, Esc cancels, Tab types nothing, ? lists the keys

/// Setup with the cursor on `field` (0-based) and its prompt open.
fn setup_prompt(field: usize) -> State {
    let mut state = with_demo(Step::Setup);
    state.setup.cursor = field;
    press(&mut state, "Enter");
    assert_eq!(keymap::mode(&state), Mode::Editor);
    state
}

#[test]
fn a_prompt_shows_the_expected_format_before_anything_is_typed() {
    let state = setup_prompt(7);
    let screen = draw_text(&state, 80, 24);
    assert!(screen.contains("Expected: YYYY-MM-DD"), "{screen}");
    let state = setup_prompt(2);
    assert!(draw_text(&state, 80, 24).contains("Expected: a year: YYYY"));
}

#[test]
fn esc_cancels_a_prompt_and_keeps_the_old_value_even_when_invalid() {
    let mut state = setup_prompt(2);
    let before = state.plan().unwrap().clone();
    type_text(&mut state, "x");
    press(&mut state, "Enter");
    assert!(matches!(&state.overlay, Some(Overlay::Editor { error: Some(_), .. })));
    press(&mut state, "Esc");
    assert!(state.overlay.is_none(), "an invalid value can always be abandoned");
    assert_eq!(state.plan().unwrap(), &before);
    assert_eq!(message(&state), "cancelled: the old value is kept");

    let mut state = setup_prompt(0);
    type_text(&mut state, " (draft)");
    press(&mut state, "Esc");
    assert_eq!(state.plan().unwrap(), &before, "Esc cancels a valid edit too");
    let mut state = setup_prompt(0);
    type_text(&mut state, " (draft)");
    press(&mut state, "Enter");
    assert!(state.plan().unwrap().meta.title.ends_with(" (draft)"), "Enter keeps");
}

#[test]
fn esc_on_the_roster_filter_restores_the_filter_before() {
    let mut state = with_demo(Step::Roster);
    press(&mut state, "f");
    type_text(&mut state, "pol");
    press(&mut state, "Enter");
    assert_eq!(state.roster.filter, "pol");
    press(&mut state, "f");
    type_text(&mut state, "ice-x");
    assert_eq!(state.roster.filter, "police-x", "filters as it is typed");
    press(&mut state, "Esc");
    assert_eq!(state.roster.filter, "pol");
}

#[test]
fn tab_types_nothing_into_a_path() {
    let mut state = State::new(common::content().clone(), vec![]);
    keys(&mut state, &["Down", "Down", "Enter"]);
    assert!(matches!(&state.overlay, Some(Overlay::Editor { target: TextTarget::OpenPath, .. })));
    type_text(&mut state, "~/plans/na");
    press(&mut state, "Tab");
    type_text(&mut state, "p.ron");
    assert_eq!(input(&state), "~/plans/nap.ron");
}

#[test]
fn question_mark_lists_the_editing_keys_and_again_types_it() {
    let mut state = setup_prompt(0);
    press(&mut state, "?");
    let screen = draw_text(&state, 80, 24);
    for line in ["Esc", "cancel", "Ctrl+Z", "undo typing", "type a question mark"] {
        assert!(screen.contains(line), "{line}:\n{screen}");
    }
    let title = input(&state);
    press(&mut state, "?");
    assert_eq!(input(&state), format!("{title}?"));
    assert!(!draw_text(&state, 80, 24).contains("type a question mark"), "the list closes");
}

// ---------------------------------------------------------------------------------------------
// Also: digits pick Review panels; plain words on screen

#[test]
fn digit_keys_show_the_review_panel_of_that_number() {
    let mut state = with_demo(Step::Review);
    for (key, panel) in [("3", 2), ("6", 5), ("1", 0), ("5", 4)] {
        press(&mut state, key);
        assert_eq!(state.review.panel, panel, "key {key}");
    }
    let before = state.plan().unwrap().clone();
    press(&mut state, "2");
    assert_eq!(state.plan().unwrap(), &before, "no priority is set from the review");
}

#[test]
fn the_screens_use_plain_words() {
    let mut state = with_demo(Step::Area(PREVENTION));
    keys(&mut state, &["Enter"]);
    let screen = draw_text(&state, 80, 24);
    for jargon in [" have ", " part ", " miss "] {
        assert!(!screen.contains(jargon), "{jargon:?} on screen:\n{screen}");
    }
    assert!(screen.contains("in place") || screen.contains("missing"), "{screen}");
    press(&mut state, "A");
    let screen = draw_text(&state, 80, 24);
    assert!(screen.contains("New goal in Prevention"), "{screen}");
    press(&mut state, "Esc");
    select(&mut state, "P1.2");
    press(&mut state, "p");
    assert!(!draw_text(&state, 80, 24).contains(" Tab  mark "));
    let state = with_demo(Step::Monitoring);
    assert!(!draw_text(&state, 80, 24).contains("Chapter B"));
}

#[test]
fn notes_that_cannot_be_kept_can_still_be_left_with_esc() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    let plan = state.plan.take().unwrap().plan;
    state.plan =
        Some(OpenPlan::new("/plans/demo.ron".into(), plan, Some("opened read-only".into())));
    press(&mut state, "n");
    type_text(&mut state, "typed in a read-only plan");
    press(&mut state, "Esc");
    assert!(
        matches!(&state.overlay, Some(Overlay::Editor { error: Some(e), .. }) if e.contains("read-only")),
        "the first Esc tries to keep the notes and says why it cannot"
    );
    press(&mut state, "Esc");
    assert!(state.overlay.is_none(), "the second Esc leaves: a modal is never a trap");
}
