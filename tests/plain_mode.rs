//! The plain, line-by-line wizard (`napwiz --plain`, issue 5): driven in-process through
//! `napwiz::plain::Plain` with a script of input lines and a byte buffer for output, and as the
//! real binary with its standard input piped. It must read a pipe, echo answers so a transcript
//! reads well, never write an escape sequence, save every answer, say what is wrong with a bad
//! answer and ask again, go back with `<`, and leave a plan that another session holds alone.
//!
//! In-process saves write backups into `NAPWIZ_DATA_DIR`; it is set once for this whole test
//! binary to a private folder (see [`data_dir`]) before anything reads it, and every child
//! process gets the same folder, so no test ever touches the real home.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use napwiz::plain::Plain;
use napwiz::plan::{Baseline, Inclusion, Period, Plan, Priority, Timeframe, from_ron};
use napwiz::store::{Backups, PlanFile, lock_path};

mod common;

fn data_dir() -> &'static Path {
    common::data_dir("plain_mode")
}

use common::content;

const BIN: &str = env!("CARGO_BIN_EXE_napwiz");

// ---------------------------------------------------------------------------------------------
// Helpers

/// A fresh folder with a new, empty plan for 2027-2030 in it.
fn new_plan() -> (tempfile::TempDir, PathBuf) {
    data_dir();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nap.ron");
    let plan = Plan::new("Plain test", "", Period { first: 2027, last: 2030 }, content());
    drop(PlanFile::create(&path, plan, false).unwrap());
    (dir, path)
}

fn load(path: &Path) -> Plan {
    let text = std::fs::read_to_string(path).unwrap();
    from_ron(&path.display().to_string(), &text).expect("a complete plan").plan
}

/// Runs the plain wizard in-process on `input`; returns its result and everything it wrote.
fn run_plain(plan: Option<&Path>, input: &str, echo: bool) -> (anyhow::Result<()>, String) {
    data_dir();
    let mut out = Vec::new();
    let result = Plain::new(
        Cursor::new(input.as_bytes()),
        napwiz::output::Output::new(&mut out),
        content().clone(),
    )
    .echo_answers(echo)
    .run(plan);
    assert!(!out.contains(&0x1b), "an escape byte in the output");
    (result, String::from_utf8(out).expect("UTF-8 output"))
}

