//! Follow mode with real processes: a writer and a follower in two pseudo-terminals (or the plain
//! follower on a pipe), the follower seeing each change live, keeping its place, jumping with the
//! facilitator, surviving a replaced, deleted, recreated and broken file, taking over when the
//! writer quits, and never writing a single file.

#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use common::pty::{BIN, Session, write_demo};

/// Generous, for a loaded machine; each test also says how long the change really took.
const LIMIT: Duration = Duration::from_secs(10);

struct Room {
    _dir: tempfile::TempDir,
    folder: PathBuf,
    plan: PathBuf,
    writer_data: PathBuf,
    follower_data: PathBuf,
}

impl Room {
    /// A folder with the demo plan; writer and follower each have their own data folder, so
    /// the follower's can be checked untouched.
    fn new() -> Room {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("plans");
        let plan = folder.join("nap.ron");
        let (writer_data, follower_data) = (dir.path().join("w-data"), dir.path().join("f-data"));
        std::fs::create_dir_all(&folder).unwrap();
        write_demo(&plan, &writer_data);
        std::fs::create_dir_all(&follower_data).unwrap();
        Room { _dir: dir, folder, plan, writer_data, follower_data }
    }

    fn plan_arg(&self) -> &str {
        self.plan.to_str().unwrap()
    }

    fn writer(&self, size: (u16, u16)) -> Session {
        let env = [("NAPWIZ_DATA_DIR", self.writer_data.to_str().unwrap()), ("USER", "alice")];
        let s = Session::start_sized(&[self.plan_arg()], &env, size);
        s.wait_for("| saved");
        s
    }

    /// A writer whose autosave appends to the plan's journal, as for a plan over 4 MB.
    fn journalling_writer(&self) -> Session {
        let env = [
            ("NAPWIZ_DATA_DIR", self.writer_data.to_str().unwrap()),
            ("USER", "alice"),
            ("NAPWIZ_JOURNAL_FROM", "1"),
        ];
        let s = Session::start_sized(&[self.plan_arg()], &env, (80, 24));
        s.wait_for("| saved");
        s
    }

    /// `napwiz --plain --follow` on the plan: the process, and its lines as they come.
    fn plain_follower(&self) -> (std::process::Child, mpsc::Receiver<String>) {
        let mut plain = Command::new(BIN)
            .args(["--plain", "--follow", self.plan_arg()])
            .env("NAPWIZ_DATA_DIR", &self.follower_data)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = mpsc::channel();
        let out = plain.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        (plain, rx)
    }

    fn follower(&self, args: &[&str], size: (u16, u16)) -> Session {
        let env = [("NAPWIZ_DATA_DIR", self.follower_data.to_str().unwrap()), ("USER", "bob")];
        let mut all = args.to_vec();
        all.push(self.plan_arg());
        let s = Session::start_sized(&all, &env, size);
        s.wait_for("FOLLOWING");
        s
    }

    /// The plan's text with the first `from` after `"ID": (` replaced by `to`.
    fn edited(&self, id: &str, from: &str, to: &str) -> String {
        edited(&std::fs::read_to_string(&self.plan).unwrap(), id, from, to)
    }

    /// Saves as napwiz does: a temporary file renamed over the plan.
    fn save_by_rename(&self, text: &str) {
        let tmp = self.folder.join(".nap.ron.test.tmp");
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, &self.plan).unwrap();
    }
}

/// `text` with the first `from` after `"ID": (` replaced by `to`.
fn edited(text: &str, id: &str, from: &str, to: &str) -> String {
    let at = text.find(&format!("\"{id}\": (")).unwrap();
    let field = at + text[at..].find(from).unwrap();
    format!("{}{to}{}", &text[..field], &text[field + from.len()..])
}

/// Waits until the screen shows every text; returns how long that took.
fn seen(s: &Session, texts: &[&str]) -> Duration {
    let start = Instant::now();
    while !texts.iter().all(|t| s.contents().contains(t)) {
        assert!(start.elapsed() < LIMIT, "never showed {texts:?}; screen:\n{}", s.contents());
        std::thread::sleep(Duration::from_millis(10));
    }
    start.elapsed()
}

/// Opens the first goal of Prevention (step 4) from the plan setup.
fn open_prevention(s: &mut Session) {
    s.keys(&["]", "]"]);
    s.wait_for("step 4 of 10: Prevention");
    s.keys(&["Enter"]);
    s.wait_for("P1.3");
}

