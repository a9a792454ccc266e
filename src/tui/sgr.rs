//! What reaches a terminal without colour (TERM=vt100, vt220, dumb, NO_COLOR): every colour
//! sequence is taken out of the stream, and only bold, underline, blink and reverse remain.
//!
//! ratatui always sends colour resets (`ESC[39m`, `ESC[49m`, `ESC[59m`) and crossterm writes the
//! 16 named colours as `38;5;N`. A real VT100 reads each number of `ESC[38;5;8m` on its own: 5
//! is blink and 8 conceal. It also ignores the "attribute off" codes (22, 24, 27), so an attribute
//! could never be turned off; they become a reset followed by the attributes still on.

use std::io::{self, Write};

/// The attributes a DEC VT100 shows: bold, underline, blink, reverse video.
const KEPT: [u16; 4] = [1, 4, 5, 7];

/// A writer that passes everything through, except SGR sequences, which it rewrites for a
/// terminal without colour. Sequences split across writes are put back together.
pub struct Monochrome<W: Write> {
    inner: W,
    /// Bytes of an escape sequence not finished yet.
    pending: Vec<u8>,
    /// Attributes on, as the terminal sees them.
    on: Vec<u16>,
}

impl<W: Write> Monochrome<W> {
    pub fn new(inner: W) -> Self {
        Monochrome { inner, pending: Vec::new(), on: Vec::new() }
    }

    fn byte(&mut self, b: u8, out: &mut Vec<u8>) {
        if self.pending.is_empty() {
            if b == 0x1b {
                self.pending.push(b);
            } else {
                out.push(b);
            }
            return;
        }
        self.pending.push(b);
        if self.pending.len() == 2 && b != b'[' {
            // Not a CSI sequence: pass it on as it came.
            out.append(&mut self.pending);
            return;
        }
        if self.pending.len() > 2 && (0x40..=0x7e).contains(&b) {
            let sequence = std::mem::take(&mut self.pending);
            if b == b'm' {
                let params = String::from_utf8_lossy(&sequence[2..sequence.len() - 1]).into_owned();
                out.extend(self.rewrite(&params));
            } else {
                out.extend(sequence);
            }
        }
    }

    /// The SGR sequence to send instead of `ESC[{params}m` (possibly nothing).
    fn rewrite(&mut self, params: &str) -> Vec<u8> {
        let numbers: Vec<u16> =
            params.split([';', ':']).map(|p| p.parse::<u16>().unwrap_or(0)).collect();
        let mut add = Vec::new();
        let mut reset = false;
        let mut i = 0;
        while i < numbers.len() {
            let n = numbers[i];
            i += 1;
            match n {
                0 => {
                    reset = true;
                    self.on.clear();
                    add.clear();
                }
                // Extended colours: 38;5;N or 38;2;R;G;B (and 48, 58 the same way).
                38 | 48 | 58 => i += if numbers.get(i) == Some(&2) { 4 } else { 2 },
                n if KEPT.contains(&n) && !self.on.contains(&n) => {
                    self.on.push(n);
                    add.push(n);
                }
                n if KEPT.contains(&n) => {}
                21..=29 => {
                    let off: &[u16] = match n {
                        22 => &[1, 2],
                        24 | 21 => &[4],
                        25 => &[5, 6],
                        27 => &[7],
                        _ => &[],
                    };
                    if self.on.iter().any(|a| off.contains(a)) {
                        self.on.retain(|a| !off.contains(a));
                        reset = true;
                        add = self.on.clone();
                    }
                }
                // Colours (30-49, 59, 90-107) and attributes a VT100 does not have.
                _ => {}
            }
        }
        if !reset && add.is_empty() {
            return Vec::new();
        }
        let mut codes: Vec<String> = Vec::new();
        if reset {
            codes.push("0".into());
        }
        codes.extend(add.iter().map(u16::to_string));
        format!("\x1b[{}m", codes.join(";")).into_bytes()
    }
}

impl<W: Write> Write for Monochrome<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len());
        for &b in buf {
            self.byte(b, &mut out);
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// The look of the text the terminal writes next, as far as SGR sets it: what [`Compact`]
/// compares each new sequence with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Pen {
    /// Attributes 1 to 9 on, as bits.
    attributes: u16,
    /// Foreground, background and underline colour as their SGR parameters (`31`, `38;5;8`);
    /// empty for the default.
    colours: [String; 3],
}

