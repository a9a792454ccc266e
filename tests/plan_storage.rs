//! Storage of plans, end to end: crash safety, the one-writer lock, changes made behind
//! napwiz's back, broken files, migration, unknown ids, control characters, permissions, failing
//! disks, and the plan commands of the command line.
//!
//! In-process saves write backups into `NAPWIZ_DATA_DIR`; it is set once for this whole test
//! binary to a private folder (see [`data_dir`]) before anything reads it, and every child
//! process gets the same folder, so no test ever touches the real home.

// This file reports on itself (timings, skips, paths); that is not napwiz's output (clippy.toml).
#![allow(clippy::disallowed_macros)]

use std::fs;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use napwiz::plan::{
    Baseline, Decision, Inclusion, PLAN_FORMAT, PLAN_VERSION, Period, Plan, Priority, Timeframe,
    demo_plan, from_ron, to_ron,
};
use napwiz::store::{
    Backups, ChangedOnDisk, Holder, LockUnverified, PlanFile, PlanLocked, ReadOnly, lock_path,
    write_atomic_with,
};

mod common;

fn data_dir() -> &'static Path {
    common::data_dir("plan_storage")
}

use common::content;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A fresh folder for one test's plan files (the data folder is set first).
fn workdir() -> tempfile::TempDir {
    data_dir();
    tempfile::tempdir().expect("a temporary folder")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Copies a fixture into `dir` as `name` and returns the copy's path.
fn copy_fixture(name: &str, dir: &Path, as_name: &str) -> PathBuf {
    let path = dir.join(as_name);
    fs::copy(fixture(name), &path).expect("copy the fixture");
    path
}

fn napwiz_cmd(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_napwiz"));
    cmd.env("NAPWIZ_DATA_DIR", data).stdin(Stdio::null());
    cmd
}

/// Runs napwiz with this binary's data folder.
fn napwiz<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    napwiz_in(data_dir(), args)
}

fn napwiz_in<I, S>(data: &Path, args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    napwiz_cmd(data).args(args).output().expect("run napwiz")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn describe(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        out.status.code(),
        stdout(out),
        stderr(out)
    )
}

/// A small plan made with the embedded content.
fn small_plan(title: &str) -> Plan {
    let mut plan = Plan::new(title, "Veldora", Period { first: 2027, last: 2030 }, content());
    plan.roster.institutions = vec!["moi".into(), "pros".into()];
    plan.items.insert(
        "P1.1".into(),
        Decision { baseline: Baseline::Missing, notes: "first note".into(), ..Decision::default() },
    );
    plan
}

/// Writes a plan with napwiz (so it has a backup) and releases it.
fn create_plan(path: &Path, plan: Plan) {
    data_dir();
    PlanFile::create(path, plan, false).expect("create the plan");
}

fn parse_file(path: &Path) -> Plan {
    let text = fs::read_to_string(path).expect("read the plan");
    from_ron(&path.display().to_string(), &text)
        .unwrap_or_else(|p| panic!("{} does not parse: {p}", path.display()))
        .plan
}

fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

fn temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("list the folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// xorshift64: a tiny deterministic generator, so the crash test is reproducible.
fn xorshift(mut x: u64) -> u64 {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    x
}

// ---------------------------------------------------------------------------------------------
// 1. Crash safety
// ---------------------------------------------------------------------------------------------

/// What one killed run of the save loop reported: whether it started, and the last save it
/// said was on disk.
struct LoopRun {
    started: bool,
    last_saved: Option<u64>,
}

/// Starts the save loop on `plan_path`, kills it (SIGKILL) `delay_ms` after it is ready, and
/// returns what it reported before dying.
fn kill_save_loop(plan_path: &Path, delay_ms: u64) -> LoopRun {
    let mut child = napwiz_cmd(data_dir())
        .arg("debug-save-loop")
        .arg(plan_path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the save loop");
    let mut lines = BufReader::new(child.stdout.take().expect("piped stdout")).lines();
    if lines.next().and_then(Result::ok).as_deref() != Some("ready") {
        let _ = child.kill();
        let out = child.wait_with_output().expect("wait for the save loop");
        panic!("the save loop did not start: {}", describe(&out));
    }
    // Reads "saved N" lines until the pipe closes with the process.
    let reader = std::thread::spawn(move || {
        lines.map_while(Result::ok).filter_map(|l| l.strip_prefix("saved ")?.parse().ok()).last()
    });
    std::thread::sleep(Duration::from_millis(delay_ms));
    child.kill().expect("kill the save loop");
    let status = child.wait().expect("reap the save loop");
    assert!(!status.success(), "the save loop ended by itself");
    LoopRun { started: true, last_saved: reader.join().expect("the output reader") }
}

/// `NAPWIZ_CRASH_KILLS=N` kills the save loop N times instead of the quick default.
fn crash_kills() -> u64 {
    std::env::var("NAPWIZ_CRASH_KILLS").ok().and_then(|n| n.parse().ok()).unwrap_or(40)
}

#[test]
fn killing_a_save_loop_at_random_moments_always_leaves_a_whole_plan() {
    let kills = crash_kills();
    let dir = workdir();
    let plan_path = dir.path().join("plan.ron");
    let demo_title = demo_plan(content()).meta.title;
    let actions: Vec<String> = content().actions().map(|(_, _, a)| a.id.clone()).collect();
    let started = Instant::now();
    let (mut before_first_save, mut in_flight) = (0, 0);
    let mut on_disk: Option<u64> = None;
    for round in 0..kills {
        let delay_ms = xorshift(xorshift((round + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15))) % 41;
        let run = kill_save_loop(&plan_path, delay_ms);
        assert!(run.started);
        let at = format!("kill {round} (after {delay_ms} ms)");

        let text = fs::read_to_string(&plan_path).unwrap_or_else(|e| panic!("{at}: {e}"));
        assert!(!text.trim().is_empty(), "{at}: empty plan file");
        let plan = from_ron("plan.ron", &text)
            .unwrap_or_else(|p| panic!("{at}: torn plan file: {p}"))
            .plan;
        if plan.meta.title == demo_title {
            // Killed before the first save of the first run: the demo plan written by `create`.
            assert_eq!(on_disk, None, "{at}: went back to the plan before the first save");
            before_first_save += 1;
            continue;
        }
        let saved: u64 = plan
            .monitoring
            .notes
            .strip_prefix("round ")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{at}: notes {:?}", plan.monitoring.notes));
        // Nothing a run reported saved is lost, and nothing older comes back.
        let floor = run.last_saved.max(on_disk);
        assert!(Some(saved) >= floor, "{at}: save {saved} on disk, but {floor:?} was reported");
        in_flight += usize::from(run.last_saved.is_some_and(|last| saved > last));
        on_disk = Some(saved);
        // Title, notes and the round's decision were written by the same save: one save, not a mix.
        assert_eq!(
            plan.meta.title,
            format!("version {}", saved % 2),
            "{at}: title from another save"
        );
        let decided = &actions[(saved % actions.len() as u64) as usize];
        let note = plan.decision(decided).map(|d| d.notes.as_str());
        assert_eq!(note, Some(format!("round {saved}").as_str()), "{at}: decision of {decided}");
    }
    eprintln!(
        "crash test: {kills} kills in {:?}: {} saves on disk at the end, {before_first_save} kills before the first save, {in_flight} saves finished but not yet reported; 0 torn, 0 empty, 0 lost",
        started.elapsed(),
        on_disk.map_or(0, |n| n + 1)
    );
    assert!(on_disk.is_some(), "the save loop never completed a save before being killed");

    // Killed saves may leave temporary files beside the plan; they are never the plan, and
    // they do not get in the way of the next load or save.
    let leftovers = temp_files(dir.path());
    eprintln!("crash test: {} temporary files left beside the plan", leftovers.len());
    for name in leftovers {
        assert!(
            name.starts_with(".plan.ron.") && name.ends_with(".tmp"),
            "unexpected temporary file {name}"
        );
    }
    let check = napwiz(["check".as_ref(), plan_path.as_os_str()]);
    assert!(check.status.success(), "{}", describe(&check));
    let mut file = PlanFile::open(&plan_path).expect("open after the crashes");
    file.plan.meta.title = "after the crashes".into();
    file.save().expect("save after the crashes");
    drop(file);
    assert_eq!(parse_file(&plan_path).meta.title, "after the crashes");
    // Every backup taken during the loop is a whole plan too.
    for backup in Backups::for_plan(&plan_path).list().expect("list backups") {
        parse_file(&backup.path);
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Two processes and the lock
// ---------------------------------------------------------------------------------------------

#[test]
fn a_plan_open_in_this_process_blocks_a_cli_restore_that_names_the_holder() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("locked"));
    let before = fs::read(&path).unwrap();
    let file = PlanFile::open(&path).expect("open the plan");
    let holder: Holder = ron::from_str(&fs::read_to_string(lock_path(&path)).unwrap())
        .expect("the lock file names its holder");
    assert_eq!(holder.pid, std::process::id());

    let out = napwiz(["backups".as_ref(), path.as_os_str(), "--restore".as_ref(), "1".as_ref()]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let err = stderr(&out);
    assert!(err.contains("is open in another napwiz"), "{err}");
    assert!(err.contains(&format!("(pid {})", std::process::id())), "{err}");
    assert!(err.contains(&holder.user), "{err}");
    assert!(err.contains(&holder.to_string()), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before, "the plan was changed");
    drop(file);

    // Once released, the restore goes through.
    let out = napwiz(["backups".as_ref(), path.as_os_str(), "--restore".as_ref(), "1".as_ref()]);
    assert!(out.status.success(), "{}", describe(&out));
}

#[test]
fn a_second_open_in_the_same_process_fails_with_plan_locked_naming_us() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("twice"));
    let first = PlanFile::open(&path).expect("first open");
    assert!(first.read_only.is_none());

    let err = PlanFile::open(&path).expect_err("a second writer must be refused");
    let locked =
        err.downcast_ref::<PlanLocked>().unwrap_or_else(|| panic!("not PlanLocked: {err:#}"));
    assert_eq!(locked.holder.pid, std::process::id());
    assert_eq!(locked.path, path);
    assert!(err.to_string().contains("is open in another napwiz"));

    drop(first);
    assert!(!lock_path(&path).exists(), "the lock file outlived its holder");
    let again = PlanFile::open(&path).expect("open after the first was closed");
    assert!(again.read_only.is_none());
}

#[test]
fn open_or_read_only_falls_back_to_read_only_and_refuses_to_save() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("read only"));
    let before = fs::read(&path).unwrap();
    let writer = PlanFile::open(&path).expect("first open");

    let mut reader = PlanFile::open_or_read_only(&path).expect("read-only open");
    match &reader.read_only {
        Some(ReadOnly::LockedBy(holder)) => assert_eq!(holder.pid, std::process::id()),
        other => panic!("expected LockedBy, got {other:?}"),
    }
    assert_eq!(reader.plan, writer.plan);
    reader.plan.meta.title = "sneaky".into();
    let err = reader.save().expect_err("a read-only plan must not save");
    let msg = format!("{err:#}");
    assert!(msg.contains("read-only"), "{msg}");
    assert!(msg.contains("open in another napwiz"), "{msg}");
    assert_eq!(fs::read(&path).unwrap(), before);

    drop(writer);
    let free = PlanFile::open_or_read_only(&path).expect("open when free");
    assert!(free.read_only.is_none(), "a free plan opens for writing");
}

