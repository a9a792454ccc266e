//! Scrolling with the terminal's own scrolling, as ncurses does: when rows of the screen moved
//! up or down between two frames (the area list scrolled, a goal opened and pushed the rows
//! under it down), the terminal shifts them (a scrolling region, DECSTBM, which VT100, linux,
//! screen and xterm all have) and only the rows that changed are sent. Over a slow SSH link
//! that is tens of bytes instead of a whole list.
//!
//! The previous frame, which ratatui diffs the next one against, is shifted the same way, so
//! the diff repairs anything the shift got wrong and the screen is always the frame drawn.

use std::borrow::Cow;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{self, Write};

use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Position;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

use super::state::State;
use super::view::{self, Drawn};

/// Screen rows `top..bottom` moved together by `by` rows: up when positive, down when negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shift {
    pub top: u16,
    pub bottom: u16,
    pub by: i32,
}

/// Rows a shift must save before it is worth its escape sequence.
const WORTH: i64 = 2;

/// Draws frames, shifting rows with the terminal's scrolling when that saves sending them.
pub struct Painter {
    scroll: bool,
    /// Whether the terminal erases cells in a row (ECH; not a VT100).
    erase_cells: bool,
    /// The frame is drawn here first, to compare it with the last one before anything is sent.
    scratch: Option<Terminal<TestBackend>>,
    /// What the screen shows: the last frame sent.
    last: Option<Buffer>,
    /// The screen may not show `last` (Ctrl+L): clear it and send everything.
    clear: bool,
}

impl Painter {
    /// `scroll`: whether the terminal has scrolling regions (see [`supported`]).
    pub fn new(scroll: bool) -> Self {
        Painter { scroll, erase_cells: false, scratch: None, last: None, clear: false }
    }

    /// Runs of blanks inside a row are erased (ECH) when the terminal can (see [`erases_cells`]).
    pub fn erasing_cells(self, erase_cells: bool) -> Self {
        Painter { erase_cells, ..self }
    }

    /// The next frame clears the screen and is sent whole: what the terminal shows may differ
    /// from the last frame (line noise over SSH, a `wall` message), and only changes are sent.
    pub fn repaint_all(&mut self) {
        self.clear = true;
    }

    /// Draws the state; returns what went where. Only the cells that differ from the screen
    /// are sent, as ratatui's diff finds them, with two savings of ncurses: a row whose rest
    /// is blank is erased to its end (EL) and a short run of unchanged cells between changes
    /// is printed again rather than skipped with a cursor move.
    pub fn draw<W: Write>(
        &mut self,
        terminal: &mut Terminal<CrosstermBackend<W>>,
        state: &State,
    ) -> io::Result<Drawn> {
        // A new size clears the screen (ratatui does it): the next frame is drawn on a blank one.
        terminal.autoresize()?;
        let area = terminal.get_frame().area();
        let scratch = match &mut self.scratch {
            Some(s) if s.backend().buffer().area == area => s,
            slot => {
                let Ok(scratch) = Terminal::new(TestBackend::new(area.width, area.height));
                slot.insert(scratch)
            }
        };
        let mut drawn = Drawn::default();
        let Ok(done) = scratch.draw(|frame| drawn = view::draw(state, frame));
        let frame = done.buffer.clone();
        let backend = scratch.backend();
        let cursor = backend.cursor_visible().then(|| backend.cursor_position());
        let last = self.last.take().filter(|last| last.area == frame.area && !self.clear);
        let mut last = last.unwrap_or_else(|| Buffer::empty(frame.area));
        let backend = terminal.backend_mut();
        if std::mem::take(&mut self.clear) {
            backend.clear()?;
        }
        if self.scroll
            && let Some(shift) = best_shift(&last, &frame)
        {
            backend.write_all(sequence(&shift).as_bytes())?;
            shift_rows(&mut last, &shift);
        }
        send_changes(backend, &last, &frame, self.erase_cells)?;
        match cursor {
            Some(position) => {
                backend.show_cursor()?;
                backend.set_cursor_position(position)?;
            }
            None => backend.hide_cursor()?,
        }
        Backend::flush(backend)?;
        self.last = Some(frame);
        Ok(drawn)
    }
}

