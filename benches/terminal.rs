//! What a consultant on a slow SSH link pays: napwiz run in a pseudo-terminal, keys sent as an
//! SSH client sends them (arrows as `ESC O B`), bytes to the terminal and CPU per key, at 80x24
//! and 200x60; beside it `whiptail --checklist` over the same checklist actions when it is
//! installed; and how CPU grows with a pack 10 and 100 times the embedded one.
//! `cargo bench --bench terminal` (measured, not asserted).

// This file reports on itself (timings, skips, paths); that is not napwiz's output (clippy.toml).
#![allow(clippy::disallowed_macros)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use napwiz::content::{Content, check_files};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use scaled::{full_plan, pack_files, write_pack};

mod scaled;

const NAPWIZ: &str = env!("CARGO_BIN_EXE_napwiz");

/// The binary measured: NAPWIZ_BENCH_BIN=path measures another build (an older one, to compare).
fn napwiz() -> String {
    std::env::var("NAPWIZ_BENCH_BIN").unwrap_or_else(|_| NAPWIZ.to_string())
}
/// Output counts as finished after this long without a byte.
const QUIET: Duration = Duration::from_millis(60);
/// Long enough after a decision for the autosave to have run (it waits 0.1 s for a pause).
const AUTOSAVE_WAIT: Duration = Duration::from_millis(250);

/// A program in a pseudo-terminal: the bytes it wrote, keys in.
struct Pty {
    out: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Pty {
    fn start(program: &str, args: &[&str], env: &[(&str, &Path)], size: (u16, u16)) -> Pty {
        let (cols, rows) = size;
        let pty = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("the program starts");
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let out = Arc::new(Mutex::new(Vec::new()));
        let sink = out.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Pty { out, writer, child, _master: pty.master }
    }

    fn bytes(&self) -> usize {
        self.out.lock().unwrap().len()
    }

    /// Characters (not bytes) written since byte `from`: a Cyrillic letter is two bytes of
    /// UTF-8 but one cell, so this compares how much a screen change costs across languages.
    fn chars_since(&self, from: usize) -> usize {
        let out = self.out.lock().unwrap();
        String::from_utf8_lossy(&out[from.min(out.len())..]).chars().count()
    }

    /// Waits until `min` bytes came (or `patience` passed: a key that changes nothing sends
    /// nothing) and then nothing for [`QUIET`]; the time it took.
    fn settle(&self, min: usize, patience: Duration) -> Duration {
        let start = Instant::now();
        let (mut seen, mut since) = (self.bytes(), Instant::now());
        loop {
            std::thread::sleep(Duration::from_millis(2));
            let now = self.bytes();
            if now != seen {
                (seen, since) = (now, Instant::now());
            } else if (now >= min || start.elapsed() > patience) && since.elapsed() >= QUIET {
                return start.elapsed();
            }
        }
    }

    /// Sends one key and waits for the screen to settle; returns the bytes it brought.
    fn key(&mut self, key: &[u8]) -> usize {
        let before = self.bytes();
        self.writer.write_all(key).unwrap();
        self.writer.flush().unwrap();
        self.settle(before + 1, Duration::from_secs(2));
        self.bytes() - before
    }

    /// Quits with `q`; how long until the process ended, in ms.
    fn quit(&mut self) -> f64 {
        let started = Instant::now();
        self.writer.write_all(b"q").unwrap();
        self.writer.flush().unwrap();
        while self.child.try_wait().unwrap().is_none() {
            assert!(started.elapsed() < Duration::from_secs(60), "napwiz did not quit");
            std::thread::sleep(Duration::from_millis(1));
        }
        started.elapsed().as_secs_f64() * 1000.0
    }

    /// Waits until the program stops using CPU (a save of a big plan takes a while).
    fn idle(&self) {
        let start = Instant::now();
        let mut last = self.cpu();
        while start.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(100));
            let now = self.cpu();
            if now - last < Duration::from_millis(1) {
                return;
            }
            last = now;
        }
    }

    /// CPU time the program's main thread used so far (scheduler accounting, in microseconds).
    fn cpu(&self) -> Duration {
        let pid = self.child.process_id().expect("a pid");
        let sched = std::fs::read_to_string(format!("/proc/{pid}/sched")).unwrap_or_default();
        let ms = sched
            .lines()
            .find(|l| l.starts_with("se.sum_exec_runtime"))
            .and_then(|l| l.split(':').nth(1))
            .and_then(|v| v.trim().parse::<f64>().ok());
        match ms {
            Some(ms) => Duration::from_secs_f64(ms / 1000.0),
            None => ticks(pid),
        }
    }

    /// Peak resident memory, in MB.
    fn peak_mb(&self) -> f64 {
        let pid = self.child.process_id().expect("a pid");
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        let kb = status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0);
        kb / 1024.0
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// CPU time from /proc/PID/stat (user + system), where the scheduler's own figure is missing.
fn ticks(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let t: u64 = [11, 12].iter().filter_map(|&i| fields.get(i)?.parse::<u64>().ok()).sum();
    Duration::from_millis(t * 10)
}

