//! The draft action plan's export formats. Each format is one file here: a function from a
//! [`Document`] to bytes. [`export_plan`] builds the document, renders the chosen formats in
//! memory and only then writes the files, each atomically.

pub mod csv;
pub mod docx;
pub mod html;
pub mod markdown;
mod naming;
mod preview;
pub mod xlsx;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use jiff::civil::Date;

pub use preview::preview_lines;

use crate::content::Content;
use crate::document::{self, Document};
use crate::plan::Plan;
use crate::store::write_atomic;

/// An export format, as named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Format {
    /// Markdown (GitHub tables)
    #[value(name = "md")]
    Markdown,
    /// One self-contained, printable HTML page with charts
    Html,
    /// Word document, with a contents field, landscape action tables and page numbers
    Docx,
    /// Excel workbook: actions, budget, monitoring framework, responsibilities, gaps, institutions
    Xlsx,
    /// CSV files: actions, monitoring framework, responsibilities
    Csv,
}

impl Format {
    pub const ALL: [Format; 5] =
        [Format::Markdown, Format::Html, Format::Docx, Format::Xlsx, Format::Csv];

    pub fn label(self) -> String {
        match self {
            Format::Markdown => crate::fl!("format-markdown"),
            Format::Html => crate::fl!("format-html"),
            Format::Docx => crate::fl!("format-docx"),
            Format::Xlsx => crate::fl!("format-xlsx"),
            Format::Csv => crate::fl!("format-csv"),
        }
    }
}

/// How to export, beyond the choice of formats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOptions {
    /// The date printed on the draft.
    pub date: Date,
    /// CSV for Excel: a byte-order mark and ';' between fields.
    pub excel_csv: bool,
    /// The clean copy for circulation, with the drafting team's checklist beside it.
    pub clean: bool,
}

impl ExportOptions {
    /// Dated today, plain CSV.
    pub fn today() -> ExportOptions {
        ExportOptions { date: jiff::ZonedDateTime::now().date(), excel_csv: false, clean: false }
    }
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions::today()
    }
}

/// One file of an export: what follows the plan's name ("-actions.csv"), and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub suffix: String,
    pub bytes: Vec<u8>,
}

impl Rendered {
    fn new(suffix: &str, bytes: Vec<u8>) -> Rendered {
        Rendered { suffix: suffix.into(), bytes }
    }
}

/// Renders one format in memory; CSV gives three files, the others one.
pub fn render(doc: &Document, format: Format, options: &ExportOptions) -> Result<Vec<Rendered>> {
    crate::i18n::in_language(&doc.language, || render_in_language(doc, format, options))
}

fn render_in_language(
    doc: &Document,
    format: Format,
    options: &ExportOptions,
) -> Result<Vec<Rendered>> {
    Ok(match format {
        Format::Markdown => vec![Rendered::new(".md", markdown::write(doc).into_bytes())],
        Format::Html => vec![Rendered::new(".html", html::write(doc).into_bytes())],
        Format::Docx => vec![Rendered::new(".docx", docx::write(doc)?)],
        Format::Xlsx => vec![Rendered::new(".xlsx", xlsx::write(doc)?)],
        Format::Csv => csv::write_all(doc, options.excel_csv)?
            .into_iter()
            .map(|(suffix, bytes)| Rendered::new(&suffix, bytes))
            .collect(),
    })
}

/// Builds the draft of `plan` and writes the chosen formats into `out_dir` (created if
/// missing), named after `stem`: `nap.md`, `nap.html`, `nap.docx`, `nap.xlsx`,
/// `nap-actions.csv`, ... Returns the paths written, in format order.
pub fn export_plan(
    plan: &Plan,
    content: &Content,
    formats: &[Format],
    out_dir: &Path,
    stem: &str,
    options: &ExportOptions,
) -> Result<Vec<PathBuf>> {
    if options.clean {
        let (doc, gaps) = document::build_clean(plan, content, options.date);
        return export_clean(&doc, &gaps, formats, out_dir, stem, options);
    }
    let doc = document::build(plan, content, options.date);
    export_document(&doc, formats, out_dir, stem, options)
}

/// Writes a clean copy and, beside it, the drafting team's checklist of the gaps it leaves
/// out (`nap-checklist.md`); see [`export_plan`].
pub fn export_clean(
    doc: &Document,
    gaps: &[document::Gap],
    formats: &[Format],
    out_dir: &Path,
    stem: &str,
    options: &ExportOptions,
) -> Result<Vec<PathBuf>> {
    let mut written = export_document(doc, formats, out_dir, stem, options)?;
    let path = out_dir.join(format!("{stem}-checklist.md"));
    write_atomic(&path, markdown::checklist(doc, gaps).as_bytes())
        .with_context(|| crate::fl!("export-write-failed", path = path.display().to_string()))?;
    written.push(path);
    Ok(written)
}

/// Writes an already built draft (e.g. the one being previewed); see [`export_plan`].
pub fn export_document(
    doc: &Document,
    formats: &[Format],
    out_dir: &Path,
    stem: &str,
    options: &ExportOptions,
) -> Result<Vec<PathBuf>> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let mut files = vec![];
    for format in formats {
        let rendered = render(doc, format, options)
            .with_context(|| crate::fl!("export-render-failed", format = format.label()))?;
        files.extend(rendered);
    }
    crate::paths::ensure_dir(out_dir)?;
    let mut written = vec![];
    for file in files {
        let path = out_dir.join(format!("{stem}{}", file.suffix));
        write_atomic(&path, &file.bytes).with_context(|| {
            crate::fl!("export-write-failed", path = path.display().to_string())
        })?;
        written.push(path);
    }
    Ok(written)
}
