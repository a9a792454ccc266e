//! Breakout groups and git: split, merge (scenarios, conflicts, --prefer), the merge driver in a
//! real git repository, the diff and textconv drivers, and resolving conflicts in the wizard.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use napwiz::content::Content;
use napwiz::plan::merge::conflict_line;
use napwiz::plan::{
    CustomAction, CustomInstitution, Inclusion, Plan, Priority, Side, demo_plan, from_ron, merge,
    split, to_ron,
};
use napwiz::tui::state::{OpenPlan, Overlay, State, Step};

mod common;
use common::keys::press;

const BIN: &str = env!("CARGO_BIN_EXE_napwiz");

fn content() -> Content {
    Content::embedded()
}

fn napwiz(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NAPWIZ_DATA_DIR", dir.join("data"))
        .output()
        .unwrap()
}

fn read(path: &Path) -> Plan {
    from_ron("plan", &std::fs::read_to_string(path).unwrap()).unwrap().plan
}

fn write(path: &Path, plan: &Plan) {
    std::fs::write(path, to_ron(plan)).unwrap();
}

/// The demo plan and its prevention and prosecution parts.
fn parts() -> (Content, Plan, Plan, Plan) {
    let c = content();
    let base = demo_plan(&c);
    let prevention = split(&base, &c, "P", "nap.ron");
    let prosecution = split(&base, &c, "I", "nap.ron");
    (c, base, prevention, prosecution)
}

#[test]
fn a_part_holds_only_its_area_with_the_shared_metadata_and_roster() {
    let (c, base, prevention, _) = parts();
    assert!(prevention.items.keys().all(|id| id.starts_with('P')), "{:?}", prevention.items.keys());
    assert!(prevention.items.contains_key("PX1.X1"), "own items of the area come along");
    assert!(!prevention.custom_actions.iter().any(|a| a.id == "A4.X1"));
    assert_eq!(prevention.meta, base.meta);
    assert_eq!(prevention.roster, base.roster);
    assert_eq!(prevention.part.as_ref().unwrap().area, "P");
    assert!(napwiz::plan::check(&prevention, &c).is_ok());
}

