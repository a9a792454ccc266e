//! The change journal of a big plan, with the real binary in a pseudo-terminal: the wizard's
//! autosave appends to `PLAN.journal` (NAPWIZ_JOURNAL_FROM=1 makes the demo plan "big"), a
//! `kill -9` loses no decision, `napwiz export` sees what the wizard has journalled, quitting
//! folds the journal into a plan file identical to the one a plain save writes, a journal whose
//! plan was changed outside napwiz is kept aside and reported, never applied, and a torn last
//! record is dropped with a notice while the records before it are kept.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use napwiz::plan::{Priority, to_ron};
use napwiz::store::{PlanFile, journal_path};

mod common;
use common::pty::{BIN, Session, write_demo};

struct Files {
    _dir: tempfile::TempDir,
    data: PathBuf,
    plan: PathBuf,
}

fn demo_files() -> Files {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan = dir.path().join("work").join("nap.ron");
    write_demo(&plan, &data);
    Files { _dir: dir, data, plan }
}

/// The wizard on the plan; `journal` makes every plan big enough to journal.
fn start(files: &Files, journal: bool) -> Session {
    let home = files.data.parent().unwrap().to_str().unwrap();
    let mut env = vec![("NAPWIZ_DATA_DIR", files.data.to_str().unwrap()), ("HOME", home)];
    if journal {
        env.push(("NAPWIZ_JOURNAL_FROM", "1"));
    }
    Session::start(&[files.plan.to_str().unwrap()], &env)
}

/// Lowers P1.1's priority (and, with `second`, raises P1.2's) and waits for each autosave.
fn decide(s: &mut Session, second: bool) {
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]", "Enter", "j", "3"]);
    s.wait_for("P1.1    L");
    s.wait_for("| saved");
    if second {
        s.keys(&["j", "1"]);
        s.wait_for("P1.2    H");
        s.wait_for("| saved");
    }
}

