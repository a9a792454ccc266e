//! The real binary in a pseudo-terminal: decisions recorded with the keyboard, then the line
//! drops (SIGHUP) in the middle of typing a note, and every decision (and the note) is in the
//! plan file.

#![cfg(unix)]

use std::path::Path;
use std::process::Command;

use napwiz::plan::{Inclusion, Priority, from_ron};

mod common;
use common::pty::{BIN, Session, write_demo};

/// A temporary folder with the demo plan `nap.ron` and a data folder.
fn demo_files() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan = dir.path().join("nap.ron");
    write_demo(&plan, &data);
    (dir, data, plan)
}

/// napwiz on `plan`, with its data folder in `data`.
fn start(data: &Path, plan: &Path, env: &[(&str, &str)]) -> Session {
    let mut vars = vec![("NAPWIZ_DATA_DIR", data.to_str().unwrap())];
    vars.extend_from_slice(env);
    Session::start(&[plan.to_str().unwrap()], &vars)
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

    let mut s = start(&data, &plan, &[]);
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

    let pid = s.pid() as i32;
    // SAFETY: sending a signal to our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGHUP) }, 0);
    let status = s.wait_exit("SIGHUP");
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
    let (_dir, data, plan) = demo_files();
    let first = start(&data, &plan, &[]);
    first.wait_for("step 2 of 10");
    let mut second = start(&data, &plan, &[]);
    // Read-only, and following the first session's changes (issue 20).
    second.wait_for("FOLLOWING");
    second.wait_for("has this plan open, so it opened read-only");
    let before = std::fs::read(&plan).unwrap();
    second.keys(&["]", "]", "Enter", "j", "Space"]);
    second.wait_for("read-only");
    assert_eq!(std::fs::read(&plan).unwrap(), before, "the read-only session changed nothing");
    second.quit();
    first.quit();
}

#[test]
fn a_panic_restores_the_terminal_and_keeps_the_note_being_typed() {
    let (_dir, data, plan) = demo_files();
    let mut s = start(&data, &plan, &[("NAPWIZ_DEBUG_PANIC", "1")]);
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]", "Enter", "j", "n"]);
    s.wait_for("P1.1: Notes");
    s.keys(&[" Typed just before the crash."]);
    s.wait_for("before the crash");
    s.keys(&["F12"]);
    s.wait_exit("the panic");
    s.wait_for("internal error");
    assert!(!s.screen.lock().unwrap().screen().alternate_screen(), "the terminal was restored");
    let saved = from_ron("nap.ron", &std::fs::read_to_string(&plan).unwrap()).unwrap().plan;
    assert!(saved.decision("P1.1").unwrap().notes.ends_with("Typed just before the crash."));
}

#[test]
fn a_plan_changed_on_disk_is_not_overwritten_until_ctrl_s() {
    let (_dir, data, plan) = demo_files();
    let mut s = start(&data, &plan, &[]);
    s.wait_for("step 2 of 10");
    // Another program (an editor, git pull) changes the file behind napwiz's back.
    let theirs =
        std::fs::read_to_string(&plan).unwrap().replace("A. Facilitator", "B. Someone Else");
    std::fs::write(&plan, &theirs).unwrap();
    s.keys(&["]", "]", "Enter", "j", "3"]);
    s.wait_for("NOT SAVED");
    s.wait_for("Ctrl+S keeps yours");
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), theirs, "their version is untouched");
    s.keys(&["\x13"]);
    s.wait_for("| saved");
    let ours = from_ron("nap.ron", &std::fs::read_to_string(&plan).unwrap()).unwrap().plan;
    assert_eq!(ours.decision("P1.1").unwrap().priority, Some(Priority::Low));
    let backups = napwiz::store::Backups::in_dir(&data.join("backups"), &plan).list().unwrap();
    let overwritten = backups
        .iter()
        .find(|b| b.label.as_deref() == Some("overwritten"))
        .expect("theirs is backed up");
    assert_eq!(std::fs::read_to_string(&overwritten.path).unwrap(), theirs);
    s.quit();
}

/// Over SSH, line noise or a `wall` message lands on the screen; napwiz sends only what changed,
/// so only Ctrl+L puts the whole screen right again.
#[test]
fn ctrl_l_repaints_a_screen_spoilt_by_line_noise() {
    let (_dir, data, plan) = demo_files();
    let mut s = start(&data, &plan, &[]);
    s.wait_for("Plan setup");
    s.keys(&["]", "]"]);
    s.wait_for("Prevention");
    s.keys(&["j", "k"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    // Rows compared without their trailing blanks: spaces sent and cells erased look alike.
    let rows = |text: String| text.lines().map(|l| l.trim_end().to_string()).collect::<Vec<_>>();
    let clean = rows(s.contents());
    s.screen.lock().unwrap().process(b"\x1b[14;30HBroadcast message from root");
    assert!(s.contents().contains("Broadcast message"), "the noise is on the screen");
    s.keys(&["j", "k"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(s.contents().contains("Broadcast message"), "a move repaints only what changed");
    s.keys(&["\x0c"]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(rows(s.contents()), clean, "Ctrl+L puts the screen right");
    s.quit();
}

/// Over SSH the link is thin: while keys move down the list the item's description waits, and
/// once they pause it is drawn (the app's timer must deliver the pause).
#[test]
fn over_ssh_the_description_follows_once_the_keys_pause() {
    let (_dir, data, plan) = demo_files();
    let mut s = start(&data, &plan, &[("SSH_CONNECTION", "10.0.0.2 52144 10.0.0.1 22")]);
    s.wait_for("Plan setup");
    s.keys(&["]", "]"]);
    s.wait_for("P1: Build an evidence base");
    s.keys(&["j"]);
    s.wait_for("P2: Raise awareness");
    s.keys(&["j", "j", "j"]);
    s.wait_for("P5: Address root causes");
    s.quit();
}

/// A small plan writes in a few milliseconds: its autosave runs before the frame, so the header
/// goes from "saved" to "saved" and never shows UNSAVED for the moment a paused save would wait.
#[test]
fn a_small_plan_is_saved_before_its_frame_is_drawn() {
    let (_dir, data, plan) = demo_files();
    let mut s = start(&data, &plan, &[]);
    s.wait_for("Plan setup");
    s.keys(&["]", "]"]);
    s.wait_for("Prevention");
    s.keys(&["Enter", "j"]);
    s.wait_for("P1.1:");
    let before = std::fs::read_to_string(&plan).unwrap();
    s.raw.lock().unwrap().clear();
    s.keys(&[" "]);
    s.wait_for("not included");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let sent = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert!(!sent.contains("UNSAVED"), "the header flashed UNSAVED: {sent:?}");
    assert_ne!(std::fs::read_to_string(&plan).unwrap(), before, "the decision is in the file");
    s.quit();
}
