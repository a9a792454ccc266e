//! napwiz performance, measured (not asserted): `cargo bench`.
//!
//! Start-up work (loading and validating the content pack), plan load and save with every
//! checklist item filled, bytes written per save, health check and summary, and how they grow
//! with a content pack ten times the size of the embedded one.

// This file reports on itself (timings, skips, paths); that is not napwiz's output (clippy.toml).
#![allow(clippy::disallowed_macros)]

#[cfg(target_os = "linux")]
#[path = "perf_follow/mod.rs"]
mod follow;

use std::hint::black_box;
use std::time::{Duration, Instant};

use napwiz::content::{Content, check_files};
use napwiz::plan;
use napwiz::plan::monitor::Status;
use napwiz::store::PlanFile;
use napwiz::tui::action::Action;
use napwiz::tui::state::{OpenPlan, State, Step};
use napwiz::tui::{update::update, view};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use scaled::{full_plan, pack_files};

mod scaled;

#[cfg(target_os = "linux")]
mod export_scaling;

/// Runs `f` repeatedly for about `budget` and returns the median time of one run.
fn median(budget: Duration, mut f: impl FnMut()) -> Duration {
    let mut samples = Vec::new();
    let start = Instant::now();
    while samples.len() < 5 || (start.elapsed() < budget && samples.len() < 10_000) {
        let t = Instant::now();
        f();
        samples.push(t.elapsed());
    }
    samples.sort();
    samples[samples.len() / 2]
}

fn report(name: &str, time: Duration, extra: &str) {
    println!("{name:<52} {:>10.3} ms  {extra}", time.as_secs_f64() * 1000.0);
}

fn bench_pack(label: &str, copies: usize) {
    let files = pack_files(copies);
    let content = check_files(&files).expect("bench pack is valid");
    let counts = content.counts();
    let t = median(Duration::from_millis(400), || {
        black_box(check_files(&files).unwrap());
    });
    report(
        &format!("content load+validate ({label})"),
        t,
        &format!("{} goals, {} actions", counts.goals, counts.actions),
    );

    let plan = full_plan(&content);
    let text = plan::to_ron(&plan);
    let t = median(Duration::from_millis(400), || {
        black_box(plan::to_ron(&plan));
    });
    report(&format!("plan serialise ({label})"), t, &format!("{} bytes", text.len()));
    let t = median(Duration::from_millis(400), || {
        black_box(plan::from_ron("bench.ron", &text).unwrap());
    });
    report(&format!("plan parse ({label})"), t, "");
    let t = median(Duration::from_millis(400), || {
        black_box(plan::check(&plan, &content));
    });
    report(&format!("health check ({label})"), t, "");
    let t = median(Duration::from_millis(400), || {
        black_box(plan::summarize(&plan, &content));
    });
    report(&format!("summary ({label})"), t, "");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let mut file = PlanFile::create(&path, plan, false).unwrap();
    let mut n = 0u64;
    let t = median(Duration::from_millis(800), || {
        n += 1;
        file.plan.monitoring.notes = format!("edit {n}");
        black_box(file.save().unwrap());
    });
    let size = std::fs::metadata(&path).unwrap().len();
    report(
        &format!("plan save: atomic write + fsync + backup ({label})"),
        t,
        &format!("{size} bytes written per save"),
    );
    let t = median(Duration::from_millis(400), || {
        black_box(PlanFile::read(&path).unwrap());
    });
    report(&format!("plan load from disk ({label})"), t, "");
}