impl Pen {
    /// Applies the parameters of one SGR sequence.
    fn apply(&mut self, params: &str) {
        let numbers: Vec<&str> = params.split(';').collect();
        let mut i = 0;
        while i < numbers.len() {
            let n: u16 = numbers[i].parse().unwrap_or(0);
            i += 1;
            match n {
                0 => *self = Pen::default(),
                1..=9 => self.attributes |= 1 << n,
                21..=29 => self.attributes &= !off_bits(n),
                30..=37 | 90..=97 => self.colours[0] = n.to_string(),
                40..=47 | 100..=107 => self.colours[1] = n.to_string(),
                39 => self.colours[0].clear(),
                49 => self.colours[1].clear(),
                59 => self.colours[2].clear(),
                38 | 48 | 58 => {
                    let len = if numbers.get(i) == Some(&"2") { 4 } else { 2 };
                    let end = (i + len).min(numbers.len());
                    let mut code = n.to_string();
                    for p in &numbers[i..end] {
                        code.push(';');
                        code.push_str(p);
                    }
                    self.colours[usize::from((n - 38) / 10)] = short_colour(n, &code);
                    i = end;
                }
                _ => {}
            }
        }
    }

    /// The shortest parameters that turn `self` into `to`: the changes alone, or a reset and
    /// everything `to` has.
    fn change_to(&self, to: &Pen) -> String {
        let full = to.parameters(true);
        let off = self.attributes & !to.attributes;
        let mut codes: Vec<String> = Vec::new();
        for n in 1..=9u16 {
            let code = off_code(n);
            if off & (1 << n) != 0 && !codes.contains(&code.to_string()) {
                codes.push(code.to_string());
            }
        }
        // An "off" code may clear a neighbour too (22 clears bold and dim): set again what stays.
        let cleared = codes.iter().fold(0, |bits, c| bits | off_bits(c.parse().unwrap_or(0)));
        let on = to.attributes & !(self.attributes & !cleared);
        codes.extend((1..=9u16).filter(|n| on & (1 << n) != 0).map(|n| n.to_string()));
        for (k, (old, new)) in self.colours.iter().zip(&to.colours).enumerate() {
            if old != new {
                codes.push(if new.is_empty() { ["39", "49", "59"][k].into() } else { new.clone() });
            }
        }
        let changes = codes.join(";");
        if changes.len() <= full.len() { changes } else { full }
    }

    /// Everything the pen has, after a reset (`0`) when `reset`.
    fn parameters(&self, reset: bool) -> String {
        let mut codes: Vec<String> = if reset { vec!["0".into()] } else { vec![] };
        codes.extend((1..=9u16).filter(|n| self.attributes & (1 << n) != 0).map(|n| n.to_string()));
        codes.extend(self.colours.iter().filter(|c| !c.is_empty()).cloned());
        codes.join(";")
    }
}

/// One of the 16 basic colours as its own code (`90` rather than `38;5;8`: 4 bytes less, and
/// the same colour on every terminal with colour); any other colour as it came.
fn short_colour(kind: u16, code: &str) -> String {
    let index = code.strip_prefix(&format!("{kind};5;")).and_then(|n| n.parse::<u16>().ok());
    match (kind, index) {
        (38, Some(n @ 0..=7)) => (30 + n).to_string(),
        (38, Some(n @ 8..=15)) => (82 + n).to_string(),
        (48, Some(n @ 0..=7)) => (40 + n).to_string(),
        (48, Some(n @ 8..=15)) => (92 + n).to_string(),
        _ => code.to_string(),
    }
}

/// The code that turns attribute `n` off.
fn off_code(n: u16) -> u16 {
    match n {
        1 | 2 => 22,
        5 | 6 => 25,
        n => 20 + n,
    }
}

/// The attributes an "off" code (21-29) turns off, as bits.
fn off_bits(code: u16) -> u16 {
    match code {
        22 => (1 << 1) | (1 << 2),
        21 | 24 => 1 << 4,
        25 => (1 << 5) | (1 << 6),
        23 | 27 | 28 | 29 => 1 << (code - 20),
        _ => 0,
    }
}

/// A writer that passes everything through but sends each SGR sequence as the shortest one
/// that gives the same look from the look already set, and none when nothing changes: ratatui
/// sets the colours of every run of cells again and resets them after every frame, a third of
/// what a keystroke sends.
pub struct Compact<W: Write> {
    inner: W,
    pending: Vec<u8>,
    /// The look the terminal has, and the one asked for since (sent before the next output).
    pen: Pen,
    wanted: Pen,
    /// Where the cursor is (row, column, from 1), while only plain ASCII was printed since the
    /// last absolute move: a move further along the row can then be a short relative one.
    at: Option<(u16, u16)>,
    /// The cursor's row, known after an absolute move until something but text is sent:
    /// printing never leaves the row (ratatui never writes past its last column).
    row: Option<u16>,
    /// Whether the cursor was last shown (`Some(true)`) or hidden: showing it again is not sent.
    shown: Option<bool>,
}

