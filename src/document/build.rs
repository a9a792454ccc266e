//! Building the draft from a plan and its content pack: only included items appear in the plan
//! chapters, numbered in checklist order (chapter 4, objective 4.2, action 4.2.1), so the same
//! plan always gives the same numbers.

use std::collections::HashMap;

use jiff::civil::Date;

use super::{
    Bar, BarChart, Block, Cell, Column, ColumnKind, Document, ListItem, Section, Table, Timeline,
    TimelineRow, TitlePage, abbreviations, glossary, principles,
};
use crate::content::{Area, Content, IndicatorKind};
use crate::plan::{
    Baseline, Budget, Decision, Frequency, Indicator, Plan, Priority, Summary, Timeframe, summarize,
};
use crate::sanitize::{clean, clean_line};

/// The draft action plan for `plan`, dated `today`.
pub fn build(plan: &Plan, content: &Content, today: Date) -> Document {
    crate::i18n::in_language(&plan.meta.language, || {
        build_with(&Builder::new(plan, content, false), today, Part::ALL)
    })
}

/// The clean copy for circulation: no workshop notes, no drafting marks and no word about the
/// tool in the body; the gaps it leaves out come back for the drafting team's checklist.
pub fn build_clean(plan: &Plan, content: &Content, today: Date) -> (Document, Vec<super::Gap>) {
    build_parts(plan, content, today, true, Part::ALL)
}

/// What a writer reads of the draft: the chapters (Markdown, HTML, Word) or the matrices
/// (Excel, CSV). An export builds one at a time, so a big plan's draft is never whole in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Chapters,
    Matrices,
}

impl Part {
    pub const ALL: &[Part] = &[Part::Chapters, Part::Matrices];
}

/// The draft (or its clean copy, with the gaps it leaves out) with only `parts` built: the
/// others stay empty. Title page, language and author are always there.
pub fn build_parts(
    plan: &Plan,
    content: &Content,
    today: Date,
    clean: bool,
    parts: &[Part],
) -> (Document, Vec<super::Gap>) {
    Draft::new(plan, content, today, clean).document(parts)
}

/// A draft built a piece at a time: the document with some of its parts, or one matrix.
pub struct Draft<'a> {
    builder: Builder<'a>,
    today: Date,
}

impl<'a> Draft<'a> {
    /// The draft of `plan`, or its clean copy, dated `today`.
    pub fn new(plan: &'a Plan, content: &'a Content, today: Date, clean: bool) -> Draft<'a> {
        let builder =
            crate::i18n::in_language(&plan.meta.language, || Builder::new(plan, content, clean));
        Draft { builder, today }
    }

    /// The document with only `parts` built (see [`build_parts`]).
    pub fn document(&self, parts: &[Part]) -> (Document, Vec<super::Gap>) {
        crate::i18n::in_language(&self.builder.plan.meta.language, || {
            let mut doc = build_with(&self.builder, self.today, parts);
            let gaps = if self.builder.clean { super::clean::take_gaps(&mut doc) } else { vec![] };
            (doc, gaps)
        })
    }

    /// One of the matrices, as the whole document's would have it.
    pub fn matrix(&self, matrix: super::Matrix) -> Table {
        crate::i18n::in_language(&self.builder.plan.meta.language, || self.builder.matrix(matrix))
    }
}

fn build_with(b: &Builder, today: Date, parts: &[Part]) -> Document {
    let plan = b.plan;
    Document {
        language: line(&plan.meta.language),
        author: line(&plan.meta.facilitator),
        created: today,
        title_page: b.title_page(today),
        chapters: if parts.contains(&Part::Chapters) { b.chapters(today) } else { vec![] },
        matrices: if parts.contains(&Part::Matrices) { b.matrices() } else { Default::default() },
        sheets: vec![],
    }
}

/// A one-line field, cleaned.
pub(super) fn line(text: &str) -> String {
    clean_line(text).trim().to_string()
}

/// A multi-line text (notes), cleaned.
pub(super) fn text(text: &str) -> String {
    clean(text).trim().to_string()
}

/// What a cell still needs from the drafting team, shown as "[to be decided]" and the like.
#[derive(Clone, Copy)]
enum Pending {
    Decided,
    Set,
    Defined,
    Costed,
    Measured,
    Agreed,
    MonitoringBody,
    OutcomeIndicator,
    Lead,
    Indicator,
}

impl Pending {
    fn text(self) -> String {
        match self {
            Pending::Decided => crate::fl!("document-gap-decided"),
            Pending::Set => crate::fl!("document-gap-set"),
            Pending::Defined => crate::fl!("document-gap-defined"),
            Pending::Costed => crate::fl!("document-gap-costed"),
            Pending::Measured => crate::fl!("document-gap-measured"),
            Pending::Agreed => crate::fl!("document-gap-agreed"),
            Pending::MonitoringBody => crate::fl!("document-gap-monitoring-body"),
            Pending::OutcomeIndicator => crate::fl!("document-gap-outcome-indicator"),
            Pending::Lead => crate::fl!("document-gap-lead"),
            Pending::Indicator => crate::fl!("document-gap-indicator"),
        }
    }
}

/// A cell for something still to be decided, e.g. "[to be decided]".
fn gap(what: Pending) -> Cell {
    Cell::placeholder(bracketed(&what.text()))
}

/// "[to be decided]": a gap's text, bracketed so nobody mistakes it for content.
pub(super) fn bracketed(what: &str) -> String {
    format!("[{what}]")
}

/// An included goal with its included actions, numbered.
pub(super) struct Objective<'a> {
    pub(super) number: String,
    pub(super) title: String,
    /// The goal's id (content or custom), for its suggested outcome indicators.
    pub(super) goal: &'a str,
    notes: String,
    pub(super) actions: Vec<PlannedAction<'a>>,
}

pub(super) struct PlannedAction<'a> {
    pub(super) number: String,
    pub(super) id: &'a str,
    pub(super) text: String,
    pub(super) decision: &'a Decision,
}

/// An area chapter: its number and included objectives.
pub(super) struct PlannedArea<'a> {
    pub(super) area: &'a Area,
    number: usize,
    pub(super) objectives: Vec<Objective<'a>>,
}

