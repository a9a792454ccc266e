//! Terminals and accessibility (issue 5): every step in every theme, in ASCII and without colour;
//! the ASCII glyph promise; meaning that never rides on colour alone; colour depth; no panic at
//! any size; the too-small screen; key overrides; the mouse; switching theme and mouse at
//! runtime; and the flags, environment and config file as the real binary reads them.
//!
//! Drawing is a pure function of the state, so most checks draw into ratatui's TestBackend from
//! a state built in memory (the demo plan, no files). What only the binary can show (the config
//! file, NO_COLOR, TERM, --theme, key overrides) runs it, in a pseudo-terminal where it needs one.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

use napwiz::content::Content;
use napwiz::plan::{Baseline, Inclusion, Plan, Priority};
use napwiz::tui::action::Action;
use napwiz::tui::keymap::{self, K};
use napwiz::tui::state::{Overlay, Row, State, Step};
use napwiz::tui::theme::{ColorDepth, Look, ThemeName};
use napwiz::tui::update::{Effect, update};
use napwiz::tui::{mouse, select, view};

mod common;
use common::keys::press;
use common::pty::Session;

const BIN: &str = env!("CARGO_BIN_EXE_napwiz");
const SMALL: (u16, u16) = (80, 24);
const LARGE: (u16, u16) = (200, 60);

// ---------------------------------------------------------------------------------------------
// Helpers: states, keys, drawing

fn content() -> Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded).clone()
}

fn look(theme: ThemeName) -> Look {
    Look { theme, color: true, depth: ColorDepth::TrueColor, ascii: false }
}

/// The demo plan open in memory, on `step`, at `size`, in `look`.
fn demo(step: Step, size: (u16, u16), look: Look) -> State {
    let mut state = common::demo_state(step);
    state.size = size;
    state.look = look;
    state
}

/// A step as the snapshots show it: area steps with the first goal opened and the cursor on its
/// first action.
fn screen_state(step: Step, size: (u16, u16), look: Look) -> State {
    let mut state = demo(step, size, look);
    if let Step::Area(a) = step {
        press(&mut state, "Enter");
        press(&mut state, "Down");
        assert!(matches!(state.selected_row(a), Some(Row::Action(_))), "{step:?}");
    }
    state
}

fn steps() -> Vec<Step> {
    Step::all(content().areas.len())
}

fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        let name = if c == ' ' { "Space".to_string() } else { c.to_string() };
        press(state, &name);
    }
}

fn draw(state: &State, (w, h): (u16, u16)) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| {
            view::draw(state, f);
        })
        .unwrap();
    terminal
}

