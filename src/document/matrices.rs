//! The decisions as flat tables for spreadsheets and CSV: unset values are empty cells, not
//! bracketed gaps, so that the team can filter and fill them in.

use std::collections::HashSet;

use super::build::{
    Builder, Involvement, Objective, PlannedAction, PlannedArea, baseline_choice, indicator_list,
    line, priority_choice, text,
};
use super::{Cell, Column, ColumnKind, Matrices, Matrix, Table};
use crate::content::IndicatorKind;
use crate::plan::{Frequency, Indicator, Priority, Timeframe};

impl Builder<'_> {
    pub(super) fn matrices(&self) -> Matrices {
        Matrices {
            actions: self.matrix(Matrix::Actions),
            budget: self.matrix(Matrix::Budget),
            timeline: self.matrix(Matrix::Timeline),
            monitoring: self.matrix(Matrix::Monitoring),
            responsibilities: self.matrix(Matrix::Responsibilities),
            gaps: self.matrix(Matrix::Gaps),
            institutions: self.matrix(Matrix::Institutions),
        }
    }

    pub(super) fn matrix(&self, matrix: Matrix) -> Table {
        match matrix {
            Matrix::Actions => self.action_matrix(),
            Matrix::Budget => self.budget_matrix(),
            Matrix::Timeline => self.timeline_matrix(),
            Matrix::Monitoring => self.monitoring_matrix(),
            Matrix::Responsibilities => self.responsibility_matrix(),
            Matrix::Gaps => {
                Table { caption: crate::fl!("xlsx-sheet-gaps"), ..self.gap_table(true) }
            }
            Matrix::Institutions => self.institutions_table(&self.involvement()),
        }
    }

    fn action_matrix(&self) -> Table {
        let number =
            |title: &str, width| Column { title: title.into(), width, kind: ColumnKind::Number };
        let columns = vec![
            Column::action_number(),
            Column::text(&crate::fl!("document-column-area"), 18),
            Column::text(&crate::fl!("document-column-objective"), 30),
            Column::text(&crate::fl!("document-column-action"), 50),
            Column::text(&crate::fl!("document-column-lead"), 8),
            Column::text(&crate::fl!("document-column-partners"), 16),
            Column::text(&crate::fl!("document-column-timeframe"), 14),
            number(&crate::fl!("document-column-from"), 6),
            number(&crate::fl!("document-column-to"), 6),
            Column {
                title: crate::fl!("document-column-priority"),
                width: 9,
                kind: priority_choice(),
            },
            Column::text(&crate::fl!("document-column-indicators"), 40),
            Column {
                title: crate::fl!("document-column-budget"),
                width: 11,
                kind: ColumnKind::Money,
            },
            Column::text(&crate::fl!("document-column-currency"), 8),
            Column::text(&crate::fl!("document-column-funding-source"), 18),
            Column {
                title: crate::fl!("document-column-baseline"),
                width: 14,
                kind: baseline_choice(),
            },
            Column::text(&crate::fl!("document-column-notes"), 40),
            Column::text(&crate::fl!("document-column-checklist-item"), 9),
        ];
        let rows = self.actions().map(|(area, o, a)| self.action_matrix_row(area, o, a)).collect();
        Table { caption: crate::fl!("xlsx-sheet-actions"), columns, rows, wide: true }
    }

    fn action_matrix_row(&self, area: &PlannedArea, o: &Objective, a: &PlannedAction) -> Vec<Cell> {
        let d = a.decision;
        let period = self.plan.meta.period;
        let years = d.timeframe.map(|t| t.years_within(period));
        let year = |y: Option<u16>| y.map(|y| y.to_string()).unwrap_or_default();
        let budget = d.budget.clone().unwrap_or_default();
        vec![
            a.number.as_str().into(),
            line(&area.area.title).into(),
            o.title.as_str().into(),
            a.text.as_str().into(),
            d.lead.as_deref().map(|l| self.code(l)).unwrap_or_default().into(),
            self.codes(&d.partners).into(),
            d.timeframe.map(Timeframe::label).unwrap_or_default().into(),
            year(years.map(|y| y.0)).into(),
            year(years.map(|y| y.1)).into(),
            d.priority.map(Priority::label).unwrap_or_default().into(),
            indicator_list(&d.indicators).unwrap_or_default().into(),
            budget.amount.map(|a| a.to_string()).unwrap_or_default().into(),
            if budget.amount.is_some() { line(&self.plan.meta.currency) } else { String::new() }
                .into(),
            line(&budget.source).into(),
            d.baseline.label().into(),
            text(&d.notes).into(),
            line(a.id).into(),
        ]
    }

    fn monitoring_matrix(&self) -> Table {
        let kinds = IndicatorKind::ALL.iter().map(|k| k.label().to_string()).collect();
        let frequencies = Frequency::ALL.iter().map(|f| f.label().to_string()).collect();
        let columns = vec![
            Column::action_number(),
            Column::text(&crate::fl!("document-column-action"), 40),
            Column::text(&crate::fl!("document-column-indicator"), 40),
            Column {
                title: crate::fl!("document-column-type"),
                width: 9,
                kind: ColumnKind::Choice(kinds),
            },
            Column::text(&crate::fl!("document-column-baseline"), 16),
            Column::text(&crate::fl!("document-column-target"), 18),
            Column::text(&crate::fl!("document-column-verification"), 24),
            Column {
                title: crate::fl!("document-column-frequency"),
                width: 16,
                kind: ColumnKind::Choice(frequencies),
            },
            Column::text(&crate::fl!("document-column-responsible"), 11),
        ];
        let mut rows = vec![];
        for (_, _, a) in self.actions() {
            let lead = a.decision.lead.as_deref().map(|l| self.code(l)).unwrap_or_default();
            let empty = [Indicator {
                text: String::new(),
                kind: IndicatorKind::Output,
                baseline: String::new(),
                target: String::new(),
                verification: String::new(),
                frequency: None,
            }];
            let indicators = if a.decision.indicators.is_empty() {
                &empty[..]
            } else {
                &a.decision.indicators[..]
            };
            for i in indicators {
                let kind = if i.text.is_empty() { String::new() } else { i.kind.label() };
                rows.push(vec![
                    a.number.as_str().into(),
                    a.text.as_str().into(),
                    line(&i.text).into(),
                    kind.into(),
                    line(&i.baseline).into(),
                    line(&i.target).into(),
                    line(&i.verification).into(),
                    i.frequency.map(Frequency::label).unwrap_or_default().into(),
                    lead.as_str().into(),
                ]);
            }
        }
        Table { caption: crate::fl!("xlsx-sheet-monitoring"), columns, rows, wide: true }
    }

    fn responsibility_matrix(&self) -> Table {
        let involved: Vec<Involvement> = self
            .involvement()
            .into_iter()
            .filter(|i| !i.leads.is_empty() || !i.partners.is_empty())
            .collect();
        let (lead, partner) =
            (crate::fl!("document-column-lead"), crate::fl!("document-column-partner"));
        let role = ColumnKind::Choice(vec![lead.clone(), partner.clone()]);
        let mut columns =
            vec![Column::action_number(), Column::text(&crate::fl!("document-column-action"), 50)];
        columns.extend(involved.iter().map(|i| Column {
            title: i.code.clone(),
            width: 7,
            kind: role.clone(),
        }));
        // Sets, not the lists: a lookup per cell in a list made big plans quadratic.
        let set = |numbers: &[String]| numbers.iter().cloned().collect::<HashSet<String>>();
        let roles: Vec<(HashSet<String>, HashSet<String>)> =
            involved.iter().map(|i| (set(&i.leads), set(&i.partners))).collect();
        let rows = self
            .actions()
            .map(|(_, _, a)| {
                let mut row = vec![a.number.as_str().into(), a.text.as_str().into()];
                row.extend(roles.iter().map(|(leads, partners)| {
                    let cell = if leads.contains(&a.number) {
                        lead.as_str()
                    } else if partners.contains(&a.number) {
                        partner.as_str()
                    } else {
                        ""
                    };
                    Cell::from(cell)
                }));
                row
            })
            .collect();
        Table { caption: crate::fl!("xlsx-sheet-responsibilities"), columns, rows, wide: true }
    }
}
