//! The budget of the draft: the estimates of the included actions added up by area,
//! objective, year, funding source and lead institution, and the costing gap (included actions
//! without an estimate). One chapter for the document, one flat table for the spreadsheet.

use std::collections::BTreeMap;

use super::build::{Builder, Objective, PlannedAction, PlannedArea, line, section};
use super::{Block, Cell, Column, ColumnKind, Section, Table};

/// One line of a budget table: how many actions are costed and not, and their sum.
#[derive(Debug, Clone, Default, PartialEq)]
struct Tally {
    costed: usize,
    not_costed: usize,
    amount: u64,
}

impl Tally {
    fn add(&mut self, amount: Option<u64>) {
        match amount {
            Some(a) => {
                self.costed += 1;
                // A hand-edited plan may hold any u64: sums saturate instead of overflowing.
                self.amount = self.amount.saturating_add(a);
            }
            None => self.not_costed += 1,
        }
    }
}

/// The budget of the included actions, tallied every way the chapter shows it.
struct Budget {
    total: Tally,
    /// (label, tally) in document order.
    areas: Vec<(String, Tally)>,
    objectives: Vec<(String, Tally)>,
    /// Year -> share of the estimates, spread evenly over each action's years.
    years: BTreeMap<u16, Tally>,
    /// Costed actions without a timeframe: their amount has no year.
    no_year: Tally,
    sources: Vec<(String, Tally)>,
    leads: Vec<(String, Tally)>,
    /// Included actions without an estimate: (number, text, lead code).
    gap: Vec<(String, String, String)>,
}