fn rows(buffer: &Buffer) -> Vec<String> {
    (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

/// The overlays the issue names, opened the way a user opens them.
const OVERLAYS: [&str; 7] =
    ["help", "steps", "search", "lead picker", "notes editor", "guidance", "confirm quit"];

/// Opens an overlay on `state`. Those that need an action (lead, notes, guidance) are opened on
/// the first action of Prevention and then shown over `state`'s own step.
fn open_overlay(state: &mut State, name: &str) {
    match name {
        "help" => {
            press(state, "?");
        }
        "steps" => {
            press(state, "s");
        }
        "search" => {
            press(state, "/");
            type_text(state, "referral");
        }
        "confirm quit" => state.overlay = Some(Overlay::ConfirmQuit),
        "lead picker" | "notes editor" | "guidance" => {
            let mut donor = screen_state(Step::Area(0), state.size, state.look);
            let key = match name {
                "lead picker" => "L",
                "notes editor" => "n",
                _ => "o",
            };
            press(&mut donor, key);
            state.overlay = donor.overlay.take();
        }
        other => panic!("unknown overlay {other}"),
    }
    assert!(state.overlay.is_some(), "{name} opens");
}

// ---------------------------------------------------------------------------------------------
// 1. Every step in every theme, with its styles

fn color_name(color: Color) -> String {
    match color {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => format!("idx{i}"),
        other => format!("{other:?}"),
    }
}

fn modifier_names(m: Modifier) -> Vec<&'static str> {
    [
        (Modifier::BOLD, "bold"),
        (Modifier::DIM, "dim"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underlined"),
        (Modifier::SLOW_BLINK, "blink"),
        (Modifier::RAPID_BLINK, "rapid-blink"),
        (Modifier::REVERSED, "reversed"),
        (Modifier::HIDDEN, "hidden"),
        (Modifier::CROSSED_OUT, "crossed-out"),
    ]
    .into_iter()
    .filter(|(flag, _)| m.contains(*flag))
    .map(|(_, name)| name)
    .collect()
}

/// A compact, readable dump of a screen: each row's text (right-trimmed), then on a line
/// starting with `=` its styled runs as `first-last fg=.. bg=.. modifiers` (columns inclusive;
/// unstyled runs left out), and where the hardware cursor is.
fn styled(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let text: String = (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect();
        writeln!(out, "{y:>2} {}", text.trim_end()).unwrap();
        let mut runs = vec![];
        let mut x = 0;
        while x < buffer.area.width {
            let cell = &buffer[(x, y)];
            let key = (cell.fg, cell.bg, cell.modifier);
            let start = x;
            while x < buffer.area.width && {
                let c = &buffer[(x, y)];
                (c.fg, c.bg, c.modifier) == key
            } {
                x += 1;
            }
            let mut parts = vec![];
            if key.0 != Color::Reset {
                parts.push(format!("fg={}", color_name(key.0)));
            }
            if key.1 != Color::Reset {
                parts.push(format!("bg={}", color_name(key.1)));
            }
            parts.extend(modifier_names(key.2).into_iter().map(String::from));
            if !parts.is_empty() {
                runs.push(format!("{start}-{} {}", x - 1, parts.join(" ")));
            }
        }
        if !runs.is_empty() {
            writeln!(out, "   = {}", runs.join(", ")).unwrap();
        }
    }
    let backend = terminal.backend();
    if backend.cursor_visible() {
        let at = backend.cursor_position();
        writeln!(out, "cursor at column {}, row {}", at.x, at.y).unwrap();
    } else {
        writeln!(out, "cursor hidden").unwrap();
    }
    out
}

fn theme_snapshot(variant: &str, look: Look) {
    for size in [SMALL, LARGE] {
        let mut text = format!(
            "{variant}: theme {}, colour {}, depth {:?}, ascii {}, {}x{}\n",
            look.theme.label(),
            if look.color { "on" } else { "off" },
            look.depth,
            look.ascii,
            size.0,
            size.1
        );
        for (n, step) in steps().into_iter().enumerate() {
            let state = screen_state(step, size, look);
            let name = step.name(&state.content);
            write!(text, "\n=== step {} of {}: {name} ===\n", n + 1, steps().len()).unwrap();
            text.push_str(&styled(&draw(&state, size)));
        }
        let snapshot = format!("theme_{variant}_{}x{}", size.0, size.1);
        insta::assert_snapshot!(snapshot.as_str(), text);
    }
}

#[test]
fn snapshot_default_theme() {
    theme_snapshot("default", look(ThemeName::Default));
}

#[test]
fn snapshot_high_contrast_theme() {
    theme_snapshot("high-contrast", look(ThemeName::HighContrast));
}

#[test]
fn snapshot_light_theme() {
    theme_snapshot("light", look(ThemeName::Light));
}

#[test]
fn snapshot_monochrome_theme() {
    theme_snapshot("monochrome", look(ThemeName::Monochrome));
}

#[test]
fn snapshot_ascii_mode() {
    theme_snapshot("ascii", Look { ascii: true, ..look(ThemeName::Default) });
}

#[test]
fn snapshot_no_color() {
    theme_snapshot("no-color", Look { color: false, ..look(ThemeName::Default) });
}

// ---------------------------------------------------------------------------------------------
// 2. ASCII mode: not one non-ASCII character anywhere

/// Every screen the issue names: each step, and each overlay over an area step, plus an item's
/// fields and the editor's error line.
fn every_screen(size: (u16, u16), look: Look) -> Vec<(String, State)> {
    let mut screens: Vec<(String, State)> =
        steps().into_iter().map(|s| (format!("{s:?}"), screen_state(s, size, look))).collect();
    let mut start = State::new(content(), vec![PathBuf::from("/a/recent/plan.ron")]);
    start.size = size;
    start.look = look;
    screens.push(("start without a plan".into(), start));
    for name in OVERLAYS {
        let mut state = screen_state(Step::Area(0), size, look);
        open_overlay(&mut state, name);
        screens.push((name.to_string(), state));
    }
    let mut fields = screen_state(Step::Area(0), size, look);
    press(&mut fields, "Enter");
    screens.push(("item fields".into(), fields));
    let mut error = screen_state(Step::Setup, size, look);
    for k in ["Down", "Down", "Enter", "x", "Enter"] {
        press(&mut error, k);
    }
    screens.push(("editor error".into(), error));
    let mut create = screen_state(Step::Start, size, look);
    create.overlay = Some(Overlay::ConfirmCreate(PathBuf::from("/plans/new.ron")));
    screens.push(("confirm create".into(), create));
    screens.extend(monitor_screens(size, look));
    screens
}

/// Monitor mode as a secretariat uses it: the list on the demo's open period, one action's
/// report form, the period dashboard, and the question before a period is reopened.
fn monitor_screens(size: (u16, u16), look: Look) -> Vec<(String, State)> {
    let monitor = |keys: &[&str]| {
        let mut state = demo(Step::Review, size, look);
        for k in keys {
            press(&mut state, k);
        }
        state
    };
    vec![
        ("monitor".into(), monitor(&["m"])),
        ("monitor report".into(), monitor(&["m", "j", "j", "Enter", "j", "j"])),
        ("period dashboard".into(), monitor(&["m", "D"])),
        ("reopen a period".into(), monitor(&["m", "Left", "R"])),
    ]
}

/// Monitor mode and the period dashboard in ASCII and without colour, at both sizes.
#[test]
fn snapshot_monitor_and_period_dashboard() {
    let looks = [
        ("ascii", Look { ascii: true, ..look(ThemeName::Default) }),
        ("no-color", Look { color: false, ..look(ThemeName::Default) }),
    ];
    for (variant, look) in looks {
        for size in [SMALL, LARGE] {
            let mut text = format!("monitor, {variant}, {}x{}\n", size.0, size.1);
            for (name, state) in monitor_screens(size, look) {
                write!(text, "\n=== {name} ===\n").unwrap();
                text.push_str(&styled(&draw(&state, size)));
            }
            let snapshot = format!("monitor_{variant}_{}x{}", size.0, size.1);
            insta::assert_snapshot!(snapshot.as_str(), text);
        }
    }
}

#[test]
fn ascii_mode_draws_only_ascii() {
    let ascii = Look { ascii: true, ..look(ThemeName::Default) };
    let mut found = vec![];
    for size in [SMALL, LARGE, (40, 12)] {
        for (name, state) in every_screen(size, ascii) {
            let terminal = draw(&state, size);
            for (y, row) in rows(terminal.backend().buffer()).iter().enumerate() {
                if let Some(c) = row.chars().find(|c| !c.is_ascii()) {
                    found.push(format!("{name} {}x{} row {y}: {c:?} in {row:?}", size.0, size.1));
                }
            }
        }
    }
    assert!(found.is_empty(), "non-ASCII characters in ASCII mode:\n{}", found.join("\n"));
}

#[test]
fn box_drawing_is_used_only_without_ascii() {
    let state = screen_state(Step::Setup, SMALL, look(ThemeName::Default));
    let text = rows(draw(&state, SMALL).backend().buffer()).join("\n");
    assert!(text.contains('┌') && text.contains('│'), "{text}");
    let state = screen_state(Step::Setup, SMALL, Look { ascii: true, ..state.look });
    let lines = rows(draw(&state, SMALL).backend().buffer());
    assert!(lines[1].starts_with("+ Plan setup ---") && lines[1].ends_with("-+"), "{lines:#?}");
    assert!(lines[2].starts_with('|') && lines[2].ends_with('|'), "{lines:#?}");
}

// ---------------------------------------------------------------------------------------------
// 3. No colour: NO_COLOR and monochrome

fn coloured_cells(buffer: &Buffer) -> Vec<String> {
    let mut found = vec![];
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            if cell.fg != Color::Reset || cell.bg != Color::Reset {
                found.push(format!(
                    "({x},{y}) {:?} fg={:?} bg={:?}",
                    cell.symbol(),
                    cell.fg,
                    cell.bg
                ));
            }
        }
    }
    found
}