#[test]
fn disjoint_edits_in_two_parts_are_both_taken() {
    let (c, base, mut prevention, mut prosecution) = parts();
    prevention.items.get_mut("P1.1").unwrap().priority = Some(Priority::Low);
    prosecution.items.get_mut("I1.1").unwrap().inclusion = Inclusion::Excluded;
    let sides = [
        Side::new("nap.ron", &base),
        Side::new("prevention.ron", &prevention),
        Side::new("prosecution.ron", &prosecution),
    ];
    let out = merge(&base, &sides, None, &c);
    assert!(out.is_clean(), "{:?}", out.conflicts);
    assert_eq!(out.plan.decision("P1.1").unwrap().priority, Some(Priority::Low));
    assert_eq!(out.plan.decision("I1.1").unwrap().inclusion, Inclusion::Excluded);
    assert_eq!(out.plan.decision("A1.1"), base.decision("A1.1"), "areas in no part are untouched");
    assert!(out.plan.part.is_none());
    assert_eq!(
        out.plan.items.len(),
        base.items.len(),
        "items outside a part's area are not dropped"
    );
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_in_plain_words() {
    let (c, base, mut prevention, _) = parts();
    let mut plan = base.clone();
    plan.items.get_mut("P1.2").unwrap().lead = Some("moi".into());
    prevention.items.get_mut("P1.2").unwrap().lead = Some("molsp".into());
    let sides = [Side::new("nap.ron", &plan), Side::new("prevention.ron", &prevention)];
    let out = merge(&base, &sides, None, &c);
    assert_eq!(out.conflicts.len(), 1);
    assert_eq!(
        conflict_line(&out.conflicts[0], &out.plan, &c),
        "P1.2 lead: MoI (nap.ron) vs MoLSP (part prevention.ron)"
    );
    assert_eq!(out.plan.conflicts, out.conflicts, "kept in the plan for the wizard");
    let preferred = merge(&base, &sides, Some("prevention.ron"), &c);
    assert!(preferred.is_clean());
    assert_eq!(preferred.plan.decision("P1.2").unwrap().lead.as_deref(), Some("molsp"));
}

#[test]
fn notes_edited_in_two_places_keep_both_texts() {
    let (c, base, mut prevention, _) = parts();
    let mut plan = base.clone();
    plan.items.get_mut("P2.1").unwrap().notes = "Facilitator: check the budget.".into();
    prevention.items.get_mut("P2.1").unwrap().notes = "Group: use survivor voices.".into();
    let sides = [Side::new("nap.ron", &plan), Side::new("prevention.ron", &prevention)];
    let out = merge(&base, &sides, None, &c);
    let notes = &out.plan.decision("P2.1").unwrap().notes;
    assert!(
        notes.contains("Facilitator: check the budget.")
            && notes.contains("Group: use survivor voices."),
        "{notes}"
    );
    assert_eq!(out.notes_kept_both, vec!["P2.1".to_string()]);
    assert_eq!(out.conflicts.len(), 1, "flagged so someone reads both");
}

#[test]
fn custom_items_and_roster_additions_from_several_parts_are_all_kept() {
    let (c, base, mut prevention, mut prosecution) = parts();
    let add = |plan: &mut Plan, id: &str, goal: &str, text: &str| {
        plan.custom_actions.push(CustomAction {
            id: id.into(),
            goal: goal.into(),
            text: text.into(),
        });
        plan.items.insert(
            id.into(),
            napwiz::plan::Decision { inclusion: Inclusion::Included, ..Default::default() },
        );
    };
    // The same id for different actions in two parts, and the same action twice.
    add(&mut prevention, "P1.X1", "P1", "Survey of domestic workers");
    add(&mut prosecution, "I1.X1", "I1", "Recruit ten financial investigators");
    let mut other_group = split(&base, &c, "P", "nap.ron");
    add(&mut other_group, "P1.X1", "P1", "Map online recruitment");
    add(&mut other_group, "P1.X2", "P1", "Survey of  domestic workers");
    prevention.roster.institutions.push("recruit".into());
    let ato = CustomInstitution {
        id: "x-ato".into(),
        name: "Anti-Trafficking Office".into(),
        code: "ATO".into(),
        kind: napwiz::content::InstitutionKind::Government,
    };
    prosecution.roster.custom.push(ato.clone());
    other_group.roster.custom.push(CustomInstitution { id: "x-ato-2".into(), ..ato });
    let sides = [
        Side::new("prevention.ron", &prevention),
        Side::new("prosecution.ron", &prosecution),
        Side::new("other.ron", &other_group),
    ];
    let out = merge(&base, &sides, None, &c);
    assert!(out.is_clean(), "{:?}", out.conflicts);
    let texts: Vec<&str> = out.plan.custom_actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts.iter().filter(|t| t.contains("domestic workers")).count(), 1, "{texts:?}");
    assert!(
        texts.contains(&"Map online recruitment")
            && texts.contains(&"Recruit ten financial investigators")
    );
    let ids: std::collections::BTreeSet<&str> =
        out.plan.custom_actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), out.plan.custom_actions.len(), "ids stay unique");
    let online =
        out.plan.custom_actions.iter().find(|a| a.text == "Map online recruitment").unwrap();
    assert!(
        out.plan.decision(&online.id).unwrap().is_included(),
        "its decision followed its new id"
    );
    assert!(out.plan.roster.institutions.contains(&"recruit".to_string()));
    assert_eq!(
        out.plan.roster.custom.iter().filter(|x| x.code == "ATO").count(),
        1,
        "the same institution is recognised"
    );
    let findings = napwiz::plan::check(&out.plan, &c).findings;
    assert!(
        !findings.iter().any(|f| f.message.contains("used twice") || f.message.contains("unknown")),
        "{findings:?}"
    );
}