/// A goal of the checklist (content or custom) with its actions (content and custom), as
/// (id, title) and (id, text).
struct GoalView<'a> {
    id: &'a str,
    title: &'a str,
    actions: Vec<(&'a str, &'a str)>,
}

/// An institution that takes part in the plan, with the numbers of its actions.
pub(super) struct Involvement {
    pub(super) code: String,
    name: String,
    kind: String,
    pub(super) leads: Vec<String>,
    pub(super) partners: Vec<String>,
}

/// First chapter number of the area chapters (after introduction, principles, coordination).
const FIRST_AREA_CHAPTER: usize = 4;

pub(super) struct Builder<'a> {
    pub(super) plan: &'a Plan,
    /// The clean copy: no workshop notes and no mention of the tool.
    pub(super) clean: bool,
    pub(super) content: &'a Content,
    summary: Summary,
    pub(super) planned: Vec<PlannedArea<'a>>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(plan: &'a Plan, content: &'a Content, clean: bool) -> Self {
        let planned = content
            .areas
            .iter()
            .enumerate()
            .map(|(i, area)| PlannedArea {
                area,
                number: FIRST_AREA_CHAPTER + i,
                objectives: objectives(plan, area, FIRST_AREA_CHAPTER + i),
            })
            .collect();
        Builder { plan, content, clean, summary: summarize(plan, content), planned }
    }

    pub(super) fn actions(
        &self,
    ) -> impl Iterator<Item = (&PlannedArea<'a>, &Objective<'a>, &PlannedAction<'a>)> {
        self.planned.iter().flat_map(|area| {
            area.objectives.iter().flat_map(move |o| o.actions.iter().map(move |a| (area, o, a)))
        })
    }

    /// Numbered chapters, then the annexes; the glossary and abbreviations list what they use.
    fn chapters(&self, today: Date) -> Vec<Section> {
        let mut chapters = vec![self.introduction(today), self.principles(), self.coordination()];
        chapters.extend(self.planned.iter().map(|area| self.area_chapter(area)));
        chapters.push(self.budget_chapter(self.budget_number()));
        chapters.push(self.monitoring_chapter());
        chapters.push(self.responsibility_annex());
        chapters.push(self.timeline_annex());
        chapters.push(self.gap_annex());
        let glossary = self.glossary_annex(&chapters);
        chapters.push(glossary);
        let abbreviations = self.abbreviations_annex(&chapters);
        chapters.push(abbreviations);
        chapters
    }

    fn budget_number(&self) -> usize {
        FIRST_AREA_CHAPTER + self.planned.len()
    }

    fn monitoring_number(&self) -> usize {
        self.budget_number() + 1
    }

    fn period(&self) -> String {
        let period = self.plan.meta.period;
        format!("{}-{}", period.first, period.last)
    }

    pub(super) fn code(&self, id: &str) -> String {
        line(self.plan.institution_code(id, self.content))
    }

    pub(super) fn codes(&self, ids: &[String]) -> String {
        ids.iter().map(|id| self.code(id)).collect::<Vec<_>>().join(", ")
    }

    // ---- title page and chapter 1 ----

    fn title_page(&self, today: Date) -> TitlePage {
        let meta = &self.plan.meta;
        let mut facts = vec![facilitator_fact(&meta.facilitator)];
        if !meta.workshop_dates.is_empty() {
            let dates: Vec<String> = meta.workshop_dates.iter().map(|d| line(d)).collect();
            facts
                .push(ListItem::labelled(crate::fl!("document-design-workshop"), dates.join(", ")));
        }
        facts.push(ListItem::labelled(
            crate::fl!("document-status"),
            crate::fl!("document-status-working-draft"),
        ));
        facts.extend(self.translation_fact());
        TitlePage {
            kind: super::DocumentKind::Draft,
            status: crate::fl!("document-draft"),
            title: line(&meta.title),
            country: line(&meta.country),
            period: self.period(),
            date: long_date(today),
            facts,
        }
    }

    /// The checklist's translation status while it is unreviewed, said plainly on the title
    /// page: honest status beats false confidence.
    fn translation_fact(&self) -> Option<ListItem> {
        let meta = &self.content.meta;
        let translation = meta.unreviewed_translation()?;
        let notice = crate::fl!(
            "draft-translation-unreviewed",
            language = meta.language.clone(),
            based_on = text(&translation.based_on),
            report = text(&translation.report)
        );
        Some(ListItem::labelled(crate::fl!("draft-fact-translation"), notice))
    }

    /// Which checklist entries a translation lacks and the draft shows in English.
    fn english_fallback_notice(&self) -> Option<Block> {
        let ids = &self.content.english_fallback;
        let count = ids.len();
        (count > 0).then(|| {
            Block::Paragraph(crate::fl!(
                "draft-english-fallback",
                count = count,
                ids = ids.join(", ")
            ))
        })
    }

    fn introduction(&self, today: Date) -> Section {
        let placeholders = [
            (crate::fl!("document-situation"), crate::fl!("document-situation-gap")),
            (crate::fl!("document-legal"), crate::fl!("document-legal-gap")),
            (crate::fl!("document-lessons"), crate::fl!("document-lessons-gap")),
        ];
        let mut sections = vec![self.about(today), self.at_a_glance()];
        sections.extend(placeholders.into_iter().enumerate().map(|(i, (title, what))| Section {
            number: format!("1.{}", i + 3),
            title,
            blocks: match (i == 2, &self.plan.previous) {
                (true, Some(previous)) => self.lesson_blocks(previous),
                _ => vec![Block::Placeholder(what)],
            },
            sections: vec![],
        }));
        section("1", &crate::fl!("document-introduction"), vec![], sections)
    }

    /// What the previous plan left: the actions carried over and the difficulties its
    /// implementers reported, as lessons; the drafting team still adds the evaluation's findings.
    fn lesson_blocks(&self, previous: &crate::plan::PreviousPlan) -> Vec<Block> {
        let mut blocks = vec![Block::Paragraph(crate::fl!(
            "next-lessons-opening",
            plan = with_years(&line(&previous.title), previous.period),
            count = previous.carried_over.len(),
            mark = crate::fl!("next-carried-over-mark")
        ))];
        if !previous.lessons.is_empty() {
            blocks.push(Block::Paragraph(crate::fl!("next-lessons-intro")));
            blocks.push(Block::List(previous.lessons.iter().map(|l| self.lesson(l)).collect()));
        }
        blocks.push(Block::Placeholder(crate::fl!("next-lessons-evaluation-gap")));
        blocks
    }

    fn lesson(&self, lesson: &crate::plan::Lesson) -> ListItem {
        let action = line(&crate::plan::item_text(self.plan, self.content, &lesson.action));
        let action = action.trim_end_matches('.').to_string();
        let mut words = crate::fl!(
            "next-lesson-reported",
            difficulties = text(&lesson.difficulties),
            period = line(&lesson.period)
        );
        if !lesson.corrective_measures.is_empty() {
            words.push(' ');
            words.push_str(&crate::fl!(
                "next-note-measures",
                measures = text(&lesson.corrective_measures)
            ));
        }
        ListItem::labelled(action, words)
    }

    fn about(&self, today: Date) -> Section {
        let s = &self.summary;
        let objectives: usize = self.planned.iter().map(|a| a.objectives.len()).sum();
        let (title, country, period, date) = (
            line(&self.plan.meta.title),
            line(&self.plan.meta.country),
            self.period(),
            long_date(today),
        );
        let (actions, decided, included) = (s.actions, s.decided, s.included);
        let about = if self.clean {
            crate::fl!(
                "document-about-clean",
                title = title.as_str(),
                country = country.as_str(),
                period = period.as_str(),
                date = date.as_str(),
                actions = actions,
                decided = decided,
                included = included,
                objectives = objectives
            )
        } else {
            crate::fl!(
                "document-about",
                title = title.as_str(),
                country = country.as_str(),
                period = period.as_str(),
                date = date.as_str(),
                actions = actions,
                decided = decided,
                included = included,
                objectives = objectives
            )
        };
        let mut blocks = vec![Block::Paragraph(about)];
        let heading = crate::fl!("document-about-title");
        if self.clean {
            return section("1.1", &heading, blocks, vec![]);
        }
        blocks.push(Block::Paragraph(crate::fl!("document-about-gaps")));
        blocks.push(Block::Paragraph(crate::fl!(
            "document-about-checklist",
            provenance = text(&self.content.meta.provenance)
        )));
        blocks.extend(self.english_fallback_notice());
        section("1.1", &heading, blocks, vec![])
    }

    fn at_a_glance(&self) -> Section {
        let left_open = self.gaps().len();
        let assessed = self.gap_candidates();
        let blocks = vec![
            Block::Paragraph(crate::fl!(
                "document-glance",
                assessed = assessed,
                left_open = left_open
            )),
            Block::Chart(self.area_chart()),
        ];
        section("1.2", &crate::fl!("document-glance-title"), blocks, vec![])
    }

    fn area_chart(&self) -> BarChart {
        let bars = self
            .summary
            .areas
            .iter()
            .map(|a| {
                let p = &a.priority;
                Bar { label: line(&a.title), values: vec![p.high, p.medium, p.low, p.unset] }
            })
            .collect();
        let series = vec![
            crate::fl!("document-series-high"),
            crate::fl!("document-series-medium"),
            crate::fl!("document-series-low"),
            crate::fl!("document-series-not-set"),
        ];
        without_empty_series(BarChart {
            title: crate::fl!("document-area-chart"),
            description: crate::fl!("document-area-chart-description"),
            category: crate::fl!("document-column-area"),
            series,
            bars,
        })
    }

    // ---- chapters 2 and 3 ----

    fn principles(&self) -> Section {
        let items = principles::principles()
            .into_iter()
            .map(|(name, meaning)| ListItem::labelled(name, meaning))
            .collect();
        let blocks = vec![Block::Paragraph(crate::fl!("principles-intro")), Block::List(items)];
        section("2", &crate::fl!("document-principles"), blocks, vec![])
    }

    fn coordination(&self) -> Section {
        let meta = &self.plan.meta;
        let facts = vec![
            fact_or_gap(&crate::fl!("document-coordinating-body"), &meta.coordinating_body),
            fact_or_gap(&crate::fl!("document-national-coordinator"), &meta.national_coordinator),
            fact_or_gap(&crate::fl!("document-monitoring-body"), &self.monitoring_body()),
        ];
        let structure = section(
            "3.1",
            &crate::fl!("document-structure"),
            vec![
                Block::Paragraph(crate::fl!("document-coordination")),
                Block::List(facts),
                Block::Placeholder(crate::fl!("document-coordination-gap")),
            ],
            vec![],
        );
        let involved = self.involvement();
        let active = involved.iter().filter(|i| !i.leads.is_empty() || !i.partners.is_empty());
        let institutions = section(
            "3.2",
            &crate::fl!("document-institutions-title"),
            vec![
                Block::Paragraph(crate::fl!(
                    "document-institutions",
                    roster = involved.len(),
                    active = active.count()
                )),
                Block::Table(Table {
                    caption: crate::fl!("document-institutions-caption"),
                    ..self.institutions_table(&involved)
                }),
                Block::Chart(self.workload_chart()),
            ],
            vec![],
        );
        section(
            "3",
            &crate::fl!("document-coordination-title"),
            vec![],
            vec![structure, institutions],
        )
    }

    pub(super) fn monitoring_body(&self) -> String {
        let body = line(&self.plan.monitoring.body);
        if body.is_empty() {
            return body;
        }
        let name = line(self.plan.institution_name(&body, self.content));
        let code = self.code(&body);
        if name == body { body } else { format!("{name} ({code})") }
    }

    fn workload_chart(&self) -> BarChart {
        let bars = self
            .summary
            .institutions
            .iter()
            .filter(|i| i.leads + i.partners > 0)
            .map(|i| Bar { label: line(&i.code), values: vec![i.leads, i.partners] })
            .collect();
        BarChart {
            title: crate::fl!("document-workload-chart"),
            description: crate::fl!("document-workload-chart-description"),
            category: crate::fl!("document-column-institution"),
            series: vec![
                crate::fl!("document-series-leads"),
                crate::fl!("document-series-partner-in"),
            ],
            bars,
        }
    }

    /// The roster in roster order, then institutions the plan names but the roster lacks.
    pub(super) fn involvement(&self) -> Vec<Involvement> {
        let roster = &self.plan.roster;
        let mut ids: Vec<&str> = roster.institutions.iter().map(String::as_str).collect();
        ids.extend(roster.custom.iter().map(|c| c.id.as_str()));
        for load in &self.summary.institutions {
            if !ids.contains(&load.id.as_str()) {
                ids.push(&load.id);
            }
        }
        let mut involved: Vec<Involvement> = ids.iter().map(|id| self.involvement_of(id)).collect();
        // One pass over the actions, not one per institution: big plans stay linear.
        let mut at: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, id) in ids.iter().enumerate() {
            at.entry(id).or_default().push(i);
        }
        let none = Vec::new();
        let rows_of = |id: &str| at.get(id).unwrap_or(&none);
        for (_, _, action) in self.actions() {
            let d = action.decision;
            for &i in d.lead.as_deref().map(rows_of).unwrap_or(&none) {
                involved[i].leads.push(action.number.clone());
            }
            // A partner named twice is still one partnership.
            let partners =
                d.partners.iter().enumerate().filter(|(k, p)| !d.partners[..*k].contains(p));
            for (_, p) in partners {
                for &i in rows_of(p) {
                    involved[i].partners.push(action.number.clone());
                }
            }
        }
        involved
    }

    fn involvement_of(&self, id: &str) -> Involvement {
        let kind = self
            .plan
            .roster
            .custom
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.kind)
            .or_else(|| self.content.institution(id).map(|i| i.kind));
        Involvement {
            code: self.code(id),
            name: line(self.plan.institution_name(id, self.content)),
            kind: kind.map_or_else(|| crate::fl!("document-not-in-catalogue"), |k| k.label()),
            leads: vec![],
            partners: vec![],
        }
    }

    pub(super) fn institutions_table(&self, involved: &[Involvement]) -> Table {
        let columns = vec![
            Column::text(&crate::fl!("document-column-code"), 8),
            Column::text(&crate::fl!("document-column-institution"), 44),
            Column::text(&crate::fl!("document-column-kind"), 14),
            Column {
                title: crate::fl!("document-column-leads"),
                width: 7,
                kind: ColumnKind::Number,
            },
            Column {
                title: crate::fl!("document-column-partner-in"),
                width: 9,
                kind: ColumnKind::Number,
            },
        ];
        let rows = involved
            .iter()
            .map(|i| {
                vec![
                    i.code.as_str().into(),
                    i.name.as_str().into(),
                    i.kind.as_str().into(),
                    i.leads.len().to_string().into(),
                    i.partners.len().to_string().into(),
                ]
            })
            .collect();
        Table { caption: crate::fl!("document-institutions-table"), columns, rows, wide: false }
    }

    // ---- area chapters ----

    fn area_chapter(&self, planned: &PlannedArea) -> Section {
        let mut blocks = vec![Block::Paragraph(text(&planned.area.intro))];
        if planned.objectives.is_empty() {
            blocks.push(Block::Placeholder(crate::fl!("document-area-empty")));
        }
        let sections = planned.objectives.iter().map(|o| self.objective_section(o)).collect();
        section(&planned.number.to_string(), &line(&planned.area.title), blocks, sections)
    }

    fn objective_section(&self, objective: &Objective) -> Section {
        let mut blocks = vec![Block::List(self.expected_result(objective))];
        if !objective.notes.is_empty() && !self.clean {
            blocks.push(Block::Paragraph(crate::fl!(
                "document-workshop-notes",
                notes = objective.notes.clone()
            )));
        }
        if objective.actions.is_empty() {
            blocks.push(Block::Placeholder(crate::fl!("document-objective-empty")));
        } else {
            blocks.push(Block::Table(self.action_table(objective)));
        }
        let notes: Vec<ListItem> = objective
            .actions
            .iter()
            .filter(|a| !a.decision.notes.trim().is_empty())
            .map(|a| ListItem::labelled(a.number.clone(), text(&a.decision.notes)))
            .collect();
        if !notes.is_empty() && !self.clean {
            blocks.push(Block::Paragraph(crate::fl!("document-action-notes")));
            blocks.push(Block::List(notes));
        }
        section(&objective.number, &objective.title, blocks, vec![])
    }

    /// The objective's outcome indicators: those the pack suggests for its goal.
    fn outcome_indicators(&self, objective: &Objective) -> Vec<String> {
        let Some(goal) = self.content.goal(objective.goal) else { return vec![] };
        goal.indicators
            .iter()
            .filter(|i| i.kind == IndicatorKind::Outcome)
            .map(|i| line(&i.text))
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// The expected result of an objective (for the drafting team to word) and how it is
    /// measured: the outcome indicators of its goal.
    fn expected_result(&self, objective: &Objective) -> Vec<ListItem> {
        let last = self.plan.meta.period.last;
        let label = crate::fl!("document-expected-result", year = last.to_string());
        let suggested = self.content.goal(objective.goal).map(|g| line(&g.result));
        let mut items = vec![match suggested.filter(|r| !r.is_empty()) {
            Some(result) => ListItem::labelled(label, result),
            None => ListItem {
                placeholder: true,
                ..ListItem::labelled(label, bracketed(&crate::fl!("document-gap-result")))
            },
        }];
        let indicators = self.outcome_indicators(objective);
        let outcome = crate::fl!("document-outcome-indicator");
        if indicators.is_empty() {
            items.push(ListItem {
                placeholder: true,
                ..ListItem::labelled(
                    outcome.clone(),
                    bracketed(&crate::fl!("document-gap-defined")),
                )
            });
        }
        items.extend(indicators.into_iter().map(|i| ListItem::labelled(outcome.clone(), i)));
        items
    }

    fn action_table(&self, objective: &Objective) -> Table {
        let columns = vec![
            Column::text(&crate::fl!("document-column-number"), 7),
            Column::text(&crate::fl!("document-column-action"), 32),
            Column::text(&crate::fl!("document-column-lead"), 9),
            Column::text(&crate::fl!("document-column-partners"), 11),
            Column::text(&crate::fl!("document-column-timeframe"), 13),
            Column::text(&crate::fl!("document-column-priority"), 11),
            Column::text(&crate::fl!("document-column-indicators"), 24),
            Column::text(&crate::fl!("document-column-target"), 15),
            Column::text(&crate::fl!("document-column-budget-source"), 14),
            Column::text(&crate::fl!("document-column-current-status"), 11),
        ];
        let rows = objective.actions.iter().map(|a| self.action_row(a)).collect();
        Table {
            caption: crate::fl!("document-actions-caption", number = objective.number.clone()),
            columns,
            rows,
            wide: true,
        }
    }

    fn action_row(&self, action: &PlannedAction) -> Vec<Cell> {
        let d = action.decision;
        let period = self.plan.meta.period;
        vec![
            action.number.as_str().into(),
            action.text.as_str().into(),
            d.lead.as_deref().map_or_else(|| gap(Pending::Decided), |l| self.code(l).into()),
            self.codes(&d.partners).into(),
            d.timeframe.map_or_else(|| gap(Pending::Set), |t| timeframe_label(t, period).into()),
            d.priority.map_or_else(|| gap(Pending::Set), |p| p.label().into()),
            indicator_list(&d.indicators).map_or_else(|| gap(Pending::Defined), Cell::from),
            target_list(&d.indicators).map_or_else(|| gap(Pending::Set), Cell::from),
            self.budget_text(d.budget.as_ref()).map_or_else(|| gap(Pending::Costed), Cell::from),
            d.baseline.label().into(),
        ]
    }

    /// An indicator's text, with the pack's caution when its good direction is not obvious.
    fn indicator_text(&self, item: &str, indicator: &Indicator) -> String {
        let text = line(&indicator.text);
        match self.content.suggested_indicator(item, &indicator.text).and_then(|s| s.caution()) {
            Some(caution) => format!("{text} ({})", line(&caution)),
            None => text,
        }
    }

    fn budget_text(&self, budget: Option<&Budget>) -> Option<String> {
        let budget = budget?;
        let amount = budget.amount.map(|a| self.money(a));
        let source = Some(line(&budget.source)).filter(|s| !s.is_empty());
        match (amount, source) {
            // One line, so that no format's conversion can glue amount and source together.
            (Some(a), Some(s)) => Some(format!("{a} ({s})")),
            (a, s) => a.or(s),
        }
    }

    pub(super) fn money(&self, amount: u64) -> String {
        let currency = line(&self.plan.meta.currency);
        crate::i18n::amount(amount, &currency)
    }

    // ---- monitoring chapter ----

    fn monitoring_chapter(&self) -> Section {
        let n = self.monitoring_number();
        let arrangements = section(
            &format!("{n}.1"),
            &crate::fl!("document-arrangements"),
            self.arrangement_blocks(),
            vec![],
        );
        // Moved in, not concatenated: `concat` would copy every table of the framework.
        let mut blocks = vec![Block::Paragraph(crate::fl!("document-framework"))];
        blocks.extend(self.framework_tables());
        let framework =
            section(&format!("{n}.2"), &crate::fl!("document-framework-title"), blocks, vec![]);
        section(
            &n.to_string(),
            &crate::fl!("document-monitoring-title"),
            vec![Block::Paragraph(crate::fl!("document-monitoring"))],
            vec![arrangements, framework],
        )
    }

    fn arrangement_blocks(&self) -> Vec<Block> {
        let m = &self.plan.monitoring;
        let year = |y: Option<u16>| y.map(|y| y.to_string()).unwrap_or_default();
        let frequency = |f: Option<Frequency>| f.map(|f| f.label().to_string()).unwrap_or_default();
        let facts = vec![
            fact_or_gap(&crate::fl!("document-monitoring-body"), &self.monitoring_body()),
            fact_or_gap(&crate::fl!("document-progress-reports"), &frequency(m.reporting)),
            fact_or_gap(&crate::fl!("document-review"), &frequency(m.review)),
            fact_or_gap(&crate::fl!("document-mid-term"), &year(m.mid_term_evaluation)),
            fact_or_gap(&crate::fl!("document-final-evaluation"), &year(m.final_evaluation)),
        ];
        let mut blocks =
            vec![Block::List(facts), Block::Paragraph(crate::fl!("document-data-sources"))];
        let sources: Vec<ListItem> = m
            .data_sources
            .iter()
            .map(|s| line(s))
            .filter(|s| !s.is_empty())
            .map(ListItem::text)
            .collect();
        if sources.is_empty() {
            blocks.push(Block::Placeholder(crate::fl!("document-data-sources-gap")));
        } else {
            blocks.push(Block::List(sources));
        }
        if !m.notes.trim().is_empty() && !self.clean {
            blocks.push(Block::Paragraph(crate::fl!(
                "document-workshop-notes",
                notes = text(&m.notes)
            )));
        }
        blocks
    }

    /// The monitoring framework, one table per objective: its outcome indicators first, then
    /// the indicators of its actions.
    fn framework_tables(&self) -> Vec<Block> {
        let mut blocks = vec![];
        for area in &self.planned {
            for objective in &area.objectives {
                let mut rows = self.outcome_rows(objective);
                for action in &objective.actions {
                    rows.extend(self.indicator_rows(action));
                }
                blocks.push(Block::Table(Table {
                    caption: crate::fl!(
                        "document-framework-caption",
                        number = objective.number.clone(),
                        title = objective.title.clone()
                    ),
                    columns: framework_columns(),
                    rows,
                    wide: true,
                }));
            }
        }
        blocks
    }

    /// The objective's outcome indicators, measured by the monitoring body.
    fn outcome_rows(&self, objective: &Objective) -> Vec<Vec<Cell>> {
        let body = line(&self.plan.monitoring.body);
        let responsible =
            if body.is_empty() { gap(Pending::MonitoringBody) } else { self.code(&body).into() };
        let mut indicators: Vec<Cell> =
            self.outcome_indicators(objective).into_iter().map(Cell::from).collect();
        if indicators.is_empty() {
            indicators.push(gap(Pending::OutcomeIndicator));
        }
        indicators
            .into_iter()
            .map(|indicator| {
                vec![
                    crate::fl!("document-objective", number = objective.number.clone()).into(),
                    indicator,
                    IndicatorKind::Outcome.label().into(),
                    gap(Pending::Measured),
                    gap(Pending::Set),
                    gap(Pending::Agreed),
                    gap(Pending::Set),
                    responsible.clone(),
                ]
            })
            .collect()
    }

    fn indicator_rows(&self, action: &PlannedAction) -> Vec<Vec<Cell>> {
        let responsible = action.decision.lead.as_deref().map(|l| self.code(l));
        let responsible = responsible.map_or_else(|| gap(Pending::Lead), Cell::from);
        if action.decision.indicators.is_empty() {
            let mut row = vec![action.number.as_str().into(), gap(Pending::Indicator)];
            row.extend((0..5).map(|_| Cell::default()));
            row.push(responsible);
            return vec![row];
        }
        action
            .decision
            .indicators
            .iter()
            .map(|i| {
                vec![
                    action.number.as_str().into(),
                    self.indicator_text(action.id, i).into(),
                    i.kind.label().into(),
                    or_gap(&i.baseline, Pending::Measured),
                    or_gap(&i.target, Pending::Set),
                    or_gap(&i.verification, Pending::Agreed),
                    i.frequency.map_or_else(|| gap(Pending::Set), |f| f.label().into()),
                    responsible.clone(),
                ]
            })
            .collect()
    }

    // ---- annexes ----

    fn responsibility_annex(&self) -> Section {
        let involved = self.involvement();
        let columns = vec![
            Column::text(&crate::fl!("document-column-code"), 8),
            Column::text(&crate::fl!("document-column-institution"), 36),
            Column::text(&crate::fl!("document-column-leads-actions"), 24),
            Column::text(&crate::fl!("document-column-partner-in-actions"), 24),
        ];
        let numbers = |n: &[String]| if n.is_empty() { "-".to_string() } else { n.join(", ") };
        let rows = involved
            .iter()
            .map(|i| {
                vec![
                    i.code.as_str().into(),
                    i.name.as_str().into(),
                    numbers(&i.leads).into(),
                    numbers(&i.partners).into(),
                ]
            })
            .collect();
        let table = Table {
            caption: crate::fl!("document-responsibility-caption"),
            columns,
            rows,
            wide: false,
        };
        section(
            "A",
            &crate::fl!("document-responsibility-title"),
            vec![Block::Paragraph(crate::fl!("document-responsibility")), Block::Table(table)],
            vec![],
        )
    }

    /// The timeline of an area's included actions with a timeframe.
    fn area_timeline(&self, area: &PlannedArea) -> Timeline {
        let period = self.plan.meta.period;
        // A hand-edited period can span centuries: the timeline shows at most its first years.
        let (start, end) =
            (period.first, period.last.min(period.first.saturating_add(MAX_TIMELINE_YEARS - 1)));
        let rows = area
            .objectives
            .iter()
            .flat_map(|o| &o.actions)
            .filter_map(|a| {
                let (first, last) = a.decision.timeframe?.years_within(period);
                let (first, last) = (first.max(start), last.min(end));
                (first <= last).then(|| TimelineRow {
                    number: a.number.clone(),
                    text: a.text.clone(),
                    first,
                    last,
                })
            })
            .collect();
        let title = line(&area.area.title);
        Timeline {
            description: crate::fl!("document-timeline-description", area = title.clone()),
            title: crate::fl!("document-timeline-caption", area = title),
            years: (start..=end).collect(),
            rows,
        }
    }

    fn timeline_annex(&self) -> Section {
        let unscheduled: Vec<String> = self
            .actions()
            .filter(|(_, _, a)| a.decision.timeframe.is_none())
            .map(|(_, _, a)| a.number.clone())
            .collect();
        let mut blocks = vec![Block::Paragraph(crate::fl!("document-timeline"))];
        if !unscheduled.is_empty() {
            blocks.push(Block::Placeholder(crate::fl!(
                "document-timeline-unscheduled",
                numbers = unscheduled.join(", ")
            )));
        }
        blocks.extend(
            self.planned
                .iter()
                .map(|a| self.area_timeline(a))
                .filter(|t| !t.rows.is_empty())
                .map(Block::Timeline),
        );
        section("B", &crate::fl!("document-timeline-title"), blocks, vec![])
    }

    /// The timelines of all areas as one table, for the spreadsheet.
    pub(super) fn timeline_matrix(&self) -> Table {
        let mut rows = vec![];
        let mut table = None;
        for area in &self.planned {
            let t = self.area_timeline(area).as_table();
            rows.extend(t.rows.iter().cloned());
            table = Some(t);
        }
        let mut table = table.unwrap_or_else(|| {
            Timeline {
                title: String::new(),
                description: String::new(),
                years: vec![],
                rows: vec![],
            }
            .as_table()
        });
        table.caption = crate::fl!("document-timeline-table");
        table.rows = rows;
        table
    }

    /// Actions assessed as missing or partly in place.
    fn gap_candidates(&self) -> usize {
        self.plan
            .action_ids(self.content)
            .iter()
            .filter(|(_, id)| self.plan.decision(id).is_some_and(|d| d.baseline.is_gap()))
            .count()
    }

    /// Assessed gaps that are not included, as (area, goal title, action id, text, decision).
    fn gaps(&self) -> Vec<(&'a Area, &'a str, &'a str, &'a str, &'a Decision)> {
        let mut gaps = vec![];
        for area in &self.content.areas {
            for goal in goals_of(self.plan, area) {
                for (id, action_text) in goal.actions {
                    if let Some(d) = self.plan.decision(id)
                        && d.baseline.is_gap()
                        && !d.is_included()
                    {
                        gaps.push((area, goal.title, id, action_text, d));
                    }
                }
            }
        }
        gaps
    }

    fn gap_annex(&self) -> Section {
        let gaps = self.gaps();
        let mut blocks = vec![Block::Paragraph(crate::fl!("document-gaps"))];
        if gaps.is_empty() {
            blocks.push(Block::Paragraph(crate::fl!("document-gaps-none")));
        } else {
            blocks.push(Block::Table(self.gap_table(false)));
        }
        section("C", &crate::fl!("document-gaps-title"), blocks, vec![])
    }

    /// The gaps as a table; `flat` adds the objective and leaves unset cells empty.
    pub(super) fn gap_table(&self, flat: bool) -> Table {
        let mut columns = vec![
            Column::text(&crate::fl!("document-column-item"), 8),
            Column::text(&crate::fl!("document-column-area"), 16),
        ];
        if flat {
            columns.push(Column::text(&crate::fl!("document-column-objective"), 30));
        }
        columns.extend([
            Column::text(&crate::fl!("document-column-action"), 36),
            Column {
                title: crate::fl!("document-column-baseline"),
                width: 13,
                kind: baseline_choice(),
            },
            Column::text(&crate::fl!("document-column-decision"), 13),
            Column::text(&crate::fl!("document-column-notes"), 18),
        ]);
        let rows = self
            .gaps()
            .into_iter()
            .map(|(area, goal, id, action_text, d)| {
                let mut row = vec![line(id).into(), line(&area.title).into()];
                if flat {
                    row.push(line(goal).into());
                }
                row.extend([
                    line(action_text).into(),
                    d.baseline.label().into(),
                    d.inclusion.label().into(),
                    text(&d.notes).into(),
                ]);
                row
            })
            .collect();
        Table { caption: crate::fl!("document-gaps-caption"), columns, rows, wide: false }
    }

    fn glossary_annex(&self, chapters: &[Section]) -> Section {
        let terms =
            glossary::used_terms(&self.content.glossary, chapters, &self.plan.meta.language);
        let intro = if self.clean {
            crate::fl!("document-glossary-clean")
        } else {
            crate::fl!("document-glossary")
        };
        let mut blocks = vec![Block::Paragraph(intro)];
        if terms.is_empty() {
            blocks.push(Block::Paragraph(crate::fl!("document-glossary-none")));
        } else {
            let mut items: Vec<ListItem> = terms.into_iter().map(glossary::entry).collect();
            for item in &mut items {
                item.label = item.label.as_deref().map(line);
                item.text = line(&item.text);
            }
            blocks.push(Block::List(items));
        }
        section("D", &crate::fl!("document-glossary-title"), blocks, vec![])
    }
}