/// Waits until the journal holds `records` records (the autosave after the pause in keys).
fn wait_for_records(plan: &Path, records: usize) {
    let start = Instant::now();
    let count = || {
        let text = std::fs::read_to_string(journal_path(plan)).unwrap_or_default();
        text.lines().filter(|l| l.starts_with("record ")).count()
    };
    while count() < records {
        assert!(start.elapsed() < Duration::from_secs(10), "never journalled {records}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn priority(file: &PlanFile, id: &str) -> Option<Priority> {
    file.plan.decision(id).unwrap().priority
}

/// The plan on disk without its journal: what a reader that ignored the journal would see.
fn file_alone(plan: &Path) -> Option<Priority> {
    let text = std::fs::read_to_string(plan).unwrap();
    napwiz::plan::from_ron("plan", &text).unwrap().plan.decision("P1.1").unwrap().priority
}

fn kill_9(s: &mut Session) {
    // SAFETY: sending a signal to our own child process.
    assert_eq!(unsafe { libc::kill(s.pid() as i32, libc::SIGKILL) }, 0);
    s.wait_exit("SIGKILL");
}

#[test]
fn a_kill_after_a_decision_in_a_big_plan_loses_nothing() {
    let files = demo_files();
    let mut s = start(&files, true);
    decide(&mut s, false);
    wait_for_records(&files.plan, 1);
    assert_eq!(file_alone(&files.plan), Some(Priority::High), "the plan file was not rewritten");
    kill_9(&mut s);
    let read = PlanFile::read(&files.plan).unwrap();
    assert_eq!(priority(&read, "P1.1"), Some(Priority::Low));
    assert!(journal_path(&files.plan).exists(), "a reader never removes the journal");
    let again = start(&files, true);
    again.wait_for("Applied 1 change from");
    again.quit();
    assert_eq!(file_alone(&files.plan), Some(Priority::Low), "the writer folded it in");
    assert!(!journal_path(&files.plan).exists());
}

#[test]
fn export_sees_what_the_wizard_has_journalled() {
    let files = demo_files();
    let mut s = start(&files, true);
    decide(&mut s, false);
    wait_for_records(&files.plan, 1);
    let out = std::process::Command::new(BIN)
        .args(["export".as_ref(), files.plan.as_os_str(), "--format".as_ref(), "csv".as_ref()])
        .env("NAPWIZ_DATA_DIR", &files.data)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = std::fs::read_to_string(files.plan.with_file_name("nap-actions.csv")).unwrap();
    let row = csv.lines().find(|l| l.starts_with("Action 4.1.1,")).expect("P1.1's row");
    assert!(row.contains(",low,"), "{row}");
    assert!(journal_path(&files.plan).exists(), "export leaves the wizard's journal alone");
    s.quit();
}

#[test]
fn quitting_leaves_no_journal_and_the_plan_a_whole_save_writes() {
    let (journalled, whole) = (demo_files(), demo_files());
    std::fs::copy(&journalled.plan, &whole.plan).unwrap();
    std::thread::scope(|scope| {
        for (files, journal) in [(&journalled, true), (&whole, false)] {
            scope.spawn(move || {
                let mut s = start(files, journal);
                decide(&mut s, true);
                if journal {
                    wait_for_records(&files.plan, 2);
                }
                s.quit();
            });
        }
    });
    assert!(!journal_path(&journalled.plan).exists());
    let (a, b) = (std::fs::read(&journalled.plan).unwrap(), std::fs::read(&whole.plan).unwrap());
    assert!(a == b, "the folded plan differs from a whole save");
}

#[test]
fn a_journal_of_a_plan_changed_outside_napwiz_is_kept_and_never_applied() {
    let files = demo_files();
    let mut s = start(&files, true);
    decide(&mut s, false);
    wait_for_records(&files.plan, 1);
    kill_9(&mut s);
    // A hand edit (or a git checkout) after the session.
    let text = std::fs::read_to_string(&files.plan).unwrap();
    std::fs::write(&files.plan, text.replacen("title: \"", "title: \"Edited ", 1)).unwrap();
    let read = PlanFile::read(&files.plan).unwrap();
    assert_eq!(priority(&read, "P1.1"), Some(Priority::High), "not applied");
    let journal = journal_path(&files.plan).display().to_string();
    assert!(read.notices.iter().any(|n| n.contains(&journal) && n.contains("not applied")));
    assert!(journal_path(&files.plan).exists(), "a reader leaves it where it is");
    let opened = PlanFile::open(&files.plan).unwrap();
    assert_eq!(priority(&opened, "P1.1"), Some(Priority::High));
    let kept = opened.notices.iter().find(|n| n.contains("is kept as")).expect("says where");
    assert!(!journal_path(&files.plan).exists(), "moved aside");
    let stale = std::fs::read_dir(files.plan.parent().unwrap())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("nap.ron.journal.stale-"))
        .expect("the stale journal is kept");
    assert!(kept.contains(&stale.display().to_string()), "{kept}");
}

#[test]
fn a_torn_last_record_is_dropped_with_a_notice_and_earlier_ones_kept() {
    let files = demo_files();
    let mut s = start(&files, true);
    decide(&mut s, true);
    wait_for_records(&files.plan, 2);
    kill_9(&mut s);
    // A power cut in the middle of the second append.
    let journal = journal_path(&files.plan);
    let len = std::fs::metadata(&journal).unwrap().len();
    std::fs::OpenOptions::new().write(true).open(&journal).unwrap().set_len(len - 40).unwrap();
    let read = PlanFile::read(&files.plan).unwrap();
    assert_eq!(priority(&read, "P1.1"), Some(Priority::Low), "the first record is kept");
    assert_eq!(priority(&read, "P1.2"), Some(Priority::Low), "the torn one is dropped");
    assert!(
        read.notices.iter().any(|n| n.contains("Left out 1 damaged change")),
        "{:?}",
        read.notices
    );
    let mut opened = PlanFile::open(&files.plan).unwrap();
    let good = std::fs::metadata(&journal).unwrap().len();
    assert!(good < len - 40, "the writer cut the torn record off");
    opened.compact().unwrap();
    assert!(!journal.exists());
    let text = std::fs::read_to_string(&files.plan).unwrap();
    assert_eq!(text, to_ron(&opened.plan));
    assert_eq!(priority(&opened, "P1.1"), Some(Priority::Low));
}

/// Plain mode on the journalling plan, answered up to P1.1 not included; its input is left open
/// (dropping it ends the walk).
fn plain_excluding_p1_1(
    files: &Files,
    stdout: std::process::Stdio,
) -> (std::process::Child, std::process::ChildStdin) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(BIN)
        .args(["--plain".as_ref(), files.plan.as_os_str()])
        .env("NAPWIZ_DATA_DIR", &files.data)
        .env("NAPWIZ_JOURNAL_FROM", "1")
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The setup fields and the roster kept, P1 opened, P1.1 not included.
    let keep = "\n".repeat(10 + 1 + 1);
    stdin.write_all(format!("{keep}x\n").as_bytes()).unwrap();
    stdin.flush().unwrap();
    (child, stdin)
}