const DOWN: &[u8] = b"\x1bOB";
const UP: &[u8] = b"\x1bOA";
const HOME: &[u8] = b"\x1bOH";

/// Bytes and CPU of one kind of key, as measured over several presses.
#[derive(Debug, Clone, Copy, Default)]
struct PerKey {
    bytes: f64,
    chars: f64,
    cpu_ms: f64,
}

/// Presses `key` `times` times (with `between` after each, not counted).
fn per_key(pty: &mut Pty, key: &[u8], times: usize, between: &[&[u8]]) -> PerKey {
    per_key_waiting(pty, key, times, between, Duration::ZERO)
}

/// [`per_key`], each key counted until `wait` after it has settled and what came in the
/// meantime has settled too (the autosave waits for the keys to pause: its CPU counts).
fn per_key_waiting(
    pty: &mut Pty,
    key: &[u8],
    times: usize,
    between: &[&[u8]],
    wait: Duration,
) -> PerKey {
    let (mut bytes, mut chars, mut cpu) = (0usize, 0usize, Duration::ZERO);
    for _ in 0..times {
        let t = pty.cpu();
        let before = pty.bytes();
        pty.key(key);
        if !wait.is_zero() {
            std::thread::sleep(wait);
            pty.idle();
            pty.settle(0, Duration::ZERO);
        }
        bytes += pty.bytes() - before;
        chars += pty.chars_since(before);
        cpu += pty.cpu() - t;
        for k in between {
            pty.key(k);
        }
    }
    let n = times as f64;
    PerKey {
        bytes: bytes as f64 / n,
        chars: chars as f64 / n,
        cpu_ms: cpu.as_secs_f64() * 1000.0 / n,
    }
}

/// Presses `key` `times` times in one write, as a held key arrives over SSH (auto-repeat comes
/// in bursts): bytes and CPU per key.
fn held_key(pty: &mut Pty, key: &[u8], times: usize) -> PerKey {
    let (t, before) = (pty.cpu(), pty.bytes());
    pty.writer.write_all(&key.repeat(times)).unwrap();
    pty.writer.flush().unwrap();
    pty.settle(before + 1, Duration::from_secs(2));
    let cpu = pty.cpu() - t;
    let bytes = (pty.bytes() - before) as f64 / times as f64;
    let chars = pty.chars_since(before) as f64 / times as f64;
    PerKey { bytes, chars, cpu_ms: cpu.as_secs_f64() * 1000.0 / times as f64 }
}

/// What one napwiz run measured.
#[derive(Debug, Default)]
struct Run {
    first_frame_ms: f64,
    first_cpu_ms: f64,
    down: PerKey,
    down_held: PerKey,
    down_still: PerKey,
    walk_bytes: usize,
    walk_keys: usize,
    space: PerKey,
    enter: PerKey,
    esc: PerKey,
    next_step: PerKey,
    peak_mb: f64,
    /// From `q` to the end of the process, after the decisions (a big plan's journal folded in).
    quit_ms: f64,
}

/// The keys that walk the first area: each goal opened (Enter), then Down over its actions to
/// the next goal.
fn prevention_walk(content: &Content) -> Vec<&'static [u8]> {
    let mut keys: Vec<&'static [u8]> = vec![];
    for goal in &content.areas[0].goals {
        keys.push(b"\r");
        keys.extend(std::iter::repeat_n(DOWN, goal.actions.len() + 1));
    }
    keys.pop();
    keys
}

/// How napwiz is started: its pack, plan, interface language, link.
#[derive(Clone, Copy)]
struct Case<'a> {
    pack: Option<&'a Path>,
    plan: &'a Path,
    content: &'a Content,
    lang: Option<&'a str>,
    /// `--link`: `thin` as over SSH (napwiz's own default there), or `local`.
    link: &'a str,
}