/// Runs the binary with `input` on its standard input (a pipe) and output captured.
fn run_bin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("NAPWIZ_DATA_DIR", data_dir())
        .env("NAPWIZ_CONFIG", data_dir().join("no-config.ron"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn lines(script: &[&str]) -> String {
    script.iter().map(|l| format!("{l}\n")).collect()
}

/// The `n`th institution of the catalogue (1-based, as the roster numbers them).
fn institution(n: usize) -> String {
    content().institutions[n - 1].id.clone()
}

/// The line index of the first line starting with `prefix`, from `from` on.
fn find(lines: &[&str], from: usize, prefix: &str) -> usize {
    (from..lines.len())
        .find(|i| lines[*i].starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting with {prefix:?} after line {from}"))
}

/// Setup answers: keep the title, set the country, a bad first year then keep it, keep the last
/// year, set the coordinating body, keep the rest.
const SETUP: [&str; 11] =
    ["", "Veldora", "20x7", "", "", "National Commission", "", "", "", "", ""];

/// A full session: setup, roster (3 7 12, then a bad number), decisions on Prevention's first
/// goal in the decision language (with a bad token, an unknown code and a `<`), a skipped goal,
/// `<` back to it, one more decision, and `q`.
fn session_script() -> Vec<&'static str> {
    let mut script: Vec<&str> = SETUP.to_vec();
    script.extend(["3 7 12", "99", ""]);
    script.extend([
        "",                                                                // P1: its actions
        "i 1 L:MoI P:NGO,CSW b:missing t:2028-2029 n:agreed, see minutes", // P1.1
        "x",                                                               // P1.2
        "i L:XYZ",                                                         // P1.3: refused
        "2 b:partly",                                                      // P1.3
        "maybe",                                                           // P1.4: refused
        "<",                                                               // back to P1.3
        "3",                                                               // P1.3 again
        "",                                                                // P1.4 kept
        "i t:short",                                                       // P1.5
        "s",                                                               // P2 skipped
        "<",                                                               // back to P2
        "s",                                                               // P2 skipped
        "",                                                                // P3: its actions
        "i",                                                               // P3.1
        "q",
    ]);
    script
}

/// Checks the plan a full session leaves.
fn check_session_plan(plan: &Plan) {
    assert_eq!(plan.meta.title, "Plain test");
    assert_eq!(plan.meta.country, "Veldora");
    assert_eq!((plan.meta.period.first, plan.meta.period.last), (2027, 2030));
    assert_eq!(plan.meta.coordinating_body, "National Commission");
    for n in [3, 7, 12] {
        assert!(plan.in_roster(&institution(n)), "institution {n} added");
    }
    for id in ["moi", "ngo", "swc"] {
        assert!(plan.in_roster(id), "{id} added as lead or partner");
    }

    let d = plan.decision("P1.1").expect("P1.1 decided");
    assert_eq!(d.inclusion, Inclusion::Included);
    assert_eq!(d.priority, Some(Priority::High));
    assert_eq!(d.lead.as_deref(), Some("moi"));
    assert_eq!(d.partners, vec!["ngo".to_string(), "swc".to_string()]);
    assert_eq!(d.baseline, Baseline::Missing);
    assert_eq!(d.timeframe, Some(Timeframe::Years { first: 2028, last: 2029 }));
    assert_eq!(d.notes, "agreed, see minutes");

    assert_eq!(plan.decision("P1.2").map(|d| d.inclusion), Some(Inclusion::Excluded));
    let d = plan.decision("P1.3").expect("P1.3 decided");
    assert_eq!((d.inclusion, d.priority), (Inclusion::Included, Some(Priority::Low)));
    assert_eq!(d.baseline, Baseline::PartlyInPlace);
    assert_eq!(d.lead, None, "the refused L:XYZ left nothing behind");
    assert!(plan.decision("P1.4").is_none_or(|d| d.inclusion == Inclusion::Open));
    let d = plan.decision("P1.5").expect("P1.5 decided");
    assert_eq!((d.inclusion, d.timeframe), (Inclusion::Included, Some(Timeframe::ShortTerm)));
    for a in &content().goal("P2").unwrap().actions {
        assert!(plan.decision(&a.id).is_none(), "{} untouched: P2 was skipped", a.id);
    }
    assert_eq!(plan.decision("P3.1").map(|d| d.inclusion), Some(Inclusion::Included));
    assert!(plan.decision("P3.2").is_none(), "q came before P3.2");
}

// ---------------------------------------------------------------------------------------------
// A scripted session through a pipe

#[test]
fn a_scripted_session_through_a_pipe_records_every_decision() {
    let (_dir, path) = new_plan();
    let out = run_bin(&["--plain", path.to_str().unwrap()], &lines(&session_script()));
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The script has refused lines: the run fails and names each, so a script cannot go on
    // believing every answer was taken.
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    let n = content().institutions.len();
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            "napwiz: line 3 was not taken: '20x7': '20x7' is not a year; type a year such as 2027",
            &format!(
                "napwiz: line 13 was not taken: '99': type numbers from 1 to {n} (l lists them)"
            ),
            "napwiz: line 18 was not taken: 'i L:XYZ': no institution with code 'XYZ'",
            "napwiz: line 20 was not taken: 'maybe': 'maybe' is not understood; type ? for the list",
        ]
    );
    assert!(!out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b), "no escape sequences");
    check_session_plan(&load(&path));
    assert!(!lock_path(&path).exists(), "the lock is released");

    // A readable transcript: each answer follows its prompt on the same line.
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("napwiz, plain mode."), "{}", lines[0]);
    for expected in [
        "Step 2 of 10: Plan setup",
        "  Title [Plain test]: ",
        "  Country []: Veldora",
        "  First year [2027]: 20x7",
        "  Coordinating body []: National Commission",
        "Step 3 of 10: Institutions (the roster)",
        "Numbers to add or remove (e.g. 3 7 12), a to add your own, l to list, Enter to go on, < back: 3 7 12",
        "Step 4 of 10: Prevention",
        "P1 Build an evidence base",
        "  Decision (e.g. i 1 L:MoI P:NGO,CSW b:missing t:short n:note; Enter keeps; ? help): i 1 L:MoI P:NGO,CSW b:missing t:2028-2029 n:agreed, see minutes",
    ] {
        assert!(lines.iter().any(|l| l.starts_with(expected)), "{expected:?} in:\n{stdout}");
    }
    // The roster change is said in one line, and the list is not printed again.
    let codes: Vec<&str> =
        [2, 6, 11].iter().map(|&n| content().institutions[n].code.as_str()).collect();
    let added = format!("  Added {}. The roster has 3 institutions.", codes.join(", "));
    assert!(lines.contains(&added.as_str()), "{added:?} in:\n{stdout}");
    let code = &content().institutions[6].code;
    let listed = |mark: &str| {
        lines.iter().filter(|l| l.starts_with(&format!("   7. {mark} {code}"))).count()
    };
    assert_eq!((listed("[ ]"), listed("[x]")), (1, 0), "listed once, before the change");
    // What P1.1 now is, in words.
    assert!(stdout.contains("now: included; baseline"), "{stdout}");
    let last = lines.last().unwrap();
    let saved = format!("Saved {}.", napwiz::paths::absolute(&path).display());
    assert_eq!(*last, saved);
}