impl Builder<'_> {
    fn budget(&self) -> Budget {
        let mut b = Budget {
            total: Tally::default(),
            areas: vec![],
            objectives: vec![],
            years: BTreeMap::new(),
            no_year: Tally::default(),
            sources: vec![],
            leads: vec![],
            gap: vec![],
        };
        for (area, objective, action) in self.actions() {
            self.tally_action(&mut b, area, objective, action);
        }
        b.sources.sort_by(|x, y| y.1.amount.cmp(&x.1.amount).then(x.0.cmp(&y.0)));
        b.leads.sort_by(|x, y| y.1.amount.cmp(&x.1.amount).then(x.0.cmp(&y.0)));
        b
    }

    fn tally_action(
        &self,
        b: &mut Budget,
        area: &PlannedArea,
        objective: &Objective,
        action: &PlannedAction,
    ) {
        let d = action.decision;
        let amount = d.budget.as_ref().and_then(|x| x.amount);
        b.total.add(amount);
        entry(&mut b.areas, &line(&area.area.title)).add(amount);
        entry(&mut b.objectives, &format!("{} {}", objective.number, objective.title)).add(amount);
        let lead = d.lead.as_deref().map_or_else(|| crate::fl!("budget-no-lead"), |l| self.code(l));
        entry(&mut b.leads, &lead).add(amount);
        let Some(amount) = amount else {
            b.gap.push((action.number.clone(), action.text.clone(), lead));
            return;
        };
        let source = d.budget.as_ref().map(|x| line(&x.source)).unwrap_or_default();
        let source = if source.is_empty() { crate::fl!("budget-no-source") } else { source };
        entry(&mut b.sources, &source).add(Some(amount));
        match d.timeframe {
            Some(t) => {
                let (first, last) = t.years_within(self.plan.meta.period);
                for (year, share) in spread(amount, first, last) {
                    let tally = b.years.entry(year).or_default();
                    tally.costed += 1;
                    tally.amount = tally.amount.saturating_add(share);
                }
            }
            None => b.no_year.add(Some(amount)),
        }
    }

    /// The budget chapter, numbered `number`.
    pub(super) fn budget_chapter(&self, number: usize) -> Section {
        let b = self.budget();
        let n = number.to_string();
        let mut blocks = vec![Block::Paragraph(self.budget_summary(&b))];
        if b.total.costed > 0 {
            blocks.push(Block::Paragraph(crate::fl!("budget-note")));
        }
        let sub = |i: usize, title: &str, blocks: Vec<Block>| {
            section(&format!("{n}.{i}"), title, blocks, vec![])
        };
        let sections = vec![
            sub(
                1,
                &crate::fl!("budget-by-area-title"),
                vec![
                    Block::Table(self.tally_table(
                        &crate::fl!("budget-by-area"),
                        &crate::fl!("document-column-area"),
                        &b.areas,
                        &b.total,
                    )),
                    Block::Table(self.tally_table(
                        &crate::fl!("budget-by-objective"),
                        &crate::fl!("document-column-objective"),
                        &b.objectives,
                        &b.total,
                    )),
                ],
            ),
            sub(
                2,
                &crate::fl!("budget-by-year-title"),
                vec![
                    Block::Paragraph(crate::fl!("budget-year-note")),
                    Block::Table(self.year_table(&b)),
                ],
            ),
            sub(
                3,
                &crate::fl!("budget-sources-title"),
                vec![Block::Table(self.tally_table(
                    &crate::fl!("budget-by-source"),
                    &crate::fl!("document-column-funding-source"),
                    &b.sources,
                    &b.total,
                ))],
            ),
            sub(
                4,
                &crate::fl!("budget-by-lead-title"),
                vec![
                    Block::Paragraph(crate::fl!("budget-lead-note")),
                    Block::Table(self.tally_table(
                        &crate::fl!("budget-by-lead"),
                        &crate::fl!("document-column-lead"),
                        &b.leads,
                        &b.total,
                    )),
                ],
            ),
            sub(5, &crate::fl!("budget-costing-gap"), self.gap_blocks(&b)),
        ];
        section(&n, &crate::fl!("budget-title"), blocks, sections)
    }

    fn budget_summary(&self, b: &Budget) -> String {
        let included = b.total.costed + b.total.not_costed;
        crate::fl!(
            "budget-summary",
            costed = b.total.costed,
            included = included,
            amount = self.money(b.total.amount),
            not_costed = b.total.not_costed,
            share = percent(b.total.not_costed as u64, included as u64)
        )
    }

    /// Label, costed actions, actions without estimate, estimate and share, with a total row.
    fn tally_table(
        &self,
        caption: &str,
        label: &str,
        rows: &[(String, Tally)],
        total: &Tally,
    ) -> Table {
        let mut body: Vec<Vec<Cell>> =
            rows.iter().map(|(l, t)| self.tally_row(l, t, total)).collect();
        body.push(self.tally_row(&crate::fl!("budget-total"), total, total));
        Table { caption: caption.into(), columns: tally_columns(label), rows: body, wide: false }
    }

    fn tally_row(&self, label: &str, tally: &Tally, total: &Tally) -> Vec<Cell> {
        vec![
            label.into(),
            tally.costed.to_string().into(),
            tally.not_costed.to_string().into(),
            if tally.costed > 0 { self.money(tally.amount) } else { "-".into() }.into(),
            percent(tally.amount, total.amount).into(),
        ]
    }

    fn year_table(&self, b: &Budget) -> Table {
        let mut rows: Vec<Vec<Cell>> = b
            .years
            .iter()
            .map(|(year, t)| {
                vec![
                    year.to_string().into(),
                    t.costed.to_string().into(),
                    self.money(t.amount).into(),
                    percent(t.amount, b.total.amount).into(),
                ]
            })
            .collect();
        if b.no_year.costed > 0 {
            rows.push(vec![
                crate::fl!("budget-no-timeframe").into(),
                b.no_year.costed.to_string().into(),
                self.money(b.no_year.amount).into(),
                percent(b.no_year.amount, b.total.amount).into(),
            ]);
        }
        rows.push(vec![
            crate::fl!("budget-total").into(),
            b.total.costed.to_string().into(),
            self.money(b.total.amount).into(),
            percent(b.total.amount, b.total.amount).into(),
        ]);
        let columns = vec![
            Column::text(&crate::fl!("document-column-year"), 18),
            Column::text(&crate::fl!("budget-column-costed-running"), 12),
            Column::text(&crate::fl!("budget-column-estimate"), 16),
            Column::text(&crate::fl!("budget-column-share"), 8),
        ];
        Table { caption: crate::fl!("budget-by-year"), columns, rows, wide: false }
    }

    fn gap_blocks(&self, b: &Budget) -> Vec<Block> {
        if b.gap.is_empty() {
            return vec![Block::Paragraph(crate::fl!("budget-all-costed"))];
        }
        let rows = b
            .gap
            .iter()
            .map(|(number, text, lead)| {
                vec![number.as_str().into(), text.as_str().into(), lead.as_str().into()]
            })
            .collect();
        let columns = vec![
            Column::action_number(),
            Column::text(&crate::fl!("document-column-action"), 50),
            Column::text(&crate::fl!("document-column-lead"), 10),
        ];
        vec![
            Block::Paragraph(crate::fl!("budget-gap", count = b.gap.len())),
            Block::Table(Table {
                caption: crate::fl!("budget-gap-caption"),
                columns,
                rows,
                wide: false,
            }),
        ]
    }

    /// The budget as one flat table for the spreadsheet: one row per area, objective, year,
    /// funding source, lead institution and action without an estimate, with a total.
    pub(super) fn budget_matrix(&self) -> Table {
        let b = self.budget();
        let mut rows = vec![];
        let mut push = |dimension: &str, item: &str, t: &Tally| {
            rows.push(vec![
                dimension.into(),
                item.into(),
                Cell::from(t.costed.to_string()),
                Cell::from(t.not_costed.to_string()),
                Cell::from(if t.costed > 0 { t.amount.to_string() } else { String::new() }),
                Cell::from(share(t.amount, b.total.amount)),
            ]);
        };
        let dimensions = [
            crate::fl!("budget-total"),
            crate::fl!("document-column-area"),
            crate::fl!("document-column-objective"),
            crate::fl!("document-column-funding-source"),
            crate::fl!("document-column-lead"),
            crate::fl!("document-column-year"),
            crate::fl!("budget-costing-gap"),
        ];
        let [total, area, objective, source, lead, year_dimension, costing_gap] = &dimensions;
        push(total, &crate::fl!("budget-all-included"), &b.total);
        for (dimension, list) in
            [(area, &b.areas), (objective, &b.objectives), (source, &b.sources), (lead, &b.leads)]
        {
            for (item, t) in list {
                push(dimension, item, t);
            }
        }
        for (year, t) in &b.years {
            push(year_dimension, &year.to_string(), t);
        }
        if b.no_year.costed > 0 {
            push(year_dimension, &crate::fl!("budget-no-timeframe"), &b.no_year);
        }
        for (number, text, _) in &b.gap {
            push(
                costing_gap,
                &format!("{number} {text}"),
                &Tally { not_costed: 1, ..Tally::default() },
            );
        }
        let number =
            |title: &str, width| Column { title: title.into(), width, kind: ColumnKind::Number };
        let currency = line(&self.plan.meta.currency);
        let estimate = if currency.is_empty() {
            crate::fl!("budget-column-estimate")
        } else {
            crate::fl!("budget-column-estimate-in", currency = currency)
        };
        let columns = vec![
            Column {
                title: crate::fl!("budget-column-budget-by"),
                width: 14,
                kind: ColumnKind::Choice(dimensions.to_vec()),
            },
            Column::text(&crate::fl!("document-column-item"), 50),
            number(&crate::fl!("budget-column-costed"), 9),
            number(&crate::fl!("budget-column-without-estimate-long"), 10),
            Column { title: estimate, width: 14, kind: ColumnKind::Money },
            number(&crate::fl!("budget-column-share-percent"), 10),
        ];
        Table { caption: crate::fl!("budget-title"), columns, rows, wide: false }
    }
}

