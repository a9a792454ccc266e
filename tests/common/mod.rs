//! Helpers shared by the integration tests (each test binary compiles its own copy).

#![allow(dead_code)]

pub mod exercise;
pub mod files;
pub mod keys;
pub mod pty;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use napwiz::content::Content;

/// This test binary's data folder, set as `NAPWIZ_DATA_DIR` on first use, so backups never go
/// to the real home. Every test that saves calls it first.
pub fn data_dir(binary: &str) -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let prefix = format!("{binary}-data-");
        remove_old_data_dirs(root, &prefix);
        let dir = tempfile::Builder::new()
            .prefix(&prefix)
            .tempdir_in(root)
            .expect("a data folder for the tests")
            .keep();
        // SAFETY: set once, inside `get_or_init`, before any test reads the environment; other
        // threads calling `data_dir` wait here until it is set.
        unsafe { std::env::set_var("NAPWIZ_DATA_DIR", &dir) };
        dir
    })
}

/// Removes the data folders of earlier runs: a static is never dropped, so each run leaves its
/// folder behind. One older than an hour belongs to no running test.
fn remove_old_data_dirs(root: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(root) else { return };
    for entry in entries.filter_map(Result::ok) {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(3600));
        if old && entry.file_name().to_string_lossy().starts_with(prefix) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The embedded content pack, loaded once per test binary.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

/// The demo plan open in a wizard on `step`, as the file `/plans/demo.ron` (nothing is read or
/// written): the state most wizard tests start from.
pub fn demo_state(step: napwiz::tui::state::Step) -> napwiz::tui::state::State {
    demo_state_at("/plans/demo.ron", step)
}

/// [`demo_state`] with the plan's file at `path`.
pub fn demo_state_at(path: &str, step: napwiz::tui::state::Step) -> napwiz::tui::state::State {
    use napwiz::tui::state::{OpenPlan, State};
    let mut state = State::new(content().clone(), vec![]);
    let plan = napwiz::plan::demo_plan(&state.content);
    state.plan = Some(OpenPlan::new(PathBuf::from(path), plan, None));
    state.step = step;
    state
}

/// The wizard drawn at `w` x `h`, as text: one line per row.
pub fn draw_text(state: &napwiz::tui::state::State, w: u16, h: u16) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| {
            napwiz::tui::view::draw(state, f);
        })
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}