/// A writer that only counts bytes, standing in for the terminal.
#[derive(Clone, Default)]
struct Counter(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl Counter {
    fn get(&self) -> usize {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.fetch_add(buf.len(), std::sync::atomic::Ordering::Relaxed);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A wizard on the demo plan, showing `step`, with the first goal open.
fn wizard(content: &Content, step: Step, size: (u16, u16)) -> State {
    let mut state = State::new(content.clone(), vec![]);
    state.plan = Some(OpenPlan::new("demo.ron".into(), plan::demo_plan(content), None));
    state.size = size;
    state.step = step;
    for area in &mut state.areas {
        area.expanded.insert(String::new());
    }
    if let Step::Area(a) = step {
        let goal = content.areas[a].goals[0].id.clone();
        state.areas[a].expanded.insert(goal);
        state.areas[a].cursor = 1;
    }
    // Monitor opens on the first action of the demo's open period (2027-H2).
    state.monitor.cursor = 1;
    state
}

/// The bytes the first frame and then each of `actions` send to a terminal of `w` x `h`.
fn terminal_bytes(
    state: &mut State,
    (w, h): (u16, u16),
    actions: &[Action],
) -> (usize, Vec<usize>) {
    let options = TerminalOptions { viewport: Viewport::Fixed(Rect::new(0, 0, w, h)) };
    let written = Counter::default();
    let mut terminal =
        Terminal::with_options(CrosstermBackend::new(written.clone()), options).unwrap();
    terminal
        .draw(|f| {
            view::draw(state, f);
        })
        .unwrap();
    let first = written.get();
    let mut per_key = Vec::new();
    for action in actions {
        let before = written.get();
        update(state, action.clone());
        terminal
            .draw(|f| {
                view::draw(state, f);
            })
            .unwrap();
        per_key.push(written.get() - before);
    }
    (first, per_key)
}

fn print_bytes(name: &str, (first, per_key): (usize, Vec<usize>)) {
    let avg = per_key.iter().sum::<usize>() / per_key.len().max(1);
    println!("{name:<52} first frame {first} bytes, then {avg} bytes per keystroke {per_key:?}");
}

/// Frame render time per step, and the bytes a keystroke sends to the terminal (what an SSH
/// link carries), at a projector size and a large one.
fn bench_frames(content: &Content) {
    let steps = [
        Step::Setup,
        Step::Roster,
        Step::Area(0),
        Step::Review,
        Step::Monitoring,
        Step::Monitor,
        Step::Progress,
    ];
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        for step in steps {
            let state = wizard(content, step, (w, h));
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            let t = median(Duration::from_millis(300), || {
                terminal
                    .draw(|f| {
                        view::draw(&state, f);
                    })
                    .unwrap();
                // A fresh buffer each time, so every frame is drawn in full.
                terminal.clear().unwrap();
            });
            report(&format!("frame {w}x{h} {}", step.name(content)), t, "");
        }
        let mut state = wizard(content, Step::Area(0), (w, h));
        let keys = [Action::Down, Action::ToggleInclude, Action::Down, Action::CycleBaseline];
        print_bytes(&format!("terminal output {w}x{h}"), terminal_bytes(&mut state, (w, h), &keys));
        // Monitor: move, set a status, move, set another: the secretariat's typing rhythm.
        let mut state = wizard(content, Step::Monitor, (w, h));
        let keys = [
            Action::Down,
            Action::SetStatus(Status::Delayed),
            Action::Down,
            Action::SetStatus(Status::Completed),
        ];
        let bytes = terminal_bytes(&mut state, (w, h), &keys);
        print_bytes(&format!("terminal output {w}x{h} Monitor"), bytes);
        bench_monitor_keystroke(content, (w, h));
    }
    let demo = plan::to_ron(&plan::demo_plan(content));
    println!(
        "{:<52} {} bytes (the whole plan file is rewritten atomically)",
        "plan bytes written per decision (autosave)",
        demo.len()
    );
}

/// One keystroke in Monitor (a status set, then the frame drawn), as the user waits for it:
/// the change, the figures and rows worked out again for the new revision, the frame.
fn bench_monitor_keystroke(content: &Content, (w, h): (u16, u16)) {
    let mut state = wizard(content, Step::Monitor, (w, h));
    let t = status_keys(&mut state, Duration::from_millis(300));
    report(&format!("keystroke {w}x{h} Monitor (status set + frame)"), t, "");
}

/// The median of status keys on the Monitor step `state` shows, each with its frame (the
/// status flips between delayed and on track, so each key changes the plan).
fn status_keys(state: &mut State, budget: Duration) -> Duration {
    let (w, h) = state.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let statuses = [Status::Delayed, Status::OnTrack];
    let mut n = 0;
    median(budget, || {
        n += 1;
        update(state, Action::SetStatus(statuses[n % 2]));
        terminal
            .draw(|f| {
                view::draw(state, f);
            })
            .unwrap();
    })
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    // SAFETY: set before any other thread exists; keeps backups out of the user's data dir.
    unsafe { std::env::set_var("NAPWIZ_DATA_DIR", data.path()) };
    println!("napwiz benchmarks (median of repeated runs)");
    let started = Instant::now();
    let content = Content::embedded();
    let state = State::new(content.clone(), vec![]);
    black_box(&state);
    report("start-up work: load pack + wizard state", started.elapsed(), "(first run, cold)");
    // `cargo bench -- own-actions` runs only the sections whose name contains the word.
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    if wanted("frames") {
        bench_frames(&content);
        bench_derived_screens(&content);
    }
    if wanted("pack") {
        bench_pack("embedded pack", 1);
        bench_pack("10x pack", 10);
    }
    if wanted("exports") {
        bench_exports(&content);
    }
    #[cfg(target_os = "linux")]
    if wanted("export-scaling") {
        export_scaling::bench();
    }
    if wanted("reports") {
        bench_reports(&content);
    }
    if wanted("own-actions") {
        bench_own_actions(&content);
    }
    if wanted("languages") {
        bench_languages(&content);
    }
    #[cfg(target_os = "linux")]
    if wanted("follow") {
        follow::bench(&content);
    }
    #[cfg(target_os = "linux")]
    if wanted("follow-scaling") {
        follow::scaling();
    }
    if wanted("monitor") {
        bench_monitor_forms(&content);
    }
    if wanted("monitor-scaling") {
        bench_monitor_scaling();
    }
    if wanted("space") {
        bench_space();
    }
}

/// Where a Space's CPU goes in a fully decided plan on the embedded pack and on one 100 times
/// its size (`NAPWIZ_BENCH_SPACE=1,100`): the decision with its frame, the plan index built
/// anew (what each change did before it was carried over), and the autosave: the whole file
/// rewritten, or the change appended to the journal (plans over 4 MB).
fn bench_space() {
    let sizes: Vec<usize> = std::env::var("NAPWIZ_BENCH_SPACE")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 100]);
    for copies in sizes {
        let content = check_files(&pack_files(copies)).expect("bench pack is valid");
        let full = full_plan(&content);
        let label = format!("{copies}x pack");
        let mut state = State::new(content.clone(), vec![]);
        state.plan = Some(OpenPlan::new("plan.ron".into(), full.clone(), None));
        (state.size, state.step) = ((80, 24), Step::Area(0));
        state.areas[0].expanded.insert(content.areas[0].goals[0].id.clone());
        state.areas[0].cursor = 1;
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let t = median(Duration::from_millis(600), || {
            update(&mut state, Action::ToggleInclude);
            terminal
                .draw(|f| {
                    view::draw(&state, f);
                })
                .unwrap();
        });
        report(&format!("Space: decision + frame ({label})"), t, "index carried over");
        let t = median(Duration::from_millis(600), || {
            black_box(napwiz::tui::index::PlanIndex::new(&full, &content));
        });
        report(&format!("plan index built anew ({label})"), t, "each change, before");
        let t = median(Duration::from_millis(600), || drop(black_box(plan::to_ron(&full))));
        report(&format!("plan serialised whole ({label})"), t, "each autosave, before");
        bench_autosave(&label, &full);
    }
}