impl<W: Write> Compact<W> {
    pub fn new(inner: W) -> Self {
        let (pen, wanted) = (Pen::default(), Pen::default());
        Compact { inner, pending: Vec::new(), pen, wanted, at: None, row: None, shown: None }
    }

    fn byte(&mut self, b: u8, out: &mut Vec<u8>) {
        if self.pending.is_empty() && b != 0x1b {
            self.settle(out);
            let text = b >= 0x20 && b != 0x7f;
            self.at = self.at.filter(|_| (0x20..0x7f).contains(&b)).map(|(r, c)| (r, c + 1));
            self.row = self.row.filter(|_| text);
            out.push(b);
            return;
        }
        self.pending.push(b);
        if self.pending.len() == 2 && b != b'[' {
            self.settle(out);
            (self.at, self.row) = (None, None);
            out.append(&mut self.pending);
        } else if self.pending.len() > 2 && (0x40..=0x7e).contains(&b) {
            let sequence = std::mem::take(&mut self.pending);
            let params = &sequence[2..sequence.len() - 1];
            if b == b'm' && params.iter().all(|c| c.is_ascii_digit() || *c == b';') {
                self.wanted.apply(&String::from_utf8_lossy(params));
            } else if b == b'H' {
                self.move_to(params, &sequence, out);
            } else if let Some(show) = cursor_shown(&sequence) {
                if self.shown != Some(show) {
                    out.extend(sequence);
                }
                self.shown = Some(show);
            } else {
                // Erasing fills with the background colour: the look must be there first.
                self.settle(out);
                if b == b'J' {
                    // A cleared screen may come with a reset terminal: nothing is known.
                    self.shown = None;
                }
                // Erasing (EL, ECH) leaves the cursor where it was.
                if b != b'K' && b != b'X' {
                    (self.at, self.row) = (None, None);
                }
                out.extend(sequence);
            }
        }
    }

    /// An absolute move (CUP), sent as the shortest move that gets there from where the cursor
    /// is known to be: along the row (CUF), to the start of a row below (CR, LF), or absolute
    /// without the column when it is the first.
    fn move_to(&mut self, params: &[u8], sequence: &[u8], out: &mut Vec<u8>) {
        let text = String::from_utf8_lossy(params);
        let mut numbers = text.split(';').map(|n| n.parse::<u16>().unwrap_or(1).max(1));
        let target = (numbers.next().unwrap_or(1), numbers.next().unwrap_or(1));
        let mut best = if target.1 == 1 {
            format!("\x1b[{}H", target.0).into_bytes()
        } else {
            sequence.to_vec()
        };
        let mut consider = |candidate: String| {
            if candidate.len() < best.len() {
                best = candidate.into_bytes();
            }
        };
        match self.at {
            Some(at) if at == target => consider(String::new()),
            Some((row, col)) if row == target.0 && col < target.1 => {
                consider(format!("\x1b[{}C", target.1 - col));
            }
            _ => {}
        }
        if let Some(row) = self.row.filter(|&r| r <= target.0) {
            // CR and LF: a line feed never scrolls here, the target row is on the screen.
            let right = match target.1 - 1 {
                0 => String::new(),
                n => format!("\x1b[{n}C"),
            };
            consider(format!("\r{}{right}", "\n".repeat(usize::from(target.0 - row))));
        }
        out.extend(best);
        self.at = Some(target);
        self.row = Some(target.0);
    }

    /// Sends the look asked for, if it is not the terminal's already.
    fn settle(&mut self, out: &mut Vec<u8>) {
        if self.wanted != self.pen {
            // A reset alone is `ESC[m`, as terminfo's own sgr0 sends it: a byte less.
            let params = self.pen.change_to(&self.wanted);
            let params = if params == "0" { "" } else { params.as_str() };
            out.extend(format!("\x1b[{params}m").into_bytes());
            self.pen = self.wanted.clone();
        }
    }
}

