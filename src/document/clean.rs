//! The clean copy for circulation: the same draft without its drafting marks. Every gap the
//! draft marks (a "For the drafting team" passage, a bracketed "[to be decided]" entry, a cell
//! still to be filled) is taken out of the text and listed in a checklist for the drafting
//! team instead, with where it was.

use super::{Block, Document, Section};

/// One gap taken out of the clean copy: the section it was in, and what is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub section: String,
    pub what: String,
}

/// Removes the gaps of `doc` (placeholder passages, list entries and table cells, the cells
/// left empty) and returns them in document order.
pub fn take_gaps(doc: &mut Document) -> Vec<Gap> {
    let mut gaps = vec![];
    doc.title_page.facts.retain(|fact| {
        if fact.placeholder {
            gaps.push(Gap {
                section: crate::fl!("document-title-page"),
                what: format!(
                    "{} {}",
                    crate::i18n::label(fact.label.as_deref().unwrap_or("")),
                    fact.text
                ),
            });
        }
        !fact.placeholder
    });
    for chapter in &mut doc.chapters {
        take_from_section(chapter, &mut gaps);
    }
    gaps
}

fn take_from_section(section: &mut Section, gaps: &mut Vec<Gap>) {
    let heading = section.heading();
    let mut push = |what: String| gaps.push(Gap { section: heading.clone(), what });
    section.blocks.retain_mut(|block| match block {
        Block::Placeholder(text) => {
            push(text.clone());
            false
        }
        Block::List(items) => {
            items.retain(|item| {
                if item.placeholder {
                    let label = item.label.as_deref().map(|l| format!("{l}: ")).unwrap_or_default();
                    push(format!("{label}{}", item.text));
                }
                !item.placeholder
            });
            !items.is_empty()
        }
        Block::Table(table) => {
            for row in &mut table.rows {
                let first = row.first().map(|c| c.text.clone()).unwrap_or_default();
                for (cell, column) in row.iter_mut().zip(&table.columns) {
                    if cell.placeholder {
                        push(format!(
                            "{} ({first}): {} {}",
                            table.caption, column.title, cell.text
                        ));
                        cell.text.clear();
                        cell.placeholder = false;
                    }
                }
            }
            true
        }
        _ => true,
    });
    for sub in &mut section.sections {
        take_from_section(sub, gaps);
    }
}