#[test]
fn a_follower_at_80x24_sees_a_200x60_writer_include_an_action_and_change_a_priority() {
    let room = Room::new();
    let mut writer = room.writer((200, 60));
    let mut follower = room.follower(&[], (80, 24));
    follower.wait_for("alice on");
    open_prevention(&mut follower);
    follower.keys(&["j", "j"]);
    let cursor_row = |s: &Session| {
        s.contents().lines().find(|l| l.contains("│>")).unwrap_or_default().to_string()
    };
    let before = cursor_row(&follower);
    assert!(before.contains("P1.2"), "{before}");

    open_prevention(&mut writer);
    writer.keys(&["j", "j", "j", "Space"]);
    writer.wait_for("[x] P1.3");
    writer.keys(&["k", "2"]);
    let delay = seen(&follower, &["[x] P1.3", "P1.2    M", "last change", "changed"]);
    let _ = napwiz::errln!(
        "the follower showed both changes {} ms after the writer's key",
        delay.as_millis()
    );
    assert!(cursor_row(&follower).contains("P1.2"), "the follower kept its own cursor");
    assert!(follower.contents().contains("P1.2 priority: low -> medium"));
    writer.quit();
    follower.quit();
}

#[test]
fn follow_the_facilitator_jumps_to_the_writers_item() {
    let room = Room::new();
    let mut writer = room.writer((100, 30));
    let mut follower = room.follower(&[], (80, 24));
    follower.wait_for("step 2 of 10");
    follower.keys(&["F"]);
    follower.wait_for("following the facilitator: on");
    // Six steps on: Investigation and prosecution; its first goal opened, its second action.
    writer.keys(&["]", "]", "]", "]"]);
    writer.wait_for("step 6 of 10: Investigation");
    writer.keys(&["Enter", "j", "j"]);
    seen(&follower, &["step 6 of 10: Investigation"]);
    let cursor =
        || follower.contents().lines().find(|l| l.contains("│>")).unwrap_or_default().to_string();
    let start = Instant::now();
    while !cursor().contains("I1.2") {
        assert!(start.elapsed() < LIMIT, "no jump to I1.2:\n{}", follower.contents());
        std::thread::sleep(Duration::from_millis(10));
    }
    follower.keys(&["F"]);
    follower.wait_for("following the facilitator: off");
    writer.keys(&["]"]);
    writer.wait_for("step 7 of 10");
    std::thread::sleep(Duration::from_millis(800));
    assert!(follower.contents().contains("step 6 of 10"), "off: the follower stays");
    writer.quit();
    follower.quit();
}

/// A follower over SSH (a thin link) that jumps with the facilitator holds the item's
/// description back like a key would, and draws it once the jumps pause.
#[test]
fn a_thin_follower_shows_the_description_after_jumping_with_the_facilitator() {
    let room = Room::new();
    let mut writer = room.writer((100, 30));
    let mut follower = room.follower(&["--link", "thin"], (80, 24));
    follower.wait_for("step 2 of 10");
    follower.keys(&["F"]);
    follower.wait_for("following the facilitator: on");
    writer.keys(&["]", "]", "]", "]"]);
    writer.wait_for("step 6 of 10: Investigation");
    writer.keys(&["Enter", "j", "j"]);
    seen(&follower, &["I1.2: "]);
    writer.quit();
    follower.quit();
}

#[test]
fn a_writer_stopped_by_a_hangup_takes_its_place_for_followers_with_it() {
    let room = Room::new();
    let mut writer = room.writer((80, 24));
    let place = room.folder.join(".nap.ron.napwiz-place");
    writer.keys(&["]", "]"]);
    writer.wait_for("step 4 of 10");
    let start = Instant::now();
    while !place.exists() {
        assert!(start.elapsed() < LIMIT, "the writer never recorded its place");
        std::thread::sleep(Duration::from_millis(10));
    }
    unsafe { libc::kill(writer.pid() as i32, libc::SIGHUP) };
    writer.wait_exit("SIGHUP");
    assert!(!place.exists(), "a hung-up writer left its place behind");
}

