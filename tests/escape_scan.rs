//! Escape sequences never reach the terminal. A plan and a content pack carry every hostile
//! sequence (OSC title and OSC 52 clipboard writes, ESC[2J, the 8-bit CSI, BEL, CR, backspace,
//! every bidi control) in every text field, and the paths are made of them too. The raw bytes of
//! every subcommand and its errors, of the plain mode, of every wizard screen drawn in memory, and
//! of the real wizard in a pseudo-terminal are scanned: 0 sequences may come through.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use napwiz::content::Content;
use napwiz::plan::{Choice, Conflict, Plan, demo_plan, from_ron, to_ron};
use napwiz::tui::state::{Message, OpenPlan, Row, State, Step};

mod common;
use common::keys::press;
use common::pty::{BIN, Session};

/// Each attack, named for the failure message.
const SEQUENCES: [(&str, &str); 10] = [
    // Bidi controls first: they are zero-width, so they ride on the cell before them and must
    // come before any text a narrow screen cuts off.
    ("bidi embeddings and overrides", "\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}"),
    ("bidi isolates", "\u{2066}\u{2067}\u{2068}\u{2069}"),
    ("bidi marks", "\u{200e}\u{200f}\u{61c}"),
    ("OSC window title", "\u{1b}]0;pwned\u{7}"),
    ("OSC 52 clipboard write", "\u{1b}]52;c;cm0gLXJmIH4=\u{7}"),
    ("clear screen", "\u{1b}[2J"),
    ("8-bit CSI", "\u{9b}31m"),
    ("BEL", "\u{7}"),
    ("CR and backspace", "\r\u{8}"),
    ("DEL and C1 NEL", "\u{7f}\u{85}"),
];

fn payload() -> String {
    SEQUENCES.iter().map(|(_, s)| *s).collect()
}

/// What must never be written to a terminal, judged here independently of napwiz's sanitiser.
fn is_hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Each hostile character in `bytes`, with a little context, for the failure message.
fn hostile_in(bytes: &[u8], allowed: &[char]) -> Vec<String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return vec!["output is not UTF-8".into()];
    };
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(_, c)| is_hostile(**c) && !allowed.contains(c))
        .map(|(i, c)| {
            let around: String =
                chars[i.saturating_sub(30)..(i + 10).min(chars.len())].iter().collect();
            format!("U+{:04X} in {around:?}", *c as u32)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The hostile plan and pack

/// Appends the payload to every string of a RON text except the ones that must stay ids for the
/// plan to hang together (map keys, `format`, `id`, `area`, `goal`), dates (typed values written
/// as strings) and conflict values (RON in RON, which carry the payload escaped inside).
fn inject(ron: &str, payload: &str) -> String {
    let mut out = String::new();
    let mut chars = ron.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '"' {
            out.push(c);
            continue;
        }
        let before = out[out.rfind('\n').map_or(0, |i| i + 1)..].trim().to_string();
        let mut literal = String::new();
        while let Some(d) = chars.next() {
            match d {
                '\\' => {
                    literal.push(d);
                    literal.extend(chars.next());
                }
                '"' => break,
                _ => literal.push(d),
            }
        }
        let keep = chars.peek() == Some(&':')
            || ["format:", "id:", "area:", "goal:", "target:", "field:", "value:"]
                .iter()
                .chain(&["from:", "to:", "due:", "date:"])
                .any(|k| before.ends_with(k));
        out.push('"');
        out.push_str(&literal);
        if !keep {
            out.push_str(payload);
        }
        out.push('"');
    }
    out
}

/// The demo plan with its empty text fields filled and two conflicts whose values carry the
/// payload escaped (so cleaning the file on load cannot remove it), as hostile RON.
fn hostile_ron() -> String {
    let content = Content::embedded();
    let mut plan = demo_plan(&content);
    plan.custom_goals.iter_mut().for_each(|g| g.guidance = "Why this goal".into());
    plan.monitoring.notes.push_str("\nsecond line");
    let escaped = |side: &str| ron::to_string(&format!("{side}{}", payload())).unwrap();
    for (target, field) in [("P1.1", "notes"), ("meta", "title")] {
        plan.conflicts.push(Conflict {
            target: target.into(),
            field: field.into(),
            choices: ["ours", "theirs"]
                .iter()
                .map(|s| Choice { source: format!("{s}.ron"), value: escaped(s) })
                .collect(),
        });
    }
    let ron = inject(&to_ron(&plan), &payload());
    let n = ron.matches("pwned").count();
    assert!(n > 850, "the payload is in every text field: {n}");
    ron
}

/// The hostile plan as a program that skips the file's cleaning would hold it.
fn hostile_plan() -> Plan {
    from_ron("hostile.ron", &hostile_ron()).expect("the hostile plan parses").plan
}

/// The embedded pack with the payload in every text (ids kept, so its indexes still work).
fn hostile_content() -> Content {
    let p = payload();
    let taint = |s: &mut String| s.push_str(&p);
    let mut c = Content::embedded();
    taint(&mut c.meta.title);
    taint(&mut c.meta.provenance);
    for area in &mut c.areas {
        taint(&mut area.title);
        taint(&mut area.intro);
        for goal in &mut area.goals {
            taint(&mut goal.title);
            taint(&mut goal.guidance);
            goal.standards.iter_mut().for_each(taint);
            goal.indicators.iter_mut().for_each(|i| taint(&mut i.text));
            goal.actions.iter_mut().for_each(|a| taint(&mut a.text));
        }
    }
    for i in &mut c.institutions {
        taint(&mut i.name);
        taint(&mut i.code);
    }
    for t in &mut c.glossary {
        taint(&mut t.term);
        taint(&mut t.definition);
        t.references.iter_mut().for_each(taint);
    }
    c
}

/// The embedded pack's files with the payload in every string, written to `dir`.
fn write_hostile_pack(dir: &Path) {
    for (name, text) in napwiz::content::PackFiles::embedded().iter() {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, inject(text, &payload())).unwrap();
    }
}

