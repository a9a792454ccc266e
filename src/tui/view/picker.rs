//! The institution picker: suggested, roster and catalogue sections, filtered by what is typed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui_textarea::TextArea;

use super::popup::{input_with_list, popup};
use super::rows::row_line;
use crate::tui::select::{PickEntry, PickSection, pick_entries};
use crate::tui::state::{PickTarget, State};
use crate::tui::text::fit;
use crate::tui::theme::Theme;

pub fn picker(
    state: &State,
    frame: &mut Frame,
    body: Rect,
    target: &PickTarget,
    filter: &TextArea<'static>,
    cursor: usize,
    theme: &Theme,
) {
    let area = popup(body, 90, 100);
    let entries = pick_entries(state, target, &filter.lines().join(""));
    let (rows, row_cursor) = picker_rows(&entries, target, cursor, area.width, theme);
    let title = match target {
        PickTarget::Lead(id) => format!(" {} ", crate::fl!("picker-lead", item = id.clone())),
        PickTarget::Partners(id) => {
            format!(" {} ", crate::fl!("picker-partners", item = id.clone()))
        }
        PickTarget::MonitoringBody => format!(" {} ", crate::fl!("picker-monitoring-body")),
    };
    input_with_list(frame, area, &title, filter, rows, row_cursor, theme);
}

/// The picker's lines: a heading before each section (suggested, roster, catalogue), so where
/// an institution comes from never depends on colour. Returns the line of the cursor's entry.
fn picker_rows<'a>(
    entries: &[PickEntry],
    target: &PickTarget,
    cursor: usize,
    width: u16,
    theme: &Theme,
) -> (Vec<Line<'a>>, usize) {
    let width = usize::from(width).saturating_sub(16);
    let mut rows = Vec::new();
    let mut row_cursor = 0;
    let mut section = None;
    if entries.is_empty() {
        rows.push(Line::styled(format!("  {}", crate::fl!("picker-no-match")), theme.muted));
    }
    for (i, e) in entries.iter().enumerate() {
        if section != Some(e.section) {
            section = Some(e.section);
            rows.push(Line::styled(section_heading(e.section, target), theme.heading));
        }
        if i == cursor {
            row_cursor = rows.len();
        }
        let mark = if e.chosen { "[x]" } else { "[ ]" };
        let hint = if e.on_roster {
            String::new()
        } else {
            format!(" {}", crate::fl!("picker-not-on-roster"))
        };
        let name_width = width.saturating_sub(crate::tui::text::width(&hint));
        let spans = vec![
            Span::raw(format!("{mark} {} ", crate::tui::text::pad_right(&fit(&e.code, 6), 6))),
            Span::raw(crate::tui::text::pad_right(&fit(&e.name, name_width), name_width)),
            Span::styled(hint, theme.muted),
        ];
        rows.push(row_line(i == cursor, spans, theme));
    }
    (rows, row_cursor)
}

fn section_heading(section: PickSection, target: &PickTarget) -> String {
    match (section, target) {
        (PickSection::Suggested, PickTarget::Lead(id) | PickTarget::Partners(id)) => {
            crate::fl!("picker-suggested-for", item = id.clone())
        }
        (PickSection::Suggested, PickTarget::MonitoringBody) => crate::fl!("picker-suggested"),
        (PickSection::Roster, _) => crate::fl!("picker-on-roster"),
        (PickSection::Catalogue, _) => crate::fl!("picker-catalogue"),
    }
}
