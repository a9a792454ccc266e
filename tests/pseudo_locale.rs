//! The pseudo-locale (en-XA: accented, ~40% longer, bracketed) on every wizard screen at 80x24:
//! plain English on a pseudo screen is a string that bypassed Fluent, and a label that no
//! longer fits loses its closing bracket. The whole binary runs in the pseudo-locale (the
//! interface language is process-wide), so every check is in one test, in order.

use std::collections::BTreeSet;

use napwiz::content::Content;
use napwiz::tui::keymap;
use napwiz::tui::state::{Row, State, Step};

mod common;
use common::keys::press;

const SIZE: (u16, u16) = (80, 24);

/// Words an interface shows that a bypassed English string would most likely contain. Words
/// that also occur in the checklist or the demo plan are dropped (that text is not Fluent's).
const UI_WORDS: &[&str] = &[
    "step",
    "saved",
    "unsaved",
    "decided",
    "quit",
    "help",
    "back",
    "next",
    "search",
    "undo",
    "redo",
    "include",
    "included",
    "priority",
    "baseline",
    "lead",
    "partners",
    "partner",
    "notes",
    "timeframe",
    "edit",
    "open",
    "new",
    "save",
    "steps",
    "keys",
    "filter",
    "guidance",
    "review",
    "generate",
    "preview",
    "monitoring",
    "institutions",
    "roster",
    "question",
    "yes",
    "cancel",
    "close",
    "press",
    "type",
    "found",
    "goals",
    "actions",
    "errors",
    "warnings",
    "high",
    "medium",
    "low",
    "missing",
    "unknown",
    "short",
    "long",
    "wrote",
    "write",
    "files",
    "folder",
    "change",
    "choose",
    "clear",
    "field",
    "value",
    "first",
    "last",
    "page",
    "theme",
    "mouse",
    "exclude",
    "indicator",
    "budget",
    "source",
    "wording",
    "title",
    "country",
    "year",
    "suggested",
    "catalogue",
    "none",
    "error",
    "warning",
    "the",
    "and",
    "for",
    "with",
    "this",
    "your",
    "you",
    "recent",
    "demo",
    "file",
    "start",
    "setup",
    "expected",
    "kept",
    "empty",
    "required",
    "usually",
    "standards",
    "example",
    "indicators",
    "workload",
    "timeline",
    "gaps",
    "health",
    "place",
    "partly",
    "own",
    "clean",
    "copy",
    "circulation",
    "terminal",
    "enlarge",
];

fn screens() -> Vec<(&'static str, State)> {
    let mut screens = vec![("start", start())];
    for (name, step) in [
        ("setup", Step::Setup),
        ("institutions", Step::Roster),
        ("review", Step::Review),
        ("monitoring", Step::Monitoring),
    ] {
        screens.push((name, demo(step)));
    }
    // The preview is the draft in the plan's language: a pseudo plan shows whether it is Fluent's.
    let mut generate = demo(Step::Generate);
    generate.plan.as_mut().expect("the demo plan").plan.meta.language = napwiz::i18n::PSEUDO.into();
    screens.push(("generate", generate));
    for (a, name) in ["area_prevention", "area_protection", "area_prosecution", "area_framework"]
        .into_iter()
        .enumerate()
    {
        screens.push((name, area(a)));
    }
    screens.push(("item_fields", after(area(0), &["Enter"])));
    screens.push(("overlay_help", after(area(0), &["?"])));
    screens.push(("overlay_steps", after(area(0), &["s"])));
    screens.push(("overlay_search", after(demo(Step::Setup), &["/", "r", "e", "f", "e", "r"])));
    screens.push(("overlay_lead_picker", after(area(0), &["L"])));
    screens.push(("overlay_notes_editor", after(area(0), &["n"])));
    screens.push(("overlay_guidance", after(area(0), &["o"])));
    screens.push(("overlay_confirm_quit", after(start(), &["Esc"])));
    screens.push((
        "overlay_editor_error",
        after(demo(Step::Setup), &["Down", "Down", "Enter", "x", "Enter"]),
    ));
    // Monitor mode: the period's actions, one action's report form, the period dashboard (the
    // dashboard twice: its end holds spending, overdue actions and institutions owing).
    screens.push(("monitor_list", after(demo(Step::Review), &["m"])));
    screens.push(("monitor_report_form", after(demo(Step::Review), &["m", "Down", "Enter"])));
    screens.push(("monitor_dashboard", after(demo(Step::Review), &["m", "D"])));
    let middle = after(demo(Step::Review), &["m", "D", "PgDn", "PgDn", "PgDn", "PgDn"]);
    screens.push(("monitor_dashboard_middle", middle));
    screens.push((
        "monitor_dashboard_indicators",
        after(demo(Step::Review), &[["m", "D"].as_slice(), &["PgDn"; 30]].concat()),
    ));
    for panel in 1..6 {
        let mut state = demo(Step::Review);
        for _ in 0..panel {
            press(&mut state, "Tab");
        }
        screens
            .push((["", "review_1", "review_2", "review_3", "review_4", "review_5"][panel], state));
    }
    screens
}

