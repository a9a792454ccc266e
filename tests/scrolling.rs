//! The area list scrolls with the terminal's own scrolling (a region shifted, only the new rows
//! sent): after every move of long walks, the screen a VT100 parser reads from the bytes is
//! exactly the screen a full redraw gives.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::demo_state;
use common::keys::press;
use napwiz::tui::scroll::Painter;
use napwiz::tui::sgr::Output;
use napwiz::tui::state::{State, Step};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// What the terminal was sent, kept for the test to read.
#[derive(Clone, Default)]
struct Wire(Arc<Mutex<Vec<u8>>>);

impl Wire {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.lock().unwrap())
    }
}

impl Write for Wire {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

type Term = Terminal<CrosstermBackend<Output<Wire>>>;

/// A terminal as the app sets one up: sequences made short by `sgr::Output`, without colour for
/// a VT100 (`colour` false).
fn terminal(wire: &Wire, w: u16, h: u16, colour: bool) -> Term {
    let options = TerminalOptions { viewport: Viewport::Fixed(Rect::new(0, 0, w, h)) };
    let out = Output::new(wire.clone(), colour);
    Terminal::with_options(CrosstermBackend::new(out), options).unwrap()
}

/// The Prevention step of the demo plan with every goal open: a list far longer than the screen.
fn long_list(w: u16, h: u16) -> State {
    let mut state = demo_state(Step::Area(0));
    state.size = (w, h);
    let goals: Vec<String> = state.content.areas[0].goals.iter().map(|g| g.id.clone()).collect();
    state.areas[0].expanded.extend(goals);
    state
}

fn parser(w: u16, h: u16) -> vt100::Parser {
    let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
    vt100::Parser::new(size(h), size(w), 0)
}

/// The screen a terminal shows after a full redraw of `state`.
fn full_redraw(state: &State, w: u16, h: u16, colour: bool) -> vt100::Parser {
    let wire = Wire::default();
    Painter::new(true).draw(&mut terminal(&wire, w, h, colour), state).unwrap();
    let mut parser = parser(w, h);
    parser.process(&wire.take());
    parser
}

fn assert_same_screen(seen: &vt100::Screen, expected: &vt100::Screen, after: &str) {
    let (rows, cols) = expected.size();
    for row in 0..rows.get() {
        for col in 0..cols.get() {
            let (a, b) = (seen.cell(row, col).unwrap(), expected.cell(row, col).unwrap());
            let look = |c: &vt100::Cell| {
                // A cell never written reads "", one cleared " ": both are blank.
                let text = if c.contents().is_empty() { " " } else { c.contents() };
                // A blank's colour and boldness do not show unless it is reversed.
                let hidden = text == " " && !c.inverse();
                let fg = if hidden { vt100::Color::Default } else { c.fgcolor() };
                let bold = c.bold() && !hidden;
                (text.to_string(), fg, c.bgcolor(), bold, c.inverse(), c.underline())
            };
            assert_eq!(
                look(a),
                look(b),
                "row {row}, column {col} after {after}:\n{}\nexpected:\n{}",
                seen.contents(),
                expected.contents()
            );
        }
    }
}

/// What a walk sent.
#[derive(Default)]
struct Sent {
    /// Bytes per key.
    bytes: Vec<usize>,
    /// Keys whose frame shifted rows with a scrolling region.
    scrolled: usize,
    /// Keys whose frame erased the rest of a row (EL).
    erased: usize,
    /// Keys whose frame erased cells inside a row (ECH).
    erased_cells: usize,
}

/// Whether `bytes` erase cells inside a row: `ESC [ n X`.
fn erases_cells(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.split("\x1b[").skip(1).any(|s| {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && s.as_bytes().get(digits) == Some(&b'X')
    })
}

/// Walks the list with `keys`, checking the screen after each; returns what each key sent.
fn walk(w: u16, h: u16, keys: &[&str]) -> (Vec<usize>, usize) {
    let sent = walk_on(w, h, keys, true);
    (sent.bytes, sent.scrolled)
}

/// [`walk`] on a terminal with colour or without (a VT100).
fn walk_on(w: u16, h: u16, keys: &[&str], colour: bool) -> Sent {
    walk_state(long_list(w, h), keys, colour)
}

/// [`walk_on`] from `state`; the key "pause" is the keys pausing (a thin link draws then).
fn walk_state(mut state: State, keys: &[&str], colour: bool) -> Sent {
    let (w, h) = state.size;
    let wire = Wire::default();
    let mut term = terminal(&wire, w, h, colour);
    // A VT100 cannot erase cells inside a row (ECH); the colour terminals tested can.
    let mut painter = Painter::new(true).erasing_cells(colour);
    let mut parser = parser(w, h);
    painter.draw(&mut term, &state).unwrap();
    parser.process(&wire.take());
    let mut sent = Sent::default();
    for (n, key) in keys.iter().enumerate() {
        if *key == "pause" {
            napwiz::tui::update::update(&mut state, napwiz::tui::action::Action::Settle);
        } else {
            press(&mut state, key);
        }
        painter.draw(&mut term, &state).unwrap();
        let bytes = wire.take();
        sent.scrolled += usize::from(bytes.windows(3).any(|w| w == b"\x1b[r"));
        sent.erased += usize::from(bytes.windows(3).any(|w| w == b"\x1b[K"));
        sent.erased_cells += usize::from(erases_cells(&bytes));
        sent.bytes.push(bytes.len());
        parser.process(&bytes);
        let after = format!("key {n} ({key}) at {w}x{h}");
        let expected = full_redraw(&state, w, h, colour);
        assert_same_screen(parser.screen(), expected.screen(), &after);
    }
    sent
}

/// Down through the whole list, back up, pages, both ends, and decisions on the way.
fn long_walk() -> Vec<&'static str> {
    let mut keys = vec!["Down"; 45];
    keys.extend(["Space"; 2]);
    keys.extend(["Up"; 35]);
    keys.extend(["PgDn", "PgDn", "Up", "PgUp", "End", "Up", "Up", "Home", "Down", "Down"]);
    keys
}