/// One decision changed and autosaved, in a plan file opened for writing: a rewrite of the
/// file (the plan saved whole) against the autosave (the journal for a big plan).
fn bench_autosave(label: &str, full: &plan::Plan) {
    use napwiz::plan::patch::{Patch, Touches};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, plan::to_ron(full)).unwrap();
    let mut file = PlanFile::open(&path).unwrap();
    let id = full.items.keys().next().unwrap().clone();
    let mut n = 0;
    let mut change = |file: &mut PlanFile| {
        n += 1;
        // Changed in place, then passed on as the wizard passes its changes (a no-op apply).
        file.plan.items.get_mut(&id).unwrap().notes = format!("note {n}");
        let change = Patch::record(&file.plan, &Touches::Decisions(vec![id.clone()]));
        file.apply_change(change);
    };
    let t = median(Duration::from_millis(600), || {
        change(&mut file);
        file.save().unwrap();
    });
    report(&format!("autosave, file rewritten ({label})"), t, "before");
    let big = file.plan_size() >= napwiz::store::JOURNAL_FROM;
    let how = if big { "journal appended" } else { "file rewritten" };
    let t = median(Duration::from_millis(600), || {
        change(&mut file);
        file.autosave().unwrap();
    });
    report(&format!("autosave ({label})"), t, how);
    // The mean counts the rewrites that fold the journal in once it reaches a quarter of the plan.
    let runs = if big { 3_000 } else { 100 };
    let started = Instant::now();
    for _ in 0..runs {
        change(&mut file);
        file.autosave().unwrap();
    }
    let mean = started.elapsed() / runs;
    report(&format!("autosave, mean of {runs} ({label})"), mean, "folding the journal in included");
}