#[test]
fn the_in_process_wizard_gives_the_same_plan_and_transcript() {
    let (_dir, path) = new_plan();
    let (result, out) = run_plain(Some(&path), &lines(&session_script()), true);
    result.unwrap();
    check_session_plan(&load(&path));
    let (_dir2, other) = new_plan();
    let bin = run_bin(&["--plain", other.to_str().unwrap()], &lines(&session_script()));
    let bin = String::from_utf8(bin.stdout).unwrap();
    // Same transcript but for the path in the last line.
    let strip =
        |s: &str| s.lines().filter(|l| !l.starts_with("Saved ")).collect::<Vec<_>>().join("\n");
    assert_eq!(strip(&out), strip(&bin));
}

#[test]
fn answers_are_echoed_only_when_asked() {
    let (_dir, path) = new_plan();
    let (result, out) = run_plain(Some(&path), "\nVeldora\nq\n", false);
    result.unwrap();
    assert!(out.contains("  Country []:   First year [2027]: "), "{out}");
    assert!(!out.contains("Veldora"), "not echoed: {out}");
    assert_eq!(load(&path).meta.country, "Veldora");
}

// ---------------------------------------------------------------------------------------------
// End of input

/// The input can end at any prompt of the session: every prefix of the script saves what was
/// answered so far and ends cleanly, with the lock released.
#[test]
fn the_end_of_input_at_any_prompt_saves_and_ends() {
    let script = session_script();
    for k in 0..=script.len() {
        let (_dir, path) = new_plan();
        let input = lines(&script[..k]);
        let (result, out) = run_plain(Some(&path), &input, true);
        result.unwrap_or_else(|e| panic!("after {k} lines: {e:#}"));
        let last = out.lines().last().unwrap_or_default().to_string();
        assert!(last.starts_with("Saved "), "after {k} lines: {last:?}");
        assert!(!lock_path(&path).exists(), "after {k} lines: the lock is released");
        let plan = load(&path);
        if k > 1 {
            assert_eq!(plan.meta.country, "Veldora", "after {k} lines");
        }
        if k > script.iter().position(|l| l.starts_with("i 1 L:MoI")).unwrap() {
            assert_eq!(plan.decision("P1.1").map(|d| d.lead.clone()), Some(Some("moi".into())));
        }
        if k == script.len() - 1 {
            // Everything but the q: the same plan as the full session.
            check_session_plan(&plan);
        }
    }
}

#[test]
fn the_end_of_input_ends_the_binary_with_success() {
    let (_dir, path) = new_plan();
    for input in ["", "\n\n\n", "\nTestland"] {
        let out = run_bin(&["--plain", path.to_str().unwrap()], input);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{input:?}: {stdout}");
        assert!(stdout.trim_end().ends_with('.') && stdout.contains("Saved "), "{stdout}");
    }
    assert_eq!(load(&path).meta.country, "Testland", "a last line without a newline counts");
    // Without a plan: the input ends at the start menu, or at the title of a new plan.
    for input in ["", "1\n"] {
        let out = run_bin(&["--plain"], input);
        assert!(out.status.success(), "{input:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Start:"));
    }
}