// ---------------------------------------------------------------------------------------------
// Every subcommand

fn args(list: &[&dyn AsRef<OsStr>]) -> Vec<OsString> {
    list.iter().map(|a| a.as_ref().to_os_string()).collect()
}

struct World {
    _tmp: tempfile::TempDir,
    /// A folder whose name is the payload (a path can hold anything but `/` and NUL).
    dir: PathBuf,
    plan: PathBuf,
    clean: PathBuf,
    pack: PathBuf,
    env: Vec<(String, PathBuf)>,
}

impl World {
    fn new() -> World {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(format!("plans{}", payload()));
        std::fs::create_dir_all(&dir).unwrap();
        let plan = dir.join(format!("nap{}.ron", payload()));
        std::fs::write(&plan, hostile_ron()).unwrap();
        let clean = tmp.path().join("clean.ron");
        std::fs::write(&clean, to_ron(&demo_plan(&Content::embedded()))).unwrap();
        let pack = dir.join(format!("pack{}", payload()));
        write_hostile_pack(&pack);
        let env = vec![
            ("NAPWIZ_DATA_DIR".into(), tmp.path().join(format!("data{}", payload()))),
            ("XDG_CONFIG_HOME".into(), tmp.path().join(format!("config{}", payload()))),
            ("HOME".into(), tmp.path().to_path_buf()),
        ];
        World { _tmp: tmp, dir, plan, clean, pack, env }
    }

    fn at(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}{}", payload()))
    }

    fn copy(&self, name: &str) -> PathBuf {
        let path = self.at(name);
        std::fs::copy(&self.plan, &path).unwrap();
        path
    }

    /// Runs napwiz; returns stdout and stderr together.
    fn run(&self, args: &[OsString], stdin: &str) -> Vec<u8> {
        let mut cmd = Command::new(BIN);
        cmd.args(args);
        cmd.envs(self.env.iter().map(|(k, v)| (k, v))).env_remove("NO_COLOR");
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("napwiz starts");
        use std::io::Write;
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        [out.stdout, out.stderr].concat()
    }
}

/// Runs whose message names no path or value from the files (the rest show the hostile text,
/// made inert).
const SILENT: [&str; 2] = ["wizard without a terminal", "plan before subcommand"];