/// Starts napwiz on the case's plan; the pty once the first frame is out, and how long it took.
fn start_napwiz(case: &Case, size: (u16, u16), home: &Path) -> (Pty, f64) {
    let env = [
        ("HOME", home),
        ("XDG_CONFIG_HOME", home),
        ("XDG_DATA_HOME", home),
        ("NAPWIZ_DATA_DIR", home),
    ];
    let mut args: Vec<&str> = vec!["--link", case.link];
    if let Some(lang) = case.lang {
        args.extend(["--lang", lang]);
    }
    if let Some(dir) = case.pack {
        args.extend(["--content", dir.to_str().unwrap()]);
    }
    args.push(case.plan.to_str().unwrap());
    let started = Instant::now();
    let pty = Pty::start(&napwiz(), &args, &env, size);
    pty.settle(1000, Duration::from_secs(120));
    (pty, (started.elapsed() - QUIET).as_secs_f64() * 1000.0)
}

fn run_napwiz(case: &Case, size: (u16, u16)) -> Run {
    let home = tempfile::tempdir().unwrap();
    let (mut pty, first_frame_ms) = start_napwiz(case, size, home.path());
    let mut run =
        Run { first_frame_ms, first_cpu_ms: pty.cpu().as_secs_f64() * 1000.0, ..Run::default() };
    // The plan opens on Setup; the next step but one is the first area.
    run.next_step = per_key(&mut pty, b"]", 2, &[]);
    let walk = prevention_walk(case.content);
    let before = pty.bytes();
    for key in &walk {
        pty.key(key);
    }
    (run.walk_bytes, run.walk_keys) = (pty.bytes() - before, walk.len());
    pty.key(HOME);
    run.down_still = per_key(&mut pty, DOWN, 5, &[]);
    for _ in 0..5 {
        pty.key(UP);
    }
    run.down = per_key(&mut pty, DOWN, 30, &[]);
    pty.key(HOME);
    run.down_held = held_key(&mut pty, DOWN, 30);
    // Each decision on its own, with its autosave (written once the keys pause, 0.1 s).
    run.space = per_key_waiting(&mut pty, b" ", 6, &[], AUTOSAVE_WAIT);
    run.enter = per_key(&mut pty, b"\r", 4, &[b"\x1b"]);
    pty.key(b"\r");
    run.esc = per_key(&mut pty, b"\x1b", 1, &[]);
    run.peak_mb = pty.peak_mb();
    run.quit_ms = pty.quit();
    run
}

/// The median first frame (time, CPU) of a few starts: one start is too noisy to compare.
fn start_up(case: &Case) -> (f64, f64) {
    let mut starts: Vec<(f64, f64)> = (0..5)
        .map(|_| {
            let home = tempfile::tempdir().unwrap();
            let (pty, ms) = start_napwiz(case, (80, 24), home.path());
            (ms, pty.cpu().as_secs_f64() * 1000.0)
        })
        .collect();
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mut times: Vec<f64> = starts.iter().map(|s| s.0).collect();
    let mut cpu: Vec<f64> = starts.drain(..).map(|s| s.1).collect();
    (median(&mut times), median(&mut cpu))
}