/// What the Fluent strings cost: the start-up work with and without loading the interface
/// strings (the loader parses the embedded .ftl), and a frame in English vs the pseudo-locale
/// (every string 40% longer), as ratios.
fn bench_languages(content: &Content) {
    let budget = Duration::from_secs(2);
    let before = median(budget, || {
        black_box(State::new(Content::embedded(), vec![]));
    });
    let loader = median(budget, || {
        black_box(napwiz::i18n::use_interface("en"));
    });
    report("start-up: pack + wizard state (no strings loaded)", before, "");
    report("start-up: + loading the English strings", before + loader, "");
    println!(
        "  start-up ratio with the loader: {:.3}",
        (before + loader).as_secs_f64() / before.as_secs_f64()
    );
    let frame = |state: &State| {
        median(budget, || {
            let mut terminal = Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
            terminal
                .draw(|f| {
                    view::draw(state, f);
                })
                .unwrap();
            black_box(&terminal);
        })
    };
    let english = frame(&wizard(content, Step::Area(0), (80, 24)));
    napwiz::i18n::use_interface(napwiz::i18n::PSEUDO);
    let pseudo = frame(&wizard(content, Step::Area(0), (80, 24)));
    napwiz::i18n::use_interface("en");
    report("frame 80x24, area step, English", english, "");
    report("frame 80x24, area step, pseudo-locale", pseudo, "");
    println!("  frame ratio pseudo/English: {:.3}", pseudo.as_secs_f64() / english.as_secs_f64());
}

/// The two screens that show data derived from the whole plan (the dashboard's summary and
/// health check, the draft preview), drawn again and again as while the user reads them.
fn bench_derived_screens(content: &Content) {
    for step in [Step::Review, Step::Generate] {
        let state = wizard(content, step, (80, 24));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let t = median(Duration::from_millis(400), || {
            terminal
                .draw(|f| {
                    view::draw(&state, f);
                })
                .unwrap();
            terminal.clear().unwrap();
        });
        report(&format!("{} frame (demo plan, 80x24)", step.name(content)), t, "");
    }
}