impl Builder<'_> {
    /// The institution codes and acronyms the chapters use, spelled out.
    fn abbreviations_annex(&self, chapters: &[Section]) -> Section {
        let institutions: Vec<(String, String)> =
            self.involvement().into_iter().map(|i| (i.code, i.name)).collect();
        let mut words = std::collections::BTreeSet::new();
        glossary::plain_text_pieces(chapters, |piece| {
            abbreviations::add_acronyms(&mut words, piece);
        });
        abbreviations::add_acronyms(&mut words, &self.title_page_text());
        let items = abbreviations::used_words(words, &institutions, &self.content.abbreviations);
        let mut blocks = vec![Block::Paragraph(crate::fl!("document-abbreviations"))];
        if items.is_empty() {
            blocks.push(Block::Paragraph(crate::fl!("document-abbreviations-none")));
        } else {
            blocks.push(Block::List(items));
        }
        section("E", &crate::fl!("document-abbreviations-title"), blocks, vec![])
    }

    fn title_page_text(&self) -> String {
        let meta = &self.plan.meta;
        [line(&meta.title), line(&meta.country)].join("\n")
    }
}

/// The included goals of an area as numbered objectives, with their included actions.
fn objectives<'a>(plan: &'a Plan, area: &'a Area, chapter: usize) -> Vec<Objective<'a>> {
    let included = |id: &str| plan.decision(id).filter(|d| d.is_included());
    let mut objectives = vec![];
    for goal in goals_of(plan, area) {
        let actions: Vec<(&str, &str, &Decision)> = goal
            .actions
            .iter()
            .filter_map(|&(id, text)| included(id).map(|d| (id, text, d)))
            .collect();
        if actions.is_empty() && included(goal.id).is_none() {
            continue;
        }
        let number = format!("{chapter}.{}", objectives.len() + 1);
        let actions = actions
            .into_iter()
            .enumerate()
            .map(|(i, (id, action_text, decision))| PlannedAction {
                number: format!("{number}.{}", i + 1),
                id,
                text: action_line(plan, id, action_text),
                decision,
            })
            .collect();
        let notes = plan.decision(goal.id).map(|d| text(&d.notes)).unwrap_or_default();
        objectives.push(Objective {
            number,
            title: line(goal.title),
            goal: goal.id,
            notes,
            actions,
        });
    }
    objectives
}