#[test]
fn a_stale_lock_left_by_a_dead_process_is_taken_over_with_a_notice() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("stale"));
    // The host as napwiz itself records it.
    let host = {
        let file = PlanFile::open(&path).expect("open");
        let me: Holder = ron::from_str(&fs::read_to_string(lock_path(&path)).unwrap()).unwrap();
        drop(file);
        me.host
    };
    // Linux pids never reach 4e9 (pid_max is at most 2^22).
    let dead_pid = 4_000_000_000u32;
    assert!(!Path::new("/proc").join(dead_pid.to_string()).exists());
    let dead =
        Holder { user: "alice".into(), host, pid: dead_pid, since: "2026-11-27 09:00 CET".into() };
    fs::write(lock_path(&path), ron::to_string(&dead).unwrap()).unwrap();

    let file = PlanFile::open(&path).expect("a stale lock must not block the plan");
    assert!(file.read_only.is_none());
    let notices = file.notices.join("\n");
    assert!(notices.contains("stale lock"), "{notices}");
    assert!(notices.contains(&dead.to_string()), "{notices}");
    let now: Holder = ron::from_str(&fs::read_to_string(lock_path(&path)).unwrap()).unwrap();
    assert_eq!(now.pid, std::process::id(), "the lock file names the new holder");
}

// ---------------------------------------------------------------------------------------------
// 3. Changed on disk
// ---------------------------------------------------------------------------------------------

/// Rewrites the plan file in place (same file, same length) and sets its modification time to
/// `modified`: what only a tool that restores times could do.
fn rewrite_in_place(path: &std::path::Path, modified: std::time::SystemTime) {
    let mut text = fs::read(path).unwrap();
    let title = b"title: \"";
    let at = text.windows(title.len()).position(|w| w == title).unwrap() + title.len();
    text[at] = if text[at] == b'X' { b'Y' } else { b'X' };
    let file = fs::OpenOptions::new().write(true).open(path).unwrap();
    std::io::Write::write_all(&mut &file, &text).unwrap();
    file.set_modified(modified).unwrap();
}

#[cfg(unix)]
#[test]
fn a_save_does_not_read_the_file_back_while_its_size_time_and_identity_are_unchanged() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("original"));
    let mut file = PlanFile::open(&path).expect("open");
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    // Invisible without reading the file: a big plan's autosave must not pay for that read.
    rewrite_in_place(&path, modified);
    file.plan.meta.title = "our edit".into();
    file.save().expect("an unchanged stamp is trusted");
    assert_eq!(parse_file(&path).meta.title, "our edit");
}

#[cfg(unix)]
#[test]
fn an_autosave_within_the_backup_interval_does_not_read_the_last_backup() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("original"));
    let mut file = PlanFile::open(&path).expect("open");
    file.set_backup_policy(napwiz::store::BackupPolicy::AUTOSAVE);
    // A FIFO in place of the newest backup: reading it would never end. A big plan's backup is
    // as big as the plan, and reading it on every autosave cost as much as the save itself.
    let newest = file.backups().list().unwrap()[0].path.clone();
    fs::remove_file(&newest).unwrap();
    let name = std::ffi::CString::new(newest.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    let (sent, saved) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        file.plan.meta.title = "our edit".into();
        let _ = sent.send(file.save().map(|s| s.backup).map_err(|e| format!("{e:#}")));
    });
    let backup = saved.recv_timeout(std::time::Duration::from_secs(10)).expect("the save ended");
    assert_eq!(backup, Ok(None), "no new backup within the interval");
    assert_eq!(parse_file(&path).meta.title, "our edit");
}