#[test]
fn plain_mode_journals_each_decision_and_folds_the_journal_in_at_the_end() {
    let files = demo_files();
    let (mut child, stdin) = plain_excluding_p1_1(&files, std::process::Stdio::null());
    wait_for_records(&files.plan, 1);
    let journalled = PlanFile::read(&files.plan).unwrap();
    assert!(!journalled.plan.decision("P1.1").unwrap().is_included());
    let alone = std::fs::read_to_string(&files.plan).unwrap();
    let alone = napwiz::plan::from_ron("plan", &alone).unwrap().plan;
    assert!(alone.decision("P1.1").unwrap().is_included(), "the plan file was not rewritten");
    drop(stdin);
    assert!(child.wait().unwrap().success());
    assert!(!journal_path(&files.plan).exists(), "the end of the walk folds it in");
    let text = std::fs::read_to_string(&files.plan).unwrap();
    assert_eq!(text, to_ron(&journalled.plan));
}

/// The newest backup's plan and the note its command wrote.
fn napwiz_cli(files: &Files, args: &[&str]) -> String {
    let out = std::process::Command::new(BIN)
        .args(args)
        .env("NAPWIZ_DATA_DIR", &files.data)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{args:?}: {err}");
    err
}

#[test]
fn replacing_a_plan_keeps_its_journalled_changes_in_the_backup_taken_first() {
    let files = demo_files();
    let mut s = start(&files, true);
    decide(&mut s, false);
    wait_for_records(&files.plan, 1);
    kill_9(&mut s);
    let plan = files.plan.to_str().unwrap();
    let journal = journal_path(&files.plan).display().to_string();

    // `new --force` over it: the before-replace backup holds the journalled decision.
    let err = napwiz_cli(
        &files,
        &[
            "new",
            plan,
            "--title",
            "Fresh",
            "--country",
            "X",
            "--from",
            "2027",
            "--to",
            "2030",
            "--force",
        ],
    );
    assert!(err.contains(&format!("1 change in '{journal}'")), "{err}");
    assert!(err.contains("went into the backup"), "{err}");
    assert!(!journal_path(&files.plan).exists(), "its changes are in the backup: removed");
    let fresh = PlanFile::read(&files.plan).unwrap();
    assert_eq!(fresh.plan.meta.title, "Fresh");
    assert!(fresh.notices.is_empty(), "no stale journal reported: {:?}", fresh.notices);

    // Restoring that backup brings the decision back, journal and all.
    let replaced = backup_numbered(&files, "before-replace");
    napwiz_cli(&files, &["backups", plan, "--restore", &replaced]);
    let restored = PlanFile::read(&files.plan).unwrap();
    assert_eq!(priority(&restored, "P1.1"), Some(Priority::Low), "the journalled decision");
    assert_eq!(file_alone(&files.plan), Some(Priority::Low), "written into the file itself");
}

