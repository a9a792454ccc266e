//! The wizard with French, Spanish and Russian plans (checklist text from the packs, interface
//! English): snapshots of the main screens at 80x24, the plan's language choosing the checklist
//! whatever the interface's, the draft-translation notice, and Cyrillic and CJK plan text drawn
//! at exactly 80 columns with every border where it belongs.

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use napwiz::content::Content;
use napwiz::plan::{Inclusion, edit};
use napwiz::tui::state::{OpenPlan, Row, State, Step};
use napwiz::tui::view;

mod common;
use common::keys::press;

const SIZE: (u16, u16) = (80, 24);

/// The demo plan in `language`, its checklist from that language's pack, open on `step`.
fn plan_in(language: &str, step: Step) -> State {
    let content = Content::embedded_in(language);
    let plan = napwiz::plan::demo_plan(&content);
    assert_eq!(plan.meta.language, language);
    let mut state = State::new(content, vec![]);
    state.plan = Some(OpenPlan::new(PathBuf::from("/plans/demo.ron"), plan, None));
    state.step = step;
    state.size = SIZE;
    state
}

fn terminal(state: &State) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    terminal
        .draw(|f| {
            view::draw(state, f);
        })
        .unwrap();
    terminal
}

/// Each row as the terminal shows it: a wide character's second cell is not drawn again.
fn rows(terminal: &Terminal<TestBackend>) -> Vec<Vec<String>> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol().to_string()).collect())
        .collect()
}

fn text(terminal: &Terminal<TestBackend>) -> String {
    rows(terminal).iter().map(|r| r.concat()).collect::<Vec<_>>().join("\n")
}

/// The area step with its first goal opened and the cursor on the goal's first action.
fn area(language: &str) -> State {
    let mut state = plan_in(language, Step::Area(0));
    press(&mut state, "Enter");
    press(&mut state, "Down");
    assert!(matches!(state.selected_row(0), Some(Row::Action(_))));
    state
}

/// Makes a screen's state for a plan in a language.
type Screen = fn(&str) -> State;

#[test]
fn main_screens_of_translated_plans() {
    let screens: [(&str, Screen); 6] = [
        ("setup", |l| plan_in(l, Step::Setup)),
        ("roster", |l| plan_in(l, Step::Roster)),
        ("area", area),
        ("review", |l| plan_in(l, Step::Review)),
        ("monitoring", |l| plan_in(l, Step::Monitoring)),
        ("generate", |l| plan_in(l, Step::Generate)),
    ];
    for language in ["fr", "es", "ru"] {
        for (name, make) in screens {
            let state = make(language);
            let terminal = terminal(&state);
            let header = &rows(&terminal)[0].concat();
            assert!(header.contains("[translation not reviewed]"), "{header}");
            insta::assert_snapshot!(format!("{language}_{name}_80x24"), terminal.backend());
        }
    }
}

#[test]
fn an_english_interface_shows_a_french_plans_checklist() {
    let mut state = common::demo_state(Step::Area(0));
    state.plan.as_mut().unwrap().plan.meta.language = "fr".into();
    press(&mut state, "Enter");
    let french = Content::embedded_in("fr");
    let goal = &french.areas[0].goals[0].title;
    let shown = text(&terminal(&state));
    let start: String = goal.chars().take(30).collect();
    assert!(shown.contains(&start), "French goal title {start:?} on:\n{shown}");
    assert!(shown.contains("step 4 of 10"), "English interface:\n{shown}");
}

#[test]
fn the_setup_form_cycles_the_plans_language_and_the_checklist_follows() {
    let mut state = common::demo_state(Step::Setup);
    let fields = napwiz::plan::fields::meta_fields();
    let at = fields
        .iter()
        .position(|f| {
            *f == napwiz::plan::fields::Field::Meta(napwiz::plan::fields::MetaField::Language)
        })
        .unwrap();
    for _ in 0..at {
        press(&mut state, "Down");
    }
    press(&mut state, "Right");
    assert_eq!(state.plan().unwrap().meta.language, "fr");
    assert_eq!(state.content.meta.language, "fr");
    press(&mut state, "Right");
    assert_eq!(state.content.meta.language, "es");
    press(&mut state, "Ctrl+Z");
    assert_eq!(state.content.meta.language, "fr", "undo takes the checklist back too");
}

#[test]
fn the_start_screen_says_the_checklist_is_a_draft_translation() {
    let state = State::new(Content::embedded_in("ru"), vec![]);
    let shown = text(&terminal(&state));
    let notice = "Checklist in ru: a draft translation, not yet reviewed by a native speaker.";
    assert!(shown.contains(notice), "the whole notice shows at 80 columns:\n{shown}");
    assert!(!shown.lines().next().unwrap().contains("[translation not reviewed]"), "no plan open");
    let english = text(&terminal(&State::new(Content::embedded(), vec![])));
    assert!(!english.contains("draft translation"), "{english}");
}