#[test]
fn a_save_reads_the_file_back_once_its_time_or_identity_changed() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("original"));
    let mut file = PlanFile::open(&path).expect("open");
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    rewrite_in_place(&path, modified + std::time::Duration::from_secs(1));
    file.plan.meta.title = "our edit".into();
    let err = file.save().expect_err("a rewrite with a new time is noticed");
    assert!(err.downcast_ref::<ChangedOnDisk>().is_some(), "{err:#}");

    // A same-size copy put in its place with the old time: a new file all the same.
    drop(file);
    let mut file = PlanFile::open(&path).expect("open again");
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let copy = dir.path().join("copy.ron");
    fs::copy(&path, &copy).unwrap();
    rewrite_in_place(&copy, modified);
    fs::rename(&copy, &path).unwrap();
    file.plan.meta.title = "our edit".into();
    let err = file.save().expect_err("a replaced file is noticed");
    assert!(err.downcast_ref::<ChangedOnDisk>().is_some(), "{err:#}");
}

#[test]
fn saving_over_a_file_changed_on_disk_is_refused_and_our_version_is_kept() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("original"));
    let mut file = PlanFile::open(&path).expect("open");

    let theirs = to_ron(&small_plan("edited by another program"));
    fs::write(&path, &theirs).unwrap();
    file.plan.meta.title = "our edit".into();

    let err = file.save().expect_err("must not overwrite the other program's edit");
    let changed =
        err.downcast_ref::<ChangedOnDisk>().unwrap_or_else(|| panic!("not ChangedOnDisk: {err:#}"));
    assert_eq!(changed.path, path);
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
    let kept = changed.kept_in.clone().expect("our version is kept");
    assert!(kept.exists());
    assert!(err.to_string().contains(&kept.display().to_string()));
    assert_eq!(parse_file(&kept), file.plan, "the kept copy is our version");
    assert_eq!(file.plan.meta.title, "our edit", "our edit is still in memory");

    let saved = file.save_over().expect("save_over replaces the other version");
    assert!(saved.bytes > 0);
    assert_eq!(parse_file(&path).meta.title, "our edit");
    let backups = Backups::for_plan(&path).list().unwrap();
    let overwritten = backups
        .iter()
        .find(|b| b.label.as_deref() == Some("overwritten"))
        .expect("the other program's version is backed up");
    assert_eq!(fs::read_to_string(&overwritten.path).unwrap(), theirs);
    assert!(backups.iter().any(|b| b.label.as_deref() == Some("conflict")));
    // Saving works normally again afterwards.
    file.plan.meta.title = "after the conflict".into();
    file.save().expect("a normal save after save_over");
}

// ---------------------------------------------------------------------------------------------
// 4. Broken files
// ---------------------------------------------------------------------------------------------

/// Reads a broken fixture copied into a fresh folder; returns its path, the error message, and
/// checks the common promises: the path is named, the file is said to be unchanged and is.
fn read_broken(name: &str) -> (tempfile::TempDir, PathBuf, String) {
    let dir = workdir();
    let path = copy_fixture(name, dir.path(), "plan.ron");
    let before = fs::read(&path).unwrap();
    let err = PlanFile::read(&path).expect_err("a broken plan must not load");
    let msg = format!("{err:#}");
    assert!(msg.contains(&path.display().to_string()), "no path in: {msg}");
    assert!(msg.contains("The file was not changed."), "{msg}");
    assert!(!msg.contains("napwiz backups"), "no backup exists, yet: {msg}");
    assert_eq!(fs::read(&path).unwrap(), before, "the broken file was changed");
    // Opening for writing fails the same way and leaves no lock behind.
    let open_err = PlanFile::open(&path).expect_err("a broken plan must not open");
    assert_eq!(format!("{open_err:#}"), msg);
    assert!(!lock_path(&path).exists());
    (dir, path, msg)
}

fn at(path: &Path, line: usize, column: usize) -> String {
    format!("{}:{line}:{column}: ", path.display())
}

#[test]
fn a_syntax_error_is_reported_at_its_line_and_column() {
    let (_dir, path, msg) = read_broken("broken-syntax.ron");
    // The comma is missing after line 5's title; the parser notices at `country` on line 6.
    assert!(msg.contains(&at(&path, 6, 9)), "{msg}");
    assert!(msg.contains("Expected comma"), "{msg}");
}

#[test]
fn an_unknown_field_is_reported_at_its_line_and_column_with_the_expected_names() {
    let (_dir, path, msg) = read_broken("broken-unknown-field.ron");
    assert!(msg.contains(&at(&path, 5, 9)), "{msg}");
    assert!(msg.contains("`titel`"), "{msg}");
    assert!(msg.contains("`title`"), "{msg}");
}

#[test]
fn a_wrong_enum_variant_is_reported_with_the_variants_expected() {
    let (_dir, path, msg) = read_broken("broken-enum-variant.ron");
    assert!(msg.contains(&at(&path, 24, 23)), "{msg}");
    assert!(msg.contains("`Maybe`"), "{msg}");
    assert!(msg.contains("`PartlyInPlace`"), "{msg}");
}

#[test]
fn a_file_without_the_format_header_is_not_taken_for_a_plan() {
    let (_dir, path, msg) = read_broken("broken-no-format.ron");
    assert!(msg.contains(&at(&path, 1, 1)), "{msg}");
    assert!(msg.contains("not a napwiz plan"), "{msg}");
    assert!(msg.contains(&format!("format: \"{PLAN_FORMAT}\"")), "{msg}");
}

#[test]
fn a_plan_from_a_newer_napwiz_asks_for_an_update() {
    let (_dir, path, msg) = read_broken("broken-future-version.ron");
    assert!(msg.contains(&at(&path, 1, 1)), "{msg}");
    assert!(msg.contains("plan version 99"), "{msg}");
    assert!(msg.contains("newer napwiz"), "{msg}");
}

#[test]
fn a_file_that_is_not_utf8_names_the_first_bad_byte() {
    let (_dir, _path, msg) = read_broken("broken-not-utf8.ron");
    // 0xE9 (a Latin-1 "é") is byte 114 of the file, on line 6, column 24.
    let bytes = fs::read(fixture("broken-not-utf8.ron")).unwrap();
    assert_eq!(bytes.iter().position(|&b| b == 0xE9), Some(113));
    assert!(msg.contains("byte 114 is not UTF-8"), "{msg}");
}

#[test]
fn a_file_that_is_not_utf8_is_reported_at_a_line_and_column() {
    let (_dir, path, msg) = read_broken("broken-not-utf8.ron");
    assert!(msg.contains(&at(&path, 6, 25)), "{msg}");
}

#[test]
fn a_broken_plan_with_a_backup_names_the_restore_command() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("good copy"));
    let good = fs::read(&path).unwrap();
    let broken = fs::read(fixture("broken-syntax.ron")).unwrap();
    fs::write(&path, &broken).unwrap();

    let err = PlanFile::read(&path).expect_err("broken");
    let msg = format!("{err:#}");
    assert!(msg.contains(&at(&path, 6, 9)), "{msg}");
    assert!(msg.contains("The file was not changed."), "{msg}");
    let restore = format!("napwiz backups {} --restore 1", path.display());
    assert!(msg.contains(&restore), "{msg}");
    assert_eq!(fs::read(&path).unwrap(), broken);

    // The command it names does bring the good copy back.
    let out = napwiz(["backups".as_ref(), path.as_os_str(), "--restore".as_ref(), "1".as_ref()]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(fs::read(&path).unwrap(), good);
    let list = Backups::for_plan(&path).list().unwrap();
    let before_restore = list
        .iter()
        .find(|b| b.label.as_deref() == Some("before-restore"))
        .expect("the broken file is kept too");
    assert_eq!(fs::read(&before_restore.path).unwrap(), broken);
}

