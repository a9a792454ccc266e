//! napwiz performance, measured (not asserted): `cargo bench`.
//!
//! Start-up work (loading and validating the content pack), plan load and save with every
//! checklist item filled, bytes written per save, health check and summary, and how they grow
//! with a content pack ten times the size of the embedded one.

use std::hint::black_box;
use std::time::{Duration, Instant};

use napwiz::content::{Content, EMBEDDED, PackFiles, check_files};
use napwiz::plan::{self, Decision, Plan};
use napwiz::store::PlanFile;

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

/// The embedded pack's files, with the area files repeated `copies` times under new ids.
fn pack_files(copies: usize) -> PackFiles {
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut area_names = Vec::new();
    for (name, text) in EMBEDDED {
        if let Some(area) = name.strip_prefix("areas/") {
            for k in 0..copies {
                let new_name = if k == 0 { area.to_string() } else { format!("k{k}-{area}") };
                let new_text = if k == 0 {
                    text.to_string()
                } else {
                    text.replace("id: \"", &format!("id: \"K{k}"))
                };
                area_names.push(new_name.clone());
                texts.push((format!("areas/{new_name}"), new_text));
            }
        } else if *name != "pack.ron" {
            texts.push((name.to_string(), text.to_string()));
        }
    }
    let pack = EMBEDDED.iter().find(|(n, _)| *n == "pack.ron").unwrap().1;
    let start = pack.find("areas: [").unwrap();
    let list: String = area_names.iter().map(|n| format!("\"{n}\", ")).collect();
    texts.push(("pack.ron".into(), format!("{}areas: [{list}],\n)\n", &pack[..start])));
    PackFiles::from_texts("bench", texts)
}

/// The demo plan with every action filled in, as after a long workshop.
fn full_plan(content: &Content) -> Plan {
    let mut plan = plan::demo_plan(content);
    let template: Decision =
        plan.items.values().find(|d| d.is_included() && d.budget.is_some()).cloned().unwrap();
    for (_, _, action) in content.actions() {
        let d = plan.items.entry(action.id.clone()).or_default();
        if !d.is_included() {
            *d = template.clone();
        }
        d.notes = format!(
            "Notes on {}: agreed in the working group, to be checked with the ministry.",
            action.id
        );
    }
    plan
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

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    // SAFETY: set before any other thread exists; keeps backups out of the user's data dir.
    unsafe { std::env::set_var("NAPWIZ_DATA_DIR", data.path()) };
    println!("napwiz benchmarks (median of repeated runs)");
    bench_pack("embedded pack", 1);
    bench_pack("10x pack", 10);
}
