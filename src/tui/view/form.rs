//! Plan setup and monitoring set-up: a list of labelled fields.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::rows::{ListLayout, render_rows, row_line};
use crate::plan::fields::{self, Field};
use crate::tui::state::{State, Step};
use crate::tui::text::fit;
use crate::tui::theme::Theme;

/// Returns where the fields were drawn (none without a plan).
pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) -> Option<ListLayout> {
    let (title, all, cursor) = if state.step == Step::Setup {
        (format!(" {} ", crate::fl!("form-plan-setup")), fields::meta_fields(), state.setup.cursor)
    } else {
        (
            format!(" {} ", crate::fl!("form-monitoring")),
            fields::monitoring_fields(),
            state.monitoring.cursor,
        )
    };
    let block = theme.block(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    render_fields(state, frame, inner, &all, Some(cursor), theme)
}

/// Label and value rows; `cursor` is None when the fields do not have the focus.
pub fn render_fields(
    state: &State,
    frame: &mut Frame,
    area: Rect,
    all: &[Field],
    cursor: Option<usize>,
    theme: &Theme,
) -> Option<ListLayout> {
    let plan = state.plan()?;
    let label_width = all
        .iter()
        .map(|f| crate::tui::text::width(&fields::label_in(plan, f)))
        .max()
        .unwrap_or(10)
        .min(28);
    let value_width = usize::from(area.width).saturating_sub(label_width + 5);
    let rows = all
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let label = format!(
                "{} ",
                crate::tui::text::pad_right(
                    &fit(&fields::label_in(plan, field), label_width),
                    label_width
                )
            );
            let value = fit(&fields::display(plan, &state.content, field), value_width);
            row_line(
                cursor == Some(i),
                vec![Span::styled(label, theme.muted), Span::raw(value)],
                theme,
            )
        })
        .collect();
    Some(render_rows(frame, area, rows, cursor.unwrap_or(0)))
}