#[test]
fn split_and_merge_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(napwiz(d, &["demo", "nap.ron"]).status.success());
    let out = napwiz(d, &["split", "nap.ron", "--by", "area", "--out", "parts"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let printed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(printed.lines().count(), 5, "the base and four parts: {printed}");
    let part_path = |name: &str| d.join("parts").join(format!("nap-{name}.ron"));
    let mut prevention = read(&part_path("prevention"));
    prevention.items.get_mut("P1.2").unwrap().priority = Some(Priority::High);
    write(&part_path("prevention"), &prevention);
    let mut plan = read(&d.join("nap.ron"));
    plan.items.get_mut("P1.2").unwrap().priority = Some(Priority::Medium);
    write(&d.join("nap.ron"), &plan);

    let parts: Vec<String> = ["prevention", "assistance", "investigation", "enabling"]
        .iter()
        .map(|n| format!("parts/nap-{n}.ron"))
        .collect();
    let mut args = vec!["merge", "nap.ron"];
    args.extend(parts.iter().map(String::as_str));
    let out = napwiz(d, &args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "conflicts left: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(
            "conflict: P1.2 priority: medium (nap.ron) vs high (part nap-prevention.ron)"
        ),
        "{stdout}"
    );
    assert_eq!(read(&d.join("nap.ron")).conflicts.len(), 1);

    args.extend(["--prefer", "parts/nap-prevention.ron"]);
    let out = napwiz(d, &args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let merged = read(&d.join("nap.ron"));
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.decision("P1.2").unwrap().priority, Some(Priority::High));
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .env("NAPWIZ_DATA_DIR", dir.join(".data"))
        .output()
        .unwrap()
}

fn git_ok(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A repository with the plan, the drivers configured as the README says.
fn repo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_path_buf();
    git_ok(&d, &["init", "-q", "-b", "main"]);
    std::fs::write(d.join(".gitattributes"), "*.ron merge=napwiz diff=napwiz\n.data/** -diff\n")
        .unwrap();
    std::fs::write(d.join(".gitignore"), ".data/\n").unwrap();
    git_ok(&d, &["config", "merge.napwiz.name", "napwiz plan merge"]);
    git_ok(&d, &["config", "merge.napwiz.driver", &format!("{BIN} merge-driver %O %A %B")]);
    git_ok(&d, &["config", "diff.napwiz.textconv", &format!("{BIN} textconv")]);
    write(&d.join("nap.ron"), &demo_plan(&content()));
    git_ok(&d, &["add", "."]);
    git_ok(&d, &["commit", "-q", "-m", "plan"]);
    (dir, d)
}

fn edit(d: &Path, f: impl FnOnce(&mut Plan)) {
    let mut plan = read(&d.join("nap.ron"));
    f(&mut plan);
    write(&d.join("nap.ron"), &plan);
}

#[test]
fn git_merges_disjoint_branches_with_the_driver_and_diffs_in_plain_words() {
    let (_dir, d) = repo();
    git_ok(&d, &["checkout", "-q", "-b", "group-a"]);
    edit(&d, |p| p.items.get_mut("P1.1").unwrap().priority = Some(Priority::Low));
    let diff = git_ok(&d, &["diff"]);
    assert!(
        diff.contains("-P1.1 priority: high") && diff.contains("+P1.1 priority: low"),
        "{diff}"
    );
    git_ok(&d, &["commit", "-q", "-am", "a"]);
    git_ok(&d, &["checkout", "-q", "main"]);
    edit(&d, |p| p.items.get_mut("A1.1").unwrap().priority = Some(Priority::Low));
    git_ok(&d, &["commit", "-q", "-am", "b"]);
    git_ok(&d, &["merge", "-q", "--no-edit", "group-a"]);
    let merged = read(&d.join("nap.ron"));
    assert_eq!(merged.decision("P1.1").unwrap().priority, Some(Priority::Low));
    assert_eq!(merged.decision("A1.1").unwrap().priority, Some(Priority::Low));
    assert!(merged.conflicts.is_empty());
}

#[test]
fn git_conflicts_are_left_in_the_plan_for_the_wizard() {
    let (_dir, d) = repo();
    git_ok(&d, &["checkout", "-q", "-b", "group-a"]);
    edit(&d, |p| p.items.get_mut("P1.2").unwrap().lead = Some("moi".into()));
    git_ok(&d, &["commit", "-q", "-am", "a"]);
    git_ok(&d, &["checkout", "-q", "main"]);
    edit(&d, |p| p.items.get_mut("P1.2").unwrap().lead = Some("molsp".into()));
    git_ok(&d, &["commit", "-q", "-am", "b"]);
    let out = git(&d, &["merge", "--no-edit", "group-a"]);
    assert!(!out.status.success(), "git reports the conflict");
    let text = std::fs::read_to_string(d.join("nap.ron")).unwrap();
    assert!(!text.contains("<<<<<<<"), "no text conflict markers: the file stays a plan");
    let plan = read(&d.join("nap.ron"));
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(
        conflict_line(&plan.conflicts[0], &plan, &content()),
        "P1.2 lead: MoLSP (ours) vs MoI (theirs)"
    );
}