/// A plan whose own text is Cyrillic and CJK: roster names and codes, a custom action, notes.
fn wide_text_plan(step: Step) -> State {
    let mut state = plan_in("ru", step);
    let content = state.content.clone();
    let plan = &mut state.plan.as_mut().unwrap().plan;
    plan.meta.title = "Национальный план действий 行动计划 2027-2030".into();
    plan.meta.country = "Республика Вельдора 共和国".into();
    edit::add_custom_institution(plan, &content, "Кризисный центр 危机中心", "КЦ危").unwrap();
    edit::add_custom_institution(plan, &content, "人口贩运问题办公室", "办公室").unwrap();
    let goal = content.areas[0].goals[0].id.clone();
    let custom = edit::add_custom_action(plan, &goal, "Обучить 人员 выявлению жертв торговли");
    edit::set_inclusion(plan, &content, &custom, Inclusion::Included);
    let first = content.areas[0].goals[0].actions[0].id.clone();
    edit::set_inclusion(plan, &content, &first, Inclusion::Included);
    plan.items.entry(first).or_default().notes = "Заметки 笔记 семинара".into();
    state
}

/// Every row is 80 columns wide, and a row that starts with a border ends with one.
fn assert_lined_up(name: &str, terminal: &Terminal<TestBackend>) {
    let buffer = terminal.backend().buffer();
    for (y, row) in rows(terminal).iter().enumerate() {
        let mut columns = 0;
        let mut x = 0;
        while x < row.len() {
            let w = napwiz::tui::text::width(&row[x]).max(1);
            columns += w;
            x += w;
        }
        assert_eq!(columns, 80, "{name}: row {y} is {columns} columns: {:?}", row.concat());
        let first = buffer[(0, y as u16)].symbol();
        let last = buffer[(79, y as u16)].symbol();
        let border = |s: &str| ["│", "┌", "└", "┐", "┘", "|", "+"].contains(&s);
        if ["│", "|"].contains(&first) {
            assert!(border(last), "{name}: row {y} right border is {last:?}: {:?}", row.concat());
        }
    }
}

#[test]
fn cyrillic_and_cjk_plan_text_keeps_every_row_80_columns_and_borders_in_line() {
    let mut area = wide_text_plan(Step::Area(0));
    press(&mut area, "Enter");
    let mut roster_end = wide_text_plan(Step::Roster);
    press(&mut roster_end, "End");
    let screens = [
        ("setup", wide_text_plan(Step::Setup)),
        ("roster", wide_text_plan(Step::Roster)),
        ("roster end", roster_end),
        ("area", area),
        ("review", wide_text_plan(Step::Review)),
        ("generate", wide_text_plan(Step::Generate)),
    ];
    let mut seen_cjk = false;
    for (name, state) in screens {
        let terminal = terminal(&state);
        seen_cjk |= ['危', '办', '行'].iter().any(|c| text(&terminal).contains(*c));
        assert_lined_up(name, &terminal);
    }
    assert!(seen_cjk, "the CJK roster text is on a screen");
}

/// The area list and its help drawn with the interface in `language` (this thread only).
fn area_and_help_in(language: &str) -> (String, String) {
    let mut state = area(language);
    let list = napwiz::i18n::in_language(language, || text(&terminal(&state)));
    state.overlay = Some(napwiz::tui::state::Overlay::Help { scroll: 0 });
    state.size = (80, 40);
    let help = napwiz::i18n::in_language(language, || {
        let mut terminal = Terminal::new(TestBackend::new(80, 40)).unwrap();
        terminal
            .draw(|f| {
                view::draw(&state, f);
            })
            .unwrap();
        rows(&terminal).iter().map(|r| r.concat()).collect::<Vec<_>>().join("\n")
    });
    (list, help)
}

#[test]
fn priority_letters_and_their_legend_follow_the_interface_language() {
    for (language, letters, legend) in [
        ("en", ["H", "M", "L"], "H high, M medium, L low"),
        ("fr", ["H", "M", "B"], "H haute, M moyenne, B basse"),
        ("es", ["A", "M", "B"], "A alta, M media, B baja"),
        ("ru", ["В", "С", "Н"], "В — высокий, С — средний, Н — низкий"),
    ] {
        let (list, help) = area_and_help_in(language);
        // The letter column sits after the inclusion mark and the 7-wide id.
        let shown: std::collections::BTreeSet<String> = list
            .lines()
            .filter_map(|l| l.split_once("[x] ").map(|(_, rest)| rest.chars().nth(8).unwrap()))
            .map(String::from)
            .collect();
        assert!(!shown.is_empty(), "{language}: no included action in\n{list}");
        assert!(shown.iter().all(|l| letters.contains(&l.as_str())), "{language}: {shown:?}");
        assert!(help.contains(legend), "{language}: legend missing in\n{help}");
    }
}