#[test]
fn check_on_a_broken_plan_exits_1_with_the_same_message_on_stderr() {
    for name in [
        "broken-syntax.ron",
        "broken-unknown-field.ron",
        "broken-enum-variant.ron",
        "broken-no-format.ron",
        "broken-future-version.ron",
        "broken-not-utf8.ron",
    ] {
        let dir = workdir();
        let path = copy_fixture(name, dir.path(), "plan.ron");
        let before = fs::read(&path).unwrap();
        let expected = format!("{:#}", PlanFile::read(&path).expect_err(name));
        let out = napwiz(["check".as_ref(), path.as_os_str()]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", describe(&out));
        assert_eq!(stderr(&out), format!("napwiz: {expected}\n"), "{name}");
        assert!(stdout(&out).is_empty(), "{name}: {}", describe(&out));
        assert_eq!(fs::read(&path).unwrap(), before, "{name} was changed");
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Migration
// ---------------------------------------------------------------------------------------------

#[test]
fn a_version_0_plan_is_migrated_field_by_field() {
    let dir = workdir();
    let path = copy_fixture("plan-v0.ron", dir.path(), "georgia.ron");
    let original = fs::read(&path).unwrap();
    let parsed = from_ron("plan-v0.ron", std::str::from_utf8(&original).unwrap()).unwrap();
    assert_eq!(parsed.migrated_from, Some(0));

    let file = PlanFile::read(&path).expect("a version 0 plan loads");
    let plan = &file.plan;
    assert_eq!(*plan, parsed.plan);
    assert_eq!(plan.format, PLAN_FORMAT);
    assert_eq!(plan.version, PLAN_VERSION);
    let m = &plan.meta;
    assert_eq!(m.title, "ანტიტრეფიკინგის ეროვნული სამოქმედო გეგმა 2019-2022");
    assert_eq!(m.country, "საქართველო");
    assert_eq!(m.period, Period { first: 2019, last: 2022 });
    assert_eq!(m.facilitator, "ნინო ბერიძე");
    assert_eq!(m.language, "en");
    assert_eq!(m.content.id, "napwiz-chapter-a");
    assert_eq!(m.content.version, "0.3.0");
    assert!(m.coordinating_body.is_empty() && m.workshop_dates.is_empty());
    assert_eq!(plan.roster.institutions, ["moi", "pros", "ngo"]);
    assert!(plan.roster.custom.is_empty());
    assert_eq!(plan.items.keys().collect::<Vec<_>>(), ["P1.1", "P1.2", "P1.3", "P1.4", "P1.5"]);

    let p11 = &plan.items["P1.1"];
    assert_eq!(p11.baseline, Baseline::InPlace);
    assert_eq!(p11.inclusion, Inclusion::Included);
    assert_eq!(p11.priority, Some(Priority::High));
    assert_eq!(p11.timeframe, Some(Timeframe::ShortTerm));
    assert_eq!(p11.lead.as_deref(), Some("moi"));
    assert_eq!(p11.partners, ["pros", "ngo"]);
    assert_eq!(p11.notes, "თბილისში დაიწყო — სამუშაო ჯგუფი შეიქმნა 2018 წელს.");
    assert!(p11.indicators.is_empty() && p11.budget.is_none());

    let p12 = &plan.items["P1.2"];
    assert_eq!(p12.baseline, Baseline::PartlyInPlace);
    assert_eq!(p12.inclusion, Inclusion::Included);
    assert_eq!(p12.priority, Some(Priority::Medium));
    assert_eq!(p12.timeframe, Some(Timeframe::MediumTerm));
    assert_eq!(p12.lead, None, "an empty v0 lead is no lead");
    assert!(p12.partners.is_empty());
    assert_eq!(p12.notes, "ملاحظة: \"الخط الساخن\" يعمل جزئيا");

    let p13 = &plan.items["P1.3"];
    assert_eq!(p13.baseline, Baseline::Missing);
    assert_eq!(p13.inclusion, Inclusion::Excluded, "decided but not included");
    assert_eq!(p13.priority, Some(Priority::Low));
    assert_eq!(p13.timeframe, Some(Timeframe::LongTerm));

    let p14 = &plan.items["P1.4"];
    assert_eq!(p14.baseline, Baseline::NotApplicable);
    assert_eq!(p14.inclusion, Inclusion::Excluded);
    assert_eq!((p14.priority, p14.timeframe), (None, None));

    assert_eq!(plan.items["P1.5"], Decision::default(), "nothing recorded: still open");

    let notices = file.notices.join("\n");
    assert!(notices.contains("format version 0"), "{notices}");
    assert!(notices.contains(&format!("version {PLAN_VERSION}")), "{notices}");
    assert_eq!(fs::read(&path).unwrap(), original, "reading never rewrites");
}

#[test]
fn the_first_save_of_a_migrated_plan_writes_the_current_version_and_backs_up_the_original() {
    let dir = workdir();
    let path = copy_fixture("plan-v0.ron", dir.path(), "georgia.ron");
    let original = fs::read(&path).unwrap();
    let mut file = PlanFile::open(&path).expect("open a version 0 plan");
    assert!(Backups::for_plan(&path).list().unwrap().is_empty());

    file.save().expect("first save");
    let text = fs::read_to_string(&path).unwrap();
    let reparsed = from_ron("georgia.ron", &text).expect("the saved plan parses");
    assert_eq!(reparsed.migrated_from, None, "saved in the current version");
    assert_eq!(reparsed.plan.version, PLAN_VERSION);
    assert!(text.contains(&format!("version: {PLAN_VERSION},")));
    assert!(text.contains("საქართველო"), "non-ASCII text is written as is");
    assert_eq!(reparsed.plan, file.plan);

    let backups = Backups::for_plan(&path).list().unwrap();
    let migration: Vec<_> =
        backups.iter().filter(|b| b.label.as_deref() == Some("before-migration")).collect();
    assert_eq!(migration.len(), 1, "{backups:?}");
    assert_eq!(fs::read(&migration[0].path).unwrap(), original);

    // A second save is stable and does not back up the original again.
    file.save().expect("second save");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    let again = Backups::for_plan(&path).list().unwrap();
    assert_eq!(again.iter().filter(|b| b.label.as_deref() == Some("before-migration")).count(), 1);
    drop(file);
    let reloaded = PlanFile::read(&path).expect("reload");
    assert_eq!(reloaded.plan, reparsed.plan);
    assert!(reloaded.notices.is_empty(), "{:?}", reloaded.notices);
}

#[test]
fn a_version_1_plan_gains_a_stable_id_and_no_periods_and_its_original_is_backed_up() {
    let dir = workdir();
    let path = copy_fixture("plan-v1-before-monitoring.ron", dir.path(), "veldora.ron");
    let original = fs::read(&path).unwrap();
    let text = std::str::from_utf8(&original).unwrap();
    let parsed = from_ron("veldora.ron", text).expect("a version 1 plan reads");
    assert_eq!((parsed.migrated_from, parsed.plan.version), (Some(1), PLAN_VERSION));
    let id = parsed.plan.id.clone();
    assert!(id.starts_with("nap-") && id.len() == 20, "{id}");
    assert_eq!(from_ron("again.ron", text).unwrap().plan.id, id, "every reading agrees");
    assert!(parsed.plan.periods.is_empty());
    let plan = &parsed.plan;
    assert_eq!(plan.monitoring.reporting, Some(napwiz::plan::Frequency::SixMonthly));
    assert_eq!(plan.items["P1.1"].budget.as_ref().unwrap().amount, Some(40_000));

    let mut file = PlanFile::open(&path).expect("open a version 1 plan");
    assert!(file.notices.join(" ").contains("format version 1"), "{:?}", file.notices);
    assert_eq!(fs::read(&path).unwrap(), original, "opening never rewrites");
    file.save().expect("first save");
    let saved = fs::read_to_string(&path).unwrap();
    assert!(saved.contains(&format!("version: {PLAN_VERSION},\n    id: \"{id}\",")), "{saved}");
    let backups = Backups::for_plan(&path).list().unwrap();
    let before: Vec<_> =
        backups.iter().filter(|b| b.label.as_deref() == Some("before-migration")).collect();
    assert_eq!(before.len(), 1, "{backups:?}");
    assert_eq!(fs::read(&before[0].path).unwrap(), original);
    assert_eq!(from_ron("saved.ron", &saved).unwrap().plan, parsed.plan);
}

// ---------------------------------------------------------------------------------------------
// 6. Ids the content no longer has
// ---------------------------------------------------------------------------------------------

#[test]
fn decisions_for_ids_the_content_lacks_are_kept_and_reported() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    let unknown = Decision {
        baseline: Baseline::Missing,
        inclusion: Inclusion::Included,
        priority: Some(Priority::High),
        notes: "From an older version of the checklist.".into(),
        ..Decision::default()
    };
    let mut plan = demo_plan(content());
    plan.items.insert("P99.9".into(), unknown.clone());
    create_plan(&path, plan);

    let mut file = PlanFile::open(&path).expect("open");
    assert_eq!(file.plan.items.get("P99.9"), Some(&unknown));
    assert_eq!(file.plan.unknown_items(content()), ["P99.9"]);
    file.plan.meta.title = "edited".into();
    file.save().expect("save");
    drop(file);
    let reloaded = PlanFile::read(&path).expect("reload");
    assert_eq!(reloaded.plan.items.get("P99.9"), Some(&unknown), "dropped on save");

    let out = napwiz(["check".as_ref(), path.as_os_str()]);
    assert!(out.status.success(), "a warning only: {}", describe(&out));
    let report = stdout(&out);
    assert!(
        report
            .lines()
            .any(|l| l.starts_with("warning:") && l.contains("'P99.9' is not in the content pack")),
        "{report}"
    );

    let out = napwiz(["check".as_ref(), path.as_os_str(), "--format".as_ref(), "json".as_ref()]);
    let health: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let finding = health["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["item"] == "P99.9")
        .expect("a finding for P99.9");
    assert_eq!(finding["severity"], "warning");

    let out = napwiz(["summary".as_ref(), path.as_os_str(), "--format".as_ref(), "json".as_ref()]);
    assert!(out.status.success(), "{}", describe(&out));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(summary["unknown_items"], serde_json::json!(["P99.9"]));
}

// ---------------------------------------------------------------------------------------------
// 7. Control characters
// ---------------------------------------------------------------------------------------------

#[test]
fn control_characters_in_a_plan_are_stripped_on_load_with_a_notice() {
    let dir = workdir();
    let path = copy_fixture("plan-control-chars.ron", dir.path(), "plan.ron");
    let raw = fs::read(&path).unwrap();
    assert!(raw.contains(&0x1b), "the fixture holds raw ESC bytes");

    let file = PlanFile::read(&path).expect("loads");
    assert_eq!(file.plan.meta.title, "NAP ]0;pwned 2027-2030");
    assert_eq!(file.plan.items["P1.1"].notes, "raw [2J[31mred[0m end");
    assert_eq!(file.plan.items["P1.2"].notes, "escaped [2J[31mred[0m end");
    let notices = file.notices.join("\n");
    assert!(notices.contains("control characters"), "{notices}");
    assert!(notices.contains(" 3 texts"), "{notices}");
    let text = to_ron(&file.plan);
    assert!(!text.contains(['\u{1b}', '\u{7}']), "control characters survived");
    assert_eq!(fs::read(&path).unwrap(), raw, "reading never rewrites");
}

#[test]
fn summary_never_prints_an_escape_byte_even_from_the_title() {
    let dir = workdir();
    let path = copy_fixture("plan-control-chars.ron", dir.path(), "plan.ron");
    for format in ["human", "json"] {
        let out =
            napwiz(["summary".as_ref(), path.as_os_str(), "--format".as_ref(), format.as_ref()]);
        assert!(out.status.success(), "{}", describe(&out));
        assert!(!out.stdout.contains(&0x1b), "ESC on stdout ({format})");
        assert!(!out.stdout.contains(&0x07), "BEL on stdout ({format})");
        assert!(!out.stderr.contains(&0x1b), "ESC on stderr ({format})");
        assert!(stdout(&out).contains("NAP ]0;pwned 2027-2030"), "{}", describe(&out));
        assert!(stderr(&out).contains("control characters"), "{}", describe(&out));
    }
}

// ---------------------------------------------------------------------------------------------
// 8. Permissions
// ---------------------------------------------------------------------------------------------

#[test]
fn saving_keeps_a_shared_plans_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workdir();
    let path = dir.path().join("shared.ron");
    create_plan(&path, small_plan("shared"));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).unwrap();
    let mut file = PlanFile::open(&path).unwrap();
    file.plan.meta.title = "still shared".into();
    file.save().unwrap();
    assert_eq!(mode(&path), 0o664);
    assert_eq!(parse_file(&path).meta.title, "still shared");
}

#[test]
fn a_new_plan_gets_the_umask_default_mode() {
    let dir = workdir();
    let reference = dir.path().join("reference");
    fs::File::create(&reference).unwrap();
    let expected = mode(&reference);

    let path = dir.path().join("new.ron");
    create_plan(&path, small_plan("new"));
    assert_eq!(mode(&path), expected, "in-process create");

    let cli = dir.path().join("cli.ron");
    let out = napwiz([
        "new".as_ref(),
        cli.as_os_str(),
        "--title".as_ref(),
        "T".as_ref(),
        "--country".as_ref(),
        "C".as_ref(),
        "--from".as_ref(),
        "2027".as_ref(),
        "--to".as_ref(),
        "2030".as_ref(),
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(mode(&cli), expected, "napwiz new");
    if expected != 0o600 {
        assert_ne!(mode(&path), 0o600, "a plan must not be made private");
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Failing disk
// ---------------------------------------------------------------------------------------------

#[test]
fn a_write_that_fails_midway_leaves_the_original_and_no_temp_file() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    let original = to_ron(&small_plan("original"));
    fs::write(&path, &original).unwrap();

    let err = write_atomic_with(&path, |f| {
        f.write_all(b"(\n    format: \"napwiz-plan\",\n    vers")?;
        Err(io::Error::new(io::ErrorKind::StorageFull, "no space left on device"))
    })
    .expect_err("the write failed");
    assert_eq!(err.kind(), io::ErrorKind::StorageFull);
    assert_eq!(fs::read_to_string(&path).unwrap(), original);
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["nap.ron"], "a temporary file was left behind");
}

#[test]
fn saving_into_a_removed_folder_fails_clearly_and_keeps_the_plan_in_memory() {
    let dir = workdir();
    let folder = dir.path().join("plans");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("nap.ron");
    create_plan(&path, small_plan("before"));
    let mut file = PlanFile::open(&path).unwrap();
    fs::remove_dir_all(&folder).unwrap();
    file.plan.meta.title = "unsaved edit".into();

    // `save` refuses (the file is gone, so it differs from what was read) ...
    let err = file.save().expect_err("nothing to save into");
    assert!(format!("{err:#}").contains(&path.display().to_string()));
    assert_eq!(file.plan.meta.title, "unsaved edit");
    // ... and saving anyway says why it cannot.
    let err = file.save_over().expect_err("the folder is gone");
    let msg = format!("{err:#}");
    assert!(msg.contains("could not save plan"), "{msg}");
    assert!(msg.contains("its folder no longer exists"), "{msg}");
    assert!(msg.contains("your changes are still open"), "{msg}");
    assert_eq!(file.plan.meta.title, "unsaved edit", "the edit is kept");
    assert!(!folder.exists(), "the folder was silently recreated");
}

#[test]
fn saving_after_the_plan_was_removed_says_it_is_gone() {
    let dir = workdir();
    let folder = dir.path().join("plans");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("nap.ron");
    create_plan(&path, small_plan("before"));
    let mut file = PlanFile::open(&path).unwrap();
    fs::remove_dir_all(&folder).unwrap();
    let err = file.save().expect_err("nothing to save into");
    let msg = format!("{err:#}");
    assert!(
        err.downcast_ref::<ChangedOnDisk>().is_none(),
        "a removed file is reported as changed: {msg}"
    );
    assert!(msg.contains("no longer exists") || msg.contains("could not save"), "{msg}");
}

#[test]
fn saving_into_a_read_only_folder_fails_clearly_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        // Root ignores permission bits; the removed-folder test covers the failing save.
        eprintln!("skipped: running as root");
        return;
    }
    let dir = workdir();
    let folder = dir.path().join("plans");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("nap.ron");
    create_plan(&path, small_plan("before"));
    let before = fs::read(&path).unwrap();
    let mut file = PlanFile::open(&path).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    file.plan.meta.title = "unsaved edit".into();
    let result = file.save();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    let msg = format!("{:#}", result.expect_err("the folder is read-only"));
    assert!(msg.contains("could not save plan"), "{msg}");
    assert!(msg.contains("the folder is not writable"), "{msg}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(temp_files(&folder).is_empty());
    assert_eq!(file.plan.meta.title, "unsaved edit");
}

// ---------------------------------------------------------------------------------------------
// 11. The plan commands
// ---------------------------------------------------------------------------------------------

fn new_args<'a>(
    path: Option<&'a Path>,
    title: &'a str,
    from: &'a str,
    to: &'a str,
) -> Vec<&'a std::ffi::OsStr> {
    let mut args: Vec<&std::ffi::OsStr> = vec!["new".as_ref()];
    if let Some(path) = path {
        args.push(path.as_os_str());
    }
    for arg in ["--title", title, "--country", "Veldora", "--from", from, "--to", to] {
        args.push(arg.as_ref());
    }
    args
}