#[test]
fn no_subcommand_lets_an_escape_sequence_through() {
    let w = World::new();
    let p = payload();
    let part_a = w.copy("a");
    let part_b = w.copy("b");
    let base = w.copy("base");
    // The two sides disagree about the same notes: a conflict, printed with both values.
    let edit = |path: &Path, notes: &str| {
        let text = std::fs::read_to_string(path).unwrap();
        let mut plan = from_ron("x", &text).unwrap().plan;
        plan.items.get_mut("P1.1").unwrap().notes = format!("{notes}{p}");
        plan.items.get_mut("P1.2").unwrap().lead = Some(format!("lead-{notes}{p}"));
        std::fs::write(path, to_ron(&plan)).unwrap();
    };
    edit(&part_a, "group A");
    edit(&part_b, "group B");
    let merged = w.copy("merged");
    let missing = w.at("missing.ron");
    let broken = w.at("broken.ron");
    std::fs::write(&broken, format!("(format: \"x{p}\", version: 1)")).unwrap();
    let not_ron = w.at("not-ron.ron");
    std::fs::write(&not_ron, format!("({p}")).unwrap();
    let out = w.at("out");
    let parts = w.at("parts");
    let bad_flag = format!("--x{p}");
    let bad_theme = format!("x{p}");
    let title = format!("Plan{p}");
    let runs: Vec<(&str, Vec<OsString>, String)> = vec![
        ("check", args(&[&"check", &w.plan]), String::new()),
        ("check --format json", args(&[&"check", &w.plan, &"--format", &"json"]), String::new()),
        ("summary", args(&[&"summary", &w.plan]), String::new()),
        (
            "summary --format json",
            args(&[&"summary", &w.plan, &"--format", &"json"]),
            String::new(),
        ),
        ("textconv", args(&[&"textconv", &w.plan]), String::new()),
        ("diff", args(&[&"diff", &w.clean, &w.plan]), String::new()),
        ("diff, other way", args(&[&"diff", &part_a, &part_b]), String::new()),
        ("split", args(&[&"split", &w.plan, &"--by", &"area", &"--out", &parts]), String::new()),
        (
            "merge with conflicts",
            args(&[&"merge", &merged, &part_a, &part_b, &"--base", &base]),
            String::new(),
        ),
        ("merge-driver", args(&[&"merge-driver", &base, &part_a, &part_b]), String::new()),
        ("backups", args(&[&"backups", &merged]), String::new()),
        ("backups --restore 99", args(&[&"backups", &merged, &"--restore", &"99"]), String::new()),
        (
            "export",
            args(&[&"export", &w.plan, &"--format", &"md,html,csv", &"--out", &out]),
            String::new(),
        ),
        (
            "new",
            args(&[
                &"new",
                &w.at("new.ron"),
                &"--title",
                &title,
                &"--country",
                &title,
                &"--from",
                &"2027",
                &"--to",
                &"2030",
            ]),
            String::new(),
        ),
        (
            "new, existing",
            args(&[
                &"new",
                &w.plan,
                &"--title",
                &title,
                &"--country",
                &title,
                &"--from",
                &"2027",
                &"--to",
                &"2030",
            ]),
            String::new(),
        ),
        ("demo", args(&[&"demo", &w.at("demo.ron")]), String::new()),
        ("config", args(&[&"config"]), String::new()),
        ("content check", args(&[&"content", &"check", &w.pack]), String::new()),
        ("content export", args(&[&"content", &"export", &w.at("pack-out")]), String::new()),
        (
            "--content hostile pack",
            args(&[&"--content", &w.pack, &"summary", &w.plan]),
            String::new(),
        ),
        (
            "debug save loop, no folder",
            args(&[&"debug-save-loop", &w.plan.join("x.ron")]),
            String::new(),
        ),
        ("check, missing file", args(&[&"check", &missing]), String::new()),
        ("check, not a plan", args(&[&"check", &broken]), String::new()),
        ("textconv, not RON", args(&[&"textconv", &not_ron]), String::new()),
        ("diff, missing file", args(&[&"diff", &missing, &w.plan]), String::new()),
        ("merge, missing part", args(&[&"merge", &merged, &missing]), String::new()),
        ("split, plan as folder", args(&[&"split", &w.plan, &"--out", &w.plan]), String::new()),
        ("wizard without a terminal", args(&[&w.plan]), String::new()),
        ("plan before subcommand", args(&[&w.plan, &"check"]), String::new()),
        ("usage error: unknown flag", args(&[&"check", &bad_flag]), String::new()),
        ("usage error: bad value", args(&[&"--theme", &bad_theme]), String::new()),
        ("plain mode", args(&[&"--plain", &w.plan]), "\n".repeat(400)),
        ("plain mode, open a path", args(&[&"--plain"]), format!("3\n{}\n", missing.display())),
    ];
    let mut leaks = Vec::new();
    let mut silent = Vec::new();
    for (name, args, stdin) in &runs {
        let bytes = w.run(args, stdin);
        // clap drops what looks like an escape sequence; its C1 and bidi leftovers still show.
        let text = String::from_utf8_lossy(&bytes);
        if !text.contains("pwned") && !text.contains('\u{fffd}') {
            silent.push(*name);
        }
        leaks.extend(hostile_in(&bytes, &[]).into_iter().map(|l| format!("{name}: {l}")));
    }
    assert!(
        leaks.is_empty(),
        "{} hostile characters reached the output:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
    assert_eq!(silent, SILENT, "outputs that should show the hostile text, made inert");
    for written in std::fs::read_dir(&out).unwrap() {
        let path = written.unwrap().path();
        let leaks = hostile_in(&std::fs::read(&path).unwrap(), &['\r']);
        assert!(leaks.is_empty(), "{}: {leaks:?}", path.display());
    }
}

// ---------------------------------------------------------------------------------------------
// The wizard

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 50)];
/// Wide enough for the detail pane beside the list, so every row's details are drawn too.
const WIDE: [(u16, u16); 1] = [(160, 50)];