/// Whether `sequence` shows (`?25h`) or hides (`?25l`) the cursor.
fn cursor_shown(sequence: &[u8]) -> Option<bool> {
    match sequence {
        b"\x1b[?25h" => Some(true),
        b"\x1b[?25l" => Some(false),
        _ => None,
    }
}

impl<W: Write> Write for Compact<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len());
        for &b in buf {
            self.byte(b, &mut out);
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    /// A frame ends with a flush: the terminal is left with the look last asked for (the reset
    /// after every frame), so nothing written past napwiz inherits a colour.
    fn flush(&mut self) -> io::Result<()> {
        let mut out = Vec::new();
        self.settle(&mut out);
        self.inner.write_all(&out)?;
        self.inner.flush()
    }
}

/// The stream with its colour sequences made as short as they can be, or without colour.
pub enum Output<W: Write> {
    Colour(Compact<W>),
    /// Made short first, then without colour (the short form may turn attributes off).
    Monochrome(Compact<Monochrome<W>>),
}

impl<W: Write> Output<W> {
    pub fn new(inner: W, colour: bool) -> Self {
        if colour {
            Output::Colour(Compact::new(inner))
        } else {
            Output::Monochrome(Compact::new(Monochrome::new(inner)))
        }
    }
}

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Colour(w) => w.write(buf),
            Output::Monochrome(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Colour(w) => w.flush(),
            Output::Monochrome(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filtered(chunks: &[&str]) -> String {
        let mut m = Monochrome::new(Vec::new());
        for chunk in chunks {
            m.write_all(chunk.as_bytes()).unwrap();
        }
        String::from_utf8(m.inner).unwrap()
    }

    #[test]
    fn colours_and_colour_resets_disappear() {
        assert_eq!(filtered(&["a\x1b[38;5;8;49mb\x1b[59mc\x1b[39m\x1b[48;2;1;2;3md"]), "abcd");
        assert_eq!(filtered(&["\x1b[1;38;5;8m"]), "\x1b[1m", "bold stays");
    }

    #[test]
    fn attributes_off_become_a_reset_and_what_is_still_on() {
        assert_eq!(filtered(&["\x1b[1m\x1b[7m\x1b[27m"]), "\x1b[1m\x1b[7m\x1b[0;1m");
        assert_eq!(filtered(&["\x1b[27m"]), "", "turning off what is off sends nothing");
        assert_eq!(filtered(&["\x1b[3m\x1b[2m"]), "", "italic and dim are not VT100 attributes");
    }

    fn compacted(chunks: &[&str]) -> String {
        let mut c = Compact::new(Vec::new());
        for chunk in chunks {
            c.write_all(chunk.as_bytes()).unwrap();
        }
        String::from_utf8(c.inner).unwrap()
    }

    #[test]
    fn a_colour_already_set_is_not_sent_again() {
        let frame_end = "\x1b[39m\x1b[49m\x1b[59m\x1b[0m";
        assert_eq!(compacted(&["a", frame_end, "b"]), "ab", "nothing was set: nothing to reset");
        assert_eq!(compacted(&["\x1b[38;5;8;49mx\x1b[38;5;8;49my"]), "\x1b[90mxy");
        assert_eq!(compacted(&["\x1b[1mx\x1b[22m\x1b[39;49my"]), "\x1b[1mx\x1b[my");
    }

    #[test]
    fn the_sixteen_basic_colours_are_sent_by_their_own_codes() {
        assert_eq!(compacted(&["\x1b[38;5;6mx\x1b[48;5;12my"]), "\x1b[36mx\x1b[104my");
        assert_eq!(compacted(&["\x1b[38;5;208mx"]), "\x1b[38;5;208mx", "256 colours stay");
    }

    #[test]
    fn the_shorter_of_the_changes_and_a_reset_is_sent() {
        let seen = compacted(&["\x1b[1;7;38;5;6mx", "\x1b[39m\x1b[49m\x1b[59m\x1b[0m", "y"]);
        assert_eq!(seen, "\x1b[1;7;36mx\x1b[my", "a reset alone is ESC[m");
        // Turning dim off (22) turns bold off too: bold is set again.
        assert_eq!(compacted(&["\x1b[1;2;31mx\x1b[22;1my"]), "\x1b[1;2;31mx\x1b[22;1my");
    }

    #[test]
    fn a_move_along_the_row_is_sent_short() {
        assert_eq!(compacted(&["\x1b[18;7Habc\x1b[18;18Hd"]), "\x1b[18;7Habc\x1b[8Cd");
        assert_eq!(compacted(&["\x1b[3;5Hab\x1b[3;7Hc"]), "\x1b[3;5Habc", "already there");
        // After text that is not plain ASCII the column is not known, the row is.
        assert_eq!(compacted(&["\x1b[3;5H\u{2502}\x1b[3;20Hx"]), "\x1b[3;5H\u{2502}\r\x1b[19Cx");
    }

    #[test]
    fn a_move_to_a_row_below_is_a_carriage_return_and_line_feeds() {
        assert_eq!(compacted(&["\x1b[18;7Habc\x1b[19;1Hd"]), "\x1b[18;7Habc\r\nd");
        assert_eq!(compacted(&["\x1b[18;7Ha\x1b[19;3Hd"]), "\x1b[18;7Ha\r\n\x1b[2Cd");
        assert_eq!(compacted(&["\x1b[18;7Ha\x1b[20;3Hd"]), "\x1b[18;7Ha\x1b[20;3Hd", "as long");
        // Far below, an absolute move is shorter; the first column needs no number.
        assert_eq!(compacted(&["\x1b[2;7Ha\x1b[20;1Hd"]), "\x1b[2;7Ha\x1b[20Hd");
        // Up, or after anything that may have moved the cursor, the move stays absolute.
        assert_eq!(compacted(&["\x1b[5;1Ha\x1b[4;1Hb"]), "\x1b[5Ha\x1b[4Hb");
        assert_eq!(compacted(&["\x1b[5;1Ha\x1bM\x1b[6;1Hb"]), "\x1b[5Ha\x1bM\x1b[6Hb");
        assert_eq!(compacted(&["\x1b[5;1Ha\n\x1b[6;1Hb"]), "\x1b[5Ha\n\x1b[6Hb");
        // Erasing the rest of a row leaves the cursor where it was.
        assert_eq!(compacted(&["\x1b[5;3Ha\x1b[K\x1b[6;1Hb"]), "\x1b[5;3Ha\x1b[K\r\nb");
    }

    #[test]
    fn showing_a_shown_cursor_again_is_not_sent() {
        let frames = "\x1b[?25h\x1b[3;1H\x1b[?25h\x1b[4;1H\x1b[?25l\x1b[?25l\x1b[?25h";
        assert_eq!(compacted(&[frames]), "\x1b[?25h\x1b[3H\r\n\x1b[?25l\x1b[?25h");
        // After the screen is cleared, it is sent again (whatever cleared it may reset it).
        assert_eq!(compacted(&["\x1b[?25h\x1b[2J\x1b[?25h"]), "\x1b[?25h\x1b[2J\x1b[?25h");
    }

    #[test]
    fn a_terminal_without_colour_gets_short_moves_too() {
        let mut out = Output::new(Vec::new(), false);
        out.write_all(b"\x1b[18;7H\x1b[38;5;8mab\x1b[19;1H\x1b[7mc\x1b[27m").unwrap();
        out.flush().unwrap();
        let Output::Monochrome(compact) = out else { panic!("a monochrome stream") };
        let sent = String::from_utf8(compact.inner.inner).unwrap();
        assert_eq!(sent, "\x1b[18;7Hab\r\n\x1b[7mc\x1b[0m");
    }

    #[test]
    fn the_compact_stream_looks_the_same_to_a_terminal() {
        let stream = "\x1b[1;1HAB\x1b[1;5HC\u{2502}\x1b[1;9Hx\x1b[1;38;5;6;49mA\x1b[22m\x1b[38;5;8;49mB\x1b[39;49m\x1b[7mC\x1b[27m\x1b[48;2;1;2;3mD\x1b[0mE";
        let size = |n| std::num::NonZeroU16::new(n).unwrap();
        let screen = |bytes: &[u8]| {
            let mut parser = vt100::Parser::new(size(2), size(16), 0);
            parser.process(bytes);
            (0..16)
                .map(|c| {
                    let cell = parser.screen().cell(0, c).unwrap().clone();
                    (
                        cell.contents().to_string(),
                        cell.fgcolor(),
                        cell.bgcolor(),
                        cell.bold(),
                        cell.inverse(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(screen(compacted(&[stream]).as_bytes()), screen(stream.as_bytes()));
    }

    #[test]
    fn sequences_split_across_writes_are_rewritten_whole() {
        assert_eq!(filtered(&["x\x1b", "[38;5", ";8m", "y"]), "xy");
        assert_eq!(filtered(&["\x1b[2J\x1b[5;1H\x1b", "(B"]), "\x1b[2J\x1b[5;1H\x1b(B");
    }
}