/// The number `napwiz backups` gives the newest backup labelled `label`.
fn backup_numbered(files: &Files, label: &str) -> String {
    let out = std::process::Command::new(BIN)
        .args(["backups".as_ref(), files.plan.as_os_str()])
        .env("NAPWIZ_DATA_DIR", &files.data)
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&out.stdout).into_owned();
    let line = list.lines().find(|l| l.contains(&format!("[{label}]"))).expect("the backup");
    line.split_whitespace().next().unwrap().to_string()
}

#[test]
fn restoring_over_a_journalled_plan_backs_up_what_the_wizard_showed() {
    let files = demo_files();
    let plan = files.plan.to_str().unwrap();
    // A backup to restore: the demo plan before it is written again.
    napwiz_cli(&files, &["demo", plan, "--force"]);
    let mut s = start(&files, true);
    decide(&mut s, false);
    wait_for_records(&files.plan, 1);
    kill_9(&mut s);
    let err = napwiz_cli(
        &files,
        &["backups", plan, "--restore", &backup_numbered(&files, "before-replace")],
    );
    assert!(err.contains("went into the backup"), "{err}");
    assert!(!journal_path(&files.plan).exists());
    assert_eq!(file_alone(&files.plan), Some(Priority::High), "the demo plan restored");
    // The backup taken before the restore holds the wizard's last state, journal included.
    let before = backup_numbered(&files, "before-restore");
    napwiz_cli(&files, &["backups", plan, "--restore", &before]);
    assert_eq!(file_alone(&files.plan), Some(Priority::Low), "the journalled decision");
}

/// Sets the file size limit (`ulimit -f`) of a running process.
#[cfg(target_os = "linux")]
fn limit_file_size(pid: u32, bytes: u64) {
    let pid = pid as libc::pid_t;
    let mut now = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: reads our own child's limit into a valid rlimit; no pointer is kept.
    let read = unsafe { libc::prlimit(pid, libc::RLIMIT_FSIZE, std::ptr::null(), &mut now) };
    assert_eq!(read, 0, "prlimit: {}", std::io::Error::last_os_error());
    // The soft limit only, under the hard one: it can be raised again.
    let limit = libc::rlimit { rlim_cur: bytes.min(now.rlim_max), rlim_max: now.rlim_max };
    // SAFETY: a valid rlimit for our own child process; no pointer is kept.
    let done = unsafe { libc::prlimit(pid, libc::RLIMIT_FSIZE, &limit, std::ptr::null_mut()) };
    assert_eq!(done, 0, "prlimit: {}", std::io::Error::last_os_error());
}

#[cfg(target_os = "linux")]
#[test]
fn a_journal_that_cannot_be_folded_in_keeps_every_change_and_says_where() {
    let files = demo_files();
    let mut s = start(&files, true);
    decide(&mut s, false);
    wait_for_records(&files.plan, 1);
    let before = std::fs::read(&files.plan).unwrap();
    // Room for the journal to grow a little, not for the whole plan: folding it in fails.
    let journal_len = std::fs::metadata(journal_path(&files.plan)).unwrap().len();
    assert!(journal_len + 4096 < before.len() as u64);
    limit_file_size(s.pid(), journal_len + 4096);
    s.keys(&["q"]);
    let status = s.wait_exit("q with the journal not folded in");
    assert!(status.success(), "quit without asking: nothing is lost ({status:?})");
    let said = s.contents();
    let journal = journal_path(&files.plan).display().to_string();
    assert!(said.contains(&journal) && said.contains("not yet in"), "{said}");
    assert_eq!(std::fs::read(&files.plan).unwrap(), before, "the plan file is untouched");
    let read = PlanFile::read(&files.plan).unwrap();
    assert_eq!(priority(&read, "P1.1"), Some(Priority::Low), "the journal holds the decision");
    // Without the limit, the next wizard folds it in.
    let again = start(&files, true);
    again.wait_for("Applied 1 change from");
    again.quit();
    assert_eq!(file_alone(&files.plan), Some(Priority::Low));
    assert!(!journal_path(&files.plan).exists());
}