/// Draws the state at `sizes` and records every cell that holds a hostile character; returns
/// whether the hostile text was on screen at all.
fn scan_frames(
    state: &mut State,
    sizes: &[(u16, u16)],
    what: &str,
    leaks: &mut Vec<String>,
) -> bool {
    let mut shown = false;
    for &(w, h) in sizes {
        state.size = (w, h);
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| {
                napwiz::tui::view::draw(state, f);
            })
            .unwrap();
        let buffer = terminal.backend().buffer();
        for (i, cell) in buffer.content.iter().enumerate() {
            if cell.symbol().chars().any(is_hostile) {
                let (x, y) = buffer.pos_of(i);
                leaks.push(format!("{what} at {w}x{h}, cell {x},{y}: {:?}", cell.symbol()));
            }
        }
        let text: String = buffer.content.iter().map(|c| c.symbol()).collect();
        shown |= text.contains("pwned");
    }
    shown
}

fn hostile_state() -> State {
    static HOSTILE: std::sync::OnceLock<(Content, Plan)> = std::sync::OnceLock::new();
    let (content, plan) = HOSTILE.get_or_init(|| (hostile_content(), hostile_plan()));
    let path = PathBuf::from(format!("/plans{}/nap{}.ron", payload(), payload()));
    let mut state = State::new(content.clone(), vec![path.clone()]);
    state.plan = Some(OpenPlan::new(path, plan.clone(), None));
    state.message = Some(Message { text: format!("saved{}", payload()), error: true });
    state
}