/// The looks that must show no colour at all.
fn colourless_looks() -> Vec<(String, Look)> {
    let mut looks: Vec<(String, Look)> = ThemeName::ALL
        .into_iter()
        .map(|t| (format!("{} with NO_COLOR", t.label()), Look { color: false, ..look(t) }))
        .collect();
    for depth in [ColorDepth::TrueColor, ColorDepth::Indexed256, ColorDepth::Ansi16] {
        looks.push((
            format!("monochrome, {depth:?}"),
            Look { depth, ..look(ThemeName::Monochrome) },
        ));
    }
    looks
}

#[test]
fn without_colour_no_cell_has_a_colour() {
    for (name, look) in colourless_looks() {
        for size in [SMALL, LARGE] {
            for (screen, state) in every_screen(size, look) {
                let found = coloured_cells(draw(&state, size).backend().buffer());
                assert!(found.is_empty(), "{name}, {screen}: {found:?}");
            }
        }
    }
}

/// Marking text in an editor (Shift+Left) must not bring colour back either.
#[test]
fn without_colour_a_text_selection_has_no_colour() {
    for (name, look) in colourless_looks() {
        let mut state = screen_state(Step::Setup, SMALL, look);
        press(&mut state, "Enter");
        assert_eq!(keymap::mode(&state), keymap::Mode::Editor);
        press(&mut state, "Shift+Left");
        press(&mut state, "Shift+Left");
        let found = coloured_cells(draw(&state, SMALL).backend().buffer());
        assert!(found.is_empty(), "{name}: {found:?}");
    }
}

/// Each list screen: the hardware cursor sits on the selected row, which starts with '>' and,
/// in the themes that reverse it, is drawn reversed.
#[test]
fn without_colour_the_selection_is_still_visible() {
    for (name, look) in colourless_looks() {
        for size in [SMALL, LARGE] {
            for step in steps() {
                let state = screen_state(step, size, look);
                if select::list_position(&state).is_none_or(|(len, _)| len == 0) {
                    continue;
                }
                let terminal = draw(&state, size);
                let backend = terminal.backend();
                assert!(backend.cursor_visible(), "{name} {step:?}: the cursor shows the focus");
                let at = backend.cursor_position();
                let buffer = backend.buffer();
                let marker = buffer[(at.x, at.y)].symbol();
                let row_reversed = (at.x..buffer.area.width.min(at.x + 3))
                    .all(|x| buffer[(x, at.y)].modifier.contains(Modifier::REVERSED));
                assert!(
                    marker == ">" || row_reversed,
                    "{name} {step:?} {size:?}: selection at {at:?} has neither '>' nor reverse"
                );
                assert_eq!(marker, ">", "{name} {step:?} {size:?}: the '>' marker");
                assert!(row_reversed, "{name} {step:?}: the selected row is reversed");
            }
        }
    }
}

/// With colour, every character of the selected row takes the selection's colours: a span's
/// own colour (priority letter, baseline tag, lead code, field label) must not sit on the
/// selection's background.
#[test]
fn the_selected_row_is_drawn_in_the_selection_colours() {
    for theme in [ThemeName::HighContrast, ThemeName::Light] {
        let look = look(theme);
        let selected = napwiz::tui::theme::Theme::new(look).selected;
        let colours = (selected.fg.unwrap_or(Color::Reset), selected.bg.unwrap_or(Color::Reset));
        for step in [Step::Setup, Step::Roster, Step::Area(0), Step::Monitoring] {
            let state = screen_state(step, SMALL, look);
            let list = view::list_area(&state).unwrap();
            let terminal = draw(&state, SMALL);
            let at = terminal.backend().cursor_position();
            let buffer = terminal.backend().buffer();
            let wrong: Vec<String> = (list.x..list.x + list.width)
                .map(|x| &buffer[(x, at.y)])
                .filter(|c| c.symbol() != " " && (c.fg, c.bg) != colours)
                .map(|c| format!("{:?} fg={:?} bg={:?}", c.symbol(), c.fg, c.bg))
                .collect();
            assert!(wrong.is_empty(), "{theme:?} {step:?}, selection {colours:?}: {wrong:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Meaning without colour

fn priority_letter(p: Option<Priority>) -> &'static str {
    match p {
        Some(Priority::High) => "H",
        Some(Priority::Medium) => "M",
        Some(Priority::Low) => "L",
        None => " ",
    }
}

fn baseline_tag(b: Baseline) -> &'static str {
    match b {
        Baseline::Unknown => "        ",
        Baseline::InPlace => "in place",
        Baseline::PartlyInPlace => "partly  ",
        Baseline::Missing => "missing ",
        Baseline::NotApplicable => "n/a     ",
    }
}

fn mark(i: Inclusion) -> &'static str {
    match i {
        Inclusion::Included => "[x]",
        Inclusion::Excluded => "[-]",
        Inclusion::Open => "[ ]",
    }
}

/// In monochrome every action row of every area (all goals opened) says its decision in text:
/// `[x]`/`[-]`/`[ ]`, H/M/L and a baseline tag; the demo plan uses all three inclusions and
/// priorities and several baselines, and the detail pane says them in words.
#[test]
fn in_monochrome_decisions_read_as_text() {
    let mono = look(ThemeName::Monochrome);
    let size = (120, 250);
    let mut marks = std::collections::BTreeSet::new();
    let mut letters = std::collections::BTreeSet::new();
    let mut tags = std::collections::BTreeSet::new();
    for a in 0..content().areas.len() {
        let mut state = demo(Step::Area(a), size, mono);
        // The demo plan decides everything; leave one action of each area undecided.
        let open = content().areas[a].goals[0].actions[2].id.clone();
        let plan = &mut state.plan.as_mut().unwrap().plan;
        plan.items.entry(open).or_default().inclusion = Inclusion::Open;
        let goals: Vec<String> = content().areas[a].goals.iter().map(|g| g.id.clone()).collect();
        state.areas[a].expanded = goals.into_iter().collect();
        let terminal = draw(&state, size);
        let lines = rows(terminal.backend().buffer());
        let plan: &Plan = state.plan().unwrap();
        for row in state.area_rows(a) {
            let Row::Action(id) = row else { continue };
            let d = plan.decision(&id).cloned().unwrap_or_default();
            let expected = format!(
                "{} {id:<7} {} {} ",
                mark(d.inclusion),
                priority_letter(d.priority),
                baseline_tag(d.baseline)
            );
            assert!(
                lines.iter().any(|l| l.contains(&expected)),
                "{id}: {expected:?} not on screen:\n{}",
                lines.join("\n")
            );
            marks.insert(mark(d.inclusion));
            letters.insert(priority_letter(d.priority));
            tags.insert(baseline_tag(d.baseline));
        }
        assert!(coloured_cells(terminal.backend().buffer()).is_empty());
    }
    assert_eq!(marks.len(), 3, "the demo plan shows every inclusion: {marks:?}");
    for letter in ["H", "M", "L"] {
        assert!(letters.contains(letter), "priority {letter} shown: {letters:?}");
    }
    assert!(tags.len() >= 3, "several baselines shown: {tags:?}");

    // The detail pane (wide layout) says the decision in words.
    let state = screen_state(Step::Area(0), (120, 40), mono);
    let Some(Row::Action(id)) = state.selected_row(0) else { panic!("an action") };
    let d = state.plan().unwrap().decision(&id).cloned().unwrap_or_default();
    let text = rows(draw(&state, (120, 40)).backend().buffer()).join("\n");
    assert!(text.contains(&d.inclusion.label()), "{:?} in words:\n{text}", d.inclusion);
    assert!(text.contains(&d.baseline.label()), "{:?} in words:\n{text}", d.baseline);
}

// ---------------------------------------------------------------------------------------------
// 5. No size panics

fn any_theme() -> impl Strategy<Value = ThemeName> {
    prop::sample::select(ThemeName::ALL.to_vec())
}

fn any_depth() -> impl Strategy<Value = ColorDepth> {
    prop::sample::select(vec![ColorDepth::TrueColor, ColorDepth::Indexed256, ColorDepth::Ansi16])
}

/// A state on step `step` with overlay number `overlay` (past the end: none), resized.
fn sized_state(step: usize, overlay: usize, size: (u16, u16), look: Look) -> State {
    let mut state = screen_state(steps()[step], SMALL, look);
    if let Some(name) = OVERLAYS.get(overlay) {
        open_overlay(&mut state, name);
    }
    update(&mut state, Action::Resize(size.0, size.1));
    state
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn drawing_never_panics_at_any_size(
        w in 0u16..=300,
        h in 0u16..=100,
        step in 0usize..10,
        overlay in 0usize..=OVERLAYS.len(),
        theme in any_theme(),
        ascii in any::<bool>(),
        color in any::<bool>(),
        depth in any_depth(),
    ) {
        let look = Look { theme, color, depth, ascii };
        let state = sized_state(step, overlay, (w, h), look);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| {
        view::draw(&state, f);
    }).unwrap();
    }
}