/// A plan's title with its years, unless the title already names them.
fn with_years(title: &str, period: crate::plan::Period) -> String {
    let years = format!("{}-{}", period.first, period.last);
    if title.contains(&years) { title.to_string() } else { format!("{title} ({years})") }
}

/// An action's text, marked when the previous plan left it unfinished.
fn action_line(plan: &Plan, id: &str, action_text: &str) -> String {
    let text = line(action_text);
    if plan.previous.as_ref().is_some_and(|p| p.is_carried_over(id)) {
        format!("{text} ({})", crate::fl!("next-carried-over-mark"))
    } else {
        text
    }
}

/// The goals of an area in checklist order: the content's, then the team's own.
fn goals_of<'a>(plan: &'a Plan, area: &'a Area) -> Vec<GoalView<'a>> {
    let custom_actions =
        |goal: &'a str| plan.custom_actions_of(goal).map(|a| (a.id.as_str(), a.text.as_str()));
    let mut goals: Vec<GoalView> = area
        .goals
        .iter()
        .map(|g| {
            let mut actions: Vec<(&str, &str)> =
                g.actions.iter().map(|a| (a.id.as_str(), a.text.as_str())).collect();
            actions.extend(custom_actions(&g.id));
            GoalView { id: &g.id, title: &g.title, actions }
        })
        .collect();
    goals.extend(plan.custom_goals.iter().filter(|g| g.area == area.id).map(|g| GoalView {
        id: &g.id,
        title: &g.title,
        actions: custom_actions(&g.id).collect(),
    }));
    goals
}