/// The walk prints "End of input; everything is saved." when the input runs out, so a script's
/// log says why it stopped.
#[test]
fn the_end_of_input_is_said() {
    let (_dir, path) = new_plan();
    let (result, out) = run_plain(Some(&path), "\nVeldora\n", true);
    result.unwrap();
    assert!(out.contains("End of input; everything is saved."), "{out}");
}

// ---------------------------------------------------------------------------------------------
// Bad answers

/// Each refused answer prints one line starting with "  ! " right after its prompt, and the
/// same question comes again; the answers before it stay saved.
#[test]
fn bad_answers_say_why_and_ask_again() {
    let (_dir, path) = new_plan();
    let mut script: Vec<&str> = vec!["", "Veldora", "20x7", "1850", "", "2028"];
    script.extend([""; 6]);
    script.extend(["99", "abc 3", "0", "3", ""]); // roster
    script.extend(["", "i L:XYZ", "maybe", "t:2035", "b:sometimes", "P:NGO,,CSW", "q"]);
    let (result, out) = run_plain(Some(&path), &lines(&script), true);
    result.unwrap();
    let all: Vec<&str> = out.lines().collect();

    let check = |prompt: &str, answer: &str, why: &str| {
        let at = find(&all, 0, &format!("{prompt} {answer}"));
        assert!(all[at].ends_with(answer), "{}", all[at]);
        assert!(all[at + 1].starts_with("  ! "), "after {answer:?}: {:?}", all[at + 1]);
        assert!(all[at + 1].contains(why), "after {answer:?}: {:?}", all[at + 1]);
        at
    };
    for (answer, why) in [("20x7", "'20x7' is not a year"), ("1850", "'1850' is not a year")] {
        let at = check("  First year [2027]:", answer, why);
        assert!(all[at + 2].starts_with("  First year [2027]:"), "asked again: {:?}", all[at + 2]);
    }
    let n = content().institutions.len();
    for answer in ["99", "abc 3", "0"] {
        let prompt = "Numbers to add or remove (e.g. 3 7 12), a to add your own, l to list, Enter to go on, < back:";
        let at = check(prompt, answer, &format!("type numbers from 1 to {n}"));
        // The roster is listed again, then the same question.
        let again = find(&all, at + 2, "Numbers to add or remove");
        assert!(all[at + 2..again].iter().all(|l| l.starts_with("  ") || l.starts_with("      ")));
    }
    let decision =
        "  Decision (e.g. i 1 L:MoI P:NGO,CSW b:missing t:short n:note; Enter keeps; ? help):";
    for (answer, why) in [
        ("i L:XYZ", "no institution with code 'XYZ'"),
        ("maybe", "'maybe' is not understood"),
        ("t:2035", "outside the plan period"),
        ("b:sometimes", "baseline 'sometimes' is not one of"),
    ] {
        let at = check(decision, answer, why);
        assert!(all[at + 2].starts_with("  P1.1 "), "P1.1 asked again: {:?}", all[at + 2]);
    }

    // Nothing lost, nothing half-applied.
    let plan = load(&path);
    assert_eq!(plan.meta.country, "Veldora");
    assert_eq!(plan.meta.period.last, 2028, "the year after the refused ones");
    assert_eq!(plan.meta.period.first, 2027);
    assert!(plan.in_roster(&institution(3)));
    let roster: Vec<&str> = plan.roster.institutions.iter().map(String::as_str).collect();
    assert_eq!(
        roster,
        vec![institution(3).as_str(), "ngo", "swc"],
        "refused numbers added nothing"
    );
    let d = plan.decision("P1.1").cloned().unwrap_or_default();
    assert_eq!(d.lead, None, "i L:XYZ was refused as a whole");
    // Partners on an undecided action include it (the one rule); the refused `i` did not.
    assert_eq!(d.inclusion, Inclusion::Included);
    let timeframe = d.timeframe.map(|t| t.label());
    assert_eq!(
        timeframe.as_deref(),
        Some("short term"),
        "t:2035 refused; the goal's term pre-filled"
    );
    // "P:NGO,,CSW" (an empty code between commas) is read as NGO and CSW.
    assert_eq!(d.partners, vec!["ngo".to_string(), "swc".to_string()]);
}