#[test]
fn no_wizard_screen_draws_an_escape_sequence() {
    let mut leaks = Vec::new();
    let mut screens = 0;
    let mut shown = 0;
    let mut scan =
        |state: &mut State, sizes: &[(u16, u16)], what: String, leaks: &mut Vec<String>| {
            screens += 1;
            shown += usize::from(scan_frames(state, sizes, &what, leaks));
        };
    let mut start =
        State::new(hostile_content(), vec![PathBuf::from(format!("/p{}.ron", payload()))]);
    scan(&mut start, &SIZES, "start".into(), &mut leaks);
    let steps = hostile_state().steps();
    for step in steps {
        let mut state = hostile_state();
        state.step = step;
        scan(&mut state, &SIZES, format!("{step:?}"), &mut leaks);
        match step {
            Step::Area(a) => {
                // Every goal opened, so every row is listed; every goal and every third action
                // selected, so the detail pane shows each kind of decision (drawing every row
                // triples the time and finds nothing more).
                for row in 0..400 {
                    let goal = matches!(state.selected_row(a), Some(Row::Goal(_)));
                    if goal {
                        press(&mut state, "Enter");
                    }
                    if goal || row % 3 == 0 {
                        scan(&mut state, &WIDE, format!("{step:?} row {row}"), &mut leaks);
                    }
                    let before = state.areas[a].cursor;
                    press(&mut state, "Down");
                    if state.areas[a].cursor == before {
                        break;
                    }
                }
            }
            Step::Review => {
                for panel in 0..8 {
                    for _ in 0..3 {
                        press(&mut state, "Down");
                        scan(&mut state, &SIZES, format!("review panel {panel}"), &mut leaks);
                    }
                    press(&mut state, "Tab");
                }
            }
            Step::Generate => {
                // The preview is the whole draft; each frame builds it (slow), so a few pages.
                for page in 0..3 {
                    press(&mut state, "PgDn");
                    scan(&mut state, &WIDE, format!("preview page {page}"), &mut leaks);
                }
            }
            _ => {
                for row in 0..12 {
                    press(&mut state, "Down");
                    scan(&mut state, &SIZES, format!("{step:?} row {row}"), &mut leaks);
                }
            }
        }
    }
    let overlays: [&[&str]; 12] = [
        &["?"],
        &["s"],
        &["/", "p", "w"],
        &["L"],
        &["p"],
        &["n"],
        &["o"],
        &["a"],
        &["C"],
        &["C", "Down"],
        &["Enter", "Enter"],
        &["Esc"],
    ];
    for keys in overlays {
        let mut state = hostile_state();
        state.step = Step::Area(0);
        press(&mut state, "Enter");
        press(&mut state, "Down");
        for k in keys {
            press(&mut state, k);
        }
        scan(&mut state, &SIZES, format!("overlay {keys:?}"), &mut leaks);
    }
    assert!(
        leaks.is_empty(),
        "{} cells with hostile characters, e.g.:\n{}",
        leaks.len(),
        leaks[..leaks.len().min(20)].join("\n")
    );
    assert!(screens > 150, "only {screens} screens scanned");
    assert!(shown * 10 > screens * 9, "the hostile text was on only {shown} of {screens} screens");
}

/// CSI sequences (`ESC [ params final`) are how napwiz draws: cursor moves, SGR, modes. Any
/// other ESC (OSC `ESC ]`, a lone ESC), and every other hostile character, came from content.
fn outside_csi(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == 0x1b && raw.get(i + 1) == Some(&b'[') {
            let mut j = i + 2;
            while j < raw.len() && (0x20..=0x3f).contains(&raw[j]) {
                j += 1;
            }
            if j < raw.len() && (0x40..=0x7e).contains(&raw[j]) {
                i = j + 1;
                continue;
            }
        }
        out.push(raw[i]);
        i += 1;
    }
    out
}

#[test]
fn the_real_wizard_writes_no_escape_sequence_from_the_plan_or_its_path() {
    // NO_COLOR and vt100 (no colour, ASCII): napwiz's own output is then only cursor moves,
    // modes and bold/reverse, all CSI; anything else in the stream came from the files.
    let w = World::new();
    let env: Vec<(&str, &str)> = w
        .env
        .iter()
        .map(|(k, v)| (k.as_str(), v.to_str().unwrap()))
        .chain([("NO_COLOR", "1"), ("TERM", "vt100")])
        .collect();
    // The plan is also a recent plan, so the start screen lists its hostile file name.
    let plans = w.env[0].1.join("plans");
    std::fs::create_dir_all(&plans).unwrap();
    std::fs::copy(&w.plan, plans.join(w.plan.file_name().unwrap())).unwrap();
    let mut session = Session::start(&[], &env);
    session.wait_for("Recent: ");
    let down = "\u{1b}[B";
    session.keys(&[down, down, down, "Enter"]);
    session.wait_for("step 2 of 10");
    session.keys(&["C"]);
    session.wait_for("Merge conflicts");
    session.keys(&["Esc"]);
    for n in 3..=10 {
        session.keys(&["]"]);
        session.wait_for(&format!("step {n} of 10"));
    }
    session.keys(&["s"]);
    std::thread::sleep(std::time::Duration::from_millis(200));
    let raw = session.raw.lock().unwrap().clone();
    session.keys(&["Esc"]);
    session.quit();
    let leaks = hostile_in(&outside_csi(&raw), &['\r']);
    assert!(
        leaks.is_empty(),
        "{} hostile characters in the terminal stream:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("]0;pwned") && !text.contains("\u{1b}]"), "the title text shows, inert");
    assert_eq!(text.matches("\u{1b}[2J").count(), 0, "napwiz itself never clears with ESC[2J");
}