fn start() -> State {
    let mut state = State::new(Content::embedded(), vec![]);
    state.size = SIZE;
    state
}

fn demo(step: Step) -> State {
    let mut state = common::demo_state(step);
    state.size = SIZE;
    state
}

fn area(a: usize) -> State {
    let mut state = demo(Step::Area(a));
    press(&mut state, "Enter");
    press(&mut state, "Down");
    assert!(matches!(state.selected_row(a), Some(Row::Action(_))));
    state
}

fn after(mut state: State, keys: &[&str]) -> State {
    for key in keys {
        press(&mut state, key);
    }
    state
}

/// Every word of the checklist and the demo plan, lower-case.
fn content_and_plan_words() -> BTreeSet<String> {
    let content = common::content();
    // Key names are the keyboard's, as the key map writes them, not sentences.
    let keys = ["enter", "esc", "space", "tab", "shift", "ctrl", "left", "right", "backspace"];
    let plan = napwiz::plan::demo_plan(content);
    let pack: String = napwiz::content::EMBEDDED.iter().map(|(_, text)| *text).collect();
    let text = format!("{pack}{}", ron::to_string(&plan).unwrap());
    words(&text).chain(keys.iter().map(|k| k.to_string())).collect()
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_ascii_lowercase)
}

/// The words of the English interface strings and the common ones above.
fn ui_words() -> BTreeSet<String> {
    let english = std::fs::read_to_string("i18n/en/napwiz.ftl").unwrap();
    let values = english.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('='));
    let mut all: BTreeSet<String> =
        values.flat_map(|(_, text)| words(text).collect::<Vec<_>>()).collect();
    all.extend(UI_WORDS.iter().map(|w| w.to_string()));
    all
}

/// The interface words on `screen` that are not checklist or plan text.
fn english_on(screen: &str, exempt: &BTreeSet<String>) -> BTreeSet<String> {
    let ui = ui_words();
    words(&without_cut_words(screen)).filter(|w| ui.contains(w) && !exempt.contains(w)).collect()
}

/// `screen` less the words cut short by "..." (a cut checklist word can look like any other).
fn without_cut_words(screen: &str) -> String {
    let mut kept = String::new();
    for (i, piece) in screen.split("...").enumerate() {
        let piece = if i + 1 < screen.split("...").count() {
            piece.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        } else {
            piece
        };
        kept.push_str(piece);
        kept.push(' ');
    }
    kept
}

#[test]
fn every_screen_in_the_pseudo_locale_is_all_fluent_and_fits() {
    let exempt = content_and_plan_words();
    // The check itself: the English start screen shows words it catches.
    let english = common::draw_text(&start(), SIZE.0, SIZE.1);
    assert!(!english_on(&english, &exempt).is_empty(), "the word check sees nothing:\n{english}");

    napwiz::i18n::use_interface(napwiz::i18n::PSEUDO);
    let mut bypassed = Vec::new();
    for (name, state) in screens() {
        assert!(!matches!(keymap::mode(&state), keymap::Mode::Help) || name == "overlay_help");
        let screen = common::draw_text(&state, SIZE.0, SIZE.1);
        let found = english_on(&screen, &exempt);
        if !found.is_empty() {
            let lines: Vec<&str> =
                screen.lines().filter(|l| words(l).any(|w| found.contains(&w))).collect();
            bypassed.push(format!("{name}: {found:?}\n{}", lines.join("\n")));
        }
        let header = screen.lines().next().unwrap_or_default();
        assert!(
            header.contains(']') || name == "start" || name.starts_with("overlay_confirm"),
            "{name}: the header's labels do not fit: {header}"
        );
        insta::assert_snapshot!(format!("pseudo_{name}_80x24"), screen);
    }
    assert!(bypassed.is_empty(), "English that bypassed Fluent:\n{}", bypassed.join("\n\n"));
}
