//! The draft action plan's export formats. Each format is one file here: a function from a
//! [`Document`] to bytes, or into a file as it is made. [`export_plan`] builds the part of the
//! draft its formats read (the chapters, then the matrices), and writes each format's files,
//! each atomically, as they are made: a big plan's draft and files are never all in memory.

pub mod csv;
pub mod docx;
pub mod html;
pub mod markdown;
mod naming;
mod preview;
mod text_out;
pub mod xlsx;

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use jiff::civil::Date;

pub use preview::preview_lines;

use crate::content::Content;
use crate::document::{self, Document, Matrix, Part, Table};
use crate::plan::Plan;
use crate::store::{write_atomic, write_atomic_with};

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

    /// The part of the draft this format reads: the chapters or the matrices.
    pub fn part(self) -> Part {
        match self {
            Format::Markdown | Format::Html | Format::Docx => Part::Chapters,
            Format::Xlsx | Format::Csv => Part::Matrices,
        }
    }

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

/// What [`export_draft`] wrote: the files in format order (the clean copy's checklist last),
/// and the Excel cells cut to fit (see [`xlsx::cut_cells`]).
#[derive(Debug, Default)]
pub struct Exported {
    pub written: Vec<PathBuf>,
    pub cut_cells: Vec<String>,
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
    Ok(export_draft(plan, content, formats, out_dir, stem, options)?.written)
}

/// [`export_plan`], also saying which Excel cells were cut. The draft is built one part at a
/// time, for the formats that read it, and each file is written as soon as it is made.
pub fn export_draft(
    plan: &Plan,
    content: &Content,
    formats: &[Format],
    out_dir: &Path,
    stem: &str,
    options: &ExportOptions,
) -> Result<Exported> {
    let formats = in_order(formats);
    crate::paths::ensure_dir(out_dir)?;
    let draft = document::Draft::new(plan, content, options.date, options.clean);
    let mut exported = Exported::default();
    let mut checklist = None;
    // The chapters' formats come first in `Format` order, so the paths stay in that order.
    for &part in Part::ALL {
        let of_part: Vec<Format> = formats.iter().copied().filter(|f| f.part() == part).collect();
        // The clean copy's checklist lists the gaps the chapters leave out.
        let checklist_here = options.clean && part == Part::Chapters;
        if of_part.is_empty() && !checklist_here {
            continue;
        }
        // The matrices are made one at a time as they are written, not built here.
        let built: &[Part] = if part == Part::Chapters { &[Part::Chapters] } else { &[] };
        let (doc, gaps) = draft.document(built);
        let writing = Writing { doc: &doc, draft: Some(&draft), out_dir, stem, options };
        for format in of_part {
            exported.written.extend(writing.format(format, &mut exported.cut_cells)?);
        }
        if checklist_here {
            checklist = Some(write_checklist(&doc, &gaps, out_dir, stem)?);
        }
    }
    exported.written.extend(checklist);
    Ok(exported)
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
    written.push(write_checklist(doc, gaps, out_dir, stem)?);
    Ok(written)
}

fn write_checklist(
    doc: &Document,
    gaps: &[document::Gap],
    out_dir: &Path,
    stem: &str,
) -> Result<PathBuf> {
    let path = out_dir.join(format!("{stem}-checklist.md"));
    write_atomic(&path, markdown::checklist(doc, gaps).as_bytes())
        .with_context(|| crate::fl!("export-write-failed", path = path.display().to_string()))?;
    Ok(path)
}

/// Writes an already built draft (e.g. the one being previewed); see [`export_plan`].
pub fn export_document(
    doc: &Document,
    formats: &[Format],
    out_dir: &Path,
    stem: &str,
    options: &ExportOptions,
) -> Result<Vec<PathBuf>> {
    crate::paths::ensure_dir(out_dir)?;
    let writing = Writing { doc, draft: None, out_dir, stem, options };
    let mut written = vec![];
    for format in in_order(formats) {
        written.extend(writing.format(format, &mut vec![])?);
    }
    Ok(written)
}

/// Each format once, in the order of [`Format::ALL`] (the part that reads the chapters first).
fn in_order(formats: &[Format]) -> Vec<Format> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    formats
}

/// Where and from what the formats' files are written.
struct Writing<'a> {
    doc: &'a Document,
    /// When set, the matrices are made from it one at a time (the document has none).
    draft: Option<&'a document::Draft<'a>>,
    out_dir: &'a Path,
    stem: &'a str,
    options: &'a ExportOptions,
}