#[test]
fn diff_prints_the_changed_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let c = content();
    let old = demo_plan(&c);
    let mut new = old.clone();
    // The first included action of the area E: which one depends on the pack's edition.
    let id = c.areas[3]
        .goals
        .iter()
        .flat_map(|g| &g.actions)
        .map(|a| a.id.clone())
        .find(|id| old.decision(id).is_some_and(|d| d.is_included()))
        .expect("an included action in the demo");
    new.items.get_mut(&id).unwrap().inclusion = Inclusion::Excluded;
    write(&d.join("old.ron"), &old);
    write(&d.join("new.ron"), &new);
    let out = napwiz(d, &["diff", "old.ron", "new.ron"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("{id} inclusion: included -> not included")
    );
}

#[test]
fn the_wizard_resolves_a_conflict_by_picking_a_side() {
    let (c, base, mut prevention, _) = parts();
    let mut plan = base.clone();
    plan.items.get_mut("P1.2").unwrap().lead = Some("moi".into());
    prevention.items.get_mut("P1.2").unwrap().lead = Some("molsp".into());
    let out = merge(
        &base,
        &[Side::new("nap.ron", &plan), Side::new("prevention.ron", &prevention)],
        None,
        &c,
    );
    let mut state = State::new(c, vec![]);
    state.plan = Some(OpenPlan::new("nap.ron".into(), out.plan, None));
    state.step = Step::Setup;
    press(&mut state, "C");
    assert!(matches!(state.overlay, Some(Overlay::Conflicts { .. })));
    press(&mut state, "Right");
    press(&mut state, "Enter");
    let p = &state.plan.as_ref().unwrap().plan;
    assert!(p.conflicts.is_empty());
    assert_eq!(
        p.decision("P1.2").unwrap().lead.as_deref(),
        Some("molsp"),
        "the second side was picked"
    );
    press(&mut state, "u");
    assert_eq!(
        state.plan.as_ref().unwrap().plan.conflicts.len(),
        1,
        "undo brings the conflict back"
    );
}

#[test]
fn the_wizard_shows_a_part_with_only_its_area() {
    let (c, _, prevention, _) = parts();
    let mut state = State::new(c, vec![]);
    state.plan = Some(OpenPlan::new("part.ron".into(), prevention, None));
    let steps = state.steps();
    assert_eq!(steps.iter().filter(|s| matches!(s, Step::Area(_))).count(), 1);
    assert!(steps.contains(&Step::Area(0)));
    assert_eq!(steps.len(), 7);
}

/// The assistance group's part, open in the wizard at the Setup step.
fn wizard_on_assistance_part() -> State {
    let c = content();
    let part = split(&demo_plan(&c), &c, "A", "nap.ron");
    let mut state = State::new(c, vec![]);
    state.plan = Some(OpenPlan::new("nap-assistance.ron".into(), part, None));
    state.step = Step::Setup;
    state
}

fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        press(state, &c.to_string());
    }
}

#[test]
fn a_part_in_the_wizard_refuses_to_go_or_edit_outside_its_area() {
    let mut state = wizard_on_assistance_part();
    let before = state.plan.as_ref().unwrap().plan.clone();
    press(&mut state, "/");
    type_text(&mut state, "P3.2");
    press(&mut state, "Enter");
    assert_eq!(state.step, Step::Setup, "the search did not jump into Prevention");
    let message = state.message.clone().expect("the refusal is said");
    assert!(message.error, "{message:?}");
    assert_eq!(
        message.text,
        "P3.2 is in Prevention, not this part: change it in nap.ron after napwiz merge"
    );

    // Even standing on the row (as an older napwiz let a group do), an edit is refused.
    let prevention = 0;
    state.areas[prevention].expanded.insert("P3".into());
    state.areas[prevention].cursor =
        state.area_rows(prevention).iter().position(|r| r.id() == "P3.2").unwrap();
    state.step = Step::Area(prevention);
    press(&mut state, "1");
    assert!(state.message.as_ref().unwrap().text.contains("not this part"));
    assert_eq!(state.plan.as_ref().unwrap().plan, before, "nothing changed");
    assert!(state.plan.as_ref().unwrap().undo.is_empty(), "nothing to undo either");

    // The plan setup is shared by every group.
    state.step = Step::Setup;
    press(&mut state, "Enter");
    type_text(&mut state, "X");
    press(&mut state, "Enter");
    assert!(
        state
            .message
            .as_ref()
            .is_some_and(|m| m.text.starts_with("The setup is shared by all groups")),
        "{:?}",
        state.message
    );
    assert_eq!(state.plan.as_ref().unwrap().plan.meta, before.meta);
}