#[test]
fn bad_monitoring_answers_say_why_and_ask_again() {
    let (_dir, path) = new_plan();
    let mut script: Vec<String> = SETUP.iter().map(|s| s.to_string()).collect();
    script.push(String::new()); // roster
    for area in &content().areas {
        script.extend(area.goals.iter().map(|_| "s".to_string()));
    }
    script.push(String::new()); // review
    script.extend(
        ["XYZ", "NCO", "fortnightly", "quarterly", "", "20x9", "2029", "q"].map(String::from),
    );
    let input: String = script.iter().map(|l| format!("{l}\n")).collect();
    let (result, out) = run_plain(Some(&path), &input, true);
    result.unwrap();
    let all: Vec<&str> = out.lines().collect();
    let at = find(&all, 0, "  Monitoring body [-]: XYZ");
    assert!(all[at + 1].starts_with("  ! no institution with code 'XYZ'"), "{:?}", all[at + 1]);
    assert!(all[at + 2].starts_with("  Monitoring body [-]: NCO"), "{:?}", all[at + 2]);
    let at = find(&all, at, "  Progress reports [-]: fortnightly");
    assert!(all[at + 1].starts_with("  ! 'fortnightly' is not a frequency"), "{:?}", all[at + 1]);
    let at = find(&all, at, "  Mid-term evaluation (year) [-]: 20x9");
    assert!(all[at + 1].starts_with("  ! "), "{:?}", all[at + 1]);
    let plan = load(&path);
    assert_eq!(plan.monitoring.body, "nco");
    assert_eq!(plan.monitoring.mid_term_evaluation, Some(2029));
    assert!(plan.in_roster("nco"), "the monitoring body joins the roster");
}

// ---------------------------------------------------------------------------------------------
// Going back

#[test]
fn back_on_the_first_field_of_a_step_goes_to_the_previous_step() {
    let (_dir, path) = new_plan();
    let mut script: Vec<String> = vec![];
    let setup_keep = || vec![String::new(); 10];
    script.extend(["".into(), "Veldora".into(), "<".into()]); // setup: back to the country
    script.extend(["Narnia".into(), "".into(), "".into(), "".into(), "".into()]);
    script.extend(["".into(), "".into(), "".into(), "".into()]); // rest of setup
    script.push("<".into()); // roster -> setup
    script.extend(setup_keep());
    script.push("".into()); // roster -> Prevention
    script.push("<".into()); // first goal of Prevention -> roster
    script.push("".into()); // roster -> Prevention
    for (a, area) in content().areas.iter().enumerate() {
        script.extend(area.goals.iter().map(|_| "s".to_string()));
        if a == 1 {
            // On the first goal of the next area, go back to this one (it starts at its first
            // goal again) and skip its goals once more.
            script.push("<".into());
            script.extend(area.goals.iter().map(|_| "s".to_string()));
        }
    }
    script.push("<".into()); // review -> the last area
    script.extend(content().areas.last().unwrap().goals.iter().map(|_| "s".to_string()));
    script.push("".into()); // review -> monitoring
    script.push("<".into()); // monitoring -> review
    script.push("".into()); // review -> monitoring
    script.push("q".into());
    let input: String = script.iter().map(|l| format!("{l}\n")).collect();
    let (result, out) = run_plain(Some(&path), &input, true);
    result.unwrap();

    let headings: Vec<usize> = out
        .lines()
        .filter_map(|l| l.strip_prefix("Step "))
        .map(|l| l.split(' ').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(headings, vec![2, 3, 2, 3, 4, 3, 4, 5, 6, 5, 6, 7, 8, 7, 8, 9, 8, 9], "{out}");
    assert_eq!(load(&path).meta.country, "Narnia", "the country answered after going back");
}

#[test]
fn back_within_a_goals_actions_and_on_its_first_action() {
    let (_dir, path) = new_plan();
    let mut script: Vec<&str> = SETUP.to_vec();
    script.push(""); // roster
    // P1, its actions: P1.1 included, back to P1.1 (from P1.2), exclude it instead; then `<` on
    // P1.1 returns to the goal's own prompt.
    script.extend(["", "i", "<", "x", "<", "<", "q"]);
    let (result, out) = run_plain(Some(&path), &lines(&script), true);
    result.unwrap();
    let all: Vec<&str> = out.lines().collect();
    let goal = "  Enter: its 5 actions; s: skip the goal; g: guidance; <: back:";
    assert_eq!(all.iter().filter(|l| l.starts_with(goal)).count(), 2, "{out}");
    assert_eq!(load(&path).decision("P1.1").map(|d| d.inclusion), Some(Inclusion::Excluded));
}

// ---------------------------------------------------------------------------------------------
// A plan open elsewhere

#[test]
fn a_locked_plan_is_walked_read_only_and_nothing_is_written() {
    let (_dir, path) = new_plan();
    let holder = PlanFile::open(&path).expect("the test holds the plan");
    let before = std::fs::read(&path).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let backups = Backups::for_plan(&path).list().unwrap().len();
    let mut script: Vec<&str> = vec!["New title", "", "Veldora"];
    script.extend([""; 9]);
    script.extend(["3 7", "", "", "i 1 L:MoI", "q"]);
    let (result, out) = run_plain(Some(&path), &lines(&script), true);
    result.unwrap();
    assert!(out.contains("Read-only: the plan is open in another napwiz"), "{out}");
    assert!(out.contains("Nothing you answer will be saved."), "{out}");
    let refusals = out.lines().filter(|l| *l == "  ! read-only: not changed").count();
    assert!(refusals >= 4, "every change refused: {refusals}\n{out}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the plan file is untouched");
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), modified);
    assert_eq!(Backups::for_plan(&path).list().unwrap().len(), backups, "no backup written");
    assert!(lock_path(&path).exists(), "the holder's lock is still there");
    drop(holder);
    assert!(!lock_path(&path).exists());
}