pub(super) fn section(
    number: &str,
    title: &str,
    blocks: Vec<Block>,
    sections: Vec<Section>,
) -> Section {
    Section { number: number.into(), title: title.into(), blocks, sections }
}

fn facilitator_fact(name: &str) -> ListItem {
    fact_or_gap(&crate::fl!("document-facilitator"), name)
}

/// A labelled fact, or a bracketed gap when the plan does not say.
fn fact_or_gap(label: &str, value: &str) -> ListItem {
    let value = line(value);
    if value.is_empty() {
        ListItem {
            placeholder: true,
            ..ListItem::labelled(label, bracketed(&crate::fl!("document-gap-completed")))
        }
    } else {
        ListItem::labelled(label, value)
    }
}

fn or_gap(value: &str, what: Pending) -> Cell {
    let value = line(value);
    if value.is_empty() { gap(what) } else { value.into() }
}

/// Indicators one per line; bulleted when there are several.
pub(super) fn indicator_list(indicators: &[Indicator]) -> Option<String> {
    let texts: Vec<String> =
        indicators.iter().map(|i| line(&i.text)).filter(|t| !t.is_empty()).collect();
    match texts.len() {
        0 => None,
        1 => texts.into_iter().next(),
        _ => Some(texts.iter().map(|t| format!("• {t}")).collect::<Vec<_>>().join("\n")),
    }
}

