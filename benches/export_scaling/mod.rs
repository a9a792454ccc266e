//! `napwiz export` of the fully decided plan on the embedded pack and on packs 10 and 100
//! times its size, one format per child process: wall time, CPU and peak memory (the child's
//! own `ru_maxrss` from `wait4`), and how they grow with the plan. The goal (issue 19): CPU
//! linear in plan size, peak memory under 300 MB for every format at 100x.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use napwiz::content::check_files;
use napwiz::export::Format;

use crate::scaled::{full_plan, pack_files, write_pack};

const NAPWIZ: &str = env!("CARGO_BIN_EXE_napwiz");

/// What one child process cost.
#[derive(Clone, Copy, Default)]
struct Cost {
    wall: Duration,
    cpu: Duration,
    peak_mb: f64,
}

/// A plan file (and, beyond the embedded pack, its pack folder) at one scale.
struct Case {
    copies: usize,
    plan: PathBuf,
    pack: Option<PathBuf>,
    plan_bytes: u64,
    actions: usize,
}

fn case(dir: &Path, copies: usize) -> Case {
    let content = check_files(&pack_files(copies)).expect("the scaled pack is valid");
    let plan = dir.join(format!("plan-{copies}x.ron"));
    std::fs::write(&plan, napwiz::plan::to_ron(&full_plan(&content))).unwrap();
    let pack = (copies > 1).then(|| {
        let pack = dir.join(format!("pack-{copies}x"));
        write_pack(&pack, copies);
        pack
    });
    let plan_bytes = std::fs::metadata(&plan).unwrap().len();
    Case { copies, plan, pack, plan_bytes, actions: content.actions().count() }
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Markdown => "md",
        Format::Html => "html",
        Format::Docx => "docx",
        Format::Xlsx => "xlsx",
        Format::Csv => "csv",
    }
}

/// Runs napwiz with `args` on `case` in a child and waits for it with `wait4`, which gives
/// that child's own CPU and peak resident memory.
fn run(case: &Case, args: &[&str], data: &Path) -> Cost {
    let mut cmd = Command::new(NAPWIZ);
    if let Some(pack) = &case.pack {
        cmd.arg("--content").arg(pack);
    }
    cmd.args(args).arg(&case.plan);
    cmd.env("NAPWIZ_DATA_DIR", data).env("HOME", data).env("XDG_CONFIG_HOME", data);
    cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
    let start = Instant::now();
    let mut child = cmd.spawn().expect("napwiz starts");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our own child's, not yet waited for; both pointers are valid.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    // Reaped by wait4 already (this returns an error); it only tells std the child is gone.
    let _ = child.wait();
    assert!(pid > 0 && libc::WIFEXITED(status), "napwiz {args:?} ended abnormally");
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Cost {
        wall,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        // Linux reports kilobytes.
        peak_mb: usage.ru_maxrss as f64 / 1024.0,
    }
}

/// The median (by CPU) of `repeats` runs.
fn measure(case: &Case, args: &[&str], data: &Path, repeats: usize) -> Cost {
    let mut costs: Vec<Cost> = (0..repeats).map(|_| run(case, args, data)).collect();
    costs.sort_by_key(|c| c.cpu);
    costs[costs.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn bench() {
    // NAPWIZ_BENCH_EXPORT_SCALE=1,10 measures other sizes; the first is the reference.
    let scales: Vec<usize> = std::env::var("NAPWIZ_BENCH_EXPORT_SCALE")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .filter(|v: &Vec<usize>| !v.is_empty())
        .unwrap_or_else(|| vec![1, 10, 100]);
    let dir = tempfile::tempdir().unwrap();
    // NAPWIZ_BENCH_DIR=DIR keeps the plans, packs and exports there, to look at afterwards.
    let kept = std::env::var_os("NAPWIZ_BENCH_DIR").map(PathBuf::from);
    let dir = kept.as_deref().unwrap_or(dir.path());
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    println!("napwiz export, one format per child process (wall, CPU, peak RSS)");
    let mut table: Vec<(Case, Vec<(String, Cost)>)> = vec![];
    for copies in scales {
        let case = case(dir, copies);
        println!(
            "  {copies}x: {} actions, plan of {:.2} MB",
            case.actions,
            case.plan_bytes as f64 / 1e6
        );
        // Small plans are quick: three runs each; the big ones once.
        let repeats = if copies >= 50 { 1 } else { 3 };
        let out = dir.join(format!("out-{copies}x"));
        let out = out.to_str().unwrap();
        let mut costs = vec![];
        let load = measure(&case, &["check"], &data, repeats);
        costs.push(("load (check)".to_string(), load));
        for format in Format::ALL {
            let name = format_name(format);
            let args = ["export", "--date", "2026-11-28", "--out", out, "--format", name];
            costs.push((name.to_string(), measure(&case, &args, &data, repeats)));
        }
        // All five in one run, as `napwiz export` does by default: the chapters are built once
        // for Markdown, HTML and Word, then the matrices one at a time for Excel and CSV.
        let args = ["export", "--date", "2026-11-28", "--out", out];
        costs.push(("all five".to_string(), measure(&case, &args, &data, repeats)));
        for (name, c) in &costs {
            println!(
                "    {name:<14} wall {:>9.1} ms  CPU {:>9.1} ms  peak {:>7.1} MB",
                ms(c.wall),
                ms(c.cpu),
                c.peak_mb
            );
        }
        table.push((case, costs));
    }
    print_ratios(&table);
}

/// Each scale against the first: plan size, then CPU and peak memory per format. Linear
/// means the CPU ratio follows the plan-size ratio.
fn print_ratios(table: &[(Case, Vec<(String, Cost)>)]) {
    let Some((base, base_costs)) = table.first() else { return };
    for (case, costs) in &table[1..] {
        let size = case.plan_bytes as f64 / base.plan_bytes as f64;
        println!(
            "  {}x / {}x: plan size {size:.1}x, actions {:.1}x",
            case.copies,
            base.copies,
            case.actions as f64 / base.actions as f64
        );
        for ((name, c), (_, b)) in costs.iter().zip(base_costs) {
            let cpu = ms(c.cpu) / ms(b.cpu);
            println!(
                "    {name:<14} CPU {cpu:>6.1}x ({:.2} of linear)  peak memory {:>5.1}x ({:.0} MB{})",
                cpu / size,
                c.peak_mb / b.peak_mb,
                c.peak_mb,
                if c.peak_mb > 300.0 { ", over the 300 MB goal" } else { "" }
            );
        }
    }
}