#[test]
fn the_screen_after_scrolling_moves_is_a_full_redraw_at_80x24() {
    let (_, scrolled) = walk(80, 24, &long_walk());
    assert!(scrolled >= 20, "the list was shifted only {scrolled} times");
}

#[test]
fn the_screen_after_scrolling_moves_is_a_full_redraw_at_100x30() {
    let (_, scrolled) = walk(100, 30, &long_walk());
    assert!(scrolled >= 20, "the list was shifted only {scrolled} times");
}

#[test]
fn the_screen_after_scrolling_moves_is_a_full_redraw_at_200x60() {
    // Side by side, rows hold the list and the detail pane: a shift rarely pays, but when it
    // does the screen must still be right.
    walk(200, 60, &long_walk());
}

#[test]
fn rows_erased_to_their_end_and_short_moves_give_a_full_redraw_on_a_vt100() {
    // Without colour the stream goes through the monochrome filter after being made short.
    let sent = walk_on(80, 24, &long_walk(), false);
    assert!(sent.scrolled >= 20, "the list was shifted only {} times", sent.scrolled);
    assert!(sent.erased >= 10, "rows were erased to their end only {} times", sent.erased);
    assert_eq!(sent.erased_cells, 0, "a VT100 has no ECH");
}

#[test]
fn runs_of_blanks_inside_rows_are_erased_where_the_terminal_can() {
    // At 200x60 the detail pane's rows end at its border: their blank ends are erased by ECH.
    let sent = walk_on(200, 60, &["Down"; 12], true);
    assert!(sent.erased_cells >= 6, "cells were erased {} times", sent.erased_cells);
    let sent = walk_on(200, 60, &["Down"; 12], false);
    assert_eq!(sent.erased_cells, 0, "a VT100 has no ECH");
}