/// The indicators' targets one per line, bulleted like [`indicator_list`] when there are
/// several; an indicator without a target shows as "[to be set]" in its place.
fn target_list(indicators: &[Indicator]) -> Option<String> {
    let indicators: Vec<&Indicator> =
        indicators.iter().filter(|i| !line(&i.text).is_empty()).collect();
    if indicators.iter().all(|i| line(&i.target).is_empty()) {
        return None;
    }
    let target = |i: &&Indicator| {
        let t = line(&i.target);
        if t.is_empty() { bracketed(&crate::fl!("document-gap-set")) } else { t }
    };
    Some(match indicators.len() {
        1 => target(&indicators[0]),
        _ => indicators.iter().map(|i| format!("• {}", target(i))).collect::<Vec<_>>().join("\n"),
    })
}

/// "short term (2027-2028)" or "2028-2029".
pub(super) fn timeframe_label(timeframe: Timeframe, period: crate::plan::Period) -> String {
    match timeframe {
        Timeframe::Years { .. } => timeframe.label(),
        _ => {
            let (first, last) = timeframe.years_within(period);
            let years = Timeframe::Years { first, last }.label();
            format!("{} ({years})", timeframe.label())
        }
    }
}

/// "28 November 2026", "28 novembre 2026": in the document's language.
pub(super) fn long_date(date: Date) -> String {
    let language = crate::i18n::numbers_language();
    crate::i18n::date(date.day() as u8, &month_name(date.month()), date.year(), &language)
}

