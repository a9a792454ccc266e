//! Generate: choose the formats, preview the draft action plan, write the files.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::rows::{render_rows, row_line};
use crate::export::Format;
use crate::tui::action::Action;
use crate::tui::derived;
use crate::tui::keymap::{self, Mode};
use crate::tui::state::State;
use crate::tui::text::fit;
use crate::tui::theme::Theme;

pub use crate::tui::state::GENERATE_ROWS as ROWS;

pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(plan) = state.plan() else { return };
    let options_height = (ROWS as u16 + 3).min(area.height / 2);
    let [options, preview] =
        Layout::vertical([Constraint::Length(options_height), Constraint::Min(3)]).areas(area);
    let block = theme.block(format!(" {} ", crate::fl!("generate-title")));
    let inner = block.inner(options);
    frame.render_widget(block, options);
    // The folder as the plan was opened (the app prints absolute paths once written); shown
    // as given so the screen does not depend on where napwiz runs.
    let folder = state
        .plan
        .as_ref()
        .and_then(|p| {
            p.path.parent().filter(|d| !d.as_os_str().is_empty()).map(|d| d.display().to_string())
        })
        .unwrap_or_else(|| crate::fl!("generate-current-folder"));
    let width = usize::from(inner.width).saturating_sub(4);
    let mut rows: Vec<Line> = Format::ALL
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mark = if state.generate.formats[i] { "[x]" } else { "[ ]" };
            row_line(
                i == state.generate.cursor,
                vec![Span::raw(format!("{mark} {}", f.label()))],
                theme,
            )
        })
        .collect();
    let mark = if state.generate.clean { "[x]" } else { "[ ]" };
    let clean = fit(&format!("{mark} {}", crate::fl!("generate-clean-copy")), width);
    rows.push(row_line(
        state.generate.cursor == crate::tui::state::GENERATE_CLEAN_ROW,
        vec![Span::raw(clean)],
        theme,
    ));
    let lead = crate::fl!("generate-write-into");
    let folder =
        crate::tui::text::fit_path(&folder, width.saturating_sub(crate::tui::text::width(&lead)));
    let write = fit(&format!("{lead}{folder}"), width);
    rows.push(row_line(
        state.generate.cursor == ROWS - 1,
        vec![Span::styled(write, theme.title)],
        theme,
    ));
    render_rows(frame, inner, rows, state.generate.cursor);

    let lines = derived::preview(state, plan);
    let scroll = |action| keymap::key_for(Mode::Generate, &action).unwrap_or_default();
    let (back, on) = (scroll(Action::PageUp), scroll(Action::PageDown));
    let block = theme.block(format!(
        " {} ",
        crate::fl!("generate-preview", lines = lines.len(), back = back, on = on)
    ));
    let inner = block.inner(preview);
    frame.render_widget(block, preview);
    let width = usize::from(inner.width);
    let visible: Vec<Line> = lines
        .iter()
        .skip(usize::from(state.generate.preview_scroll))
        .take(usize::from(inner.height))
        .map(|l| Line::raw(fit(l, width)))
        .collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

/// What was written, short enough for the message lines at 80 columns and keeping what
/// matters: the first file's full name (with the plan's years), the other files by what follows
/// the plan's name, and the folder, cut in its middle if it must be:
/// `wrote nap-2027-2030.md, .html, .docx, -actions.csv into /home/ana/plans`.
pub fn written(files: &[std::path::PathBuf], stem: &str, folder: &std::path::Path) -> String {
    let names: Vec<String> = files
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .enumerate()
        .map(|(i, name)| match name.strip_prefix(stem) {
            Some(rest) if i > 0 => rest.to_string(),
            _ => name,
        })
        .collect();
    let list = names.join(", ");
    // Three message lines of 80 columns, less the list and the words around it.
    let room = (3 * 78usize).saturating_sub(crate::tui::text::width(&list) + 16);
    let folder = crate::tui::text::fit_path(&folder.display().to_string(), room.clamp(20, 76));
    crate::fl!("generate-wrote", list = list, folder = folder.to_string())
}