/// A cell to print at (x, y): the frame's own, or a blank in the look of the cell before it.
type Printed<'a> = (u16, u16, Cow<'a, Cell>);

/// Part of what to send for one row.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    /// Cells to print, in column order.
    Cells(Vec<Printed<'a>>),
    /// Erase `n` cells from (x, y) (ECH): a run of blanks inside the row.
    EraseCells { at: Position, n: u16 },
    /// Erase from (x, y) to the row's end (EL).
    EraseRest(Position),
}

/// Sends what turns the screen `before` into `after`, row by row.
fn send_changes<W: Write>(
    backend: &mut CrosstermBackend<W>,
    before: &Buffer,
    after: &Buffer,
    erase_cells: bool,
) -> io::Result<()> {
    let changes = before.diff(after);
    for row in changes.chunk_by(|a, b| a.1 == b.1) {
        for piece in row_changes(after, row, erase_cells) {
            // The pen is back to default after a draw: erased cells get the default look.
            match piece {
                Piece::Cells(cells) => {
                    backend.draw(cells.iter().map(|(x, y, cell)| (*x, *y, cell.as_ref())))?;
                }
                Piece::EraseCells { at, n } => {
                    write!(backend, "\x1b[{};{}H\x1b[{n}X", at.y + 1, at.x + 1)?;
                }
                Piece::EraseRest(at) => write!(backend, "\x1b[{};{}H\x1b[K", at.y + 1, at.x + 1)?,
            }
        }
    }
    Ok(())
}

/// Changed cells of a row, at least this many in its blank rest, are erased (3 bytes) instead.
const ERASE_WORTH: usize = 4;

/// Blank cells in a run, at least this many, are erased (ECH, 4 or 5 bytes) rather than printed;
/// a run followed by more changes needs a move past it too.
const ERASE_CELLS_WORTH: (u16, u16) = (6, 11);

/// The longest run of unchanged cells printed again rather than skipped: a move right costs
/// four bytes.
const REPRINT_GAP: u16 = 3;

/// One row's changes (`row`, in column order) as pieces to send: cells, runs of blanks erased
/// (when the terminal can, `erase_cells`) and an erase of the row's blank rest.
fn row_changes<'a>(
    after: &'a Buffer,
    row: &[(u16, u16, &'a Cell)],
    erase_cells: bool,
) -> Vec<Piece<'a>> {
    let y = row[0].1;
    let rest = blank_rest(after, y);
    let in_rest = row.iter().filter(|(x, _, _)| *x >= rest).count();
    let (row, erase) = if in_rest >= ERASE_WORTH {
        let kept = row.iter().filter(|(x, _, _)| *x < rest).copied().collect::<Vec<_>>();
        (kept, Some(Piece::EraseRest(Position { x: rest, y })))
    } else {
        (row.to_vec(), None)
    };
    let cells = with_short_gaps(after, &row);
    let mut pieces = match (erase_cells, cells.is_empty()) {
        (true, _) => with_blank_runs_erased(cells),
        (false, true) => vec![],
        (false, false) => vec![Piece::Cells(cells)],
    };
    pieces.extend(erase);
    pieces
}

