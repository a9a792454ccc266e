//! Follow mode, measured with the real binary: how long a saved change takes to reach a
//! follower (the plain follower's line, the wizard's status line in a pseudo-terminal), and how
//! much CPU an idle follower uses in 10 s (`/proc/PID/stat`, utime + stime).

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use napwiz::content::Content;
use napwiz::plan::{Priority, demo_plan};
use napwiz::store::PlanFile;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_napwiz");
const ROUNDS: usize = 10;

/// A save as the writing wizard makes it: P1.1's priority flips between high and low.
fn save_change(plan: &Path, round: usize) -> &'static str {
    let mut file = PlanFile::open(plan).expect("the plan opens for writing");
    let (priority, line) = if round.is_multiple_of(2) {
        (Priority::Low, "P1.1 priority: high -> low")
    } else {
        (Priority::High, "P1.1 priority: low -> high")
    };
    file.plan.items.get_mut("P1.1").expect("P1.1 in the demo").priority = Some(priority);
    file.save().expect("the plan saves");
    line
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn bench(content: &Content) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("nap.ron");
    PlanFile::create(&plan, demo_plan(content), false).expect("the demo plan is written");
    for (label, args) in [("change events", &["--follow"][..]), ("polling", &["--follow-poll"])] {
        let delays = plain_delays(&plan, args);
        println!(
            "{:<52} {:>10.3} ms  (median of {ROUNDS}; max {:.1} ms)",
            format!("follow, plain line after a save ({label})"),
            ms(median(delays.clone())),
            ms(*delays.iter().max().unwrap())
        );
    }
    wizard(&plan);
}

/// The time from the start of a save to the plain follower's line about it.
fn plain_delays(plan: &Path, args: &[&str]) -> Vec<Duration> {
    let mut plain: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    plain.push(plan.as_os_str());
    let (mut child, rx) = plain_follower(&plain);
    rx.recv_timeout(Duration::from_secs(10)).expect("the introduction");
    let mut delays = vec![];
    for round in 0..ROUNDS {
        // Saves a second apart, as decisions in a room are.
        std::thread::sleep(Duration::from_millis(600));
        let want = save_change(plan, round);
        // From the moment the new file is in place (the save's rename, then its fsyncs).
        let start = Instant::now();
        // The save takes the lock and lets it go: the follower says so too.
        let got = std::iter::from_fn(|| rx.recv_timeout(Duration::from_secs(10)).ok())
            .find(|line| line.starts_with("P1.1"))
            .expect("a change line");
        assert_eq!(got, want);
        delays.push(start.elapsed());
    }
    let _ = child.kill();
    let _ = child.wait();
    delays
}

/// `napwiz --plain ARGS`: the process, and its lines as they come.
fn plain_follower(args: &[&std::ffi::OsStr]) -> (std::process::Child, mpsc::Receiver<String>) {
    let mut child = Command::new(BIN)
        .arg("--plain")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("napwiz --plain --follow starts");
    let (tx, rx) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    (child, rx)
}

/// The wizard following in an 80x24 pseudo-terminal: the delay until its status line shows
/// the change, then its CPU time over 10 idle seconds.
fn wizard(plan: &Path) {
    let pty = native_pty_system()
        .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(["--follow", plan.to_str().unwrap()]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    let mut child = pty.slave.spawn_command(cmd).expect("napwiz starts");
    let mut reader = pty.master.try_clone_reader().unwrap();
    let size = |n| std::num::NonZero::new(n).expect("not zero");
    let screen = Arc::new(Mutex::new(vt100::Parser::new(size(24), size(80), 0)));
    let sink = screen.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().process(&buf[..n]);
        }
    });
    let _writer = pty.master.take_writer().unwrap();
    let shows = |text: &str| screen.lock().unwrap().screen().contents().contains(text);
    let wait = |text: &str| {
        let start = Instant::now();
        while !shows(text) {
            let screen = || screen.lock().unwrap().screen().contents();
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "never showed {text}:\n{}",
                screen()
            );
            std::thread::sleep(Duration::from_millis(2));
        }
    };
    wait("FOLLOWING");
    let mut delays = vec![];
    for round in 0..ROUNDS {
        std::thread::sleep(Duration::from_millis(600));
        let line = save_change(plan, round);
        let start = Instant::now();
        wait(line);
        delays.push(start.elapsed());
    }
    println!(
        "{:<52} {:>10.3} ms  (median of {ROUNDS}; max {:.1} ms)",
        "follow, wizard status line after a save (80x24)",
        ms(median(delays.clone())),
        ms(*delays.iter().max().unwrap())
    );
    let pid = child.process_id().expect("a pid");
    let before = cpu_ticks(pid);
    std::thread::sleep(Duration::from_secs(10));
    let used = cpu_ticks(pid) - before;
    let tick_ms = 1000.0 / clock_ticks_per_second();
    println!(
        "{:<52} {:>10.3} ms  ({used} clock ticks of utime+stime in 10 s)",
        "follow, idle wizard follower CPU over 10 s",
        used as f64 * tick_ms
    );
    let _ = child.kill();
}