#[test]
fn new_creates_a_plan_and_prints_its_absolute_path() {
    let dir = workdir();
    // A relative path, run from the folder: the printed path is absolute.
    let out = napwiz_cmd(data_dir())
        .current_dir(dir.path())
        .args(new_args(Some(Path::new("nap.ron")), "NAP 2027-2030", "2027", "2030"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", describe(&out));
    let path = dir.path().canonicalize().unwrap().join("nap.ron");
    assert_eq!(stdout(&out).trim_end(), path.display().to_string());
    let plan = parse_file(&path);
    assert_eq!(plan.meta.title, "NAP 2027-2030");
    assert_eq!(plan.meta.country, "Veldora");
    assert_eq!(plan.meta.period, Period { first: 2027, last: 2030 });
    assert_eq!(plan.meta.content.id, content().meta.id);
    assert!(plan.items.is_empty());
    assert!(!lock_path(&path).exists(), "napwiz new left its lock behind");
}

#[test]
fn new_refuses_to_overwrite_an_existing_file_without_force() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    let out = napwiz(new_args(Some(&path), "first", "2027", "2030"));
    assert!(out.status.success(), "{}", describe(&out));
    let first = fs::read(&path).unwrap();

    let out = napwiz(new_args(Some(&path), "second", "2027", "2030"));
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let err = stderr(&out);
    assert!(err.contains("already exists; not overwriting it"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), first, "the file was changed");

    let mut forced = new_args(Some(&path), "second", "2027", "2030");
    forced.push("--force".as_ref());
    let out = napwiz(forced);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(parse_file(&path).meta.title, "second");
    let replaced = Backups::for_plan(&path)
        .list()
        .unwrap()
        .into_iter()
        .find(|b| b.label.as_deref() == Some("before-replace"))
        .expect("the replaced file is backed up");
    assert_eq!(fs::read(&replaced.path).unwrap(), first);
}

#[test]
fn new_with_the_first_year_after_the_last_fails_clearly() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    let out = napwiz(new_args(Some(&path), "backwards", "2031", "2027"));
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(stderr(&out).contains("--from 2031 is after --to 2027"), "{}", describe(&out));
    assert!(!path.exists());
}