#[test]
fn a_part_in_the_wizard_still_edits_its_own_area() {
    let mut state = wizard_on_assistance_part();
    let protection = 1;
    state.areas[protection].expanded.insert("A1".into());
    state.areas[protection].cursor =
        state.area_rows(protection).iter().position(|r| r.id() == "A1.2").unwrap();
    state.step = Step::Area(protection);
    press(&mut state, "3");
    assert_eq!(
        state.plan.as_ref().unwrap().plan.decision("A1.2").unwrap().priority,
        Some(Priority::Low)
    );
}

/// Every field a part changed is in the merged plan or in a conflict with that value.
fn assert_nothing_dropped(base: &Plan, part: &Plan, merged: &Plan) {
    use napwiz::plan::merge::{DECISION_FIELDS, decision_field};
    let empty = napwiz::plan::Decision::default();
    for (id, d) in &part.items {
        let was = base.items.get(id).unwrap_or(&empty);
        let now = merged.items.get(id).unwrap_or(&empty);
        for field in DECISION_FIELDS {
            let value = decision_field(d, field);
            if value == decision_field(was, field) || value == decision_field(&empty, field) {
                continue;
            }
            let in_conflict = merged.conflicts.iter().any(|c| {
                c.target == *id && c.field == field && c.choices.iter().any(|x| x.value == value)
            });
            assert!(
                decision_field(now, field) == value || in_conflict,
                "{id} {field} = {value} from a part was dropped silently"
            );
        }
    }
}