#[test]
fn rows_are_erased_to_their_end_on_a_colour_terminal() {
    let sent = walk_on(80, 24, &long_walk(), true);
    assert!(sent.erased >= 10, "rows were erased to their end only {} times", sent.erased);
}

#[test]
fn the_list_scrolls_only_at_its_edge_and_a_scroll_sends_only_the_new_row() {
    let (sent, _) = walk(80, 24, &["Down"; 30]);
    // A move sends its two rows and the item's description, a scroll one row more: not the
    // whole list again (2,100 bytes a move when the list kept its cursor centred; 690 before
    // blank row ends were erased and moves and colour codes made short).
    let mean = sent.iter().sum::<usize>() / sent.len();
    assert!(mean < 620 && sent.iter().all(|&n| n < 1000), "bytes per Down: {sent:?}");
    let mut state = long_list(80, 24);
    for _ in 0..5 {
        press(&mut state, "Down");
    }
    assert_eq!(state.areas[0].top, 0, "five moves from the top do not scroll the list");
}

/// The bytes napwiz has written so far, once nothing more came for a while.
fn settled_bytes(session: &common::pty::Session) -> usize {
    let quiet = std::time::Duration::from_millis(300);
    let mut seen = session.raw.lock().unwrap().len();
    loop {
        std::thread::sleep(quiet);
        let now = session.raw.lock().unwrap().len();
        if now == seen {
            return now;
        }
        seen = now;
    }
}

#[test]
fn keys_typed_ahead_are_handled_before_drawing() {
    use common::pty::{Session, write_demo};
    let dir = tempfile::tempdir().unwrap();
    let (data, plan) = (dir.path().join("data"), dir.path().join("nap.ron"));
    write_demo(&plan, &data);
    let data_dir = data.to_str().unwrap();
    let mut s = Session::start(&[plan.to_str().unwrap()], &[("NAPWIZ_DATA_DIR", data_dir)]);
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]"]);
    s.wait_for("step 4 of 10");
    let start = settled_bytes(&s);
    let top = s.contents();
    s.keys(&["j"; 12]);
    let spaced = settled_bytes(&s) - start;
    // Twelve keys in one write, as a held key arrives over SSH: one frame, not twelve.
    s.keys(&["k".repeat(12).as_str()]);
    let held = settled_bytes(&s) - start - spaced;
    assert_eq!(s.contents(), top, "the held keys all took effect");
    assert!(held * 3 < spaced, "typed ahead {held} bytes, one by one {spaced} bytes");
    s.quit();
}

/// A thin link (over SSH) with every goal open.
fn thin_list(w: u16, h: u16) -> State {
    let mut state = long_list(w, h);
    state.link = napwiz::tui::link::Link::thin();
    state
}

#[test]
fn a_thin_link_gives_a_full_redraw_after_every_key_and_every_pause() {
    let mut keys = long_walk();
    keys.splice(20..20, ["pause"]);
    keys.splice(50..50, ["pause"]);
    keys.push("pause");
    for (w, h) in [(80, 24), (200, 60)] {
        walk_state(thin_list(w, h), &keys, true);
    }
    walk_state(thin_list(80, 24), &keys, false);
}

#[test]
fn a_move_down_a_thin_link_sends_the_two_rows_it_changes_and_little_else() {
    // Past the first screenful every move scrolls; locally the strip, the keys line and a
    // margin row come with it.
    let moves = ["Down"; 40];
    let mean = |sent: &Sent| sent.bytes[20..].iter().sum::<usize>() / 20;
    let thin = walk_state(thin_list(80, 24), &moves, true);
    let local = walk_on(80, 24, &moves, true);
    assert!(thin.scrolled >= 20, "the thin list shifted only {} times", thin.scrolled);
    // Two rows of 78 columns with their colour codes, and the scroll: about 220 bytes.
    assert!(mean(&thin) < 250, "a move sent {} bytes: {:?}", mean(&thin), thin.bytes);
    assert!(mean(&thin) * 3 < mean(&local) * 2, "thin {} vs local {}", mean(&thin), mean(&local));
}