/// utime + stime of a process, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc/PID/stat");
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

fn clock_ticks_per_second() -> f64 {
    // SAFETY: sysconf reads a constant of the system.
    (unsafe { libc::sysconf(libc::_SC_CLK_TCK) }) as f64
}

/// A follower of a big plan against the real one (`cargo bench -- follow-scaling`,
/// `NAPWIZ_BENCH_FOLLOW=1,100` the sizes): the plain follower's CPU per change the writer saves,
/// on the fully decided plan of the embedded pack (each autosave rewrites it, the follower reads
/// it whole) and of a pack 100 times its size (the autosave appends to the journal, the follower
/// reads the new record), and `napwiz diff` of each plan against itself with one change.
pub fn scaling() {
    let sizes: Vec<usize> = std::env::var("NAPWIZ_BENCH_FOLLOW")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 100]);
    let mut first: Option<(f64, f64)> = None;
    for copies in sizes {
        let dir = tempfile::tempdir().unwrap();
        let (pack, plan) = scaled_files(dir.path(), copies);
        let per_change = follower_cpu_per_change(&pack, &plan);
        let diff = diff_time(&pack, &plan);
        let (base_cpu, base_diff) = *first.get_or_insert((per_change, diff));
        println!(
            "{:<52} {:>10.1} ms  ({:.2}x the first size)",
            format!("follow, plain follower CPU per saved change ({copies}x)"),
            per_change,
            per_change / base_cpu
        );
        println!(
            "{:<52} {:>10.1} ms  ({:.2}x the first size)",
            format!("napwiz diff of the plan with one change ({copies}x)"),
            diff,
            diff / base_diff
        );
    }
}

/// The scaled pack's folder (for `--content`) and a fully decided plan on it.
fn scaled_files(dir: &Path, copies: usize) -> (PathBuf, PathBuf) {
    let content = napwiz::content::check_files(&crate::scaled::pack_files(copies)).unwrap();
    let pack = dir.join("pack");
    crate::scaled::write_pack(&pack, copies);
    let plan = dir.join("nap.ron");
    std::fs::write(&plan, napwiz::plan::to_ron(&crate::scaled::full_plan(&content))).unwrap();
    (pack, plan)
}

/// The plain follower's CPU (utime + stime) per change, over changes saved a second apart as
/// the writing wizard saves them (its autosave: a big plan's goes to the journal).
fn follower_cpu_per_change(pack: &Path, plan: &Path) -> f64 {
    use napwiz::plan::patch::{Patch, Touches};
    let mut file = PlanFile::open(plan).expect("the plan opens for writing");
    let args = ["--follow".as_ref(), "--content".as_ref(), pack.as_os_str(), plan.as_os_str()];
    let (mut child, rx) = plain_follower(&args);
    rx.recv_timeout(Duration::from_secs(60)).expect("the introduction");
    let mut change = |round: usize| {
        let priority = if round.is_multiple_of(2) { Priority::Low } else { Priority::High };
        file.plan.items.get_mut("P1.1").expect("P1.1").priority = Some(priority);
        file.apply_change(Patch::record(&file.plan, &Touches::Decisions(vec!["P1.1".into()])));
        file.autosave().expect("the change is saved");
        std::iter::from_fn(|| rx.recv_timeout(Duration::from_secs(60)).ok())
            .find(|line| line.starts_with("P1.1"))
            .expect("the follower's line");
    };
    // The first change may be read whole (where the follower's first read ended).
    change(0);
    let pid = child.id();
    let before = threads_cpu(pid);
    for round in 1..=ROUNDS {
        std::thread::sleep(Duration::from_millis(300));
        change(round);
    }
    let used = ms(threads_cpu(pid) - before);
    let _ = child.kill();
    let _ = child.wait();
    used / ROUNDS as f64
}

/// The wall time of `napwiz diff` between the plan and a copy with the first high priority low.
fn diff_time(pack: &Path, plan: &Path) -> f64 {
    let text = std::fs::read_to_string(plan).unwrap();
    let changed = plan.with_file_name("changed.ron");
    std::fs::write(&changed, text.replacen("priority: High", "priority: Low", 1)).unwrap();
    let start = Instant::now();
    let out = Command::new(BIN)
        .args(["diff", "--content"])
        .args([pack, plan, &changed])
        .output()
        .expect("napwiz diff runs");
    assert!(out.status.success() || out.status.code() == Some(1), "napwiz diff failed");
    assert!(String::from_utf8_lossy(&out.stdout).contains("priority: high -> low"));
    ms(start.elapsed())
}

/// The CPU time of a process's threads, from the scheduler (nanoseconds; clock ticks are too
/// coarse for a change that costs under a millisecond).
fn threads_cpu(pid: u32) -> Duration {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("/proc/PID/task");
    let ns: u64 = tasks
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
        .filter_map(|stat| stat.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    Duration::from_nanos(ns)
}