#[test]
fn drawing_never_panics_at_the_corners() {
    let corners = [(0, 0), (1, 1), (0, 100), (300, 0), (300, 1), (1, 100), (59, 15), (60, 16)];
    for step in 0..steps().len() {
        for overlay in 0..=OVERLAYS.len() {
            for ascii in [false, true] {
                let look = Look { ascii, ..look(ThemeName::ALL[(step + overlay) % 4]) };
                let mut state = sized_state(step, overlay, SMALL, look);
                for size in corners.iter().copied().chain([(300, 100)]) {
                    update(&mut state, Action::Resize(size.0, size.1));
                    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
                    let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        terminal
                            .draw(|f| {
                                view::draw(&state, f);
                            })
                            .map(|_| ())
                    }));
                    assert!(
                        matches!(drawn, Ok(Ok(()))),
                        "step {step}, overlay {:?}, {size:?} panicked",
                        OVERLAYS.get(overlay)
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 6. Too small

#[test]
fn a_too_small_terminal_says_what_it_needs() {
    let (w, h) = view::MIN_SIZE;
    for step in steps() {
        let state = screen_state(step, (40, 12), look(ThemeName::Default));
        let terminal = draw(&state, (40, 12));
        let text = rows(terminal.backend().buffer())
            .iter()
            .map(|r| r.trim())
            .filter(|r| !r.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let expected = format!("terminal too small: need {w} x {h}, have 40 x 12");
        assert!(text.contains(&expected), "{step:?}: {text:?}");
    }
    // One column or row short of the minimum is too small; the minimum itself is not.
    let state = screen_state(Step::Setup, (w - 1, h), look(ThemeName::Default));
    let text = rows(draw(&state, (w - 1, h)).backend().buffer()).join(" ");
    assert!(text.contains("terminal too small"), "{text}");
    let state = screen_state(Step::Setup, (w, h - 1), look(ThemeName::Default));
    let text = rows(draw(&state, (w, h - 1)).backend().buffer()).join(" ");
    assert!(text.contains("terminal too small"), "{text}");
    let state = screen_state(Step::Setup, (w, h), look(ThemeName::Default));
    let text = rows(draw(&state, (w, h)).backend().buffer()).join(" ");
    assert!(!text.contains("terminal too small") && text.contains("Plan setup"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// 7. Colour depth

fn colours(buffer: &Buffer) -> Vec<Color> {
    buffer.content().iter().flat_map(|c| [c.fg, c.bg]).filter(|c| *c != Color::Reset).collect()
}

#[test]
fn the_light_themes_rgb_follows_the_terminals_colour_depth() {
    for (depth, size) in [
        (ColorDepth::TrueColor, SMALL),
        (ColorDepth::Indexed256, SMALL),
        (ColorDepth::Ansi16, SMALL),
        (ColorDepth::TrueColor, LARGE),
        (ColorDepth::Indexed256, LARGE),
        (ColorDepth::Ansi16, LARGE),
    ] {
        let light = Look { depth, ..look(ThemeName::Light) };
        let mut all = vec![];
        for (_, state) in every_screen(size, light) {
            all.extend(colours(draw(&state, size).backend().buffer()));
        }
        let rgb = all.iter().filter(|c| matches!(c, Color::Rgb(..))).count();
        let indexed = all.iter().filter(|c| matches!(c, Color::Indexed(_))).count();
        let named = all.len() - rgb - indexed;
        match depth {
            ColorDepth::TrueColor => {
                assert!(rgb > 0 && indexed == 0, "{depth:?}: {rgb} rgb, {indexed} indexed");
                assert!(all.contains(&Color::Rgb(0, 51, 128)), "navy");
            }
            ColorDepth::Indexed256 => {
                assert!(rgb == 0 && indexed > 0, "{depth:?}: {rgb} rgb, {indexed} indexed");
                assert!(all.contains(&Color::Indexed(24)), "navy in the 256-colour cube");
            }
            ColorDepth::Ansi16 => {
                assert!(rgb == 0 && indexed == 0 && named > 0, "{depth:?}: {all:?}");
                assert!(all.contains(&Color::Blue), "navy as blue");
            }
        }
    }
}

/// The 256-colour mapping picks the nearest colour of the palette: the cube's levels are
/// 0, 95, 135, 175, 215, 255 (not evenly spaced), and greys have their own ramp (232-255).
#[test]
fn rgb_maps_to_the_nearest_of_256_colours() {
    use napwiz::tui::theme::downsample;
    assert_eq!(downsample(Color::Rgb(200, 0, 0), ColorDepth::Indexed256), Color::Indexed(160));
    assert_eq!(downsample(Color::Rgb(64, 64, 64), ColorDepth::Indexed256), Color::Indexed(238));
    // Exact cube colours map to themselves.
    assert_eq!(downsample(Color::Rgb(0, 95, 135), ColorDepth::Indexed256), Color::Indexed(24));
}

/// The named themes are already in the 16 colours, whatever the depth.
#[test]
fn the_named_colour_themes_never_use_rgb_or_indexed_colours() {
    for theme in [ThemeName::Default, ThemeName::HighContrast] {
        for depth in [ColorDepth::TrueColor, ColorDepth::Indexed256, ColorDepth::Ansi16] {
            for (name, state) in every_screen(SMALL, Look { depth, ..look(theme) }) {
                let all = colours(draw(&state, SMALL).backend().buffer());
                assert!(
                    all.iter().all(|c| !matches!(c, Color::Rgb(..) | Color::Indexed(_))),
                    "{theme:?} {depth:?} {name}: {all:?}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Key names (overrides themselves are process-wide: see the binary tests below)

#[test]
fn key_names_parse_as_the_config_writes_them() {
    assert_eq!(keymap::parse_key("Space"), Some(K::Char(' ')));
    assert_eq!(keymap::parse_key("Ctrl+Z"), Some(K::Ctrl('z')));
    assert_eq!(keymap::parse_key("Ctrl+z"), Some(K::Ctrl('z')));
    assert_eq!(keymap::parse_key("F5"), Some(K::Code(KeyCode::F(5))));
    assert_eq!(keymap::parse_key("F12"), Some(K::Code(KeyCode::F(12))));
    assert_eq!(keymap::parse_key("PgDn"), Some(K::Code(KeyCode::PageDown)));
    assert_eq!(keymap::parse_key("x"), Some(K::Char('x')));
    assert_eq!(keymap::parse_key("X"), Some(K::Char('X')));
    for bad in ["F13", "F0", "Ctrl+", "Hyper+Q", "xy", "", "PageDown"] {
        assert_eq!(keymap::parse_key(bad), None, "{bad:?}");
    }
    // Every key name the help screen shows reads back as the same key.
    for mode in [keymap::Mode::Start, keymap::Mode::Form, keymap::Mode::AreaList] {
        for bind in keymap::bindings(mode) {
            for k in bind.keys {
                let name = keymap::key_name(*k);
                assert_eq!(keymap::parse_key(&name), Some(*k), "{name}");
            }
        }
    }
}

#[test]
fn binding_names_are_the_labels_the_help_lists() {
    let names = keymap::binding_names();
    for name in ["include", "exclude", "lead", "partners", "theme", "mouse", "next step", "undo"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted, names, "sorted, no duplicates");
}

/// `set_overrides` can run once per process; with nothing usable in it, it installs an empty
/// table (the defaults stay) and reports every problem. No other test here installs overrides.
#[test]
fn unusable_overrides_are_reported_and_change_nothing() {
    let keys = [
        ("frobnicate".to_string(), vec!["x".to_string()]),
        ("include".to_string(), vec!["Hyper+Q".to_string(), "F13".to_string()]),
    ]
    .into_iter()
    .collect();
    let problems = keymap::set_overrides(&keys);
    assert_eq!(
        problems,
        vec![
            "unknown binding 'frobnicate'".to_string(),
            "unknown key 'Hyper+Q' for 'include'".to_string(),
            "unknown key 'F13' for 'include'".to_string(),
        ]
    );
    let space = KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE);
    assert_eq!(keymap::action_for(keymap::Mode::AreaList, space), Some(Action::ToggleInclude));
}

// ---------------------------------------------------------------------------------------------
// 10. Mouse

/// Clicks a cell of the frame drawn for the state and returns the effects.
fn click(state: &mut State, x: u16, y: u16) -> Vec<Effect> {
    let drawn = view::layout(state);
    mouse::action(state, &drawn, x, y).map_or_else(Vec::new, |action| update(state, action))
}

#[test]
fn a_click_on_a_row_of_the_area_list_selects_it() {
    for size in [SMALL, (120, 40), LARGE] {
        let mut state = screen_state(Step::Area(0), size, look(ThemeName::Default));
        let list = view::list_area(&state).expect("the area list");
        let len = state.area_rows(0).len();
        assert!(len >= 4, "goal P1 open: {len} rows");
        for row in [3usize, 0, 2] {
            assert!(click(&mut state, list.x + 5, list.y + row as u16).is_empty());
            assert_eq!(state.areas[0].cursor, row, "{size:?}: clicked row {row}");
            // The drawn selection is where the click was.
            let terminal = draw(&state, size);
            let at = terminal.backend().cursor_position();
            assert_eq!((at.x, at.y), (list.x, list.y + row as u16), "{size:?}");
            assert_eq!(terminal.backend().buffer()[(at.x, at.y)].symbol(), ">");
        }
        // A click on the selected action's fields (narrow: none shown) gives the list back.
        press(&mut state, "Enter");
        assert!(state.areas[0].field.is_some());
        if state.wide() {
            let list = view::list_area(&state).unwrap();
            click(&mut state, list.x + 1, list.y + 1);
            assert_eq!((state.areas[0].cursor, state.areas[0].field), (1, None));
        } else {
            assert_eq!(view::list_area(&state), None, "the fields fill the screen");
            click(&mut state, 5, 5);
            assert!(state.areas[0].field.is_some(), "no list to click");
        }
    }
}

#[test]
fn a_click_in_a_long_scrolled_list_selects_the_row_under_it() {
    let mut state = screen_state(Step::Roster, SMALL, look(ThemeName::Default));
    press(&mut state, "End");
    let (len, cursor) = select::list_position(&state).unwrap();
    assert_eq!(cursor, len - 1);
    let list = view::list_area(&state).unwrap();
    let offset = view::scroll_offset(cursor, len, usize::from(list.height));
    assert!(offset > 0, "the roster scrolls at 80x24");
    click(&mut state, list.x + 2, list.y);
    assert_eq!(state.roster.cursor, offset, "the first visible row");
}

#[test]
fn a_click_on_the_top_line_opens_the_step_list_and_a_click_there_goes_to_a_step() {
    for size in [SMALL, LARGE] {
        let mut state = screen_state(Step::Setup, size, look(ThemeName::Default));
        click(&mut state, 10, 0);
        assert!(matches!(state.overlay, Some(Overlay::Steps { cursor: 1 })), "{:?}", state.overlay);
        let area = view::overlay::steps_area(view::body_area(size));
        let inner = Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2);
        let review = steps().iter().position(|s| *s == Step::Review).unwrap();
        // The drawn list has Review on that row.
        let lines = rows(draw(&state, size).backend().buffer());
        assert!(lines[usize::from(inner.y) + review].contains("Review"), "{lines:#?}");
        click(&mut state, inner.x + 3, inner.y + review as u16);
        assert_eq!(state.step, Step::Review);
        assert!(state.overlay.is_none());
    }
}

#[test]
fn without_a_plan_a_click_on_a_later_step_only_closes_the_list() {
    let mut state = State::new(content(), vec![]);
    click(&mut state, 3, 0);
    let area = view::overlay::steps_area(view::body_area(state.size));
    click(&mut state, area.x + 3, area.y + 1 + 4);
    assert_eq!(state.step, Step::Start);
    assert!(state.overlay.is_none());
}

/// Where a click lands outside every list, nothing changes.
#[test]
fn clicks_outside_lists_do_nothing() {
    fn snapshot(state: &State) -> String {
        format!(
            "{:?} {:?} {} {} {} {} {:?}",
            state.step,
            state.overlay.as_ref().map(keymap::mode_of_overlay),
            state.setup.cursor,
            state.roster.cursor,
            state.start.cursor,
            state.review.health_cursor,
            state.areas.iter().map(|a| (a.cursor, a.field)).collect::<Vec<_>>()
        )
    }
    for size in [SMALL, LARGE] {
        let (w, h) = size;
        for step in steps() {
            let state = screen_state(step, size, look(ThemeName::Default));
            let mut outside = vec![(0, h - 1), (w - 1, h - 1), (5, h - 2), (5, h - 3), (0, 1)];
            if let Some(list) = view::list_area(&state) {
                outside.push((list.x.saturating_sub(1), list.y));
                outside.push((list.x + list.width, list.y));
                if list.y + list.height < h {
                    outside.push((list.x + 2, list.y + list.height));
                }
                let (len, _) = select::list_position(&state).unwrap();
                if len < usize::from(list.height) {
                    outside.push((list.x + 2, list.y + len as u16)); // below the last row
                }
            }
            for (x, y) in outside {
                let mut s = screen_state(step, size, look(ThemeName::Default));
                let before = snapshot(&s);
                assert!(click(&mut s, x, y).is_empty());
                assert_eq!(snapshot(&s), before, "{step:?} {size:?}: click at ({x},{y})");
            }
        }
        // Over an overlay other than the step list, clicks do nothing, even on the top line.
        let mut state = screen_state(Step::Area(0), size, look(ThemeName::Default));
        press(&mut state, "?");
        for (x, y) in [(3, 0), (5, 5), (w / 2, h / 2)] {
            click(&mut state, x, y);
            assert!(matches!(state.overlay, Some(Overlay::Help { .. })), "({x},{y})");
            assert_eq!(state.areas[0].cursor, 1);
        }
        // A click beside the step list leaves it open.
        let mut state = screen_state(Step::Setup, size, look(ThemeName::Default));
        click(&mut state, 1, 0);
        click(&mut state, 0, h / 2);
        assert!(matches!(state.overlay, Some(Overlay::Steps { .. })));
        assert_eq!(state.step, Step::Setup);
    }
}

// ---------------------------------------------------------------------------------------------
// 11. Theme and mouse at runtime

#[test]
fn t_cycles_the_theme_and_asks_to_save_it() {
    let mut state = screen_state(Step::Area(0), SMALL, Look::default());
    let mut seen = vec![state.look.theme];
    for _ in 0..4 {
        assert_eq!(press(&mut state, "T"), vec![Effect::SaveSettings]);
        seen.push(state.look.theme);
        assert!(state.message.as_ref().unwrap().text.contains(state.look.theme.label()));
    }
    use ThemeName::*;
    assert_eq!(seen, vec![Default, HighContrast, Light, Monochrome, Default]);
    assert_eq!(update(&mut state, Action::CycleTheme), vec![Effect::SaveSettings]);
    assert_eq!(state.look.theme, HighContrast);
    // T works on every step, and is text in an editor.
    for step in steps() {
        let mut state = screen_state(step, SMALL, Look::default());
        assert_eq!(press(&mut state, "T"), vec![Effect::SaveSettings], "{step:?}");
    }
    let mut state = screen_state(Step::Area(0), SMALL, Look::default());
    press(&mut state, "n");
    assert!(press(&mut state, "T").is_empty());
    assert_eq!(state.look.theme, Default);
}

#[test]
fn m_toggles_the_mouse() {
    let mut state = screen_state(Step::Setup, SMALL, Look::default());
    assert!(!state.mouse, "off by default");
    assert_eq!(press(&mut state, "M"), vec![Effect::SetMouse(true), Effect::SaveSettings]);
    assert!(state.mouse);
    assert_eq!(
        update(&mut state, Action::ToggleMouse),
        vec![Effect::SetMouse(false), Effect::SaveSettings]
    );
    assert!(!state.mouse);
}

// ---------------------------------------------------------------------------------------------
// 8 and 9 through the binary: flags, environment, config file, key overrides

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn write_config(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("config.ron");
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs the binary without a terminal (stdin from /dev/null, output captured).
fn run_piped(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("NAPWIZ_DATA_DIR", dir.join("data"))
        .env("NAPWIZ_CONFIG", dir.join("no-config.ron"))
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn the_printed_default_config_parses_to_the_default() {
    let dir = tempdir();
    let out = run_piped(dir.path(), &["config", "--print-default"], &[]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let parsed: napwiz::config::Config = napwiz::content::parse_ron("default", &text).unwrap();
    assert_eq!(parsed, napwiz::config::Config::default());
    for name in keymap::binding_names() {
        assert!(text.contains(name), "the default names binding {name:?}");
    }
    // Saved as the config, it is read without complaint.
    let config = write_config(dir.path(), &text);
    let out = run_piped(dir.path(), &[], &[("NAPWIZ_CONFIG", config.to_str().unwrap())]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("config"), "{err}");
}

#[test]
fn a_broken_config_is_reported_with_file_line_and_column() {
    let dir = tempdir();
    let config = write_config(dir.path(), "(\n    theme: light,\n    colour: true,\n)\n");
    let out = run_piped(dir.path(), &[], &[("NAPWIZ_CONFIG", config.to_str().unwrap())]);
    let err = String::from_utf8_lossy(&out.stderr);
    let at = format!("{}:3:", config.display());
    assert!(err.contains("config not used") && err.contains(&at), "{err}");
    assert!(err.contains("using defaults"), "{err}");
    // The run then stops, as any run without a terminal does, suggesting --plain.
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("--plain"), "{err}");
    // The plain wizard has no theme or keys: it does not read the config at all.
    let out = run_piped(
        dir.path(),
        &["--plain", dir.path().join("p.ron").to_str().unwrap()],
        &[("NAPWIZ_CONFIG", config.to_str().unwrap())],
    );
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("config"));
}

#[test]
fn unknown_key_names_in_the_config_are_reported() {
    let dir = tempdir();
    let config =
        write_config(dir.path(), r#"(keys: {"frobnicate": ["x"], "include": ["Hyper+Q", "F5"]})"#);
    let out = run_piped(dir.path(), &[], &[("NAPWIZ_CONFIG", config.to_str().unwrap())]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config keys not used"), "{err}");
    assert!(err.contains("unknown binding 'frobnicate'"), "{err}");
    assert!(err.contains("unknown key 'Hyper+Q' for 'include'"), "{err}");
    assert!(!err.contains("F5"), "F5 is understood: {err}");
}

/// napwiz in a pty with its data and config in `dir`.
fn start_session(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Session {
    let data = dir.join("data");
    let config = dir.join("config.ron");
    let mut vars = vec![
        ("NAPWIZ_DATA_DIR", data.to_str().unwrap()),
        ("NAPWIZ_CONFIG", config.to_str().unwrap()),
    ];
    vars.extend_from_slice(env);
    Session::start(args, &vars)
}

/// Where `text` starts on a vt100 screen (row, column), counting cells, not bytes.
fn find_text(screen: &vt100::Screen, text: &str) -> Option<(u16, u16)> {
    let want: Vec<char> = text.chars().collect();
    let (rows, cols) = screen.size();
    for row in 0..rows.get() {
        let cells: Vec<String> = (0..cols.get())
            .map(|col| screen.cell(row, col).map_or(String::new(), |c| c.contents().to_string()))
            .collect();
        for col in 0..cells.len().saturating_sub(want.len() - 1) {
            let matches = want.iter().enumerate().all(|(i, ch)| {
                let cell = &cells[col + i];
                if *ch == ' ' { cell.is_empty() || cell == " " } else { cell == &ch.to_string() }
            });
            if matches {
                return Some((row, col as u16));
            }
        }
    }
    None
}

/// The start screen's header colour and its top-left border glyph, for a command line and
/// environment.
fn start_screen(
    args: &[&str],
    env: &[(&str, &str)],
    config: Option<&str>,
) -> (Session, tempfile::TempDir) {
    let dir = tempdir();
    if let Some(text) = config {
        write_config(dir.path(), text);
    }
    let session = start_session(dir.path(), args, env);
    session.wait_for("step 1 of 10: Start");
    session.wait_for("Open the demo plan");
    (session, dir)
}

#[test]
fn the_binary_follows_no_color_term_and_the_colour_flags() {
    use vt100::Color as V;
    // Plain xterm-256color, UTF-8: the default theme's header (black on cyan), box drawing.
    let (s, _d) = start_screen(&[], &[], None);
    let (_, fg, bg, _) = s.cell(0, 2);
    assert_eq!((fg, bg), (V::Idx(0), V::Idx(6)), "black on cyan");
    assert_eq!(s.cell(1, 0).0, "┌");
    s.quit();

    // NO_COLOR: no colour anywhere on the screen, the selection still reversed.
    let (s, _d) = start_screen(&[], &[("NO_COLOR", "1")], None);
    {
        let parser = s.screen.lock().unwrap();
        let screen = parser.screen();
        for row in 0..24 {
            for col in 0..80 {
                let cell = screen.cell(row, col).unwrap();
                assert_eq!(
                    (cell.fgcolor(), cell.bgcolor()),
                    (V::Default, V::Default),
                    "({col},{row}) {:?}",
                    cell.contents()
                );
            }
        }
        let (row, col) = find_text(screen, "> New plan").expect("the selected entry");
        assert!(screen.cell(row, col + 2).unwrap().inverse(), "reversed");
    }
    s.quit();

    // An empty NO_COLOR is no NO_COLOR; --color never turns colour off without it.
    let (s, _d) = start_screen(&[], &[("NO_COLOR", "")], None);
    assert_eq!(s.cell(0, 2).2, V::Idx(6));
    s.quit();
    let (s, _d) = start_screen(&["--color", "never"], &[], None);
    assert_eq!(s.cell(0, 2).2, V::Default);
    s.quit();
}

#[test]
fn color_always_beats_no_color() {
    let (s, _d) = start_screen(&["--color", "always"], &[("NO_COLOR", "1")], None);
    assert_eq!(s.cell(0, 2).2, vt100::Color::Idx(6), "black on cyan header");
    let screen = s.contents();
    s.quit();
    assert!(screen.contains("Open the demo plan"));
}

#[test]
fn the_binary_uses_ascii_on_old_terminals_and_c_locales() {
    for (args, env, ascii) in [
        (&[][..], &[("TERM", "linux")][..], true),
        (&[], &[("TERM", "vt100")], true),
        (&[], &[("LANG", "C")], true),
        (&[], &[("LC_ALL", "POSIX"), ("LANG", "en_US.UTF-8")], true),
        (&["--ascii"], &[], true),
        (&[], &[], false),
    ] {
        let (s, _d) = start_screen(args, env, None);
        let corner = s.cell(1, 0).0;
        assert_eq!(corner, if ascii { "+" } else { "┌" }, "{args:?} {env:?}");
        assert!(s.contents().is_ascii() || !ascii, "{args:?} {env:?}:\n{}", s.contents());
        s.quit();
    }
    // The config can turn ASCII off even on the Linux console.
    let (s, _d) = start_screen(&[], &[("TERM", "linux")], Some("(ascii: Some(false))"));
    assert_eq!(s.cell(1, 0).0, "┌");
    s.quit();
}

#[test]
fn the_binary_maps_the_light_theme_to_the_colour_depth() {
    use vt100::Color as V;
    for (env, navy) in [
        (&[("COLORTERM", "truecolor")][..], V::Rgb(0, 51, 128)),
        (&[][..], V::Idx(24)),
        (&[("TERM", "xterm")], V::Idx(4)),
    ] {
        let (s, _d) = start_screen(&["--theme", "light"], env, None);
        assert_eq!(s.cell(0, 2).2, navy, "{env:?}");
        s.quit();
    }
    // The config names the theme; the flag beats it.
    let (s, _d) = start_screen(&[], &[], Some("(theme: light)"));
    assert_eq!(s.cell(0, 2).2, V::Idx(24));
    s.quit();
    let (s, _d) = start_screen(&["--theme", "default"], &[], Some("(theme: light)"));
    assert_eq!(s.cell(0, 2).2, V::Idx(6));
    s.quit();
}

#[test]
fn t_and_m_are_remembered_in_the_config_file() {
    let (mut s, dir) = start_screen(&[], &[], Some("(keys: {\"lead\": [\"l\", \"F5\"]})"));
    {
        let parser = s.screen.lock().unwrap();
        let screen = parser.screen();
        assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse off");
        // The hardware cursor sits on the selected entry, for console screen readers.
        assert!(!screen.hide_cursor());
        assert!(find_text(screen, "> New plan").is_some());
    }
    s.wait_until("put the cursor on the selected entry", |screen| {
        find_text(screen, "> New plan").is_some_and(|at| screen.cursor_position() == at)
    });
    s.keys(&["T"]);
    s.wait_for("theme: high-contrast");
    s.keys(&["M"]);
    s.wait_for("mouse on");
    let mode = s.screen.lock().unwrap().screen().mouse_protocol_mode();
    assert_ne!(mode, vt100::MouseProtocolMode::None, "mouse capture on");
    s.quit();
    let text = std::fs::read_to_string(dir.path().join("config.ron")).unwrap();
    let config: napwiz::config::Config = napwiz::content::parse_ron("config", &text).unwrap();
    assert_eq!(config.theme, ThemeName::HighContrast);
    assert!(config.mouse);
    assert_eq!(config.keys.get("lead"), Some(&vec!["l".to_string(), "F5".to_string()]), "kept");
    // The next session starts in that theme (black on white header), with the mouse on.
    let session = start_session(dir.path(), &[], &[]);
    session.wait_for("step 1 of 10: Start");
    assert_eq!(session.cell(0, 2).2, vt100::Color::Idx(15), "{:?}", session.cell(0, 2));
    let mode = session.screen.lock().unwrap().screen().mouse_protocol_mode();
    assert_ne!(mode, vt100::MouseProtocolMode::None, "mouse capture on");
    session.quit();
    // --mouse turns it on without the config.
    let (s, _d) = start_screen(&["--mouse"], &[], None);
    let mode = s.screen.lock().unwrap().screen().mouse_protocol_mode();
    assert_ne!(mode, vt100::MouseProtocolMode::None, "--mouse");
    s.quit();
}

/// A new, empty plan in `dir`.
fn new_plan(dir: &Path) -> PathBuf {
    let plan = dir.join("nap.ron");
    let out = run_piped(
        dir,
        &["new", plan.to_str().unwrap(), "--title", "Keys", "--country", "Testland"]
            .into_iter()
            .chain(["--from", "2027", "--to", "2030"])
            .collect::<Vec<_>>(),
        &[],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    plan
}

#[test]
fn a_key_override_from_the_config_works_in_the_wizard() {
    let dir = tempdir();
    let plan = new_plan(dir.path());
    write_config(dir.path(), r#"(keys: {"include": ["F5"], "frobnicate": ["x"]})"#);
    let mut s = start_session(dir.path(), &[plan.to_str().unwrap()], &[]);
    s.wait_for("step 2 of 10");
    s.wait_for("config keys not used: unknown binding 'frobnicate'");
    s.keys(&["]", "]"]);
    s.wait_for("step 4 of 10: Prevention");
    s.keys(&["Enter", "j"]);
    s.wait_for("F5  include");
    s.keys(&["F5"]);
    s.wait_for("[x] P1.1");
    // Space no longer includes: the override replaces the default keys.
    s.keys(&["j", "Space", "j", "x"]);
    s.wait_for("[-] P1.3");
    assert!(s.contents().contains("[ ] P1.2"), "{}", s.contents());
    s.quit();
    let text = std::fs::read_to_string(&plan).unwrap();
    let saved = napwiz::plan::from_ron("nap.ron", &text).unwrap().plan;
    assert_eq!(saved.decision("P1.1").map(|d| d.inclusion), Some(Inclusion::Included));
    assert!(saved.decision("P1.2").is_none_or(|d| d.inclusion == Inclusion::Open));
}

/// Overriding a movement key must not take that character away from the search box: "up" and
/// "down" are also the names of the search and picker lists' arrow bindings.
#[test]
fn a_movement_override_leaves_typing_in_search_alone() {
    let dir = tempdir();
    let plan = new_plan(dir.path());
    write_config(dir.path(), r#"(keys: {"down": ["Down", "j"], "up": ["Up", "k"]})"#);
    let mut s = start_session(dir.path(), &[plan.to_str().unwrap()], &[]);
    s.wait_for("step 2 of 10");
    s.keys(&["/", "i", "n", "j", "u", "r", "k"]);
    s.wait_for("injurk");
    s.keys(&["Esc"]);
    s.quit();
}