/// The tally of `label` in `list`, added at the end when new.
fn entry<'l>(list: &'l mut Vec<(String, Tally)>, label: &str) -> &'l mut Tally {
    let at = list.iter().position(|(l, _)| l == label).unwrap_or_else(|| {
        list.push((label.to_string(), Tally::default()));
        list.len() - 1
    });
    &mut list[at].1
}

/// `amount` spread evenly over the years `first..=last`, the remainder in the first year.
fn spread(amount: u64, first: u16, last: u16) -> Vec<(u16, u64)> {
    let years = u64::from(last.saturating_sub(first)) + 1;
    let share = amount / years;
    let rest = amount - share * years;
    (first..=first + (years - 1) as u16)
        .map(|y| (y, if y == first { share + rest } else { share }))
        .collect()
}

fn tally_columns(label: &str) -> Vec<Column> {
    vec![
        Column::text(label, 40),
        Column::text(&crate::fl!("budget-column-costed"), 9),
        Column::text(&crate::fl!("budget-column-without-estimate"), 9),
        Column::text(&crate::fl!("budget-column-estimate"), 14),
        Column::text(&crate::fl!("budget-column-share"), 8),
    ]
}

/// "12.5%" of the total; "-" when there is no total.
fn percent(part: u64, total: u64) -> String {
    if total == 0 {
        "-".into()
    } else {
        crate::i18n::percent(part as f64 * 100.0 / total as f64, 1)
    }
}

/// The share as a number for a spreadsheet ("12.5"), empty when there is no total.
fn share(part: u64, total: u64) -> String {
    if total == 0 { String::new() } else { format!("{:.1}", part as f64 * 100.0 / total as f64) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_are_spread_evenly_over_the_years() {
        assert_eq!(spread(100, 2027, 2029), [(2027, 34), (2028, 33), (2029, 33)]);
        assert_eq!(spread(50, 2028, 2028), [(2028, 50)]);
        let total: u64 = spread(1_000_001, 2027, 2030).iter().map(|(_, a)| a).sum();
        assert_eq!(total, 1_000_001);
    }

    #[test]
    fn shares_are_percentages_of_the_total() {
        assert_eq!(percent(1, 8), "12.5%");
        assert_eq!(percent(0, 0), "-");
        assert_eq!(share(1, 3), "33.3");
        let french = crate::i18n::in_language("fr", || percent(1, 8));
        assert_eq!(french, "12,5\u{202F}%");
    }
}
