//! The real binary in a pseudo-terminal, on every way out: a save that fails (folder removed or
//! replaced by a file; both fail as root too) then `q`; SIGINT, SIGQUIT, SIGTERM and SIGHUP in
//! the middle of each text dialog; a clean quit. Nothing typed is lost, the exit names the file
//! that holds it, and no lock file is left behind.

#![cfg(unix)]

use std::path::{Path, PathBuf};

use napwiz::plan::{Inclusion, Plan, Priority, from_ron};
use napwiz::store::lock_path;

mod common;
use common::pty::{Session, write_demo};

const CTRL_S: &str = "\x13";

struct Files {
    _dir: tempfile::TempDir,
    data: PathBuf,
    folder: PathBuf,
    plan: PathBuf,
}

/// The demo plan as `work/nap.ron` in a temporary folder, with its own data folder.
fn demo_files() -> Files {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let folder = dir.path().join("work");
    let plan = folder.join("nap.ron");
    write_demo(&plan, &data);
    Files { _dir: dir, data, folder, plan }
}

fn start(files: &Files, plan: Option<&Path>) -> Session {
    let home = files.data.parent().unwrap().to_str().unwrap();
    let env = [("NAPWIZ_DATA_DIR", files.data.to_str().unwrap()), ("HOME", home)];
    match plan {
        Some(plan) => Session::start(&[plan.to_str().unwrap()], &env),
        None => Session::start(&[], &env),
    }
}

fn load(path: &Path) -> Plan {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("could not read {}: {e}", path.display()));
    from_ron("kept", &text).expect("a complete plan").plan
}

/// The screen with wrapped lines joined, so a long path reads whole.
fn joined(s: &Session) -> String {
    s.contents().lines().map(str::trim_end).collect::<String>()
}

/// The file named between quotes right after `after` in the exit message.
fn named_file(s: &Session, after: &str) -> PathBuf {
    let text = joined(s);
    let start =
        text.find(after).unwrap_or_else(|| panic!("no {after:?} in:\n{text}")) + after.len();
    let end = text[start..].find('\'').expect("a closing quote") + start;
    PathBuf::from(&text[start..end])
}

