//! How each format names the document it writes (the HTML title, the Word footer, the file
//! properties, the line under the title page's period): a draft says it is a draft, a report
//! that it is the implementation report of its period, a pack which evaluation it is for.

use crate::document::{DocumentKind, TitlePage};

/// "Draft of 20 January 2028"; "Compiled on 20 January 2028" for a report or a pack.
pub(super) fn dated(page: &TitlePage) -> String {
    let date = page.date.as_str();
    match page.kind {
        DocumentKind::Draft => crate::fl!("export-draft-of", date = date),
        _ => crate::fl!("export-compiled-on", date = date),
    }
}

/// The HTML page's title.
pub(super) fn html_title(page: &TitlePage) -> String {
    let title = page.title.as_str();
    match &page.kind {
        DocumentKind::Draft => crate::fl!("export-html-title", title = title),
        DocumentKind::Report { period } => {
            crate::fl!("export-report-html-title", title = title, period = period.as_str())
        }
        DocumentKind::Evaluation { stage } => {
            crate::fl!("export-evaluation-html-title", title = title, stage = (*stage))
        }
    }
}

/// The Word footer's text before the page number (`title` already cleaned for Word).
pub(super) fn footer(page: &TitlePage, title: &str) -> String {
    let date = page.date.as_str();
    match &page.kind {
        DocumentKind::Draft => crate::fl!("export-docx-footer", title = title, date = date),
        DocumentKind::Report { period } => {
            crate::fl!("export-report-footer", title = title, period = period.as_str(), date = date)
        }
        DocumentKind::Evaluation { stage } => {
            crate::fl!("export-evaluation-footer", title = title, stage = (*stage), date = date)
        }
    }
}

/// The status in the Word and Excel file properties.
pub(super) fn status(page: &TitlePage) -> String {
    match &page.kind {
        DocumentKind::Draft => crate::fl!("export-status-draft"),
        DocumentKind::Report { .. } => crate::fl!("export-report-status"),
        DocumentKind::Evaluation { stage } => {
            crate::fl!("export-evaluation-status", stage = (*stage))
        }
    }
}

/// The Word file's subject (`country` already cleaned).
pub(super) fn subject(page: &TitlePage, country: &str) -> String {
    match &page.kind {
        DocumentKind::Draft => {
            crate::fl!("export-docx-subject", country = country, period = page.period.as_str())
        }
        DocumentKind::Report { period } => {
            crate::fl!("export-report-subject", country = country, period = period.as_str())
        }
        DocumentKind::Evaluation { stage } => {
            crate::fl!("export-evaluation-subject", country = country, stage = (*stage))
        }
    }
}

/// The bold words at the left of each printed Excel page's header.
pub(super) fn sheet_header(page: &TitlePage) -> String {
    match &page.kind {
        DocumentKind::Draft => crate::fl!("xlsx-header-draft"),
        DocumentKind::Report { period } => format!("{} {period}", page.status),
        DocumentKind::Evaluation { .. } => page.status.clone(),
    }
}