#[cfg(target_os = "linux")]
#[test]
fn plain_mode_says_where_the_changes_are_when_the_journal_cannot_be_folded_in() {
    use std::io::Read;
    let files = demo_files();
    let (mut child, stdin) = plain_excluding_p1_1(&files, std::process::Stdio::piped());
    wait_for_records(&files.plan, 1);
    let before = std::fs::read(&files.plan).unwrap();
    let journal_len = std::fs::metadata(journal_path(&files.plan)).unwrap().len();
    limit_file_size(child.id(), journal_len + 4096);
    drop(stdin);
    let mut out = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    assert!(child.wait().unwrap().success(), "{out}");
    let journal = journal_path(&files.plan).display().to_string();
    assert!(out.contains("(ulimit -f): File too large (os error 27)); they are safe"), "{out}");
    assert!(out.contains(&format!("they are safe in '{journal}'")), "{out}");
    assert_eq!(std::fs::read(&files.plan).unwrap(), before, "the plan file is untouched");
    let read = PlanFile::read(&files.plan).unwrap();
    assert!(!read.plan.decision("P1.1").unwrap().is_included(), "the journal holds it");
}

#[cfg(target_os = "linux")]
#[test]
fn after_a_failed_fold_the_journal_takes_the_next_changes() {
    let files = demo_files();
    let mut s = start(&files, true);
    decide(&mut s, false);
    wait_for_records(&files.plan, 1);
    let journal_len = std::fs::metadata(journal_path(&files.plan)).unwrap().len();
    limit_file_size(s.pid(), journal_len + 4096);
    s.keys(&["\x13"]);
    s.wait_for("File too large");
    limit_file_size(s.pid(), libc::RLIM_INFINITY);
    s.keys(&["j", "1"]);
    s.wait_for("P1.2    H");
    wait_for_records(&files.plan, 2);
    s.quit();
    let folded = PlanFile::read(&files.plan).unwrap();
    assert!(!journal_path(&files.plan).exists(), "folded in on quit");
    assert_eq!(file_alone(&files.plan), Some(Priority::Low));
    assert_eq!(priority(&folded, "P1.2"), Some(Priority::High));
}

#[test]
fn a_follower_reads_on_from_the_journal_until_the_plan_file_is_rewritten() {
    use napwiz::content::Content;
    use napwiz::plan::diff::apply_change;
    use napwiz::store::read_on;
    let files = demo_files();
    let mut s = start(&files, true);
    decide(&mut s, false);
    wait_for_records(&files.plan, 1);
    let first = PlanFile::read(&files.plan).unwrap();
    let to = first.read_to().expect("where the read ended");
    let (none, same) = read_on(&files.plan, to).expect("nothing changed");
    assert!(none.is_empty());
    assert_eq!(same, to);
    s.keys(&["j", "1"]);
    s.wait_for("P1.2    H");
    wait_for_records(&files.plan, 2);
    let (records, further) = read_on(&files.plan, to).expect("only the journal grew");
    assert_eq!(records.len(), 1, "only the record after the first read");
    let mut plan = first.plan.clone();
    let record = records.into_iter().next().unwrap();
    let (_, lines) = apply_change(&mut plan, record, &Content::embedded());
    assert_eq!(lines, ["P1.2 priority: low -> high"]);
    assert_eq!(plan, PlanFile::read(&files.plan).unwrap().plan, "as a whole read");
    assert!(read_on(&files.plan, further).unwrap().0.is_empty());
    s.quit();
    assert!(read_on(&files.plan, further).is_none(), "the plan file was rewritten: read whole");
}