/// Records decisions that are saved, then makes the plan's folder unusable with `break_folder`
/// and records more (which cannot be saved) and a note. Returns the session showing NOT SAVED.
fn decide_then_lose_the_folder(files: &Files, break_folder: impl FnOnce(&Path)) -> Session {
    let mut s = start(files, Some(&files.plan));
    s.wait_for("step 2 of 10");
    // P1.1 to low priority: saved.
    s.keys(&["]", "]", "Enter", "j", "3"]);
    let started = std::time::Instant::now();
    while load(&files.plan).decision("P1.1").unwrap().priority != Some(Priority::Low) {
        assert!(started.elapsed().as_secs() < 10, "P1.1's priority was never saved");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    break_folder(&files.folder);
    // P1.2 excluded, and a note on P1.1: in no file yet.
    s.keys(&["j", "x"]);
    s.wait_for("NOT SAVED");
    s.keys(&["k", "n", " Said in the room", CTRL_S]);
    s
}

fn assert_everything_in(plan: &Plan) {
    assert_eq!(plan.decision("P1.1").unwrap().priority, Some(Priority::Low));
    assert_eq!(plan.decision("P1.2").unwrap().inclusion, Inclusion::Excluded);
    assert!(plan.decision("P1.1").unwrap().notes.ends_with("Said in the room"));
}

#[test]
fn q_after_the_plans_folder_is_removed_keeps_everything_in_the_backup_it_names() {
    let files = demo_files();
    let mut s = decide_then_lose_the_folder(&files, |dir| std::fs::remove_dir_all(dir).unwrap());
    s.wait_for("keep a backup, then quit");
    assert!(joined(&s).contains("no longer exists"), "the reason: {}", s.contents());
    s.keys(&["q"]);
    s.wait_for("Your changes are NOT saved");
    s.keys(&["b"]);
    assert!(s.wait_exit("b").success());
    let kept = named_file(&s, "is in the emergency backup '");
    assert!(kept.starts_with(&files.data), "{}", kept.display());
    assert_everything_in(&load(&kept));
}

#[test]
fn q_after_the_plans_folder_is_replaced_by_a_file_saves_elsewhere() {
    let files = demo_files();
    let mut s = decide_then_lose_the_folder(&files, |dir| {
        std::fs::remove_dir_all(dir).unwrap();
        std::fs::write(dir, "not a folder").unwrap();
    });
    s.wait_for("keep a backup, then quit");
    assert!(joined(&s).contains("was replaced by a file"), "the reason: {}", s.contents());
    s.keys(&["q"]);
    s.wait_for("Your changes are NOT saved");
    s.keys(&["s"]);
    s.wait_for("Save the plan in this file");
    s.keys(&["Enter"]);
    assert!(s.wait_exit("saving elsewhere").success());
    // The exit message may reach the terminal just after the process ends.
    s.wait_for("the plan is saved in '");
    let saved = named_file(&s, "the plan is saved in '");
    assert_eq!(saved, files.data.join("plans").join("nap.ron"));
    assert_everything_in(&load(&saved));
    assert!(!lock_path(&saved).exists(), "the new file's lock is released");
}

#[test]
fn retrying_after_the_folder_is_back_saves_in_place_and_quits() {
    let files = demo_files();
    let mut s = decide_then_lose_the_folder(&files, |dir| std::fs::remove_dir_all(dir).unwrap());
    s.wait_for("keep a backup, then quit");
    s.keys(&["q"]);
    s.wait_for("Your changes are NOT saved");
    std::fs::create_dir(&files.folder).unwrap();
    s.keys(&["r"]);
    assert!(s.wait_exit("r").success());
    assert_everything_in(&load(&files.plan));
    assert!(!lock_path(&files.plan).exists(), "the lock is released");
}

#[test]
fn a_clean_quit_leaves_no_lock_file() {
    let files = demo_files();
    let lock = lock_path(&files.plan);
    let s = start(&files, Some(&files.plan));
    s.wait_for("step 2 of 10");
    assert!(lock.exists(), "the plan is locked while open");
    s.quit();
    assert!(!lock.exists(), "q left {}", lock.display());
    // The start screen from the step list, then Esc and a confirmed quit.
    let mut s = start(&files, Some(&files.plan));
    s.wait_for("step 2 of 10");
    s.keys(&["s", "g", "Enter"]);
    s.wait_for("step 1 of 10");
    s.keys(&["Esc"]);
    s.wait_for("Quit napwiz?");
    s.keys(&["y"]);
    assert!(s.wait_exit("a confirmed quit").success());
    assert!(!lock.exists(), "a confirmed quit left {}", lock.display());
}

// ---------------------------------------------------------------------------------------------
// Signals in the middle of typing

const SIGNALS: [(i32, &str); 4] = [
    (libc::SIGINT, "SIGINT"),
    (libc::SIGQUIT, "SIGQUIT"),
    (libc::SIGTERM, "SIGTERM"),
    (libc::SIGHUP, "SIGHUP"),
];

/// For each signal at once: opens a dialog with `open`, types `text`, sends the signal, and
/// checks with `kept` what the saved plan holds. Every exit but SIGHUP's names the plan file.
fn each_signal_while_typing(open: &[&str], text: &str, kept: impl Fn(&Plan) -> bool + Sync) {
    std::thread::scope(|scope| {
        for (signal, name) in SIGNALS {
            let kept = &kept;
            scope.spawn(move || {
                let files = demo_files();
                let mut s = start(&files, Some(&files.plan));
                s.wait_for("step 2 of 10");
                s.keys(open);
                s.keys(&[text]);
                // The end of the text: the start may be wrapped or scrolled away.
                s.wait_for(text.split_whitespace().last().unwrap());
                // SAFETY: sending a signal to our own child process.
                assert_eq!(unsafe { libc::kill(s.pid() as i32, signal) }, 0);
                assert!(!s.wait_exit(name).success(), "{name}: exits with 128+signal");
                let saved = load(&files.plan);
                assert!(kept(&saved), "{name}: the text typed is not in the plan");
                if signal != libc::SIGHUP {
                    s.wait_for(&format!("stopped by {name}"));
                    let said = named_file(&s, "the plan is saved in '");
                    assert_eq!(said, files.plan, "{name}");
                    assert!(joined(&s).contains("you were typing"), "{name}: {}", s.contents());
                }
                assert!(!lock_path(&files.plan).exists(), "{name}: the lock is left");
            });
        }
    });
}

#[test]
fn a_note_being_typed_survives_every_signal() {
    each_signal_while_typing(&["]", "]", "Enter", "j", "n"], " Typed before the signal", |p| {
        p.decision("P1.1").unwrap().notes.ends_with("Typed before the signal")
    });
}

#[test]
fn an_own_action_being_typed_survives_every_signal() {
    each_signal_while_typing(&["]", "]", "a"], "Train labour inspectors", |p| {
        p.custom_actions.iter().any(|a| a.goal == "P1" && a.text == "Train labour inspectors")
    });
}

#[test]
fn a_text_prompt_being_typed_survives_every_signal() {
    // Step 2's first field is the plan's title.
    each_signal_while_typing(&["Enter"], " (second draft)", |p| {
        p.meta.title.ends_with("(second draft)")
    });
}

#[test]
fn an_institution_being_typed_survives_every_signal() {
    // Not the prompt's own example, so the wait sees the typing.
    each_signal_while_typing(&["]", "a"], "Victim Support Office, VSO", |p| {
        p.roster.custom.iter().any(|c| c.code == "VSO" && c.name == "Victim Support Office")
    });
}

#[test]
fn a_new_plan_title_being_typed_survives_every_signal_in_a_file_it_names() {
    std::thread::scope(|scope| {
        for (signal, name) in SIGNALS {
            scope.spawn(move || {
                let files = demo_files();
                let mut s = start(&files, None);
                s.wait_for("New plan");
                s.keys(&["Enter", "Veldora 2027"]);
                s.wait_for("Veldora 2027");
                // SAFETY: sending a signal to our own child process.
                assert_eq!(unsafe { libc::kill(s.pid() as i32, signal) }, 0);
                s.wait_exit(name);
                let recovered: Vec<PathBuf> = std::fs::read_dir(files.data.join("recovered"))
                    .unwrap_or_else(|e| panic!("{name}: no recovered folder: {e}"))
                    .map(|e| e.unwrap().path())
                    .collect();
                assert_eq!(recovered.len(), 1, "{name}: {recovered:?}");
                let text = std::fs::read_to_string(&recovered[0]).unwrap();
                assert!(text.contains("Veldora 2027"), "{name}: {text}");
                if signal != libc::SIGHUP {
                    s.wait_for(&format!("stopped by {name}"));
                    assert_eq!(named_file(&s, "you were typing is in '"), recovered[0]);
                }
            });
        }
    });
}

#[test]
fn opening_another_plan_after_a_failed_save_keeps_the_work_in_an_emergency_backup() {
    let files = demo_files();
    let mut s = decide_then_lose_the_folder(&files, |dir| std::fs::remove_dir_all(dir).unwrap());
    s.wait_for("keep a backup, then quit");
    // The step list's first step is the start screen; its second entry opens the demo plan.
    s.keys(&["s", "g", "Enter", "j", "Enter"]);
    s.wait_for("emergency backup");
    let backups = napwiz::store::Backups::in_dir(&files.data.join("backups"), &files.plan);
    let list = backups.list().unwrap();
    let kept = list.iter().find(|b| b.label.as_deref() == Some("emergency")).expect("a backup");
    assert_everything_in(&load(&kept.path));
    s.quit();
}

// ---------------------------------------------------------------------------------------------
// A decision the autosave has not written yet (it waits for the keys to pause)

/// The autosave held back for a minute: only the way out itself can write the decision.
fn start_holding_autosave(files: &Files, extra: &[(&str, &str)]) -> Session {
    let home = files.data.parent().unwrap().to_str().unwrap();
    let mut env = vec![
        ("NAPWIZ_DATA_DIR", files.data.to_str().unwrap()),
        ("HOME", home),
        ("NAPWIZ_AUTOSAVE_PAUSE_MS", "60000"),
    ];
    env.extend_from_slice(extra);
    Session::start(&[files.plan.to_str().unwrap()], &env)
}

/// Sets P1.1's priority to low and waits until the screen shows it; the file still says high.
fn lower_p1_1(s: &mut Session, files: &Files) {
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]", "Enter", "j", "3"]);
    s.wait_for("P1.1    L");
    let on_disk = load(&files.plan).decision("P1.1").unwrap().priority;
    assert_eq!(on_disk, Some(Priority::High), "the autosave has not written it yet");
}