/// The draft action plan of a fully filled plan: building the document, then each format.
fn bench_exports(content: &Content) {
    use napwiz::export::{ExportOptions, Format, render};
    let plan = full_plan(content);
    let options =
        ExportOptions { date: jiff::civil::date(2026, 11, 28), excel_csv: false, clean: false };
    let t = median(Duration::from_millis(400), || {
        black_box(napwiz::document::build(&plan, content, options.date));
    });
    report("draft document build (full plan)", t, "");
    let doc = napwiz::document::build(&plan, content, options.date);
    let mut total = Duration::ZERO;
    for format in Format::ALL {
        let bytes: usize =
            render(&doc, format, &options).unwrap().iter().map(|r| r.bytes.len()).sum();
        let t = median(Duration::from_millis(400), || {
            black_box(render(&doc, format, &options).unwrap());
        });
        total += t;
        report(&format!("export {} (full plan)", format.label()), t, &format!("{bytes} bytes"));
    }
    report("export all formats (full plan, excluding build)", total, "target well under 100 ms");
}

/// The implementation report of the demo's second period and the evaluation pack, on the
/// fully filled plan: building each document, then writing the report in each format.
fn bench_reports(content: &Content) {
    use napwiz::document::{Stage, build_evaluation, build_report};
    use napwiz::export::{ExportOptions, Format, render};
    let plan = full_plan(content);
    let options =
        ExportOptions { date: jiff::civil::date(2028, 1, 20), excel_csv: false, clean: false };
    let t = median(Duration::from_millis(400), || {
        black_box(build_report(&plan, content, "2027-H2", options.date).unwrap());
    });
    report("report document build (full plan, 2027-H2)", t, "");
    let t = median(Duration::from_millis(400), || {
        black_box(build_evaluation(&plan, content, Stage::MidTerm, "2027-H2", options.date));
    });
    report("evaluation pack build (full plan, 2 periods)", t, "");
    let doc = build_report(&plan, content, "2027-H2", options.date).unwrap();
    let mut total = Duration::ZERO;
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Xlsx] {
        let bytes: usize =
            render(&doc, format, &options).unwrap().iter().map(|r| r.bytes.len()).sum();
        let t = median(Duration::from_millis(400), || {
            black_box(render(&doc, format, &options).unwrap());
        });
        total += t;
        report(&format!("report {} (full plan)", format.label()), t, &format!("{bytes} bytes"));
    }
    report("report all formats (full plan, excluding build)", total, "target well under 100 ms");
}

/// A wizard on the demo plan with `own` custom actions under the first goal, which is open.
fn wizard_with_own_actions(content: &Content, own: usize) -> State {
    let mut state = wizard(content, Step::Area(0), (80, 24));
    let goal = content.areas[0].goals[0].id.clone();
    let open = state.plan.as_mut().unwrap();
    for n in 1..=own {
        open.plan.custom_actions.push(plan::CustomAction {
            id: format!("X{n}"),
            goal: goal.clone(),
            text: format!("Own action {n}: train front-line staff in the region"),
        });
    }
    state
}

/// Time of one keystroke (update + frame at 80x24) in a goal with `own` own actions, cycling
/// through `keys`.
fn keystroke(content: &Content, own: usize, keys: &[Action]) -> Duration {
    let mut state = wizard_with_own_actions(content, own);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut k = 0;
    median(Duration::from_millis(600), || {
        update(&mut state, keys[k % keys.len()].clone());
        terminal
            .draw(|f| {
                view::draw(&state, f);
            })
            .unwrap();
        k += 1;
    })
}

