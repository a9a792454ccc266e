//! `napwiz monitor enter`: a period's progress typed line by line (plain mode), as a
//! secretariat does with reports received on paper, or a screen-reader user.

use std::io::Write;
use std::process::{Command, Stdio};

use napwiz::plan::{Budget, Status, Value, demo_plan, from_ron};
use napwiz::store::PlanFile;

mod common;
use common::content;

fn enter(plan: &std::path::Path, args: &[&str], input: &str) -> (i32, String, String) {
    enter_in("en", plan, args, input)
}

/// `napwiz --lang LANGUAGE monitor enter PLAN ARGS` with `input` piped in.
fn enter_in(
    language: &str,
    plan: &std::path::Path,
    args: &[&str],
    input: &str,
) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_napwiz"))
        .args(["--lang", language, "monitor", "enter"])
        .arg(plan)
        .args(args)
        .env("NAPWIZ_DATA_DIR", common::data_dir("monitor_plain"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn demo_file() -> (tempfile::TempDir, std::path::PathBuf) {
    common::data_dir("monitor_plain");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.ron");
    PlanFile::create(&path, demo_plan(content()), false).unwrap();
    (dir, path)
}

fn saved(path: &std::path::Path) -> napwiz::plan::Plan {
    from_ron("demo.ron", &std::fs::read_to_string(path).unwrap()).unwrap().plan
}

#[test]
fn a_report_is_typed_field_by_field_and_saved_at_once() {
    let (_dir, path) = demo_file();
    // ATU's first action, A1.1: status, narrative, a text value, a count left, amount, source,
    // difficulties kept, measures emptied, evidence, reporter; then q on the next action.
    let input = "on\nMet twice\nAdopted\n\n12,500\nDonor\n\n-\nREF/1; REF/2\nFocal point\nq\n";
    let (code, stdout, stderr) =
        enter(&path, &["--period", "2027-H2", "--institution", "atu"], input);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.starts_with(
            "Progress for 2027-H2 (2027-07-01 to 2027-12-31, due 2028-01-15): 11 actions."
        ),
        "{stdout}"
    );
    assert!(stdout.contains("  A1.1 Adopt national identification indicators"), "{stdout}");
    assert!(stdout.contains("       lead ATU; 2027-H1: delayed; now: delayed\n"), "{stdout}");
    let plan = saved(&path);
    let r = plan.report("2027-H2", "A1.1").unwrap();
    assert_eq!(r.status, Status::OnTrack);
    assert_eq!(r.done, "Met twice");
    let law = "Identification indicators and written procedure covering every form of exploitation in force";
    assert_eq!(r.values[law], Value::Text("Adopted".into()));
    assert_eq!(r.spent, Some(Budget { amount: Some(12_500), source: "Donor".into() }));
    assert_eq!(r.difficulties, "Partners did not send their comments on time.", "Enter keeps");
    assert_eq!(r.corrective_measures, "", "- empties");
    assert_eq!(r.evidence, ["REF/1", "REF/2"]);
    assert_eq!(r.reported_by, "Focal point");
    assert!(!r.validated, "a changed report needs validating again");
}

#[test]
fn bad_answers_are_refused_and_asked_again() {
    let (_dir, path) = demo_file();
    let input = "finished\nco\ndelayed\n\n\nabout ten\n3\n-5\n\n\nq\n";
    let (code, stdout, stderr) =
        enter(&path, &["--period", "2027-H2", "--institution", "ATU"], input);
    assert_eq!(code, 1, "a piped session with refused lines fails: {stdout}");
    assert!(stdout.contains("  ! 'finished' is not a status; ? lists them"), "{stdout}");
    assert!(stdout.contains("  ! 'co' is not a status"), "completed or continuous: {stdout}");
    assert!(stdout.contains("  ! expected a number of 0 or more, not 'about ten'"), "{stdout}");
    assert!(stdout.contains("  ! '-5' is not a whole amount of 0 or more"), "{stdout}");
    assert!(stderr.contains("line 1 was not taken: 'finished'"), "{stderr}");
    let plan = saved(&path);
    let r = plan.report("2027-H2", "A1.1").unwrap();
    assert_eq!(r.status, Status::Delayed);
    let count = "Number of frontline agencies that apply the national indicators in their own internal procedures";
    assert_eq!(r.values[count], Value::Number(3.0));
}

#[test]
fn a_closed_period_is_refused_and_copy_starts_from_the_previous_one() {
    let (_dir, path) = demo_file();
    let (code, stdout, _) = enter(&path, &["--period", "2027-H1"], "");
    assert_eq!(code, 0);
    assert!(
        stdout.contains(
            "Period 2027-H1 is closed; reopen it first (napwiz monitor reopen PLAN 2027-H1)."
        ),
        "{stdout}"
    );
    let before = saved(&path).period("2028-H1").unwrap().reports.len();
    assert_eq!(before, 0);
    let (code, stdout, _) = enter(&path, &["--period", "2028-H1"], "copy\nq\n");
    assert_eq!(code, 0, "{stdout}");
    let copied = saved(&path).period("2028-H1").unwrap().reports.len();
    assert!(
        stdout.contains(&format!("  Copied {copied} reports from the previous period")),
        "{stdout}"
    );
    assert!(copied > 100, "{copied}");
}

#[test]
fn progress_is_entered_in_spanish_through_a_pipe() {
    let (_dir, path) = demo_file();
    // A word that is no status, the help, then "ret" for retrasada, a narrative, and q.
    let input = "a medias\n?\nret\nSe reunió dos veces\nq\n";
    let (code, stdout, stderr) =
        enter_in("es", &path, &["--period", "2027-H2", "--institution", "atu"], input);
    assert_eq!(code, 1, "a refused line fails a piped session: {stdout}{stderr}");
    assert!(stderr.contains("no se aceptó la línea 1: «a medias»"), "{stderr}");
    assert!(
        stdout.starts_with(
            "Avance de 2027-H2 (del 2027-07-01 al 2027-12-31, vence el 2028-01-15): 11 acciones."
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("       responsable ATU; 2027-H1: retrasada; ahora: retrasada\n"),
        "{stdout}"
    );
    assert!(stdout.contains("«a medias» no es un estado; ? los enumera"), "{stdout}");
    assert!(
        stdout.contains("Escriba un estado: no iniciada, en plazo, retrasada, completada, continua, descartada (o sus primeras letras, las suficientes: n, e, r, com, con, d)"),
        "{stdout}"
    );
    assert!(stdout.contains("  Lo realizado en el período ["), "{stdout}");
    assert!(stdout.contains("Guardado "), "{stdout}");
    for english in ["Progress for", "lead ", "Status [", "What was done", "Saved "] {
        assert!(!stdout.contains(english), "{english} in:\n{stdout}");
    }
    let r = saved(&path).report("2027-H2", "A1.1").cloned().unwrap();
    assert_eq!((r.status, r.done.as_str()), (Status::Delayed, "Se reunió dos veces"));
}
