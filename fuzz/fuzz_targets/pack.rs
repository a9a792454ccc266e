//! The content-pack loader: the first byte picks which file of the embedded pack the rest
//! replaces (tests/chaos.rs reads its regression files the same way). A pack that passes the
//! check then goes through every command with the demo plan. Crashers go to
//! tests/fixtures/chaos/packs/.
#![no_main]

use libfuzzer_sys::fuzz_target;
use napwiz::content::{EMBEDDED, PackFiles, check_files};

/// The helpers `cargo test` uses, from tests/common/.
#[allow(dead_code)]
#[path = "../../tests/common"]
mod common {
    pub mod exercise;
    pub mod keys;
}

fuzz_target!(|data: &[u8]| {
    let Some((&file, text)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(text) else { return };
    let name = EMBEDDED[usize::from(file) % EMBEDDED.len()].0;
    let texts = EMBEDDED
        .iter()
        .map(|(n, t)| (n.to_string(), if *n == name { text } else { t }.to_string()));
    if let Ok(content) = check_files(&PackFiles::from_texts("fuzz", texts)) {
        let mut plan = napwiz::plan::demo_plan(&content);
        plan.items = std::mem::take(&mut plan.items).into_iter().step_by(9).collect();
        common::exercise::every_command(&plan, &content);
    }
});