/// whiptail over the same checklist actions: its bytes per Down and for the same walk.
fn run_whiptail(content: &Content, size: (u16, u16), walk_keys: usize) -> Option<Whiptail> {
    let program = which("whiptail")?;
    let (cols, rows) = size;
    let mut args = vec![
        "--checklist".to_string(),
        "The checklist".into(),
        rows.to_string(),
        cols.to_string(),
        (rows - 8).to_string(),
    ];
    for (_, _, action) in content.actions() {
        let text: String = action.text.chars().take(usize::from(cols) - 20).collect();
        args.extend([action.id.clone(), text, "OFF".into()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let home = tempfile::tempdir().unwrap();
    let mut pty = Pty::start(&program, &args, &[("HOME", home.path())], size);
    pty.settle(500, Duration::from_secs(10));
    let still = per_key(&mut pty, DOWN, 5, &[]);
    for _ in 0..5 {
        pty.key(UP);
    }
    let down = per_key(&mut pty, DOWN, 30, &[]);
    for _ in 0..30 {
        pty.key(UP);
    }
    let held = held_key(&mut pty, DOWN, 30);
    for _ in 0..35 {
        pty.key(UP);
    }
    let before = pty.bytes();
    for _ in 0..walk_keys {
        pty.key(DOWN);
    }
    Some(Whiptail { down, held, still, walk: pty.bytes() - before })
}

/// What whiptail sent over the same checklist.
struct Whiptail {
    down: PerKey,
    held: PerKey,
    still: PerKey,
    walk: usize,
}

fn which(program: &str) -> Option<String> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 { format!("{:.2}x", a / b) } else { "-".into() }
}

fn print_run(label: &str, run: &Run) {
    println!("{label}");
    println!(
        "  first frame {:.1} ms (CPU {:.1} ms), peak memory {:.1} MB",
        run.first_frame_ms, run.first_cpu_ms, run.peak_mb
    );
    let keys = [
        ("Down (30 moves, expanded goals)", run.down),
        ("held Down (30 keys in one write)", run.down_held),
        ("Down that does not scroll", run.down_still),
        ("Space (decision + autosave)", run.space),
        ("Enter (fields)", run.enter),
        ("Esc (back to the list)", run.esc),
        ("] (next step)", run.next_step),
    ];
    for (name, k) in keys {
        println!("  {name:<36} {:>8.0} bytes {:>8.2} ms CPU", k.bytes, k.cpu_ms);
    }
    println!("  walk of the first area: {} keys, {} bytes", run.walk_keys, run.walk_bytes);
    println!("  quit after the decisions: {:.1} ms", run.quit_ms);
}

/// A pack `copies` times the embedded one on disk, and a fully decided plan on it.
fn scaled_case(
    dir: &Path,
    copies: usize,
) -> (Option<std::path::PathBuf>, std::path::PathBuf, Content) {
    let content = check_files(&pack_files(copies)).expect("the scaled pack is valid");
    let plan_path = dir.join(format!("plan-{copies}x.ron"));
    std::fs::write(&plan_path, napwiz::plan::to_ron(&full_plan(&content))).unwrap();
    if copies == 1 {
        return (None, plan_path, content);
    }
    let pack = dir.join(format!("pack-{copies}x"));
    write_pack(&pack, copies);
    (Some(pack), plan_path, content)
}

/// A fully decided plan in `language`, with that language's embedded pack.
fn language_case(dir: &Path, language: &str) -> (std::path::PathBuf, Content) {
    let content = Content::embedded_in(language);
    let mut plan = full_plan(&content);
    plan.meta.language = language.to_string();
    let path = dir.join(format!("plan-{language}.ron"));
    std::fs::write(&path, napwiz::plan::to_ron(&plan)).unwrap();
    (path, content)
}

fn print_whiptail(run: &Run, whiptail: Option<&Whiptail>, actions: usize) {
    let Some(w) = whiptail else {
        println!("  whiptail is not installed: no side-by-side figures (apt-get install whiptail)");
        return;
    };
    println!(
        "  whiptail --checklist over the same {actions} actions: Down {:.0} bytes, held Down {:.0}, Down that does not scroll {:.0}, walk {} bytes",
        w.down.bytes, w.held.bytes, w.still.bytes, w.walk
    );
    println!(
        "  napwiz / whiptail: Down {}, held Down {}, Down that does not scroll {}, walk {}",
        ratio(run.down.bytes, w.down.bytes),
        ratio(run.down_held.bytes, w.held.bytes),
        ratio(run.down_still.bytes, w.still.bytes),
        ratio(run.walk_bytes as f64, w.walk as f64)
    );
}

/// The same run and start-up in French, Spanish and Russian (plan and interface), as ratios
/// to English: issue 17 wants them within 10%.
fn languages(dir: &Path, english: &Run, english_plan: &Path, real: &Content) {
    let english_case =
        Case { pack: None, plan: english_plan, content: real, lang: Some("en"), link: "thin" };
    let (start_en, cpu_en) = start_up(&english_case);
    println!("start-up in English (median of 5): first frame {start_en:.1} ms, CPU {cpu_en:.1} ms");
    for language in ["fr", "es", "ru"] {
        let (plan, content) = language_case(dir, language);
        let case =
            Case { pack: None, plan: &plan, content: &content, lang: Some(language), link: "thin" };
        let run = run_napwiz(&case, (80, 24));
        let (start, cpu) = start_up(&case);
        println!(
            "napwiz 80x24 in {language} / English: first frame {}, its CPU {}, bytes per Down {}, held Down {}, Down that does not scroll {}, walk {}, Space {}, ] {}",
            ratio(start, start_en),
            ratio(cpu, cpu_en),
            ratio(run.down.bytes, english.down.bytes),
            ratio(run.down_held.bytes, english.down_held.bytes),
            ratio(run.down_still.bytes, english.down_still.bytes),
            ratio(run.walk_bytes as f64, english.walk_bytes as f64),
            ratio(run.space.bytes, english.space.bytes),
            ratio(run.next_step.bytes, english.next_step.bytes),
        );
        // Bytes follow the script (UTF-8: Cyrillic two bytes a letter); characters show
        // whether the screen work per key is the same.
        println!(
            "napwiz 80x24 in {language} / English, characters sent (not bytes): per Down {}, Down that does not scroll {}, Space {}, ] {}",
            ratio(run.down.chars, english.down.chars),
            ratio(run.down_still.chars, english.down_still.chars),
            ratio(run.space.chars, english.space.chars),
            ratio(run.next_step.chars, english.next_step.chars),
        );
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // `cargo bench -- export` names sections of the other bench; this one runs for no name or
    // for "terminal".
    if std::env::args().skip(1).any(|a| !a.starts_with('-') && !"terminal".contains(a.as_str())) {
        return;
    }
    let temp = tempfile::tempdir().unwrap();
    // NAPWIZ_BENCH_DIR=DIR keeps the plans and packs there, to open them by hand afterwards.
    let kept = std::env::var_os("NAPWIZ_BENCH_DIR").map(std::path::PathBuf::from);
    let dir = kept.as_deref().unwrap_or(temp.path());
    std::fs::create_dir_all(dir).unwrap();
    println!("napwiz in a pseudo-terminal, keys as an SSH client sends them");
    let (_, real_plan, real) = scaled_case(dir, 1);
    let real_case =
        Case { pack: None, plan: &real_plan, content: &real, lang: Some("en"), link: "thin" };
    let mut english = None;
    for size in [(80u16, 24u16), (200, 60)] {
        let run = run_napwiz(&real_case, size);
        let (cols, rows) = size;
        print_run(
            &format!(
                "napwiz {cols}x{rows} over SSH (thin link), embedded pack, fully decided plan"
            ),
            &run,
        );
        let whiptail = run_whiptail(&real, size, run.walk_keys);
        print_whiptail(&run, whiptail.as_ref(), real.actions().count());
        let local = run_napwiz(&Case { link: "local", ..real_case }, size);
        print_run(&format!("napwiz {cols}x{rows} locally (--link local), same plan"), &local);
        print_whiptail(&local, whiptail.as_ref(), real.actions().count());
        english.get_or_insert(run);
    }
    if let Some(english) = &english {
        languages(dir, english, &real_plan, &real);
    }
    let copies: Vec<usize> = std::env::var("NAPWIZ_BENCH_SCALE")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10, 100]);
    if copies.is_empty() {
        return;
    }
    let base = run_napwiz(&real_case, (80, 24));
    for n in copies {
        let (pack, plan, content) = scaled_case(dir, n);
        let size = std::fs::metadata(&plan).map(|m| m.len()).unwrap_or(0);
        let case = Case {
            pack: pack.as_deref(),
            plan: &plan,
            content: &content,
            lang: Some("en"),
            link: "thin",
        };
        let run = run_napwiz(&case, (80, 24));
        print_run(&format!("napwiz 80x24, {n}x pack, plan of {:.1} MB", size as f64 / 1e6), &run);
        println!(
            "  {n}x / embedded, CPU: first frame {}, Down {}, Space {}, ] {}, peak memory {}",
            ratio(run.first_cpu_ms, base.first_cpu_ms),
            ratio(run.down.cpu_ms, base.down.cpu_ms),
            ratio(run.space.cpu_ms, base.space.cpu_ms),
            ratio(run.next_step.cpu_ms, base.next_step.cpu_ms),
            ratio(run.peak_mb, base.peak_mb)
        );
        // The clock counts the plan parsed on the second thread, which the first frame waits for.
        println!(
            "  {n}x / embedded, clock: first frame {}, quit {}",
            ratio(run.first_frame_ms, base.first_frame_ms),
            ratio(run.quit_ms, base.quit_ms)
        );
    }
}