impl Writing<'_> {
    /// Writes one format's files (CSV three, the others one), each made straight into its
    /// file; adds the Excel cells cut to fit to `cut`.
    fn format(&self, format: Format, cut: &mut Vec<String>) -> Result<Vec<PathBuf>> {
        let doc = self.doc;
        let path = |suffix: &str| self.out_dir.join(format!("{}{suffix}", self.stem));
        let one = |suffix: &str, make: &mut dyn FnMut(&mut BufWriter<&mut File>) -> Result<()>| {
            write_file(path(suffix), format, make).map(|p| vec![p])
        };
        crate::i18n::in_language(&doc.language, || match format {
            Format::Markdown => one(".md", &mut |f| Ok(markdown::write_to(doc, f)?)),
            Format::Html => one(".html", &mut |f| Ok(html::write_to(doc, f)?)),
            Format::Docx => one(".docx", &mut |f| docx::write_to(doc, f)),
            Format::Xlsx => one(".xlsx", &mut |f| {
                let page = &doc.title_page;
                let made = Matrix::ALL
                    .into_iter()
                    .map(|m| (m.sheet_name(), self.table(m), m.frozen_columns()));
                cut.extend(match self.draft {
                    Some(_) => xlsx::write_sheets_to(page, made, f)?,
                    // A report's workbook is its own sheets.
                    None => xlsx::write_sheets_to(page, xlsx::built_sheets(doc), f)?,
                });
                Ok(())
            }),
            Format::Csv => csv::FILES
                .into_iter()
                .map(|(suffix, matrix)| {
                    let table = self.table(matrix);
                    write_file(path(suffix), format, |f| {
                        csv::write_to(&table, self.options.excel_csv, f)
                    })
                })
                .collect(),
        })
    }

    /// A matrix of the draft: the built document's, or made now.
    fn table(&self, matrix: Matrix) -> Cow<'_, Table> {
        match self.draft {
            Some(draft) => Cow::Owned(draft.matrix(matrix)),
            None => Cow::Borrowed(self.doc.matrices.table(matrix)),
        }
    }
}

/// Writes `path` atomically from what `make` puts into it. A failure of the format itself is
/// reported as the format's; a failure to write, as the file's.
fn write_file(
    path: PathBuf,
    format: Format,
    make: impl FnOnce(&mut BufWriter<&mut File>) -> Result<()>,
) -> Result<PathBuf> {
    let mut failed = None;
    let result = write_atomic_with(&path, |file| {
        let mut out = BufWriter::new(file);
        if let Err(e) = make(&mut out) {
            let io = io::Error::other(e.to_string());
            failed = Some(e);
            return Err(io);
        }
        out.flush()
    });
    match (result, failed) {
        (Ok(()), _) => Ok(path),
        // A write the format made into the file (a full disk) failed: that is the file's.
        (Err(_), Some(e)) if e.root_cause().is::<io::Error>() => {
            Err(e.context(crate::fl!("export-write-failed", path = path.display().to_string())))
        }
        (Err(_), Some(e)) => {
            Err(e.context(crate::fl!("export-render-failed", format = format.label())))
        }
        (Err(e), None) => Err(anyhow::Error::new(e)
            .context(crate::fl!("export-write-failed", path = path.display().to_string()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder holding `nap.md` as an earlier export left it.
    fn earlier_export() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nap.md");
        std::fs::write(&path, "earlier").unwrap();
        (dir, path)
    }

    fn untouched(dir: &Path, path: &Path) {
        assert_eq!(std::fs::read_to_string(path).unwrap(), "earlier");
        assert_eq!(std::fs::read_dir(dir).unwrap().count(), 1, "no temporary file left");
    }

    #[test]
    fn a_format_that_fails_midway_is_named_and_leaves_the_earlier_file() {
        let (dir, path) = earlier_export();
        let error = write_file(path.clone(), Format::Markdown, |f| {
            f.write_all(b"half a draft")?;
            anyhow::bail!("a table without rows")
        })
        .unwrap_err();
        let label = Format::Markdown.label();
        assert_eq!(error.to_string(), crate::fl!("export-render-failed", format = label));
        assert!(format!("{error:#}").ends_with("a table without rows"));
        untouched(dir.path(), &path);
    }

    #[test]
    fn a_full_disk_while_a_format_writes_is_the_files_failure() {
        let (dir, path) = earlier_export();
        let error = write_file(path.clone(), Format::Markdown, |_| {
            Err(io::Error::new(io::ErrorKind::StorageFull, "disk full").into())
        })
        .unwrap_err();
        let shown = path.display().to_string();
        assert_eq!(error.to_string(), crate::fl!("export-write-failed", path = shown));
        untouched(dir.path(), &path);
    }
}
