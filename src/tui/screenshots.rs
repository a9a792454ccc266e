//! The README's screenshots: every step of the wizard on the demo plan, drawn by the real views
//! into a test backend and written as SVG. `cargo run --example screenshots` writes them; a test
//! fails when the committed ones are stale.

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::state::{OpenPlan, State, Step};
use super::svg::buffer_to_svg;
use super::theme::{ColorDepth, Look, ThemeName};
use super::view;
use crate::content::Content;
use crate::plan::demo_plan;

/// The size the screenshots are taken at: the projector size the wizard is designed for.
pub const SIZE: (u16, u16) = (80, 24);

/// Every screenshot, as (path under `screenshots/`, SVG text).
pub fn all(content: &Content) -> Vec<(PathBuf, String)> {
    let mut shots = Vec::new();
    for theme in [ThemeName::Default, ThemeName::HighContrast] {
        let look = Look { theme, color: true, depth: ColorDepth::Ansi16, ascii: false };
        for (n, (name, state)) in scenes(content, look).into_iter().enumerate() {
            let path = PathBuf::from(theme.label()).join(format!("{:02}-{name}.svg", n + 1));
            let title = format!("napwiz: {name} ({} theme)", theme.label());
            shots.push((path, render(&state, &title)));
        }
    }
    shots
}

fn render(state: &State, title: &str) -> String {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("a test terminal");
    terminal
        .draw(|frame| {
            view::draw(state, frame);
        })
        .expect("drawing into memory");
    buffer_to_svg(terminal.backend().buffer(), title)
}

/// The scripted session: each step of the wizard, as a facilitator would see it.
fn scenes(content: &Content, look: Look) -> Vec<(&'static str, State)> {
    let base = || {
        let mut state = State::new(content.clone(), vec![]);
        state.size = SIZE;
        state.look = look;
        state
    };
    let with_plan = |step: Step| {
        let mut state = base();
        state.plan =
            Some(OpenPlan::new(PathBuf::from("demo-veldora.ron"), demo_plan(content), None));
        state.step = step;
        state
    };
    let area = |a: usize, field: Option<usize>| {
        let mut state = with_plan(Step::Area(a));
        let goal = content.areas[a].goals[0].id.clone();
        state.areas[a].expanded.insert(goal);
        state.areas[a].cursor = 1;
        state.areas[a].field = field;
        state
    };
    let mut roster = with_plan(Step::Roster);
    roster.roster.cursor = 5;
    let mut review = with_plan(Step::Review);
    review.review.panel = 2;
    // Monitor on the demo's open period, the cursor on an action with a delay to explain.
    let monitor = |field: Option<usize>| {
        let mut state = with_plan(Step::Monitor);
        state.monitor.cursor = 4;
        state.monitor.field = field;
        state.monitor.report = Some("P1.5".into());
        state
    };
    vec![
        ("start", base()),
        ("plan-setup", with_plan(Step::Setup)),
        ("institutions", roster),
        ("prevention", area(0, None)),
        ("action-decision", area(0, Some(2))),
        ("protection", area(1, None)),
        ("prosecution", area(2, None)),
        ("enabling-framework", area(3, None)),
        ("review-by-area", with_plan(Step::Review)),
        ("review-workload", review),
        ("monitoring", with_plan(Step::Monitoring)),
        ("generate", with_plan(Step::Generate)),
        ("monitor", monitor(None)),
        ("monitor-report", monitor(Some(1))),
        ("period-dashboard", with_plan(Step::Progress)),
    ]
}
