//! The real binary in a pseudo-terminal: decisions recorded with the keyboard, then the line
//! drops (SIGHUP) in the middle of typing a note, and every decision (and the note) is in the
//! plan file.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use napwiz::plan::{Inclusion, Priority, from_ron};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_napwiz");

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(data: &Path, plan: &Path) -> Session {
        Self::start_with(data, plan, &[])
    }

    fn start_with(data: &Path, plan: &Path, env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.arg(plan);
        cmd.env("NAPWIZ_DATA_DIR", data);
        cmd.env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("napwiz starts");
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZero::new(24).unwrap(),
            std::num::NonZero::new(80).unwrap(),
            0,
        )));
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
        let writer = pty.master.take_writer().expect("writer");
        Session { screen, writer, child, _master: pty.master }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.contents().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "never showed {text:?}; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends keys one at a time, as a person types, waiting for the screen to settle.
    fn keys(&mut self, keys: &[&str]) {
        for key in keys {
            let bytes: &[u8] = match *key {
                "Enter" => b"\r",
                "Esc" => b"\x1b",
                "Space" => b" ",
                "F12" => b"\x1b[24~",
                other => other.as_bytes(),
            };
            self.writer.write_all(bytes).unwrap();
            self.writer.flush().unwrap();
            // Esc needs a pause so it is not read as the start of an escape sequence.
            std::thread::sleep(Duration::from_millis(if *key == "Esc" { 150 } else { 40 }));
        }
    }
}

#[test]
fn decisions_and_a_half_typed_note_survive_a_dropped_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan = dir.path().join("nap.ron");
    let created = Command::new(BIN)
        .args([
            "new",
            plan.to_str().unwrap(),
            "--title",
            "E2E plan",
            "--country",
            "Testland",
            "--from",
            "2027",
            "--to",
            "2030",
        ])
        .env("NAPWIZ_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));

    let mut s = Session::start(&data, &plan);
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]"]);
    s.wait_for("step 4 of 10: Prevention");
    // Open goal P1, go to P1.1: include, high priority, suggested lead, first suggested partner.
    s.keys(&["Enter", "j", "Space", "1", "L", "Enter", "p", "Enter", "Esc"]);
    s.wait_for("[x] P1.1");
    // P1.2: not in the plan.
    s.keys(&["j", "x"]);
    s.wait_for("[-] P1.2");
    // Back on P1.1, start a note and leave it open: the line drops mid-sentence.
    s.keys(&["k", "n"]);
    s.wait_for("P1.1: Notes");
    s.keys(&["Ministry agreed in principle", "Enter", "budget still open"]);
    s.wait_for("budget still open");

    let pid = s.child.process_id().expect("a pid") as i32;
    // SAFETY: sending a signal to our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGHUP) }, 0);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = s.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "napwiz did not exit after SIGHUP");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(!status.success(), "exits with 128+SIGHUP, not success");

    let text = std::fs::read_to_string(&plan).unwrap();
    let saved = from_ron("nap.ron", &text).expect("a complete plan").plan;
    let p11 = saved.decision("P1.1").expect("P1.1 recorded");
    assert_eq!(p11.inclusion, Inclusion::Included);
    assert_eq!(p11.priority, Some(Priority::High));
    assert_eq!(p11.lead.as_deref(), Some("nco"), "the suggested lead");
    assert_eq!(p11.partners.len(), 1, "{:?}", p11.partners);
    assert!(!p11.indicators.is_empty(), "indicators pre-filled from the content pack");
    assert_eq!(p11.notes, "Ministry agreed in principle\nbudget still open");
    assert_eq!(saved.decision("P1.2").unwrap().inclusion, Inclusion::Excluded);
    assert!(
        !napwiz::store::lock_path(&plan).exists() || napwiz::store::PlanFile::open(&plan).is_ok(),
        "the lock is free again"
    );
}

#[test]
fn a_second_session_opens_the_plan_read_only_and_says_who_has_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan = dir.path().join("nap.ron");
    let out = Command::new(BIN)
        .args(["demo", plan.to_str().unwrap()])
        .env("NAPWIZ_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut first = Session::start(&data, &plan);
    first.wait_for("step 2 of 10");
    let mut second = Session::start(&data, &plan);
    second.wait_for("READ-ONLY");
    second.wait_for("open in another napwiz");
    let before = std::fs::read(&plan).unwrap();
    second.keys(&["]", "]", "Enter", "j", "Space"]);
    second.wait_for("read-only");
    assert_eq!(std::fs::read(&plan).unwrap(), before, "the read-only session changed nothing");
    for s in [&mut first, &mut second] {
        s.keys(&["q"]);
    }
    for s in [&mut first, &mut second] {
        let start = Instant::now();
        while s.child.try_wait().unwrap().is_none() {
            assert!(start.elapsed() < Duration::from_secs(10), "napwiz did not quit on q");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn a_panic_restores_the_terminal_and_keeps_the_note_being_typed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan = dir.path().join("nap.ron");
    let out = Command::new(BIN)
        .args(["demo", plan.to_str().unwrap()])
        .env("NAPWIZ_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut s = Session::start_with(&data, &plan, &[("NAPWIZ_DEBUG_PANIC", "1")]);
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]", "Enter", "j", "n"]);
    s.wait_for("P1.1: Notes");
    s.keys(&[" Typed just before the crash."]);
    s.wait_for("before the crash");
    s.keys(&["F12"]);
    let start = Instant::now();
    while s.child.try_wait().unwrap().is_none() {
        assert!(start.elapsed() < Duration::from_secs(10), "napwiz did not stop after the panic");
        std::thread::sleep(Duration::from_millis(20));
    }
    s.wait_for("internal error");
    assert!(!s.screen.lock().unwrap().screen().alternate_screen(), "the terminal was restored");
    let saved = from_ron("nap.ron", &std::fs::read_to_string(&plan).unwrap()).unwrap().plan;
    assert!(saved.decision("P1.1").unwrap().notes.ends_with("Typed just before the crash."));
}