#[test]
fn when_the_writer_quits_the_follower_says_so_and_takes_over_with_a_key() {
    let room = Room::new();
    let writer = room.writer((80, 24));
    let mut follower = room.follower(&[], (80, 24));
    follower.wait_for("alice on");
    follower.keys(&["W"]);
    follower.wait_for("still writing");
    writer.quit();
    seen(&follower, &["alice on", "has quit writing", "W  take over writing"]);
    follower.keys(&["W"]);
    seen(&follower, &["| saved"]);
    let lock = std::fs::read_to_string(room.folder.join("nap.ron.lock")).unwrap();
    assert!(
        lock.contains(&format!("pid:{}", follower.pid())),
        "the follower holds the lock: {lock}"
    );
    follower.keys(&["]", "]", "Enter", "j", "3"]);
    follower.wait_for("P1.1    L");
    follower.quit();
    assert!(std::fs::read_to_string(&room.plan).unwrap().contains("priority: Low"));
}

/// Replaced by rename, broken, deleted, recreated and torn: the follower keeps the last good
/// version, says why it stopped updating, and recovers.
fn survive_a_file_that_goes_away_and_breaks(args: &[&str]) {
    let room = Room::new();
    let mut follower = room.follower(args, (80, 24));
    open_prevention(&mut follower);
    let good = std::fs::read_to_string(&room.plan).unwrap();

    room.save_by_rename("(format_version: 3, broken");
    seen(&follower, &["Not updating", "showing the last good version", "P1.1"]);
    let lowered = edited(&good, "P1.1", "priority: High", "priority: Low");
    room.save_by_rename(&lowered);
    seen(&follower, &["P1.1 priority: high -> low", "P1.1    L"]);

    std::fs::remove_file(&room.plan).unwrap();
    seen(&follower, &["Not updating: the plan file is gone"]);
    assert!(follower.contents().contains("P1.1    L"), "the last good version stays");
    std::fs::write(&room.plan, &good).unwrap();
    seen(&follower, &["P1.1 priority: low -> high", "P1.1    H"]);

    // A non-atomic tool writes half the file, then the rest.
    let torn = edited(&good, "P1.1", "priority: High", "priority: Medium");
    let mut file = std::fs::File::create(&room.plan).unwrap();
    file.write_all(&torn.as_bytes()[..torn.len() / 2]).unwrap();
    file.sync_all().unwrap();
    seen(&follower, &["Not updating"]);
    file.write_all(&torn.as_bytes()[torn.len() / 2..]).unwrap();
    drop(file);
    seen(&follower, &["P1.1 priority: high -> medium", "P1.1    M"]);
    follower.quit();
}

#[test]
fn a_replaced_deleted_recreated_or_broken_file_never_blanks_the_follower() {
    survive_a_file_that_goes_away_and_breaks(&["--follow"]);
}

#[test]
fn the_polling_fallback_survives_the_same() {
    survive_a_file_that_goes_away_and_breaks(&["--follow-poll"]);
}

#[test]
fn plain_follow_prints_each_change_as_the_diff_line() {
    let room = Room::new();
    let mut writer = room.writer((80, 24));
    let (mut plain, rx) = room.plain_follower();
    let line = |rx: &mpsc::Receiver<String>| rx.recv_timeout(LIMIT).expect("a line");
    assert!(line(&rx).starts_with("Following "), "an introduction first");
    open_prevention(&mut writer);
    writer.keys(&["j", "2"]);
    assert_eq!(line(&rx), "P1.1 priority: high -> medium");
    writer.keys(&["x"]);
    assert_eq!(line(&rx), "P1.1 inclusion: included -> not included");
    writer.quit();
    assert!(line(&rx).starts_with("The writer (alice on "), "the writer's end is said");
    plain.stdin.take().unwrap().write_all(b"q\n").unwrap();
    assert_eq!(line(&rx), "Stopped following.");
    assert!(plain.wait().unwrap().success());
}

/// Every file under `dir`: its size, modification time and content hash.
fn files(dir: &Path) -> BTreeMap<PathBuf, (u64, SystemTime, u64)> {
    use std::hash::{Hash, Hasher};
    let mut all = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return all };
    for entry in entries.map(Result::unwrap) {
        let path = entry.path();
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.is_dir() {
            all.extend(files(&path));
            continue;
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        std::fs::read(&path).unwrap_or_default().hash(&mut hasher);
        all.insert(path, (meta.len(), meta.modified().unwrap(), hasher.finish()));
    }
    all
}

