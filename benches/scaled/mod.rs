//! A content pack scaled up from the embedded one (its areas repeated under new ids) and a
//! plan with every action decided: what the benchmarks measure growth with.

use std::path::Path;

use napwiz::content::{Content, EMBEDDED, PackFiles};
use napwiz::plan::{self, Decision, Plan};

/// The pack's files as (name, text), with the area files repeated `copies` times under new ids.
pub fn pack_texts(copies: usize) -> Vec<(String, String)> {
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
    texts
}

/// The embedded pack's files, with the area files repeated `copies` times under new ids.
#[allow(dead_code)]
pub fn pack_files(copies: usize) -> PackFiles {
    PackFiles::from_texts("bench", pack_texts(copies))
}

/// Writes the scaled pack into `dir` (for `napwiz --content DIR`).
#[allow(dead_code)]
pub fn write_pack(dir: &Path, copies: usize) {
    for (name, text) in pack_texts(copies) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// The demo plan with every action filled in, as after a long workshop.
pub fn full_plan(content: &Content) -> Plan {
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
