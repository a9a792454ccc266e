//! What napwiz sends to terminals by their capabilities: a VT100 gets no colour sequence at all
//! (it reads `ESC[38;5;8m` as blink and conceal), only the attributes it has.

#![cfg(unix)]

mod common;
use common::pty::{Session, write_demo};

/// The parameters of every SGR sequence (`ESC [ ... m`) in `bytes`.
fn sgr_params(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == 0x1b && bytes[i + 1] == b'[' {
            let start = i + 2;
            let mut end = start;
            while end < bytes.len() && !(0x40..=0x7e).contains(&bytes[end]) {
                end += 1;
            }
            if end < bytes.len() && bytes[end] == b'm' {
                found.push(String::from_utf8_lossy(&bytes[start..end]).into_owned());
            }
            i = end;
        }
        i += 1;
    }
    found
}

/// Whether an SGR parameter list sets or resets a colour (3x, 4x, 9x, 10x, 38/48/58, 59).
fn is_colour(params: &str) -> bool {
    params.split([';', ':']).any(|p| {
        p.parse::<u16>().is_ok_and(|n| matches!(n, 30..=49 | 58 | 59 | 90..=97 | 100..=107))
    })
}

/// Opens the demo plan under `term` and walks screens with many styles: header, lists, an
/// opened goal, the review, search and the help.
fn raw_output(term: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let plan = dir.path().join("nap.ron");
    write_demo(&plan, &data);
    let mut s = Session::start(
        &[plan.to_str().unwrap()],
        &[("NAPWIZ_DATA_DIR", data.to_str().unwrap()), ("TERM", term)],
    );
    s.wait_for("step 2 of 10");
    s.keys(&["]", "]"]);
    s.wait_for("step 4 of 10");
    s.keys(&["Enter", "j"]);
    s.wait_for("P1.1");
    s.keys(&["s"]);
    s.wait_for("Steps");
    s.keys(&["Esc", "/", "victim"]);
    s.wait_for("found");
    s.keys(&["Esc", "?"]);
    s.wait_for("Keys here");
    s.keys(&["Esc"]);
    let raw = s.raw.lock().unwrap().clone();
    s.quit();
    raw
}

#[test]
fn a_vt100_gets_no_colour_sequences() {
    let raw = raw_output("vt100");
    let params = sgr_params(&raw);
    assert!(!params.is_empty(), "bold and reverse are still sent");
    let colour: Vec<&String> = params.iter().filter(|p| is_colour(p)).collect();
    assert!(colour.is_empty(), "colour sequences sent to a vt100: {colour:?}");
    let unknown: Vec<&String> = params
        .iter()
        .filter(|p| p.split(';').any(|n| !matches!(n, "" | "0" | "1" | "4" | "5" | "7")))
        .collect();
    assert!(unknown.is_empty(), "attributes a VT100 does not have: {unknown:?}");
    // The same walk on a colour terminal does send colours: the scan can see them.
    let raw = raw_output("xterm-256color");
    assert!(sgr_params(&raw).iter().any(|p| is_colour(p)), "xterm gets colour");
}