#[test]
fn new_without_a_path_writes_into_the_plans_folder_of_the_data_dir() {
    let data = workdir();
    let out = napwiz_in(data.path(), new_args(None, "NAP 2027–2030: Veldora!", "2027", "2030"));
    assert!(out.status.success(), "{}", describe(&out));
    let path = data.path().canonicalize().unwrap().join("plans/nap-2027-2030-veldora.ron");
    assert!(path.is_file(), "{}", describe(&out));
    assert_eq!(stdout(&out).trim_end(), path.display().to_string());
    assert_eq!(parse_file(&path).meta.title, "NAP 2027–2030: Veldora!");
}

#[test]
fn a_demo_plan_passes_check() {
    let dir = workdir();
    let path = dir.path().join("demo.ron");
    let out = napwiz(["demo".as_ref(), path.as_os_str()]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(parse_file(&path), demo_plan(content()));
    let out = napwiz(["check".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(stdout(&out).contains(" 0 errors"), "{}", describe(&out));
}

#[test]
fn check_fails_on_an_included_action_without_a_lead() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    let mut plan = demo_plan(content());
    let id = plan
        .items
        .iter()
        .find(|(id, d)| d.is_included() && d.lead.is_some() && content().item(id).is_some())
        .map(|(id, _)| id.clone())
        .expect("the demo has an included content action with a lead");
    plan.items.get_mut(&id).unwrap().lead = None;
    fs::write(&path, to_ron(&plan)).unwrap();

    let out = napwiz(["check".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let expected = format!("error: {id}: included action has no lead institution");
    assert!(stdout(&out).lines().any(|l| l == expected), "{}", describe(&out));

    let out = napwiz(["check".as_ref(), path.as_os_str(), "--format".as_ref(), "json".as_ref()]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let health: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", describe(&out)));
    assert!(health["errors"].as_u64().unwrap() > 0);
    assert!(
        health["findings"].as_array().unwrap().iter().any(|f| {
            f["severity"] == "error"
                && f["item"] == id.as_str()
                && f["message"].as_str().is_some_and(|m| m.contains("no lead institution"))
        }),
        "{health:#}"
    );
}

#[test]
fn backups_lists_saves_and_restore_brings_back_an_older_version() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("first version"));
    let first = fs::read(&path).unwrap();
    {
        let mut file = PlanFile::open(&path).unwrap();
        file.plan.meta.title = "second version".into();
        file.save().unwrap();
    }
    let second = fs::read(&path).unwrap();

    let out = napwiz(["backups".as_ref(), path.as_os_str()]);
    assert!(out.status.success(), "{}", describe(&out));
    let listing = stdout(&out);
    assert!(listing.contains("newest first"), "{listing}");
    let rows: Vec<&str> = listing
        .lines()
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(rows.len(), 2, "{listing}");
    assert!(rows[0].trim_start().starts_with("1 "), "{listing}");
    assert!(rows[0].contains(&format!("{} bytes", second.len())), "{listing}");
    assert!(rows[1].contains(&format!("{} bytes", first.len())), "{listing}");

    let out = napwiz(["backups".as_ref(), path.as_os_str(), "--restore".as_ref(), "2".as_ref()]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(fs::read(&path).unwrap(), first, "backup 2 is the older save");
    let list = Backups::for_plan(&path).list().unwrap();
    let kept = list
        .iter()
        .find(|b| b.label.as_deref() == Some("before-restore"))
        .expect("the replaced version is backed up");
    assert_eq!(fs::read(&kept.path).unwrap(), second);

    let out = napwiz(["backups".as_ref(), path.as_os_str(), "--restore".as_ref(), "9".as_ref()]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(stderr(&out).contains("there is no backup 9"), "{}", describe(&out));
    assert_eq!(fs::read(&path).unwrap(), first);
}

#[test]
fn refused_saves_do_not_evict_the_last_good_backup() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("original"));
    let good = fs::read(&path).unwrap();
    let mut file = PlanFile::open(&path).expect("open");
    fs::write(&path, to_ron(&small_plan("edited by another program"))).unwrap();
    file.plan.meta.title = "our edit".into();
    // What an autosaving session does while the user has not yet answered the conflict.
    for _ in 0..12 {
        let err = file.save().expect_err("refused");
        assert!(err.downcast_ref::<ChangedOnDisk>().is_some());
    }
    let list = Backups::for_plan(&path).list().unwrap();
    let conflicts = list.iter().filter(|b| b.label.as_deref() == Some("conflict")).count();
    assert!(
        list.iter().any(|b| b.label.is_none() && fs::read(&b.path).unwrap() == good),
        "the last good save was evicted by {conflicts} identical conflict copies"
    );
}

#[test]
fn a_control_character_in_an_id_never_replaces_another_decision() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    let mut plan = small_plan("ids");
    plan.items.insert(
        "P1.1".into(),
        Decision { notes: "the team's decision".into(), ..Decision::default() },
    );
    plan.items.insert(
        "P1.1\u{1b}".into(),
        Decision { notes: "pasted by accident".into(), ..Decision::default() },
    );
    fs::write(&path, to_ron(&plan)).unwrap();
    let file = PlanFile::read(&path).expect("loads");
    assert!(
        file.plan.items.values().any(|d| d.notes == "the team's decision"),
        "the decision for P1.1 was replaced: {:?}",
        file.plan.items
    );
}

// ---------------------------------------------------------------------------------------------
// 12. One writer whatever the name; holders on other hosts; read-only files and folders
// ---------------------------------------------------------------------------------------------

/// `napwiz --plain PLAN` answering `input`, with this binary's data folder.
fn plain_session(path: &Path, input: &str) -> Output {
    let mut child = napwiz_cmd(data_dir())
        .args(["--plain".as_ref(), path.as_os_str()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run napwiz --plain");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().expect("napwiz --plain ends")
}

/// A second session through `other` while this process holds `path`: read-only, saying who.
fn assert_second_session_is_read_only(path: &Path, other: &Path) {
    let before = fs::read(path).unwrap();
    let first = PlanFile::open(path).expect("first session");
    let err = PlanFile::open(other).expect_err("a second writer through another name");
    let locked = err.downcast_ref::<PlanLocked>().unwrap_or_else(|| panic!("{err:#}"));
    assert_eq!(locked.holder.pid, std::process::id(), "{err:#}");

    let out = plain_session(other, "Changed title\nq\n");
    let text = stdout(&out);
    // A piped run whose answer was not taken fails and names the line.
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(stderr(&out).contains("line 1 was not taken: 'Changed title'"), "{}", describe(&out));
    assert!(text.contains("Read-only: the plan is open in another napwiz"), "{text}");
    assert!(text.contains(&format!("(pid {})", std::process::id())), "{text}");
    assert!(text.contains("Nothing was saved"), "{text}");
    assert_eq!(fs::read(path).unwrap(), before, "the second session wrote the plan");
    drop(first);
}

#[test]
fn a_plan_open_through_its_real_name_is_read_only_through_a_symlink_and_back() {
    let dir = workdir();
    let real = dir.path().join("nap.ron");
    let link = dir.path().join("link-to-nap.ron");
    create_plan(&real, small_plan("one plan, two names"));
    std::os::unix::fs::symlink(&real, &link).unwrap();
    assert_second_session_is_read_only(&real, &link);
    assert_second_session_is_read_only(&link, &real);
    assert_eq!(lock_path(&link), lock_path(&real), "one lock file for both names");
}

#[test]
fn a_plan_open_through_one_hard_link_is_read_only_through_another() {
    let dir = workdir();
    let real = dir.path().join("nap.ron");
    let other_dir = dir.path().join("elsewhere");
    fs::create_dir(&other_dir).unwrap();
    let hard = other_dir.join("same-file.ron");
    create_plan(&real, small_plan("one inode, two names"));
    fs::hard_link(&real, &hard).unwrap();
    assert_second_session_is_read_only(&real, &hard);
    assert_second_session_is_read_only(&hard, &real);

    // After a save (a rename: a new inode) both names stay locked while the session lasts.
    let mut first = PlanFile::open(&real).expect("first session");
    assert!(
        first.notices.join(" ").contains("2 hard-linked names; saving updates only this one"),
        "{:?}",
        first.notices
    );
    first.plan.meta.title = "saved once".into();
    first.save().expect("save");
    let err = PlanFile::open(&hard).expect_err("the other name is still locked");
    assert!(err.downcast_ref::<PlanLocked>().is_some(), "{err:#}");
    let err = PlanFile::open(&real).expect_err("the saved file is locked");
    assert!(err.downcast_ref::<PlanLocked>().is_some(), "{err:#}");
    drop(first);
    PlanFile::open(&hard).expect("free again once the first session ends");
}

fn write_lock(path: &Path, holder: &Holder) {
    fs::write(lock_path(path), ron::to_string(holder).unwrap()).unwrap();
}

fn remote_holder() -> Holder {
    Holder {
        user: "alice".into(),
        host: "laptop-of-alice.example".into(),
        pid: 4242,
        since: "2026-11-27 09:00 CET".into(),
    }
}

#[test]
fn a_lock_held_on_another_host_is_never_taken_over_without_asking() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("remote"));
    write_lock(&path, &remote_holder());
    let err = PlanFile::open_or_read_only(&path).expect_err("the user must be asked");
    let question = err.downcast_ref::<LockUnverified>().unwrap_or_else(|| panic!("{err:#}"));
    assert_eq!(question.holder, remote_holder());
    let recorded: Holder = ron::from_str(&fs::read_to_string(lock_path(&path)).unwrap()).unwrap();
    assert_eq!(recorded, remote_holder(), "the lock file was not touched");

    // The command line says who and since when, and how to take over.
    let before = fs::read(&path).unwrap();
    let restore = ["backups".as_ref(), path.as_os_str(), "--restore".as_ref(), "1".as_ref()];
    let out = napwiz(restore);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    for expected in
        ["alice on laptop-of-alice.example", "since 2026-11-27 09:00 CET", "--take-over"]
    {
        assert!(err.contains(expected), "{expected:?} missing: {err}");
    }
    assert_eq!(fs::read(&path).unwrap(), before);
    let out = napwiz(restore.into_iter().chain(["--take-over".as_ref()]));
    assert!(out.status.success(), "{}", describe(&out));
    assert!(stderr(&out).contains("took over the lock held by alice"), "{}", describe(&out));
}

#[test]
fn plain_mode_asks_about_a_lock_on_another_host_and_follows_the_answer() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("remote"));
    let before = fs::read(&path).unwrap();

    write_lock(&path, &remote_holder());
    let out = plain_session(&path, "c\n");
    let text = stdout(&out);
    assert!(
        text.contains("alice on laptop-of-alice.example, since 2026-11-27 09:00 CET"),
        "{text}"
    );
    assert!(text.contains("[r]ead-only, [t]ake over"), "{text}");
    assert_eq!(fs::read(&path).unwrap(), before, "cancel changes nothing");

    let out = plain_session(&path, "r\nNew title\nq\n");
    let text = stdout(&out);
    assert!(text.contains("Read-only: the plan is open in another napwiz (alice"), "{text}");
    assert_eq!(fs::read(&path).unwrap(), before, "read-only saves nothing");

    let out = plain_session(&path, "t\nTaken over\nq\n");
    let text = stdout(&out);
    assert!(text.contains("Took over the lock held by alice"), "{text}");
    assert_eq!(parse_file(&path).meta.title, "Taken over", "{}", describe(&out));
    assert!(!lock_path(&path).exists(), "the lock is released at the end");
}