/// A month's name as a date writes it (Russian uses the genitive: "ноября").
fn month_name(month: i8) -> String {
    match month {
        1 => crate::fl!("document-month-1"),
        2 => crate::fl!("document-month-2"),
        3 => crate::fl!("document-month-3"),
        4 => crate::fl!("document-month-4"),
        5 => crate::fl!("document-month-5"),
        6 => crate::fl!("document-month-6"),
        7 => crate::fl!("document-month-7"),
        8 => crate::fl!("document-month-8"),
        9 => crate::fl!("document-month-9"),
        10 => crate::fl!("document-month-10"),
        11 => crate::fl!("document-month-11"),
        _ => crate::fl!("document-month-12"),
    }
}

pub(super) fn priority_choice() -> ColumnKind {
    ColumnKind::Choice(Priority::ALL.iter().map(|p| p.label().to_string()).collect())
}

pub(super) fn baseline_choice() -> ColumnKind {
    ColumnKind::Choice(Baseline::ALL.iter().map(|b| b.label().to_string()).collect())
}

/// Drops series that are zero in every bar, so a chart shows no empty legend entries.
pub(super) fn without_empty_series(mut chart: BarChart) -> BarChart {
    let keep: Vec<bool> =
        (0..chart.series.len()).map(|s| chart.bars.iter().any(|b| b.values[s] > 0)).collect();
    let mut k = keep.iter();
    chart.series.retain(|_| *k.next().unwrap_or(&true));
    for bar in &mut chart.bars {
        let mut k = keep.iter();
        bar.values.retain(|_| *k.next().unwrap_or(&true));
    }
    chart
}

