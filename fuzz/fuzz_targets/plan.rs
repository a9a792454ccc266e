//! The plan loader on any bytes; a plan that loads then goes through every command path
//! (tests/common/exercise.rs, shared with `cargo test`). Crashers go to
//! tests/fixtures/chaos/plans/ as `crash-*`.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use napwiz::content::Content;

/// The helpers `cargo test` uses, from tests/common/.
#[allow(dead_code)]
#[path = "../../tests/common"]
mod common {
    pub mod exercise;
    pub mod keys;
}

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fuzz_target!(|data: &[u8]| {
    // Files are read as text; invalid UTF-8 is refused before parsing, as `PlanFile` does.
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(parsed) = napwiz::plan::from_ron("fuzz.ron", text) {
        common::exercise::every_command(&parsed.plan, content());
    }
});
