//! A screen (a ratatui buffer) as an SVG picture: one rectangle per background run, one text run
//! per style run, a fixed palette for the 16 named colours. For the README's screenshots, which
//! are generated from the real views, never drawn by hand.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

const CELL_W: f32 = 8.4;
const CELL_H: f32 = 17.0;
const FONT: &str = "DejaVu Sans Mono, Menlo, Consolas, monospace";
/// The terminal's own foreground and background, for cells that use the defaults.
const FG: &str = "#d0d0d0";
const BG: &str = "#1c1c1c";

/// The 16 named colours as a common terminal palette draws them.
fn rgb(color: Color, default: &'static str) -> String {
    let named = match color {
        Color::Reset => return default.to_string(),
        Color::Black => "#000000",
        Color::Red => "#cd3131",
        Color::Green => "#0dbc79",
        Color::Yellow => "#e5e510",
        Color::Blue => "#2472c8",
        Color::Magenta => "#bc3fbc",
        Color::Cyan => "#11a8cd",
        Color::Gray => "#c0c0c0",
        Color::DarkGray => "#767676",
        Color::LightRed => "#f14c4c",
        Color::LightGreen => "#23d18b",
        Color::LightYellow => "#f5f543",
        Color::LightBlue => "#3b8eea",
        Color::LightMagenta => "#d670d6",
        Color::LightCyan => "#29b8db",
        Color::White => "#ffffff",
        Color::Rgb(r, g, b) => return format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => return indexed(i),
    };
    named.to_string()
}

/// The xterm 256-colour table beyond the first 16.
fn indexed(i: u8) -> String {
    match i {
        0..=15 => "#808080".into(),
        16..=231 => {
            let n = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            format!("#{:02x}{:02x}{:02x}", level(n / 36), level((n / 6) % 6), level(n % 6))
        }
        _ => {
            let g = 8 + (i - 232) * 10;
            format!("#{g:02x}{g:02x}{g:02x}")
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A cell's colours after reverse video.
fn colours(cell: &ratatui::buffer::Cell) -> (String, String) {
    let (fg, bg) = (rgb(cell.fg, FG), rgb(cell.bg, BG));
    if cell.modifier.contains(Modifier::REVERSED) { (bg, fg) } else { (fg, bg) }
}

/// The whole buffer as a standalone SVG document.
pub fn buffer_to_svg(buffer: &Buffer, title: &str) -> String {
    let area = buffer.area;
    let (w, h) = (f32::from(area.width) * CELL_W, f32::from(area.height) * CELL_H);
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.1} {h:.1}" role="img" aria-label="{}">"#,
        escape(title)
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(title));
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="{BG}"/>"#);
    let _ = writeln!(svg, r#"<g font-family="{FONT}" font-size="14px" xml:space="preserve">"#);
    for y in 0..area.height {
        backgrounds(buffer, y, &mut svg);
        texts(buffer, y, &mut svg);
    }
    svg.push_str("</g>\n</svg>\n");
    svg
}

fn backgrounds(buffer: &Buffer, y: u16, svg: &mut String) {
    let area = buffer.area;
    let mut x = 0;
    while x < area.width {
        let bg = colours(&buffer[(x, y)]).1;
        let start = x;
        while x < area.width && colours(&buffer[(x, y)]).1 == bg {
            x += 1;
        }
        if bg != BG {
            let _ = writeln!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{CELL_H:.1}" fill="{bg}"/>"#,
                f32::from(start) * CELL_W,
                f32::from(y) * CELL_H,
                f32::from(x - start) * CELL_W
            );
        }
    }
}

fn texts(buffer: &Buffer, y: u16, svg: &mut String) {
    let area = buffer.area;
    let mut x = 0;
    while x < area.width {
        let cell = &buffer[(x, y)];
        let style = (
            colours(cell).0,
            cell.modifier.contains(Modifier::BOLD),
            cell.modifier.contains(Modifier::UNDERLINED),
        );
        let start = x;
        let mut text = String::new();
        while x < area.width {
            let c = &buffer[(x, y)];
            let same = (
                colours(c).0,
                c.modifier.contains(Modifier::BOLD),
                c.modifier.contains(Modifier::UNDERLINED),
            );
            if same != style {
                break;
            }
            text.push_str(c.symbol());
            x += 1;
        }
        if text.trim().is_empty() {
            continue;
        }
        let (fill, bold, underline) = style;
        let weight = if bold { r#" font-weight="bold""# } else { "" };
        let deco = if underline { r#" text-decoration="underline""# } else { "" };
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" fill="{fill}"{weight}{deco} textLength="{:.1}" lengthAdjust="spacingAndGlyphs">{}</text>"#,
            f32::from(start) * CELL_W,
            f32::from(y) * CELL_H + CELL_H * 0.75,
            f32::from(x - start) * CELL_W,
            escape(&text)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn text_is_escaped_and_reverse_video_swaps_colours() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 1));
        buffer.set_string(
            0,
            0,
            "<a&b>",
            Style::new().fg(Color::Red).add_modifier(Modifier::REVERSED),
        );
        let svg = buffer_to_svg(&buffer, "t");
        assert!(svg.contains("&lt;a&amp;b&gt;"));
        assert!(svg.contains(r##"fill="#cd3131"/>"##), "the red became the background: {svg}");
    }
}