/// The most years a timeline shows.
const MAX_TIMELINE_YEARS: u16 = 30;

fn framework_columns() -> Vec<Column> {
    vec![
        Column::text(&crate::fl!("document-column-for"), 9),
        Column::text(&crate::fl!("document-column-indicator"), 34),
        Column::text(&crate::fl!("document-column-type"), 8),
        Column::text(&crate::fl!("document-column-baseline"), 14),
        Column::text(&crate::fl!("document-column-target"), 16),
        Column::text(&crate::fl!("document-column-verification"), 18),
        Column::text(&crate::fl!("document-column-frequency"), 12),
        Column::text(&crate::fl!("document-column-responsible"), 11),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_in_the_documents_language() {
        let day = jiff::civil::date(2026, 11, 29);
        assert_eq!(long_date(jiff::civil::date(2026, 11, 3)), "3 November 2026");
        assert_eq!(crate::i18n::in_language("en", || long_date(day)), "29 November 2026");
        assert_eq!(crate::i18n::in_language("en-XA", || long_date(day)), "29 [ȠȠǿǿṽḗḗḿƀḗḗřř] 2026");
    }

    #[test]
    fn empty_series_are_dropped_from_charts() {
        let chart = without_empty_series(BarChart {
            title: String::new(),
            description: String::new(),
            category: String::new(),
            series: vec!["a".into(), "b".into()],
            bars: vec![Bar { label: "x".into(), values: vec![0, 2] }],
        });
        assert_eq!(chart.series, ["b"]);
        assert_eq!(chart.bars[0].values, [2]);
    }
}
