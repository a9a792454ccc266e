//! Quitting never loses work: with changes in no file, every way to quit asks what to do with
//! them; the status line says in full why the save failed and which key does what; the text in
//! an open dialog is folded into the plan the exits save.

use std::path::PathBuf;

use napwiz::content::Content;
use napwiz::tui::state::{Overlay, SaveState, State, Step, TextTarget};
use napwiz::tui::typed::typed;
use napwiz::tui::update::Effect;

mod common;
use common::draw_text;
use common::keys::press;

const GONE: &str = "could not save plan '/workshop/plans/demo.ron': its folder '/workshop/plans' no longer exists. Your changes are still open in napwiz; save them elsewhere or restore the folder.";

fn with_demo(step: Step) -> State {
    common::demo_state_at("/workshop/plans/demo.ron", step)
}

fn failed(step: Step) -> State {
    let mut state = with_demo(step);
    state.plan.as_mut().unwrap().save = SaveState::Failed(GONE.into());
    state
}

fn keys(state: &mut State, names: &[&str]) -> Vec<Effect> {
    names.iter().map(|name| press(state, name)).last().unwrap_or_default()
}

fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        press(state, &if c == ' ' { "Space".to_string() } else { c.to_string() });
    }
}

fn editor_text(state: &State) -> (TextTarget, String) {
    match &state.overlay {
        Some(Overlay::Editor { target, input, .. }) => (target.clone(), input.lines().join("\n")),
        other => panic!("no editor open: {other:?}"),
    }
}

/// The screen's text with its lines joined, so wrapped sentences read whole.
fn screen(state: &State) -> String {
    draw_text(state, 80, 24).lines().map(str::trim_end).collect::<Vec<_>>().join(" ")
}

#[test]
fn q_with_everything_saved_quits_at_once() {
    let mut state = with_demo(Step::Area(0));
    assert_eq!(keys(&mut state, &["q"]), vec![Effect::Quit]);
    let mut state = with_demo(Step::Area(0));
    assert_eq!(keys(&mut state, &["Ctrl+C"]), vec![Effect::Quit]);
}

#[test]
fn every_quit_key_with_a_failed_save_asks_instead_of_quitting() {
    for quit in [&["q"][..], &["Ctrl+C"], &["Esc", "y"]] {
        let step = if quit[0] == "Esc" { Step::Start } else { Step::Area(0) };
        let mut state = failed(step);
        assert_eq!(keys(&mut state, quit), vec![], "{quit:?} must not quit");
        assert!(
            matches!(state.overlay, Some(Overlay::UnsavedQuit)),
            "{quit:?}: {:?}",
            state.overlay
        );
    }
}

#[test]
fn the_question_offers_to_save_elsewhere_retry_or_keep_a_backup() {
    let mut state = failed(Step::Area(0));
    keys(&mut state, &["q"]);
    let text = screen(&state);
    assert!(text.contains("Your changes are NOT saved"), "{text}");
    assert!(text.contains("its folder '/workshop/plans' no longer exists"), "{text}");
    for offer in ["save the plan in another file", "save here again", "emergency backup"] {
        assert!(text.contains(offer), "missing {offer:?}: {text}");
    }
    assert_eq!(keys(&mut state, &["r"]), vec![Effect::SaveOver, Effect::Quit]);
    keys(&mut state, &["q"]);
    assert_eq!(keys(&mut state, &["b"]), vec![Effect::QuitKeepingBackup]);
    keys(&mut state, &["q", "Esc"]);
    assert!(state.overlay.is_none(), "Esc goes back to the plan");
}

#[test]
fn save_elsewhere_proposes_the_plans_folder_and_esc_returns_to_the_question() {
    common::data_dir("quit_unsaved");
    let mut state = failed(Step::Area(0));
    keys(&mut state, &["q", "s"]);
    let (target, text) = editor_text(&state);
    assert_eq!(target, TextTarget::SaveElsewhere);
    assert_eq!(PathBuf::from(&text), napwiz::paths::plans_dir().join("demo.ron"));
    keys(&mut state, &["Esc"]);
    assert!(matches!(state.overlay, Some(Overlay::UnsavedQuit)));
    keys(&mut state, &["s"]);
    for _ in 0..text.chars().count() {
        press(&mut state, "Backspace");
    }
    type_text(&mut state, "/elsewhere/nap.ron");
    assert_eq!(
        keys(&mut state, &["Enter"]),
        vec![Effect::SaveAs(PathBuf::from("/elsewhere/nap.ron")), Effect::Quit]
    );
}