/// Cells to print, with each long run of blank cells (in the default look, side by side)
/// turned into an erase.
fn with_blank_runs_erased(cells: Vec<Printed<'_>>) -> Vec<Piece<'_>> {
    let mut pieces = vec![];
    let mut printed: Vec<Printed> = vec![];
    let mut i = 0;
    while i < cells.len() {
        let run = blank_run(&cells[i..]);
        let last = i + run == cells.len();
        let worth = if last { ERASE_CELLS_WORTH.0 } else { ERASE_CELLS_WORTH.1 };
        if run > 0 && run as u16 >= worth {
            let (x, y) = (cells[i].0, cells[i].1);
            if !printed.is_empty() {
                pieces.push(Piece::Cells(std::mem::take(&mut printed)));
            }
            pieces.push(Piece::EraseCells { at: Position { x, y }, n: run as u16 });
            i += run;
        } else {
            printed.push(cells[i].clone());
            i += 1;
        }
    }
    if !printed.is_empty() {
        pieces.push(Piece::Cells(printed));
    }
    pieces
}

/// How many cells from the first are blank and side by side.
fn blank_run(cells: &[Printed]) -> usize {
    let first = cells[0].0;
    cells
        .iter()
        .enumerate()
        .take_while(|(k, (x, _, c))| *x == first + *k as u16 && **c == Cell::EMPTY)
        .count()
}

/// Where the blank rest of row `y` starts: cells holding a space in the default look up to the
/// row's end (the width of the row when there is none).
fn blank_rest(buffer: &Buffer, y: u16) -> u16 {
    let area = buffer.area;
    let blank = |x: u16| buffer.cell((x, y)).is_some_and(|c| *c == Cell::EMPTY);
    let mut rest = area.right();
    while rest > area.left() && blank(rest - 1) {
        rest -= 1;
    }
    // The column after a wide character looks blank but is its right half.
    let wide_before =
        rest > area.left() && buffer.cell((rest - 1, y)).is_some_and(|c| c.symbol().width() > 1);
    if wide_before { rest + 1 } else { rest }
}

/// The cells to print for a row's changes, with the unchanged cells of each short gap between
/// two changes added when they are plain ASCII in the look of the change before them, or blanks
/// that look the same in it (so the terminal's pen need not change to print them).
fn with_short_gaps<'a>(after: &'a Buffer, row: &[(u16, u16, &'a Cell)]) -> Vec<Printed<'a>> {
    let mut cells: Vec<Printed> = Vec::with_capacity(row.len());
    for (i, &(x, y, cell)) in row.iter().enumerate() {
        cells.push((x, y, Cow::Borrowed(cell)));
        let Some(&(next, _, _)) = row.get(i + 1) else { break };
        let from = x + cell.symbol().width().max(1) as u16;
        if from >= next || next - from > REPRINT_GAP || !plain(cell) {
            continue;
        }
        let gap: Option<Vec<Printed>> =
            (from..next).map(|gx| reprinted(&after[(gx, y)], cell).map(|c| (gx, y, c))).collect();
        cells.extend(gap.unwrap_or_default());
    }
    cells
}

/// How to print `cell` again with the pen `pen` left: as it is when it is plain ASCII in the
/// same look, as a blank in the pen's look when that looks the same (a space's colour and
/// boldness do not show), else not at all.
fn reprinted<'a>(cell: &'a Cell, pen: &Cell) -> Option<Cow<'a, Cell>> {
    if plain(cell) && same_look(cell, pen) {
        return Some(Cow::Borrowed(cell));
    }
    blank_alike(cell, pen).then(|| {
        let mut blank = pen.clone();
        blank.set_symbol(" ");
        Cow::Owned(blank)
    })
}

/// Whether a blank `cell` looks the same printed in the look of `pen`: the same background,
/// neither reversed, and the same lines drawn through or under it.
fn blank_alike(cell: &Cell, pen: &Cell) -> bool {
    let never = Modifier::REVERSED | Modifier::SLOW_BLINK | Modifier::RAPID_BLINK;
    let lines = Modifier::UNDERLINED | Modifier::CROSSED_OUT;
    cell.symbol() == " "
        && cell.bg == pen.bg
        && !(cell.modifier | pen.modifier).intersects(never)
        && cell.modifier & lines == pen.modifier & lines
        && (!pen.modifier.contains(Modifier::UNDERLINED)
            || cell.underline_color == pen.underline_color)
}

/// A single ASCII character: one column wide on every terminal.
fn plain(cell: &Cell) -> bool {
    let symbol = cell.symbol();
    symbol.len() == 1 && symbol.bytes().all(|b| b.is_ascii_graphic() || b == b' ')
}

fn same_look(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg
        && a.bg == b.bg
        && a.modifier == b.modifier
        && a.underline_color == b.underline_color
}

/// Whether the terminal named by TERM has scrolling regions: every terminal napwiz knows but
/// `dumb` (or none named) does.
pub fn supported(term: Option<&str>) -> bool {
    term.is_some_and(|t| !t.is_empty() && t != "dumb")
}

/// Whether the terminal named by TERM erases cells in a row (ECH, from the VT220 on): xterm and
/// the terminals that call themselves so, screen, tmux, the Linux console, rxvt and later DEC
/// models. A VT100 does not, and an unknown terminal is not trusted to.
pub fn erases_cells(term: Option<&str>) -> bool {
    const KNOWN: [&str; 10] =
        ["xterm", "screen", "tmux", "linux", "rxvt", "vt220", "vt320", "vt420", "vt520", "foot"];
    term.is_some_and(|t| KNOWN.iter().any(|k| t.starts_with(k)))
}

fn row_hashes(buffer: &Buffer) -> Vec<u64> {
    let width = usize::from(buffer.area.width).max(1);
    let hash = |row: &[Cell]| {
        let mut h = DefaultHasher::new();
        row.hash(&mut h);
        h.finish()
    };
    buffer.content.chunks(width).map(hash).collect()
}

/// The shift of whole rows that leaves the fewest rows to send, if it saves at least [`WORTH`]
/// of them: every region and distance is tried, counting rows equal by their hash (a wrong
/// match only costs bytes; the diff repairs it).
pub fn best_shift(before: &Buffer, after: &Buffer) -> Option<Shift> {
    let (old, new) = (row_hashes(before), row_hashes(after));
    let h = old.len();
    let same: Vec<i64> = (0..h).map(|y| i64::from(old[y] == new[y])).collect();
    let mut best: Option<(i64, Shift)> = None;
    for by in 1..h as i64 {
        for dir in [1i64, -1] {
            let k = by * dir;
            // gain[y]: row y is right after the shift, less whether it was right before.
            let moved = |y: usize| {
                let from = y as i64 + k;
                (0..h as i64).contains(&from) && old[from as usize] == new[y]
            };
            let gain: Vec<i64> = (0..h).map(|y| i64::from(moved(y)) - same[y]).collect();
            best = best_region(&gain, &same, k, best);
        }
    }
    best.filter(|(gain, _)| *gain >= WORTH).map(|(_, shift)| shift)
}

/// The region `top..bottom` where shifting by `k` gains most: rows whose content comes from
/// inside the region gain `gain[y]`; rows left blank lose what they had right.
fn best_region(
    gain: &[i64],
    same: &[i64],
    k: i64,
    mut best: Option<(i64, Shift)>,
) -> Option<(i64, Shift)> {
    let h = gain.len();
    let prefix = |v: &[i64]| {
        let mut p = vec![0; v.len() + 1];
        for (i, x) in v.iter().enumerate() {
            p[i + 1] = p[i] + x;
        }
        p
    };
    let (g, s) = (prefix(gain), prefix(same));
    let span = k.unsigned_abs() as usize;
    for top in 0..h {
        for bottom in top + span + 1..=h {
            // Up: the last `span` rows come in blank; down: the first `span`.
            let (kept, blank) = if k > 0 {
                ((top, bottom - span), (bottom - span, bottom))
            } else {
                ((top + span, bottom), (top, top + span))
            };
            let total = g[kept.1] - g[kept.0] - (s[blank.1] - s[blank.0]);
            if best.as_ref().is_none_or(|(b, _)| total > *b) {
                let shift = Shift { top: top as u16, bottom: bottom as u16, by: k as i32 };
                best = Some((total, shift));
            }
        }
    }
    best
}
/// What makes the terminal shift the rows: set the region, put the cursor on its edge, move
/// past the edge `by` times (line feed down, reverse index up), reset the region. Only codes a
/// VT100 has, so it works on every terminal napwiz supports.
pub fn sequence(shift: &Shift) -> String {
    let region = format!("\x1b[{};{}r", shift.top + 1, shift.bottom);
    let moves = shift.by.unsigned_abs() as usize;
    let (edge, step) = if shift.by > 0 { (shift.bottom, "\n") } else { (shift.top + 1, "\x1bM") };
    format!("{region}\x1b[{edge};1H{}\x1b[r", step.repeat(moves))
}

/// Shifts the rows of a frame as [`sequence`] shifts them on the terminal: the rows that come
/// into the region are blank.
pub fn shift_rows(buffer: &mut Buffer, shift: &Shift) {
    let width = usize::from(buffer.area.width);
    let row = |y: u16| usize::from(y - buffer.area.y) * width;
    let (top, bottom) = (row(shift.top), row(shift.bottom));
    let moved = shift.by.unsigned_abs() as usize * width;
    let rows = &mut buffer.content[top..bottom];
    if shift.by > 0 {
        rows.rotate_left(moved);
        let len = rows.len();
        rows[len - moved..].fill(Cell::default());
    } else {
        rows.rotate_right(moved);
        rows[..moved].fill(Cell::default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(buffer: &Buffer) -> Vec<String> {
        let width = usize::from(buffer.area.width);
        buffer.content.chunks(width).map(|r| r.iter().map(Cell::symbol).collect()).collect()
    }

    #[test]
    fn shifted_rows_move_within_the_region_and_blanks_come_in() {
        let text = ["head", "a   ", "b   ", "c   ", "foot"];
        let mut buffer = Buffer::with_lines(text);
        shift_rows(&mut buffer, &Shift { top: 1, bottom: 4, by: 2 });
        assert_eq!(lines(&buffer), ["head", "c   ", "    ", "    ", "foot"]);
        let mut buffer = Buffer::with_lines(text);
        shift_rows(&mut buffer, &Shift { top: 1, bottom: 4, by: -1 });
        assert_eq!(lines(&buffer), ["head", "    ", "a   ", "b   ", "foot"]);
    }

    #[test]
    fn the_sequence_uses_only_vt100_codes() {
        let up = sequence(&Shift { top: 2, bottom: 18, by: 2 });
        assert_eq!(up, "\x1b[3;18r\x1b[18;1H\n\n\x1b[r");
        let down = sequence(&Shift { top: 2, bottom: 18, by: -1 });
        assert_eq!(down, "\x1b[3;18r\x1b[3;1H\x1bM\x1b[r");
    }

    #[test]
    fn the_best_shift_is_found_for_a_scrolled_list_and_an_opened_goal() {
        let before = Buffer::with_lines(["head", "a   ", "b   ", "c   ", "d   ", "e   ", "foot"]);
        let scrolled = Buffer::with_lines(["head", "c   ", "d   ", "e   ", "f   ", "g   ", "foot"]);
        assert_eq!(best_shift(&before, &scrolled), Some(Shift { top: 1, bottom: 6, by: 2 }));
        let opened = Buffer::with_lines(["head", "a   ", "x   ", "b   ", "c   ", "d   ", "foot"]);
        assert_eq!(best_shift(&before, &opened), Some(Shift { top: 2, bottom: 6, by: -1 }));
        assert!(best_shift(&before, &before).is_none(), "nothing moved");
    }

    #[test]
    fn the_blank_rest_of_a_row_starts_after_its_last_character() {
        let buffer = Buffer::with_lines(["ab  ", "    ", "abcd", "\u{30b3}  "]);
        let rests: Vec<u16> = (0..4).map(|y| blank_rest(&buffer, y)).collect();
        // A wide character's right half is not blank: the rest starts after it.
        assert_eq!(rests, [2, 0, 4, 2]);
        let mut styled = Buffer::with_lines(["a   "]);
        styled[(3, 0)].set_style(ratatui::style::Style::new().reversed());
        assert_eq!(blank_rest(&styled, 0), 4, "a reversed space is not blank");
    }

    #[test]
    fn short_gaps_in_the_same_look_are_printed_again() {
        let before = Buffer::with_lines(["abcdefghij"]);
        let after = Buffer::with_lines(["Xbcdefghi-"]);
        let mut gap = after.clone();
        gap[(2, 0)].set_symbol("Y");
        let xs = |b: &Buffer| {
            let changes = before.diff(b);
            with_short_gaps(b, &changes).iter().map(|(x, _, _)| *x).collect::<Vec<_>>()
        };
        assert_eq!(xs(&after), [0, 9], "eight cells apart: a move is shorter");
        assert_eq!(xs(&gap), [0, 1, 2, 9], "one cell apart: printed again");
        // A gap cell in another look would need the pen changed twice: it is skipped.
        let bold = ratatui::style::Style::new().bold();
        let (mut before, mut after) = (Buffer::with_lines(["abc"]), Buffer::with_lines(["XbY"]));
        before[(1, 0)].set_style(bold);
        after[(1, 0)].set_style(bold);
        let changes = before.diff(&after);
        let xs: Vec<u16> = with_short_gaps(&after, &changes).iter().map(|c| c.0).collect();
        assert_eq!(xs, [0, 2]);
    }

    #[test]
    fn a_blank_gap_is_printed_in_the_pen_left_when_it_looks_the_same() {
        let grey = ratatui::style::Style::new().fg(ratatui::style::Color::DarkGray);
        let before = Buffer::with_lines(["ab c"]);
        let mut after = Buffer::with_lines(["aX |"]);
        after[(1, 0)].set_style(grey);
        let changes = before.diff(&after);
        let printed = with_short_gaps(&after, &changes);
        let cells: Vec<(u16, &str)> = printed.iter().map(|(x, _, c)| (*x, c.symbol())).collect();
        assert_eq!(cells, [(1, "X"), (2, " "), (3, "|")], "the blank is printed, not skipped");
        assert_eq!(printed[1].2.fg, ratatui::style::Color::DarkGray, "in the grey pen");
        // Reversed, a blank's colour shows: it is skipped with a move instead.
        let reversed = grey.reversed();
        after[(1, 0)].set_style(reversed);
        let changes = before.diff(&after);
        let xs: Vec<u16> = with_short_gaps(&after, &changes).iter().map(|c| c.0).collect();
        assert_eq!(xs, [1, 3]);
        // Under a line (underlined), a blank without it would look different.
        after[(1, 0)].set_style(grey.underlined());
        let changes = before.diff(&after);
        let xs: Vec<u16> = with_short_gaps(&after, &changes).iter().map(|c| c.0).collect();
        assert_eq!(xs, [1, 3]);
    }

    #[test]
    fn cells_are_erased_inside_a_row_only_where_the_terminal_can() {
        for term in ["xterm-256color", "screen", "tmux-256color", "linux", "vt220"] {
            assert!(erases_cells(Some(term)), "{term}");
        }
        for term in ["vt100", "vt102", "dumb", "ansi", ""] {
            assert!(!erases_cells(Some(term)), "{term}");
        }
        assert!(!erases_cells(None));
    }

    #[test]
    fn long_runs_of_blanks_are_erased_short_ones_printed() {
        let after = Buffer::with_lines(["ab           c      "]);
        let cells: Vec<Printed> = (0..20).map(|x| (x, 0, Cow::Borrowed(&after[(x, 0)]))).collect();
        let pieces = with_blank_runs_erased(cells);
        let kinds: Vec<String> = pieces
            .iter()
            .map(|p| match p {
                Piece::Cells(c) => format!("print {}", c.len()),
                Piece::EraseCells { at, n } => format!("erase {n} at {}", at.x),
                Piece::EraseRest(at) => format!("erase rest at {}", at.x),
            })
            .collect();
        // Eleven blanks before more text: erased (and moved past); six at the end: erased too.
        assert_eq!(kinds, ["print 2", "erase 11 at 2", "print 1", "erase 6 at 14"]);
        let short = Buffer::with_lines(["a     b"]);
        let cells: Vec<Printed> = (0..7).map(|x| (x, 0, Cow::Borrowed(&short[(x, 0)]))).collect();
        assert_eq!(with_blank_runs_erased(cells).len(), 1, "five blanks: printed");
    }

    #[test]
    fn a_dumb_terminal_gets_no_scrolling() {
        assert!(!supported(Some("dumb")));
        assert!(!supported(None));
        assert!(supported(Some("vt100")));
        assert!(supported(Some("linux")));
    }
}
