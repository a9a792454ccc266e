//! Writes the README's screenshots: `cargo run --example screenshots`.
//! SVG always; PNG too where `rsvg-convert` (Debian: librsvg2-bin) is installed.

// This file reports on itself (timings, skips, paths); that is not napwiz's output (clippy.toml).
#![allow(clippy::disallowed_macros)]

use std::path::Path;
use std::process::Command;

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots");
    let content = napwiz::content::Content::embedded();
    let png = Command::new("rsvg-convert").arg("--version").output().is_ok();
    for (path, svg) in napwiz::tui::screenshots::all(&content) {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder"))?;
        napwiz::store::write_atomic(&path, svg.as_bytes())?;
        println!("{}", path.display());
        if png {
            let out = path.with_extension("png");
            let status = Command::new("rsvg-convert").arg("-o").arg(&out).arg(&path).status()?;
            anyhow::ensure!(status.success(), "rsvg-convert failed on {}", path.display());
            println!("{}", out.display());
        }
    }
    if !png {
        eprintln!("rsvg-convert not found: wrote SVG only (apt-get install librsvg2-bin for PNG)");
    }
    Ok(())
}
