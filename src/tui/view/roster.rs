use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::rows::{ListLayout, render_rows, row_line};
use crate::tui::select::roster_rows;
use crate::tui::state::State;
use crate::tui::text::fit;
use crate::tui::theme::Theme;

/// Returns where the rows were drawn (none without a plan).
pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) -> Option<ListLayout> {
    let plan = state.plan()?;
    let count = plan.roster.institutions.len() + plan.roster.custom.len();
    let filter = if state.roster.filter.is_empty() {
        String::new()
    } else {
        format!(" - {}", crate::fl!("roster-filter", filter = state.roster.filter.clone()))
    };
    let title = format!(" {}{filter} ", crate::fl!("roster-title", count = count));
    let block = theme.block(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let name_width = usize::from(inner.width).saturating_sub(4 + 4 + 7 + 16);
    let rows = roster_rows(state)
        .into_iter()
        .enumerate()
        .map(|(i, (id, own))| {
            let (mark, code, name, kind) = if own {
                let c =
                    plan.roster.custom.iter().find(|c| c.id == id).expect("row from the roster");
                (
                    "[*]",
                    c.code.clone(),
                    c.name.clone(),
                    crate::fl!("roster-own", kind = c.kind.label()),
                )
            } else {
                let inst = state.content.institution(&id).expect("row from the catalogue");
                let mark = if plan.in_roster(&id) { "[x]" } else { "[ ]" };
                (mark, inst.code.clone(), inst.name.clone(), inst.kind.label().to_string())
            };
            let spans = vec![
                Span::raw(format!("{mark} {} ", crate::tui::text::pad_right(&fit(&code, 6), 6))),
                Span::raw(format!(
                    "{} ",
                    crate::tui::text::pad_right(&fit(&name, name_width), name_width)
                )),
                Span::styled(fit(&kind, 16), theme.muted),
            ];
            row_line(i == state.roster.cursor, spans, theme)
        })
        .collect();
    Some(render_rows(frame, inner, rows, state.roster.cursor))
}
