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

/// Either the stream as it is, or without colour.
pub enum Output<W: Write> {
    Colour(W),
    Monochrome(Monochrome<W>),
}

impl<W: Write> Output<W> {
    pub fn new(inner: W, colour: bool) -> Self {
        if colour { Output::Colour(inner) } else { Output::Monochrome(Monochrome::new(inner)) }
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

    #[test]
    fn sequences_split_across_writes_are_rewritten_whole() {
        assert_eq!(filtered(&["x\x1b", "[38;5", ";8m", "y"]), "xy");
        assert_eq!(filtered(&["\x1b[2J\x1b[5;1H\x1b", "(B"]), "\x1b[2J\x1b[5;1H\x1b(B");
    }
}