#[test]
fn a_follower_never_writes_a_file() {
    let room = Room::new();
    // The test holds the plan's lock as a writer would, so the follower follows on its own.
    let napwiz::store::LockOutcome::Acquired { lock, .. } =
        napwiz::store::PlanLock::acquire(&room.plan).unwrap()
    else {
        panic!("the plan was locked")
    };
    let folder_before = files(&room.folder);
    let data_before = files(&room.follower_data);
    let mut follower = room.follower(&[], (80, 24));
    open_prevention(&mut follower);
    room.save_by_rename(&room.edited("P1.1", "priority: High", "priority: Low"));
    let folder_changed = files(&room.folder);
    seen(&follower, &["P1.1 priority: high -> low"]);
    // Everything a follower may do: move, open, search, help, follow the facilitator, and try
    // to change, to take over and to save while the writer is there.
    follower.keys(&["F", "j", "1", "Space", "n", "Esc", "L", "Esc", "W", "s", "Esc", "/", "Esc"]);
    follower.keys(&["]", "]", "]", "?", "Esc", "[", "u", "F"]);
    follower.keys(&["\x13"]);
    std::thread::sleep(Duration::from_millis(300));
    follower.quit();
    assert_eq!(files(&room.folder), folder_changed, "the follower changed the plan's folder");
    assert_ne!(folder_changed, folder_before, "the test's own save is seen");
    assert_eq!(files(&room.follower_data), data_before, "the follower changed its data folder");

    // A follower stopped by a signal keeps nothing either: it has no work of its own.
    let mut follower = room.follower(&[], (80, 24));
    // SAFETY: kill(2) of the child this test started.
    unsafe { libc::kill(follower.pid() as i32, libc::SIGTERM) };
    follower.wait_exit("SIGTERM");
    assert_eq!(files(&room.folder), folder_changed, "SIGTERM made the follower write");
    assert_eq!(files(&room.follower_data), data_before, "SIGTERM made the follower back up");
    drop(lock);
}

/// An idle follower is blocked, not polling: its CPU time hardly moves in three seconds.
#[test]
fn an_idle_follower_uses_no_cpu() {
    let room = Room::new();
    let follower = room.follower(&["--follow"], (80, 24));
    std::thread::sleep(Duration::from_millis(500));
    let ticks = || {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", follower.pid())).unwrap();
        let after_name = &stat[stat.rfind(')').unwrap() + 2..];
        let fields: Vec<u64> =
            after_name.split(' ').skip(11).take(2).map(|f| f.parse().unwrap()).collect();
        fields[0] + fields[1]
    };
    let before = ticks();
    std::thread::sleep(Duration::from_secs(3));
    let used = ticks() - before;
    let _ = napwiz::errln!("idle follower: {used} clock ticks of CPU in 3 s");
    assert!(used <= 5, "an idle follower used {used} ticks in 3 s: a busy loop?");
}

#[test]
fn followers_of_a_journalled_plan_see_each_decision_and_the_fold_on_quit() {
    let room = Room::new();
    let mut writer = room.journalling_writer();
    let mut follower = room.follower(&["--follow"], (80, 24));
    open_prevention(&mut follower);
    let (mut plain, rx) = room.plain_follower();
    let line = |rx: &mpsc::Receiver<String>| rx.recv_timeout(LIMIT).expect("a line");
    assert!(line(&rx).starts_with("Following "), "an introduction first");
    open_prevention(&mut writer);
    let journal = room.folder.join("nap.ron.journal");
    writer.keys(&["j", "3"]);
    seen(&follower, &["P1.1 priority: high -> low", "P1.1    L"]);
    assert_eq!(line(&rx), "P1.1 priority: high -> low");
    assert!(journal.exists(), "the writer journalled the decision");
    writer.keys(&["x"]);
    seen(&follower, &["P1.1 inclusion: included -> not", "[-] P1.1"]);
    assert_eq!(line(&rx), "P1.1 inclusion: included -> not included");
    // Quitting folds the journal into the plan file: read whole, nothing new to say.
    writer.quit();
    assert!(!journal.exists());
    assert!(line(&rx).starts_with("The writer (alice on "), "the writer's end is said");
    assert!(rx.recv_timeout(Duration::from_millis(500)).is_err(), "the fold changed nothing");
    assert!(follower.contents().contains("P1.1  "), "{}", follower.contents());
    plain.stdin.take().unwrap().write_all(b"q\n").unwrap();
    assert_eq!(line(&rx), "Stopped following.");
    assert!(plain.wait().unwrap().success());
    follower.quit();
}
