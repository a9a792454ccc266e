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
        build_with(Builder::new(plan, content, false), today)
    })
}

/// The clean copy for circulation: no workshop notes, no drafting marks and no word about the
/// tool in the body; the gaps it leaves out come back for the drafting team's checklist.
pub fn build_clean(plan: &Plan, content: &Content, today: Date) -> (Document, Vec<super::Gap>) {
    crate::i18n::in_language(&plan.meta.language, || {
        let mut doc = build_with(Builder::new(plan, content, true), today);
        let gaps = super::clean::take_gaps(&mut doc);
        (doc, gaps)
    })
}

fn build_with(b: Builder, today: Date) -> Document {
    let plan = b.plan;
    let mut chapters = vec![b.introduction(today), b.principles(), b.coordination()];
    chapters.extend(b.planned.iter().map(|area| b.area_chapter(area)));
    chapters.push(b.budget_chapter(b.budget_number()));
    chapters.push(b.monitoring_chapter());
    chapters.push(b.responsibility_annex());
    chapters.push(b.timeline_annex());
    chapters.push(b.gap_annex());
    let glossary = b.glossary_annex(&chapters);
    chapters.push(glossary);
    let abbreviations = b.abbreviations_annex(&chapters);
    chapters.push(abbreviations);
    Document {
        language: line(&plan.meta.language),
        author: line(&plan.meta.facilitator),
        created: today,
        title_page: b.title_page(today),
        chapters,
        matrices: b.matrices(),
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

/// A cell for something still to be decided, e.g. "[to be decided]".
fn gap(what: &str) -> Cell {
    Cell::placeholder(format!("[{what}]"))
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
            facts.push(ListItem::labelled("Design workshop", dates.join(", ")));
        }
        facts.push(ListItem::labelled(
            "Status",
            "Working draft built from the design workshop's decisions; not yet approved.",
        ));
        facts.extend(self.translation_fact());
        TitlePage {
            status: "DRAFT".into(),
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
            ("Situation analysis", SITUATION),
            ("Legal and policy framework", LEGAL),
            ("Lessons from the previous plan", LESSONS),
        ];
        let mut sections = vec![self.about(today), self.at_a_glance()];
        sections.extend(placeholders.iter().enumerate().map(|(i, (title, what))| Section {
            number: format!("1.{}", i + 3),
            title: (*title).into(),
            blocks: match (*what == LESSONS, &self.plan.previous) {
                (true, Some(previous)) => self.lesson_blocks(previous),
                _ => vec![Block::Placeholder((*what).into())],
            },
            sections: vec![],
        }));
        section("1", "Introduction", vec![], sections)
    }

    /// What the previous plan left: the actions carried over and the difficulties its
    /// implementers reported, as lessons; the drafting team still adds the evaluation's findings.
    fn lesson_blocks(&self, previous: &crate::plan::PreviousPlan) -> Vec<Block> {
        let mut blocks = vec![Block::Paragraph(format!(
            "This plan follows the {}. {} of its actions were not completed and are carried \
over into this plan, marked \"carried over\" in the action tables.",
            with_years(&line(&previous.title), previous.period),
            previous.carried_over.len(),
        ))];
        if !previous.lessons.is_empty() {
            blocks.push(Block::Paragraph(
                "Difficulties the implementing institutions reported under the previous plan, \
with the corrective measures they proposed:"
                    .into(),
            ));
            blocks.push(Block::List(previous.lessons.iter().map(|l| self.lesson(l)).collect()));
        }
        blocks.push(Block::Placeholder(LESSONS_EVALUATION.into()));
        blocks
    }

    fn lesson(&self, lesson: &crate::plan::Lesson) -> ListItem {
        let action = line(&crate::plan::item_text(self.plan, self.content, &lesson.action));
        let action = action.trim_end_matches('.').to_string();
        let mut words =
            format!("{} (reported {})", text(&lesson.difficulties), line(&lesson.period));
        if !lesson.corrective_measures.is_empty() {
            words.push_str(&format!(" Corrective measures: {}", text(&lesson.corrective_measures)));
        }
        ListItem::labelled(action, words)
    }

    fn about(&self, today: Date) -> Section {
        let s = &self.summary;
        let objectives: usize = self.planned.iter().map(|a| a.objectives.len()).sum();
        let tool = if self.clean { "" } else { " with napwiz" };
        let mut blocks = vec![Block::Paragraph(format!(
            "This working draft of the {} covers {} for the years {}. It is dated {} and was \
built{tool} from the decisions of the design workshop: of the {} actions of the checklist, \
{} were decided and {} are included here, under {objectives} objectives.",
            line(&self.plan.meta.title),
            line(&self.plan.meta.country),
            self.period(),
            long_date(today),
            s.actions,
            s.decided,
            s.included,
        ))];
        if self.clean {
            return section("1.1", "About this draft", blocks, vec![]);
        }
        blocks.push(Block::Paragraph(
            "Passages marked \"For the drafting team\" and bracketed entries such as [to be \
decided] are gaps the drafting team still has to fill."
                .into(),
        ));
        blocks.push(Block::Paragraph(format!(
            "About the checklist: {}",
            text(&self.content.meta.provenance)
        )));
        blocks.extend(self.english_fallback_notice());
        section("1.1", "About this draft", blocks, vec![])
    }

    fn at_a_glance(&self) -> Section {
        let left_open = self.gaps().len();
        let assessed = self.gap_candidates();
        let blocks = vec![
            Block::Paragraph(format!(
                "The workshop assessed {assessed} actions as missing or partly in place; {} of \
them are not included in this draft (Annex C).",
                left_open
            )),
            Block::Chart(self.area_chart()),
        ];
        section("1.2", "The plan at a glance", blocks, vec![])
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
        let series = ["high", "medium", "low", "not set"];
        without_empty_series(BarChart {
            title: "Included actions per area, by priority".into(),
            description: "The number of actions included in the draft in each area, by priority."
                .into(),
            category: "Area".into(),
            series: series.map(String::from).to_vec(),
            bars,
        })
    }

    // ---- chapters 2 and 3 ----

    fn principles(&self) -> Section {
        let items = principles::PRINCIPLES
            .iter()
            .map(|(name, meaning)| ListItem::labelled(*name, *meaning))
            .collect();
        let blocks = vec![Block::Paragraph(principles::INTRO.into()), Block::List(items)];
        section("2", "Guiding principles", blocks, vec![])
    }

    fn coordination(&self) -> Section {
        let meta = &self.plan.meta;
        let facts = vec![
            fact_or_gap("Coordinating body", &meta.coordinating_body),
            fact_or_gap("National coordinator", &meta.national_coordinator),
            fact_or_gap("Monitoring body", &self.monitoring_body()),
        ];
        let structure = section(
            "3.1",
            "Coordinating body and national coordinator",
            vec![
                Block::Paragraph(COORDINATION.into()),
                Block::List(facts),
                Block::Placeholder(COORDINATION_GAP.into()),
            ],
            vec![],
        );
        let involved = self.involvement();
        let active = involved.iter().filter(|i| !i.leads.is_empty() || !i.partners.is_empty());
        let institutions = section(
            "3.2",
            "Implementing institutions and their roles",
            vec![
                Block::Paragraph(format!(
                    "The roster lists {} institutions; {} of them lead or partner in at least one \
included action. The lead institution of an action is accountable for carrying it out and reporting on \
it; partners contribute. Annex A lists the actions of each institution.",
                    involved.len(),
                    active.count()
                )),
                Block::Table(Table {
                    caption: "Institutions, their codes and their roles".into(),
                    ..self.institutions_table(&involved)
                }),
                Block::Chart(self.workload_chart()),
            ],
            vec![],
        );
        section(
            "3",
            "Coordination and implementation structure",
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
            title: "Workload per institution".into(),
            description: "The number of included actions each institution leads or partners in, \
busiest first."
                .into(),
            category: "Institution".into(),
            series: vec!["leads".into(), "partner in".into()],
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
            Column::text("Code", 8),
            Column::text("Institution", 44),
            Column::text("Kind", 14),
            Column { title: "Leads".into(), width: 7, kind: ColumnKind::Number },
            Column { title: "Partner in".into(), width: 9, kind: ColumnKind::Number },
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
        Table { caption: "Institutions".into(), columns, rows, wide: false }
    }

    // ---- area chapters ----

    fn area_chapter(&self, planned: &PlannedArea) -> Section {
        let mut blocks = vec![Block::Paragraph(text(&planned.area.intro))];
        if planned.objectives.is_empty() {
            blocks.push(Block::Placeholder(
                "No action of this area is included in the draft yet. Decide with the \
working group whether the area needs objectives in this plan, and say why if it does not."
                    .into(),
            ));
        }
        let sections = planned.objectives.iter().map(|o| self.objective_section(o)).collect();
        section(&planned.number.to_string(), &line(&planned.area.title), blocks, sections)
    }

    fn objective_section(&self, objective: &Objective) -> Section {
        let mut blocks = vec![Block::List(self.expected_result(objective))];
        if !objective.notes.is_empty() && !self.clean {
            blocks.push(Block::Paragraph(format!("Workshop notes: {}", objective.notes)));
        }
        if objective.actions.is_empty() {
            blocks.push(Block::Placeholder(
                "No action has been included under this objective yet.".into(),
            ));
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
            blocks.push(Block::Paragraph("Workshop notes on the actions:".into()));
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
        let label = format!("Expected result by {last}");
        let suggested = self.content.goal(objective.goal).map(|g| line(&g.result));
        let mut items = vec![match suggested.filter(|r| !r.is_empty()) {
            Some(result) => ListItem::labelled(label, result),
            None => ListItem {
                placeholder: true,
                ..ListItem::labelled(
                    label,
                    "[to be worded: the change this objective brings about]".to_string(),
                )
            },
        }];
        let indicators = self.outcome_indicators(objective);
        if indicators.is_empty() {
            items.push(ListItem {
                placeholder: true,
                ..ListItem::labelled("Outcome indicator", "[to be defined]")
            });
        }
        items.extend(indicators.into_iter().map(|i| ListItem::labelled("Outcome indicator", i)));
        items
    }

    fn action_table(&self, objective: &Objective) -> Table {
        let columns = vec![
            Column::text("No.", 7),
            Column::text("Action", 32),
            Column::text("Lead", 9),
            Column::text("Partners", 11),
            Column::text("Timeframe", 13),
            Column::text("Priority", 11),
            Column::text("Indicators", 24),
            Column::text("Target", 15),
            Column::text("Budget and source", 14),
            Column::text("Current status", 11),
        ];
        let rows = objective.actions.iter().map(|a| self.action_row(a)).collect();
        Table {
            caption: format!("Actions under objective {}", objective.number),
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
            d.lead.as_deref().map_or_else(|| gap("to be decided"), |l| self.code(l).into()),
            self.codes(&d.partners).into(),
            d.timeframe.map_or_else(|| gap("to be set"), |t| timeframe_label(t, period).into()),
            d.priority.map_or_else(|| gap("to be set"), |p| p.label().into()),
            indicator_list(&d.indicators).map_or_else(|| gap("to be defined"), Cell::from),
            target_list(&d.indicators).map_or_else(|| gap("to be set"), Cell::from),
            self.budget_text(d.budget.as_ref()).map_or_else(|| gap("to be costed"), Cell::from),
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
        if currency.is_empty() {
            crate::plan::group_thousands(amount)
        } else {
            format!("{currency} {}", crate::plan::group_thousands(amount))
        }
    }

    // ---- monitoring chapter ----

    fn monitoring_chapter(&self) -> Section {
        let n = self.monitoring_number();
        let arrangements = section(
            &format!("{n}.1"),
            "Monitoring, review and evaluation arrangements",
            self.arrangement_blocks(),
            vec![],
        );
        let framework = section(
            &format!("{n}.2"),
            "Monitoring framework",
            [vec![Block::Paragraph(FRAMEWORK.into())], self.framework_tables()].concat(),
            vec![],
        );
        section(
            &n.to_string(),
            "Monitoring, review and evaluation",
            vec![Block::Paragraph(MONITORING.into())],
            vec![arrangements, framework],
        )
    }

    fn arrangement_blocks(&self) -> Vec<Block> {
        let m = &self.plan.monitoring;
        let year = |y: Option<u16>| y.map(|y| y.to_string()).unwrap_or_default();
        let frequency = |f: Option<Frequency>| f.map(|f| f.label().to_string()).unwrap_or_default();
        let facts = vec![
            fact_or_gap("Monitoring body", &self.monitoring_body()),
            fact_or_gap(
                "Progress reports from the implementing institutions",
                &frequency(m.reporting),
            ),
            fact_or_gap("Review of the plan", &frequency(m.review)),
            fact_or_gap("Mid-term evaluation", &year(m.mid_term_evaluation)),
            fact_or_gap("Final evaluation", &year(m.final_evaluation)),
        ];
        let mut blocks = vec![Block::List(facts), Block::Paragraph("Data sources:".into())];
        let sources: Vec<ListItem> = m
            .data_sources
            .iter()
            .map(|s| line(s))
            .filter(|s| !s.is_empty())
            .map(ListItem::text)
            .collect();
        if sources.is_empty() {
            blocks.push(Block::Placeholder(
                "List the data sources the monitoring body will use.".into(),
            ));
        } else {
            blocks.push(Block::List(sources));
        }
        if !m.notes.trim().is_empty() && !self.clean {
            blocks.push(Block::Paragraph(format!("Workshop notes: {}", text(&m.notes))));
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
                    caption: format!("Objective {}: {}", objective.number, objective.title),
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
        let responsible = if body.is_empty() {
            gap("monitoring body to be named")
        } else {
            self.code(&body).into()
        };
        let mut indicators: Vec<Cell> =
            self.outcome_indicators(objective).into_iter().map(Cell::from).collect();
        if indicators.is_empty() {
            indicators.push(gap("outcome indicator to be defined"));
        }
        indicators
            .into_iter()
            .map(|indicator| {
                vec![
                    format!("Objective {}", objective.number).into(),
                    indicator,
                    IndicatorKind::Outcome.label().into(),
                    gap("to be measured"),
                    gap("to be set"),
                    gap("to be agreed"),
                    gap("to be set"),
                    responsible.clone(),
                ]
            })
            .collect()
    }

    fn indicator_rows(&self, action: &PlannedAction) -> Vec<Vec<Cell>> {
        let responsible = action.decision.lead.as_deref().map(|l| self.code(l));
        let responsible = responsible.map_or_else(|| gap("lead to be decided"), Cell::from);
        if action.decision.indicators.is_empty() {
            let mut row = vec![action.number.as_str().into(), gap("indicator to be defined")];
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
                    or_gap(&i.baseline, "to be measured"),
                    or_gap(&i.target, "to be set"),
                    or_gap(&i.verification, "to be agreed"),
                    i.frequency.map_or_else(|| gap("to be set"), |f| f.label().into()),
                    responsible.clone(),
                ]
            })
            .collect()
    }

    // ---- annexes ----

    fn responsibility_annex(&self) -> Section {
        let involved = self.involvement();
        let columns = vec![
            Column::text("Code", 8),
            Column::text("Institution", 36),
            Column::text("Leads actions", 24),
            Column::text("Partner in actions", 24),
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
            caption: "Responsibility matrix: the actions each institution leads or partners in"
                .into(),
            columns,
            rows,
            wide: false,
        };
        let intro = "Who does what: for each institution, the numbers of the included actions it \
leads and those it partners in. The spreadsheet export has the same matrix with one column per \
institution.";
        section(
            "A",
            "Responsibility matrix",
            vec![Block::Paragraph(intro.into()), Block::Table(table)],
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
            description: format!(
                "When each included action of the area {title} runs, year by year."
            ),
            title: format!("Timeline: {title}"),
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
        let mut blocks = vec![Block::Paragraph(TIMELINE.into())];
        if !unscheduled.is_empty() {
            blocks.push(Block::Placeholder(format!(
                "Set the timeframe of the actions not shown: {}.",
                unscheduled.join(", ")
            )));
        }
        blocks.extend(
            self.planned
                .iter()
                .map(|a| self.area_timeline(a))
                .filter(|t| !t.rows.is_empty())
                .map(Block::Timeline),
        );
        section("B", "Implementation timeline", blocks, vec![])
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
        table.caption = "Timeline".into();
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
        let mut blocks = vec![Block::Paragraph(
            "Actions the workshop assessed as missing or partly in place that no included action \
addresses. The drafting team should confirm that each is left open on purpose, or add it to the \
plan."
                .into(),
        )];
        if gaps.is_empty() {
            blocks.push(Block::Paragraph("No assessed gap is left open.".into()));
        } else {
            blocks.push(Block::Table(self.gap_table(false)));
        }
        section("C", "Gap analysis", blocks, vec![])
    }

    /// The gaps as a table; `flat` adds the objective and leaves unset cells empty.
    pub(super) fn gap_table(&self, flat: bool) -> Table {
        let mut columns = vec![Column::text("Item", 8), Column::text("Area", 16)];
        if flat {
            columns.push(Column::text("Objective", 30));
        }
        columns.extend([
            Column::text("Action", 36),
            Column { title: "Baseline".into(), width: 13, kind: baseline_choice() },
            Column::text("Decision", 13),
            Column::text("Notes", 18),
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
        Table { caption: "Assessed gaps left open".into(), columns, rows, wide: false }
    }

    fn glossary_annex(&self, chapters: &[Section]) -> Section {
        let terms =
            glossary::used_terms(&self.content.glossary, chapters, &self.plan.meta.language);
        let intro = if self.clean {
            "The terms this draft uses."
        } else {
            "The terms of the napwiz glossary that this draft uses."
        };
        let mut blocks = vec![Block::Paragraph(intro.into())];
        if terms.is_empty() {
            blocks.push(Block::Paragraph("This draft uses no glossary term.".into()));
        } else {
            let mut items: Vec<ListItem> = terms.into_iter().map(glossary::entry).collect();
            for item in &mut items {
                item.label = item.label.as_deref().map(line);
                item.text = line(&item.text);
            }
            blocks.push(Block::List(items));
        }
        section("D", "Glossary", blocks, vec![])
    }
}

impl Builder<'_> {
    /// The institution codes and acronyms the chapters use, spelled out.
    fn abbreviations_annex(&self, chapters: &[Section]) -> Section {
        let institutions: Vec<(String, String)> =
            self.involvement().into_iter().map(|i| (i.code, i.name)).collect();
        let text = glossary::plain_text(chapters) + &self.title_page_text();
        let items = abbreviations::used(&text, &institutions);
        let mut blocks = vec![Block::Paragraph(
            "The institution codes and other abbreviations this draft uses.".into(),
        )];
        if items.is_empty() {
            blocks.push(Block::Paragraph("This draft uses no abbreviation.".into()));
        } else {
            blocks.push(Block::List(items));
        }
        section("E", "Abbreviations", blocks, vec![])
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
        format!("{text} (carried over)")
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
    fact_or_gap("Facilitator", name)
}

/// A labelled fact, or a bracketed gap when the plan does not say.
fn fact_or_gap(label: &str, value: &str) -> ListItem {
    let value = line(value);
    if value.is_empty() {
        ListItem { placeholder: true, ..ListItem::labelled(label, "[to be completed]") }
    } else {
        ListItem::labelled(label, value)
    }
}

fn or_gap(value: &str, what: &str) -> Cell {
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
        if t.is_empty() { "[to be set]".to_string() } else { t }
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

/// "28 November 2026".
pub(super) fn long_date(date: Date) -> String {
    date.strftime("%-d %B %Y").to_string()
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

const SITUATION: &str = "Summarise the situation the plan responds to: the forms of trafficking and \
exploitation found in the country, the profiles of identified and presumed victims and of \
offenders, the trends of recent years, the data behind these findings and their gaps, and the \
recommendations of international monitoring bodies.";

const LEGAL: &str = "Describe the legal and policy framework: the international instruments the \
country has ratified, the national law on trafficking (criminal law, victim protection, migration, \
labour and child protection), related strategies, and amendments under way.";

const LESSONS_EVALUATION: &str = "Add what the previous plan's final evaluation found and how \
this plan responds to it.";

const LESSONS: &str = "Summarise the lessons from the previous plan: what it achieved, what was \
not carried out and why, what its evaluation found, and how this plan responds. If this is the \
first plan, say so.";

const COORDINATION: &str = "The coordinating body steers the national response and approves the \
plan's reports; the national coordinator leads its day-to-day implementation and convenes the \
institutions below.";

const COORDINATION_GAP: &str = "Describe the coordinating body's mandate and legal basis, its \
members, how often it meets, its secretariat, and how civil society and survivors take part.";

const MONITORING: &str = "Monitoring follows whether the actions are carried out as planned; \
reviews and evaluations ask whether they achieve the plan's objectives. Each lead institution \
reports on its actions against the indicators of the monitoring framework; the monitoring body \
consolidates the reports and presents them to the coordinating body.";

/// The most years a timeline shows.
const MAX_TIMELINE_YEARS: u16 = 30;

const TIMELINE: &str = "The included actions year by year, by area: a bar (or a mark in the \
table) for each year an action runs. Short and medium term are read as the first and second \
third of the plan period, long term as the whole period.";

const FRAMEWORK: &str = "One table per objective: first the outcome indicators that show whether \
the objective is achieved (measured by the monitoring body), then one row per indicator of each \
included action (reported by the action's lead institution).";

fn framework_columns() -> Vec<Column> {
    vec![
        Column::text("For", 9),
        Column::text("Indicator", 34),
        Column::text("Type", 8),
        Column::text("Baseline", 14),
        Column::text("Target", 16),
        Column::text("Means of verification", 18),
        Column::text("Frequency", 12),
        Column::text("Responsible", 11),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_has_thousands_separators() {
        assert_eq!(crate::plan::group_thousands(0), "0");
        assert_eq!(crate::plan::group_thousands(999), "999");
        assert_eq!(crate::plan::group_thousands(15_000), "15,000");
        assert_eq!(crate::plan::group_thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn dates_are_written_out() {
        assert_eq!(long_date(jiff::civil::date(2026, 11, 3)), "3 November 2026");
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