fn p1_1_priority(files: &Files) -> Option<Priority> {
    load(&files.plan).decision("P1.1").unwrap().priority
}

#[test]
fn a_decision_waiting_for_the_autosave_survives_every_signal() {
    std::thread::scope(|scope| {
        for (signal, name) in SIGNALS {
            scope.spawn(move || {
                let files = demo_files();
                let mut s = start_holding_autosave(&files, &[]);
                lower_p1_1(&mut s, &files);
                // SAFETY: sending a signal to our own child process.
                assert_eq!(unsafe { libc::kill(s.pid() as i32, signal) }, 0);
                assert!(!s.wait_exit(name).success(), "{name}: exits with 128+signal");
                assert_eq!(p1_1_priority(&files), Some(Priority::Low), "{name}");
                assert!(!lock_path(&files.plan).exists(), "{name}: the lock is left");
            });
        }
    });
}

#[test]
fn a_quit_saves_a_decision_waiting_for_the_autosave_without_asking() {
    let files = demo_files();
    let mut s = start_holding_autosave(&files, &[]);
    lower_p1_1(&mut s, &files);
    s.quit();
    assert_eq!(p1_1_priority(&files), Some(Priority::Low));
}

#[test]
fn a_panic_saves_a_decision_waiting_for_the_autosave() {
    let files = demo_files();
    let mut s = start_holding_autosave(&files, &[("NAPWIZ_DEBUG_PANIC", "1")]);
    lower_p1_1(&mut s, &files);
    s.keys(&["F12"]);
    s.wait_exit("the panic");
    assert_eq!(p1_1_priority(&files), Some(Priority::Low));
}

#[test]
fn the_autosave_writes_a_decision_once_the_keys_pause() {
    let files = demo_files();
    let mut s = start(&files, Some(&files.plan));
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]", "Enter", "j", "3"]);
    s.wait_for("P1.1    L");
    let start = std::time::Instant::now();
    while p1_1_priority(&files) != Some(Priority::Low) {
        assert!(start.elapsed() < std::time::Duration::from_secs(5), "never autosaved");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    s.wait_for("| saved");
    s.quit();
}