#[test]
fn breakout_from_split_to_merge_drops_nothing_silently() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(napwiz(d, &["demo", "nap.ron"]).status.success());
    // The starting values this story needs, whatever the demo's edition of the pack gives them.
    edit(d, |p| {
        let a11 = p.items.entry("A1.1".into()).or_default();
        (a11.inclusion, a11.priority) = (Inclusion::Included, Some(Priority::Medium));
        let p32 = p.items.entry("P3.2".into()).or_default();
        (p32.inclusion, p32.priority) = (Inclusion::Included, Some(Priority::High));
        p32.lead = Some("migration".into());
    });
    assert!(napwiz(d, &["split", "nap.ron", "--out", "parts"]).status.success());
    let part_path = |name: &str| d.join("parts").join(format!("nap-{name}.ron"));
    let base = read(&d.join("parts/nap.base.ron"));

    // The assistance group: a change in its area, a new roster entry, and (as an older napwiz
    // let it) the issue's `/P3.2 Enter 1 L molsp` in Prevention.
    let mut assistance = read(&part_path("assistance"));
    assistance.items.get_mut("A1.1").unwrap().priority = Some(Priority::Low);
    assistance.roster.custom.push(CustomInstitution {
        id: "x-ato".into(),
        name: "Anti-Trafficking Office".into(),
        code: "ATO".into(),
        kind: napwiz::content::InstitutionKind::Government,
    });
    assistance.roster.institutions.retain(|i| i != "ngo");
    let p32 = assistance.items.entry("P3.2".into()).or_default();
    p32.priority = Some(Priority::Low);
    p32.lead = Some("molsp".into());
    write(&part_path("assistance"), &assistance);

    // The prevention group: P3.2's lead too, P1.1's priority, and the plan's title.
    let mut prevention = read(&part_path("prevention"));
    prevention.items.get_mut("P3.2").unwrap().lead = Some("moi".into());
    prevention.items.get_mut("P1.1").unwrap().priority = Some(Priority::Medium);
    prevention.meta.title = "NAP 2027-2030 (after the workshop)".into();
    write(&part_path("prevention"), &prevention);

    // Meanwhile the facilitator changed P1.1 in the whole plan.
    edit(d, |p| p.items.get_mut("P1.1").unwrap().priority = Some(Priority::Low));

    let out =
        napwiz(d, &["merge", "nap.ron", "parts/nap-assistance.ron", "parts/nap-prevention.ron"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "conflicts are left: {stdout}");
    let merged = read(&d.join("nap.ron"));
    for expected in [
        "taken: A1.1 priority: medium -> low (part nap-assistance.ron)",
        "taken: roster: ATO added (part nap-assistance.ron)",
        "not applied: roster: NGO stays although part nap-assistance.ron removed it: ",
        "taken: meta title: National Action Plan",
        "conflict: P3.2 lead: MoI (part nap-prevention.ron) vs MoLSP (part nap-assistance.ron, outside its area)",
        "conflict: P3.2 priority: high (nap.ron, part nap-prevention.ron) vs low (part nap-assistance.ron, outside its area)",
        "conflict: P1.1 priority: low (nap.ron) vs medium (part nap-prevention.ron)",
    ] {
        assert!(stdout.contains(expected), "{expected:?} in:\n{stdout}");
    }
    assert_eq!(merged.conflicts.len(), 3, "{:?}", merged.conflicts);
    assert!(merged.in_roster("ngo") && merged.in_roster("x-ato"));
    assert_nothing_dropped(&base, &assistance, &merged);
    assert_nothing_dropped(&base, &prevention, &merged);

    // The facilitator settles P3.2 for the assistance group: its values are taken.
    let out = napwiz(
        d,
        &[
            "merge",
            "nap.ron",
            "parts/nap-assistance.ron",
            "parts/nap-prevention.ron",
            "--prefer",
            "parts/nap-assistance.ron",
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let merged = read(&d.join("nap.ron"));
    assert_eq!(merged.decision("P3.2").unwrap().lead.as_deref(), Some("molsp"), "{stdout}");
    assert!(
        stdout.contains("taken: P3.2 lead: MoI -> MoLSP (part nap-assistance.ron)"),
        "{stdout}"
    );
}

/// The README's breakout file names are the ones `split` writes (it once said
/// `nap-protection.ron` for a file named `nap-assistance.ron`).
#[test]
fn the_readme_names_the_files_split_writes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(napwiz(d, &["demo", "nap.ron"]).status.success());
    assert!(napwiz(d, &["split", "nap.ron", "--out", "parts"]).status.success());
    let written: Vec<String> = std::fs::read_dir(d.join("parts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut named: Vec<String> = Vec::new();
    for (at, _) in readme.match_indices("nap-").chain(readme.match_indices("nap.base")) {
        let name: String = readme[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '*'))
            .collect();
        if let Some(name) = name.strip_suffix(".ron").map(|n| format!("{n}.ron")) {
            named.push(name);
        }
    }
    named.retain(|n| !n.contains('*'));
    assert!(named.len() >= 5, "{named:?}");
    for name in &named {
        assert!(written.contains(name), "the README names {name}; split writes {written:?}");
    }
    for name in &written {
        assert!(named.contains(name), "split writes {name}, which the README does not name");
    }
}

/// The real wizard on a part: it says what the part is, and refuses the issue's `/P3.2 Enter`.
#[test]
fn the_wizard_on_a_part_file_says_what_it_may_change() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(napwiz(d, &["demo", "nap.ron"]).status.success());
    assert!(napwiz(d, &["split", "nap.ron", "--out", "parts"]).status.success());
    let part = d.join("parts/nap-assistance.ron");
    let data = d.join("data");
    let mut s = common::pty::Session::start(
        &[part.to_str().unwrap()],
        &[("NAPWIZ_DATA_DIR", data.to_str().unwrap())],
    );
    s.wait_for("Breakout part for Assistance of nap.ron: only Assistance can be changed");
    s.keys(&["/", "P3.2", "Enter"]);
    s.wait_for("P3.2 is in Prevention, not this part: change it in nap.ron after napwiz merge");
    s.quit();
    let after = read(&part);
    assert!(after.items.keys().all(|id| id.starts_with('A')), "nothing outside the area");
}
