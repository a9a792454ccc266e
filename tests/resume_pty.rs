//! Reopening a plan in the real binary resumes where that plan was left; the place is kept in
//! the data folder, never in the plan file.

#![cfg(unix)]

mod common;
use common::pty::{Session, write_demo};

#[test]
fn reopening_a_plan_resumes_where_it_was_left() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan = dir.path().join("nap-2027-2030.ron");
    write_demo(&plan, &data);
    let before = std::fs::read(&plan).unwrap();
    let env = [("NAPWIZ_DATA_DIR", data.to_str().unwrap())];

    let mut s = Session::start(&[plan.to_str().unwrap()], &env);
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]", "]", "]"]);
    s.wait_for("step 6 of 10: Investigation");
    s.keys(&["Enter", "j", "j"]);
    s.wait_for("> ");
    s.quit();
    assert_eq!(std::fs::read(&plan).unwrap(), before, "moving around never changes the plan");

    // Opened again by another path to the same file.
    let other_path = dir.path().join(".").join("nap-2027-2030.ron");
    let s = Session::start(&[other_path.to_str().unwrap()], &env);
    s.wait_for("step 6 of 10: Investigation");
    s.wait_for("Resumed at Investigation and prosecution, I1.2");
    s.quit();
}