#[test]
fn a_plan_locked_by_another_process_is_read_only_for_the_binary_too() {
    let (_dir, path) = new_plan();
    let holder = PlanFile::open(&path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let out = run_bin(&["--plain", path.to_str().unwrap()], "Other title\n\nVeldora\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "the answers were not taken: {stdout}");
    assert!(stderr.contains("line 1 was not taken: 'Other title': read-only"), "{stderr}");
    assert!(stdout.contains("Read-only"), "{stdout}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    drop(holder);
}

/// A read-only walk ends by saying where the plan was saved, though nothing was.
#[test]
fn a_read_only_walk_does_not_claim_to_have_saved() {
    let (_dir, path) = new_plan();
    let holder = PlanFile::open(&path).unwrap();
    let (result, out) = run_plain(Some(&path), "q\n", true);
    result.unwrap();
    assert!(!out.contains("Saved "), "{out}");
    drop(holder);
}

// ---------------------------------------------------------------------------------------------
// Control characters typed into the plain wizard

/// Text typed in plain mode is data: control characters (an ESC from a pasted log, a bell) must
/// not reach the plan file, as they cannot through the full-screen wizard's editors.
#[test]
fn control_characters_never_reach_the_plan_file() {
    let (_dir, path) = new_plan();
    let mut script: Vec<&str> = SETUP.to_vec();
    script.extend(["a", "Evil\x1b[2J Office, EV\x07", ""]);
    script.extend(["", "i n:red \x1b[31malert\x1b[0m here", "q"]);
    let (result, out) = run_plain(Some(&path), &lines(&script), true);
    result.unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let plan = from_ron("nap.ron", &text).unwrap().plan;
    let notes = plan.decision("P1.1").map(|d| d.notes.clone()).unwrap_or_default();
    assert!(notes.contains("alert"), "the note was kept: {out}");
    assert_eq!(plan.roster.custom.len(), 1, "the own institution was added: {out}");
    let forbidden = |s: &str| s.chars().any(napwiz::sanitize::is_forbidden);
    let mut found = vec![];
    if forbidden(&notes) {
        found.push(format!("notes {notes:?}"));
    }
    for c in &plan.roster.custom {
        if forbidden(&c.name) || forbidden(&c.code) {
            found.push(format!("institution {:?} / {:?}", c.name, c.code));
        }
    }
    assert!(found.is_empty(), "control characters in the plan: {found:?}");
}

/// An institution of the plan's own whose code is taken is refused, as in the wizard (one
/// implementation): the code, not only the id made from it, must be new.
#[test]
fn an_own_institution_with_a_taken_code_is_refused() {
    let (_dir, path) = new_plan();
    let mut plan = load(&path);
    plan.roster.custom.push(napwiz::plan::CustomInstitution {
        id: "x-shelter".into(),
        name: "Safe House Network".into(),
        code: "VSHN".into(),
        kind: napwiz::content::InstitutionKind::CivilSociety,
    });
    std::fs::write(&path, napwiz::plan::to_ron(&plan)).unwrap();
    let mut script: Vec<&str> = SETUP.to_vec();
    script.extend(["a", "Another Shelter, VSHN", "", "q"]);
    let (result, out) = run_plain(Some(&path), &lines(&script), true);
    result.unwrap();
    assert!(out.contains("! an institution with code VSHN already exists"), "{out}");
    let custom: Vec<String> = load(&path).roster.custom.iter().map(|c| c.name.clone()).collect();
    assert_eq!(custom, ["Safe House Network"], "{out}");
}

/// Whatever the plan holds, the output has no escape byte (run_plain checks every run).
#[test]
fn plan_text_with_control_characters_is_shown_cleaned() {
    let (_dir, path) = new_plan();
    let mut plan = load(&path);
    plan.meta.country = "Bad\x1b]0;title\x07land".into();
    plan.items.entry("P1.1".into()).or_default().lead = Some("moi".into());
    std::fs::write(&path, napwiz::plan::to_ron(&plan)).unwrap();
    let (result, out) = run_plain(Some(&path), "\n\x1b[A\nq\n", true);
    result.unwrap();
    assert!(out.contains("Removed control characters"), "the load says so: {out}");
    assert!(out.contains("  Country [Bad]0;titleland]:"), "{out}");
}

// ---------------------------------------------------------------------------------------------
// No terminal

#[test]
fn without_a_terminal_the_wizard_suggests_plain_mode() {
    let (_dir, path) = new_plan();
    for args in [vec![], vec![path.to_str().unwrap()]] {
        let out = Command::new(BIN)
            .args(&args)
            .env("NAPWIZ_DATA_DIR", data_dir())
            .env("NAPWIZ_CONFIG", data_dir().join("no-config.ron"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("not one") || err.contains("interactive terminal"), "{err}");
        assert!(err.contains("napwiz --plain"), "{err}");
        assert!(out.stdout.is_empty(), "nothing on stdout, no escape sequences");
        assert!(!out.stderr.contains(&0x1b));
    }
}

// ---------------------------------------------------------------------------------------------
// Commands at every prompt, resuming, breakout parts (issue 13)

/// `?`, `/words`, `go` and `>` act at any prompt, the title's included, and are never saved.
#[test]
fn commands_at_every_prompt_are_never_saved_as_values() {
    let (_dir, path) = new_plan();
    let script = ["?", "/identification indicators", "go 99", ">", "?", "go P3.2", "?", "i", "q"];
    let (result, out) = run_plain(Some(&path), &lines(&script), true);
    result.unwrap();
    let plan = load(&path);
    assert_eq!(plan.meta.title, "Plain test", "no command became the title");
    assert!(plan.roster.institutions.is_empty(), "no command became a roster change");
    assert_eq!(plan.decision("P3.2").map(|d| d.inclusion), Some(Inclusion::Included));
    let text = napwiz::plan::to_ron(&plan);
    for command in ["?", "identification indicators", "go "] {
        assert!(!text.contains(&format!("\"{command}")), "{command:?} saved:\n{text}");
    }
    for expected in [
        "  Type the new value, or Enter to keep it.",
        "  At any prompt: ? this help, /words search the checklist",
        "found (go ID goes there):",
        "  A1.1 Adopt national identification indicators",
        "  ! there is no step 99: steps go from 2 (plan setup) to 10",
        "Step 3 of 10: Institutions (the roster)",
        "  A number adds the institution",
        "Step 4 of 10: Prevention",
        "  P3.2 Inform migrants",
        "  i include, x not included",
        "  P3.2 now: included; baseline unknown",
    ] {
        assert!(out.contains(expected), "{expected:?} in:\n{out}");
    }
}

#[test]
fn a_new_session_resumes_where_the_plan_was_left() {
    let (_dir, path) = new_plan();
    let (result, _) = run_plain(Some(&path), &lines(&["go P3.2", "q"]), true);
    result.unwrap();
    let plan_text = std::fs::read_to_string(&path).unwrap();
    assert!(!plan_text.contains("P3.2"), "the place is not kept in the plan");
    let place = napwiz::store::place::load(&path).expect("the place is recorded");
    assert_eq!(place.item.as_deref(), Some("P3.2"));

    let (result, out) = run_plain(Some(&path), &lines(&["i", "q"]), true);
    result.unwrap();
    assert!(
        out.contains("Resuming where this plan was left: step 4 of 10, Prevention, P3.2"),
        "{out}"
    );
    assert!(!out.contains("Step 2 of 10"), "it did not start from the setup: {out}");
    assert_eq!(load(&path).decision("P3.2").map(|d| d.inclusion), Some(Inclusion::Included));
    assert_eq!(napwiz::store::place::load(&path).unwrap().item.as_deref(), Some("P3.3"));
}

#[test]
fn a_breakout_part_in_plain_mode_refuses_what_is_outside_its_area() {
    data_dir();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nap-assistance.ron");
    let part = napwiz::plan::split(&napwiz::plan::demo_plan(content()), content(), "A", "nap.ron");
    drop(PlanFile::create(&path, part.clone(), false).unwrap());
    let script = ["Another title", "go P3.2", "/migrants reception points", "go A1.2", "3", "q"];
    let mut out = Vec::new();
    let mut plain = Plain::new(
        Cursor::new(lines(&script)),
        napwiz::output::Output::new(&mut out),
        content().clone(),
    )
    .echo_answers(true);
    plain.run(Some(&path)).unwrap();
    let rejected: Vec<(usize, String)> =
        plain.rejected().iter().map(|r| (r.line, r.text.clone())).collect();
    assert_eq!(rejected, [(1, "Another title".to_string()), (2, "go P3.2".to_string())]);
    let out = String::from_utf8(out).unwrap();
    for expected in [
        "Breakout part for Assistance of nap.ron: only Assistance can be changed here; the setup, monitoring and other areas are changed in nap.ron after napwiz merge.",
        "  ! The setup is shared by all groups: change it in nap.ron after napwiz merge",
        "  ! P3.2 is in Prevention, not this part: change it in nap.ron after napwiz merge",
        "  Nothing in this breakout part matches 'migrants reception points' (1 item outside it).",
        "  A1.2 now: ",
    ] {
        assert!(out.contains(expected), "{expected:?} in:\n{out}");
    }
    let plan = load(&path);
    assert_eq!(plan.meta, part.meta);
    assert_eq!(plan.decision("A1.2").unwrap().priority, Some(Priority::Low));
}

#[test]
fn opening_a_plan_moves_decisions_from_merged_away_ids_and_saves_them() {
    let (_dir, path) = new_plan();
    let mut plan = load(&path);
    plan.items.insert(
        "P1.9".into(),
        napwiz::plan::Decision { baseline: Baseline::Missing, ..Default::default() },
    );
    std::fs::write(&path, napwiz::plan::to_ron(&plan)).unwrap();
    let mut merged = content().clone();
    merged.meta.aliases.insert("P1.9".into(), "P1.1".into());
    let mut out = Vec::new();
    let result =
        Plain::new(Cursor::new(&b"q\n"[..]), napwiz::output::Output::new(&mut out), merged)
            .echo_answers(false)
            .run(Some(&path));
    result.unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("decision for P1.9 now lives at P1.1"), "{out}");
    let saved = load(&path);
    assert!(saved.decision("P1.9").is_none());
    assert_eq!(saved.decision("P1.1").unwrap().baseline, Baseline::Missing);
}
