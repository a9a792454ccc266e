//! The committed screenshots are what the views draw today.

use std::path::Path;

#[test]
fn committed_screenshots_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots");
    let content = napwiz::content::Content::embedded();
    let mut stale = Vec::new();
    for (path, svg) in napwiz::tui::screenshots::all(&content) {
        let committed = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
        if committed != svg {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "screenshots are stale: {}. Run `cargo run --example screenshots` and commit them.",
        stale.join(", ")
    );
}

#[test]
fn every_step_has_a_screenshot_in_both_themes() {
    let content = napwiz::content::Content::embedded();
    let shots = napwiz::tui::screenshots::all(&content);
    for theme in ["default", "high-contrast"] {
        let names: Vec<String> = shots
            .iter()
            .filter(|(p, _)| p.starts_with(theme))
            .map(|(p, _)| p.display().to_string())
            .collect();
        for step in [
            "start",
            "plan-setup",
            "institutions",
            "prevention",
            "protection",
            "prosecution",
            "enabling-framework",
            "review",
            "monitoring",
            "generate",
        ] {
            assert!(names.iter().any(|n| n.contains(step)), "{theme}: no screenshot of {step}");
        }
    }
}
