//! Follow mode, measured with the real binary: how long a saved change takes to reach a
//! follower (the plain follower's line, the wizard's status line in a pseudo-terminal), and how
//! much CPU an idle follower uses in 10 s (`/proc/PID/stat`, utime + stime).

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
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
    let mut child = Command::new(BIN)
        .args(["--plain"])
        .args(args)
        .arg(plan)
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