/// CPU per keystroke in a goal with many own actions, against 100: moving through the list
/// must not grow with its length. A decision also copies the plan once for undo (linear).
fn bench_own_actions(content: &Content) {
    let moves = [Action::Down, Action::Down, Action::Up, Action::Up];
    // NAPWIZ_BENCH_OWN=100,1000 measures other sizes; the first is the reference.
    let sizes: Vec<usize> = std::env::var("NAPWIZ_BENCH_OWN")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .filter(|v: &Vec<usize>| v.len() >= 2)
        .unwrap_or_else(|| vec![100, 10_000, 30_000, 100_000]);
    let mut per_move = Vec::new();
    for &own in &sizes {
        let t = keystroke(content, own, &moves);
        per_move.push(t);
        report(&format!("move key, goal with {own} own actions"), t, "update + frame 80x24");
        let t = keystroke(content, own, &[Action::ToggleInclude, Action::Down]);
        report(&format!("decision key, goal with {own} own actions"), t, "with undo snapshot");
    }
    let ratio = per_move[per_move.len() - 1].as_secs_f64() / per_move[0].as_secs_f64();
    let name = format!("move key cost, {} own actions / {}", sizes[sizes.len() - 1], sizes[0]);
    println!("{name:<52} {ratio:>10.2}x  (target: within 2x)");
}

/// `napwiz monitor collect` and `import` on the demo plan: 40 institutions' workbooks for
/// 2027-H2, written from (and so filled with) the demo's reports, read back and checked cell
/// by cell, then combined into the period. Target: importing 40 workbooks under 1 s.
fn bench_monitor_forms(content: &Content) {
    use napwiz::forms;
    use napwiz::plan::monitor::{Incoming, combine};
    let demo = plan::demo_plan(content);
    let period = demo.period("2027-H2").unwrap();
    let institutions: Vec<forms::Form> =
        forms::forms_for(&demo, content).into_iter().filter(|f| !f.lead.is_empty()).collect();
    let mut chosen: Vec<forms::Form> = institutions.iter().cycle().take(40).cloned().collect();
    chosen.truncate(40);
    let write = || -> Vec<Vec<u8>> {
        chosen.iter().map(|f| forms::write_form(&demo, content, period, f).unwrap()).collect()
    };
    let books = write();
    let bytes: usize = books.iter().map(Vec::len).sum();
    let t = median(Duration::from_secs(3), || {
        black_box(write());
    });
    let extra = format!(
        "({} distinct institutions, {} KiB in all)",
        institutions.len().min(40),
        bytes / 1024
    );
    report("monitor collect: write 40 institution workbooks", t, &extra);
    let mut blank = demo.clone();
    blank.period_mut("2027-H2").unwrap().reports.clear();
    let t = median(Duration::from_secs(3), || {
        let mut plan = blank.clone();
        let mut incoming = vec![];
        for (i, book) in books.iter().enumerate() {
            let form = forms::read_form(&format!("{i}.xlsx"), book, &plan, content).unwrap();
            incoming.extend(form.reports.into_iter().map(|(action, report)| Incoming {
                source: form.file.clone(),
                action,
                report,
            }));
        }
        black_box(combine(&mut plan, "demo.ron", "2027-H2", &incoming, None).unwrap());
    });
    report("monitor import: read, check, combine 40 workbooks", t, "(target under 1 s)");
}

/// A Monitor key (a status set, then the frame) in the fully decided plan on the embedded pack
/// and on packs 10 and 100 times its size (`NAPWIZ_BENCH_MONITOR=1,100`), with the ratio.
fn bench_monitor_scaling() {
    let sizes: Vec<usize> = std::env::var("NAPWIZ_BENCH_MONITOR")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 10, 100]);
    let mut first = None;
    for copies in sizes {
        let content = check_files(&pack_files(copies)).expect("bench pack is valid");
        let mut state = State::new(content.clone(), vec![]);
        state.plan = Some(OpenPlan::new("plan.ron".into(), full_plan(&content), None));
        (state.size, state.step, state.monitor.cursor) = ((80, 24), Step::Monitor, 1);
        let t = status_keys(&mut state, Duration::from_millis(1500));
        let base = *first.get_or_insert(t);
        let ratio = format!("{:.1}x the first size", t.as_secs_f64() / base.as_secs_f64());
        report(&format!("Monitor status key + frame ({copies}x pack)"), t, &ratio);
    }
}