#[test]
fn a_failed_save_is_explained_in_full_at_80x24_with_its_own_hint() {
    let state = failed(Step::Area(0));
    let text = screen(&state);
    assert!(text.contains(GONE), "the reason is cut: {text}");
    assert!(text.contains("Ctrl+S: try again"), "{text}");
    assert!(text.contains("q: save elsewhere or keep a backup"), "{text}");
    assert!(!text.contains("keeps yours"), "the hint for a file changed on disk: {text}");
}

#[test]
fn a_file_changed_on_disk_keeps_its_own_hint() {
    let mut state = with_demo(Step::Area(0));
    state.plan.as_mut().unwrap().save =
        SaveState::ChangedOnDisk("plan 'demo.ron' was changed on disk by another program".into());
    let text = screen(&state);
    assert!(text.contains("NOT SAVED"), "{text}");
    assert!(text.contains("Ctrl+S keeps yours, backs up the other"), "{text}");
}

/// The open plan with the text being typed folded in, as an emergency save writes it.
fn folded(state: &State, change: napwiz::plan::patch::Patch) -> napwiz::plan::Plan {
    let mut plan = state.plan().expect("a plan is open").clone();
    change.apply(&mut plan);
    plan
}

#[test]
fn the_note_being_typed_is_folded_into_the_plan() {
    let mut state = with_demo(Step::Area(0));
    keys(&mut state, &["Enter", "j", "n"]);
    type_text(&mut state, " Budget still open");
    let kept = typed(&state).expect("the note is kept");
    assert_eq!(kept.what, "the notes for P1.1");
    let plan = folded(&state, kept.change.expect("folded into the plan"));
    let notes = &plan.decision("P1.1").unwrap().notes;
    assert!(notes.ends_with("Budget still open"), "{notes}");
}

#[test]
fn an_own_action_being_typed_is_folded_into_the_plan() {
    let mut state = with_demo(Step::Area(0));
    keys(&mut state, &["a"]);
    type_text(&mut state, "Train labour inspectors");
    let change = typed(&state).expect("the action is kept").change;
    let kept = folded(&state, change.expect("folded into the plan"));
    assert!(kept.custom_actions.iter().any(|a| a.text == "Train labour inspectors"));
}

#[test]
fn an_institution_being_typed_is_folded_into_the_roster_or_kept_aside() {
    let mut state = with_demo(Step::Roster);
    keys(&mut state, &["a"]);
    type_text(&mut state, "Anti-Trafficking Office, ATO");
    let kept = folded(&state, typed(&state).unwrap().change.expect("folded into the plan"));
    assert!(kept.roster.custom.iter().any(|c| c.code == "ATO"));
    let mut state = with_demo(Step::Roster);
    keys(&mut state, &["a"]);
    type_text(&mut state, "Half a name");
    let kept = typed(&state).unwrap();
    assert_eq!((kept.change, kept.loose.as_deref()), (None, Some("Half a name")));
}

#[test]
fn a_new_plan_title_has_no_plan_to_go_into_and_is_kept_aside() {
    let mut state = State::new(Content::embedded(), vec![]);
    keys(&mut state, &["Enter"]);
    type_text(&mut state, "Veldora 2027");
    let kept = typed(&state).unwrap();
    assert_eq!((kept.change, kept.loose.as_deref()), (None, Some("Veldora 2027")));
}

#[test]
fn filters_and_empty_dialogs_keep_nothing() {
    let mut state = with_demo(Step::Roster);
    keys(&mut state, &["f"]);
    type_text(&mut state, "mol");
    assert_eq!(typed(&state), None);
    let mut state = with_demo(Step::Area(0));
    keys(&mut state, &["a"]);
    assert_eq!(typed(&state), None);
}
