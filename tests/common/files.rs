//! Files the export tests compare and convert: golden files, zip packages, and PDFs made by
//! LibreOffice (installed by .ci/run; the tests that need it fail without it).

use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;

/// This test binary's name (`export`, `report`), for the hint to regenerate its golden files.
fn test_name() -> String {
    let exe = std::env::current_exe().unwrap_or_default();
    let stem = exe.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    stem.rsplit_once('-').map_or(stem.clone(), |(name, _)| name.to_string())
}

/// Compares with `tests/golden/NAME`, or rewrites it when UPDATE_GOLDEN is set.
pub fn golden(name: &str, actual: &[u8]) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read(&path).unwrap_or_else(|e| {
        panic!("{}: {e}; run `UPDATE_GOLDEN=1 cargo test --test {}`", path.display(), test_name())
    });
    if expected != actual {
        let (expected, actual) =
            (String::from_utf8_lossy(&expected), String::from_utf8_lossy(actual));
        let line = expected.lines().zip(actual.lines()).position(|(e, a)| e != a);
        let at = line.unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  now:    {:?}\n\
             If the change is intended: UPDATE_GOLDEN=1 cargo test --test {}",
            at + 1,
            expected.lines().nth(at).unwrap_or("<end>"),
            actual.lines().nth(at).unwrap_or("<end>"),
            test_name()
        );
    }
}

/// Every part of a zip package, by name.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip package");
    (0..archive.len())
        .map(|i| {
            let mut part = archive.by_index(i).unwrap();
            let mut data = vec![];
            part.read_to_end(&mut data).unwrap();
            (part.name().unwrap().to_string(), data)
        })
        .collect()
}

/// Parses every XML part (`.xml`, `.rels`); panics naming the part that is not well-formed.
pub fn parse_every_xml_part(parts: &[(String, Vec<u8>)]) -> usize {
    let mut parsed = 0;
    for (name, data) in parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let xml = std::str::from_utf8(data).unwrap_or_else(|e| panic!("{name}: {e}"));
            roxmltree::Document::parse(xml)
                .unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
            parsed += 1;
        }
    }
    parsed
}

/// The program `bin`, or a failure saying how to get it.
pub fn required(bin: &str, package: &str) -> &'static str {
    let version = if bin == "pdftotext" { "-v" } else { "--version" };
    let found = Command::new(bin).arg(version).output().is_ok_and(|o| o.status.success());
    assert!(found, "{bin} is not installed: run .ci/run (as root) or install {package}");
    bin.to_string().leak()
}

/// Pages in a PDF: its page objects ("/Type /Page", not "/Pages").
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type")
        .filter(|(i, _)| {
            let rest = text[i + 5..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count()
}

/// Converts `input` to PDF with LibreOffice in a private profile; the PDF's bytes.
pub fn libreoffice_pdf(input: &Path) -> Vec<u8> {
    let soffice =
        required("soffice", "LibreOffice (libreoffice-writer-nogui libreoffice-calc-nogui)");
    let dir = input.parent().unwrap();
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let out_dir = dir.join("pdf");
    let output = Command::new(soffice)
        .args([profile.as_str(), "--headless", "--norestore", "--convert-to", "pdf", "--outdir"])
        .arg(&out_dir)
        .arg(input)
        .output()
        .unwrap();
    // soffice exits 0 even when it cannot load the file: the PDF is the proof.
    let pdf = out_dir.join(input.with_extension("pdf").file_name().unwrap());
    let bytes = fs::read(&pdf).unwrap_or_else(|e| {
        panic!("no PDF from {}: {e}; {}", input.display(), String::from_utf8_lossy(&output.stderr))
    });
    assert!(bytes.starts_with(b"%PDF"));
    bytes
}

/// The text of PDF pages `first..=last`, by pdftotext.
pub fn pdf_text(pdf: &[u8], first: usize, last: usize) -> String {
    let pdftotext = required("pdftotext", "poppler-utils");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    fs::write(&path, pdf).unwrap();
    let (first, last) = (first.to_string(), last.to_string());
    let out = Command::new(pdftotext)
        .args(["-layout", "-f", &first, "-l", &last])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}