#[test]
fn a_lock_recorded_by_a_live_process_on_this_host_opens_read_only() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("live"));
    let me = {
        let file = PlanFile::open(&path).expect("open");
        let me: Holder = ron::from_str(&fs::read_to_string(lock_path(&path)).unwrap()).unwrap();
        drop(file);
        me
    };
    // pid 1 always runs: a live holder, even without an OS lock, is never taken over.
    let live = Holder { pid: 1, ..me };
    write_lock(&path, &live);
    let file = PlanFile::open_or_read_only(&path).expect("open read-only");
    assert_eq!(file.read_only, Some(ReadOnly::LockedBy(live)));
}

#[test]
fn a_plan_without_write_permission_opens_read_only_and_is_never_rewritten() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    create_plan(&path, small_plan("protected"));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&path).unwrap();

    // Root could write it; the mode bits say the owner does not want it written.
    let err = PlanFile::open(&path).expect_err("a 0444 plan must not open for writing");
    assert!(format!("{err:#}").contains("chmod u+w"), "{err:#}");
    let mut file = PlanFile::open_or_read_only(&path).expect("opens read-only");
    assert_eq!(file.read_only, Some(ReadOnly::FileNotWritable));
    file.plan.meta.title = "sneaky".into();
    assert!(file.save().is_err());

    let out = plain_session(&path, "Changed\nq\n");
    let text = stdout(&out);
    assert!(text.contains("Read-only: the file is read-only"), "{text}");
    assert!(text.contains(&format!("chmod u+w '{}'", path.display())), "{text}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(mode(&path), 0o444);

    // Made read-only while open: the next save refuses too.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let mut file = PlanFile::open(&path).expect("writable again");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    file.plan.meta.title = "after chmod".into();
    let err = file.save().expect_err("the owner made it read-only");
    assert!(format!("{err:#}").contains("chmod u+w"), "{err:#}");
    assert_eq!(fs::read(&path).unwrap(), before);
    let mut args = new_args(Some(&path), "replace it", "2027", "2030");
    args.push("--force".as_ref());
    let out = napwiz(args);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(stderr(&out).contains("is read-only; not replacing it"), "{}", describe(&out));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_failed_lock_in_an_unwritable_folder_means_read_only() {
    let denied = io::Error::from_raw_os_error(libc::EACCES);
    let read_only_fs = io::Error::from_raw_os_error(libc::EROFS);
    let full = io::Error::from_raw_os_error(libc::ENOSPC);
    assert!(napwiz::store::folder_refuses(&denied));
    assert!(napwiz::store::folder_refuses(&read_only_fs));
    assert!(!napwiz::store::folder_refuses(&full));
}

#[test]
fn a_plan_in_an_unwritable_folder_opens_read_only_and_exports() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = workdir();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let folder = dir.path().join("shared");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("nap.ron");
    create_plan(&path, small_plan("in a locked folder"));
    // The file itself is writable for everyone: only the folder stands in the way.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).unwrap();
    let drafts = dir.path().join("drafts");
    let data = dir.path().join("data");
    for writable in [&drafts, &data] {
        fs::create_dir(writable).unwrap();
        fs::set_permissions(writable, fs::Permissions::from_mode(0o777)).unwrap();
    }
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    let before = fs::read(&path).unwrap();
    // Root may write anywhere: run as nobody, for whom the folder really is unwritable.
    let run = |args: &[&std::ffi::OsStr], input: &str| {
        let mut cmd = napwiz_cmd(&data);
        if is_root() {
            cmd.uid(65534).gid(65534);
        }
        let mut child = cmd
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run napwiz");
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let out = run(&["--plain".as_ref(), path.as_os_str()], "Changed\nq\n");
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "the refused line fails the run: {}", describe(&out));
    assert!(
        text.contains(&format!("Read-only: its folder '{}' is not writable", folder.display())),
        "{text}"
    );
    assert!(text.contains("reading and exporting work"), "{text}");
    assert!(!lock_path(&path).exists());
    let out = run(
        &[
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            "md".as_ref(),
            "--out".as_ref(),
            drafts.as_os_str(),
        ],
        "",
    );
    assert!(out.status.success(), "{}", describe(&out));
    assert!(drafts.join("nap.md").exists());
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn new_refuses_to_replace_a_dangling_symlink() {
    let dir = workdir();
    let link = dir.path().join("nap.ron");
    let target = dir.path().join("gone").join("real.ron");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for force in [false, true] {
        let mut args = new_args(Some(&link), "dangling", "2027", "2030");
        if force {
            args.push("--force".as_ref());
        }
        let out = napwiz(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
        assert!(err.contains("is a symbolic link to"), "{err}");
        assert!(err.contains("which does not exist"), "{err}");
        assert!(
            fs::symlink_metadata(&link).unwrap().file_type().is_symlink(),
            "the link was replaced"
        );
        assert!(!target.exists());
    }
}

#[test]
fn backups_are_found_through_any_name_of_the_plan() {
    let dir = workdir();
    let real = dir.path().join("real-nap.ron");
    let link = dir.path().join("nap-link.ron");
    create_plan(&real, small_plan("first"));
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut file = PlanFile::open(&link).expect("open through the link");
    file.plan.meta.title = "second".into();
    file.save().expect("save through the link");
    drop(file);
    let through_real = Backups::for_plan(&real).list().unwrap();
    assert_eq!(through_real.len(), 2, "both saves are the real file's backups");
    assert_eq!(Backups::for_plan(&link).list().unwrap(), through_real);
    let out = napwiz(["backups".as_ref(), real.as_os_str()]);
    assert!(stdout(&out).contains("  2  "), "{}", describe(&out));
}

#[test]
fn a_plan_starting_with_a_byte_order_mark_loads() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    let text = to_ron(&small_plan("with a BOM"));
    fs::write(&path, format!("\u{feff}{text}")).unwrap();
    let file = PlanFile::read(&path).expect("a BOM is not an error");
    assert_eq!(file.plan.meta.title, "with a BOM");
    let out = napwiz(["summary".as_ref(), path.as_os_str()]);
    assert!(out.status.success(), "{}", describe(&out));
}

#[test]
fn a_plan_nested_too_deeply_is_reported_in_plain_words() {
    let dir = workdir();
    let path = dir.path().join("nap.ron");
    let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
    fs::write(
        &path,
        format!("(\n    format: \"napwiz-plan\",\n    version: 1,\n    x: {deep},\n)\n"),
    )
    .unwrap();
    let out = napwiz(["check".as_ref(), path.as_os_str()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(err.contains(&format!("{}:4:", path.display())), "{err}");
    assert!(err.contains("nested too deeply (limit 128 levels of brackets)"), "{err}");
    assert!(!err.contains("serde_stacker") && !err.contains("recursion_limit"), "{err}");
}

#[test]
fn a_fifo_or_device_given_as_a_plan_is_refused_without_hanging() {
    let dir = workdir();
    let fifo = dir.path().join("nap.ron");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let started = Instant::now();
    for path in [fifo.as_path(), Path::new("/dev/zero")] {
        let err = PlanFile::read(path).expect_err("not a plan");
        assert!(format!("{err:#}").contains("not a regular file"), "{err:#}");
    }
    // The commands that read plans without opening them (git's drivers, diff) refuse too.
    for args in [
        vec!["textconv".as_ref(), fifo.as_os_str()],
        vec!["diff".as_ref(), "/dev/zero".as_ref(), fifo.as_os_str()],
    ] {
        let mut child = napwiz_cmd(data_dir()).args(&args).stderr(Stdio::piped()).spawn().unwrap();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > Duration::from_secs(10) {
                child.kill().unwrap();
                panic!("napwiz {args:?} hung");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
        assert!(stderr(&out).contains("not a regular file"), "{}", describe(&out));
    }
    assert!(started.elapsed() < Duration::from_secs(5));
}
