//! The change journal of a big plan: an autosave appends the decisions it changed to
//! `PLAN.journal` beside the plan instead of rewriting a file of tens of megabytes, so it costs
//! what the change costs. The journal names the plan file it extends (length and hash), so it
//! is never applied to another version of that file; every reader of the plan applies it, and
//! the writer folds it into the plan (compaction) when it closes the plan.
//!
//! Layout, one line of text per header and record frame:
//! ```text
//! napwiz-journal 1
//! plan <length> <hash>
//! record <length> <hash>
//! <the record: RON, exactly <length> bytes>
//! compacted <length> <hash>
//! ```
//! `compacted` is written just before the plan is rewritten with every record in it: a journal
//! whose plan file has that length and hash is already in it (a crash between the two steps).

use std::collections::BTreeSet;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::fingerprint::{Fingerprint, content_hash};
use crate::plan::Plan;
use crate::plan::patch::{Patch, ReportKey};

/// The first line of every journal.
const MAGIC: &str = "napwiz-journal 1";

/// The journal of a plan: beside the real file (symlinks resolved), named after it.
pub fn journal_path(plan: &Path) -> PathBuf {
    let real = crate::paths::real(plan);
    let mut name = real.file_name().unwrap_or_default().to_os_string();
    name.push(".journal");
    real.with_file_name(name)
}

/// One autosave: the decisions it wrote (absent from `parts.items`: removed), the plan's small
/// parts, and the reporting periods when `reports` is set, or the reports `report_keys`.
#[derive(Serialize, Deserialize)]
struct Record {
    decisions: BTreeSet<String>,
    /// The reporting periods whole.
    reports: bool,
    /// Else these reports, (period, action), each in `parts.periods` (absent there: none).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    report_keys: BTreeSet<ReportKey>,
    parts: Plan,
}

/// A record's text for a patch (see `plan::patch`).
pub(super) fn record_text(patch: &Patch) -> String {
    let record = Record {
        decisions: patch.decision_ids().cloned().collect(),
        reports: patch.holds_all_reports(),
        report_keys: patch.report_keys().clone(),
        parts: patch.parts().clone(),
    };
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n".to_string())
        .escape_strings(false)
        .struct_names(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    ron::ser::to_string_pretty(&record, config).expect("a record always serialises")
}

fn parse_record(text: &str) -> Option<Patch> {
    let record: Record = crate::content::parse_ron("journal", text).ok()?;
    Some(Patch::from_parts(record.parts, record.decisions, record.reports, record.report_keys))
}

/// What a plan's journal holds for the plan file read with `plan`'s fingerprint.
#[derive(Debug)]
pub(super) enum Found {
    /// No journal.
    Nothing,
    /// Changes to apply to the plan, oldest first; `good` is the length of the journal up to the
    /// last whole record, `dropped` how many damaged or torn records were left out after it.
    Changes { records: Vec<Patch>, good: u64, dropped: usize },
    /// Every record is already in the plan file (the writer stopped after rewriting the plan).
    Folded,
    /// Written for another version of the plan file (changed outside napwiz since): never applied.
    Stale,
}

/// Reads the journal of the plan file whose bytes have `plan`'s fingerprint.
/// A journal longer than `limit` is not read.
pub(super) fn read(journal: &Path, plan: Fingerprint, limit: u64) -> io::Result<Found> {
    let bytes = match crate::paths::read_regular(journal, limit) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Found::Nothing),
        Err(e) => return Err(e),
    };
    let mut at = 0;
    let (Some(magic), Some(header)) = (line(&bytes, &mut at), line(&bytes, &mut at)) else {
        return Ok(Found::Stale);
    };
    if magic != MAGIC || frame(header, "plan") != Some((plan.len as u64, plan.hash)) {
        return Ok(if compacted_into(&bytes, plan) { Found::Folded } else { Found::Stale });
    }
    let (records, good, dropped) = records_from(&bytes, at);
    Ok(Found::Changes { records, good: good as u64, dropped })
}

/// The records from byte `at` on, oldest first; where the last whole one ends, and how many
/// damaged or torn records were left out after it.
fn records_from(bytes: &[u8], mut at: usize) -> (Vec<Patch>, usize, usize) {
    let (mut records, mut good, mut dropped) = (vec![], at, 0);
    while at < bytes.len() {
        let Some(frame_line) = line(bytes, &mut at) else {
            dropped += 1;
            break;
        };
        if frame(frame_line, "compacted").is_some() {
            good = at;
            continue;
        }
        match next_record(bytes, &mut at, frame_line) {
            Some(patch) => {
                records.push(patch);
                good = at;
            }
            None => {
                dropped += 1;
                break;
            }
        }
    }
    (records, good, dropped)
}

/// The records a journal holds past byte `from` (0: all of them), when it extends the plan
/// file with fingerprint `plan`, and where the last whole one ends: what a follower reads after
/// an autosave, without the records it read before. A record still being written is left for
/// the next read. `None` when the journal is of another plan file, or shorter than `from`:
/// then the plan is read whole.
pub(super) fn read_on(
    journal: &Path,
    plan: Fingerprint,
    from: u64,
) -> io::Result<Option<(Vec<Patch>, u64)>> {
    use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
    let file = match File::open(journal) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Ok((from == 0).then(|| (vec![], 0)));
        }
        Err(e) => return Err(e),
    };
    let mut reader = BufReader::new(file);
    let (mut magic, mut header) = (Vec::new(), Vec::new());
    reader.read_until(b'\n', &mut magic)?;
    reader.read_until(b'\n', &mut header)?;
    let (Some(magic_line), Some(header_line)) = (whole_line(&magic), whole_line(&header)) else {
        // Being created: nothing to read yet.
        return Ok((from == 0).then(|| (vec![], 0)));
    };
    if magic_line != MAGIC || frame(header_line, "plan") != Some((plan.len as u64, plan.hash)) {
        return Ok(None);
    }
    let start = from.max((magic.len() + header.len()) as u64);
    if reader.get_ref().metadata()?.len() < start {
        return Ok(None);
    }
    reader.seek(SeekFrom::Start(start))?;
    let mut rest = Vec::new();
    reader.read_to_end(&mut rest)?;
    let (records, good, _torn) = records_from(&rest, 0);
    Ok(Some((records, start + good as u64)))
}

/// A line read with its newline, without it; `None` when it has none (cut off).
fn whole_line(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes.strip_suffix(b"\n")?).ok()
}

/// The record framed by `frame_line` (whole, with its hash), moving `at` past it.
fn next_record(bytes: &[u8], at: &mut usize, frame_line: &str) -> Option<Patch> {
    let (len, hash) = frame(frame_line, "record")?;
    let end = at.checked_add(usize::try_from(len).ok()?)?;
    let body = bytes.get(*at..end)?;
    if content_hash(body) != hash || bytes.get(end) != Some(&b'\n') {
        return None;
    }
    *at = end + 1;
    parse_record(std::str::from_utf8(body).ok()?)
}

/// Whether the journal ends in a `compacted` line naming this plan file.
fn compacted_into(bytes: &[u8], plan: Fingerprint) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.lines().rev().take(1).any(|l| frame(l, "compacted") == Some((plan.len as u64, plan.hash)))
}

/// The next line of text (without its newline), if it is whole.
fn line<'a>(bytes: &'a [u8], at: &mut usize) -> Option<&'a str> {
    let rest = bytes.get(*at..)?;
    let end = rest.iter().position(|&b| b == b'\n')?;
    *at += end + 1;
    std::str::from_utf8(&rest[..end]).ok()
}

/// `<word> <length> <hash>` read back.
fn frame(line: &str, word: &str) -> Option<(u64, u64)> {
    let mut parts = line.split(' ');
    (parts.next()? == word).then_some(())?;
    let len = parts.next()?.parse().ok()?;
    let hash = u64::from_str_radix(parts.next()?, 16).ok()?;
    parts.next().is_none().then_some((len, hash))
}

fn frame_line(word: &str, len: u64, hash: u64) -> String {
    format!("{word} {len} {hash:016x}\n")
}

/// Appends one record to the journal of the plan file with fingerprint `plan`, creating it when
/// `expected` is `None`; otherwise the journal must still be `expected` bytes long (nobody else
/// wrote or removed it). Flushed to disk before it returns. Returns the journal's new length.
pub(super) fn append(
    journal: &Path,
    expected: Option<u64>,
    plan: Fingerprint,
    record: &str,
) -> io::Result<u64> {
    let mut text = String::new();
    if expected.is_none() {
        text.push_str(MAGIC);
        text.push('\n');
        text.push_str(&frame_line("plan", plan.len as u64, plan.hash));
    }
    text.push_str(&frame_line("record", record.len() as u64, content_hash(record.as_bytes())));
    text.push_str(record);
    text.push('\n');
    write_at_end(journal, expected, text.as_bytes())
}

/// Notes in the journal that the plan is about to be rewritten as `next` (with every record).
pub(super) fn mark_compacted(journal: &Path, expected: u64, next: Fingerprint) -> io::Result<u64> {
    let line = frame_line("compacted", next.len as u64, next.hash);
    write_at_end(journal, Some(expected), line.as_bytes())
}

fn write_at_end(journal: &Path, expected: Option<u64>, bytes: &[u8]) -> io::Result<u64> {
    let mut file = match expected {
        None => OpenOptions::new().write(true).create_new(true).open(journal)?,
        Some(_) => OpenOptions::new().append(true).open(journal)?,
    };
    let len = file.metadata()?.len();
    if expected.is_some_and(|e| e != len) {
        return Err(io::Error::other(crate::fl!(
            "journal-changed",
            path = journal.display().to_string()
        )));
    }
    file.write_all(bytes)?;
    file.sync_data()?;
    if expected.is_none() {
        sync_folder(journal);
    }
    Ok(len + bytes.len() as u64)
}

/// Cuts a torn last record off, so the next record follows the last whole one.
pub(super) fn truncate(journal: &Path, good: u64) -> io::Result<()> {
    let file = OpenOptions::new().write(true).open(journal)?;
    file.set_len(good)?;
    file.sync_data()
}

/// Removes the journal once the plan file holds all of it.
pub(super) fn remove(journal: &Path) -> io::Result<()> {
    match std::fs::remove_file(journal) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => {
            sync_folder(journal);
            Ok(())
        }
    }
}

/// Keeps a journal that belongs to another version of the plan under a name of its own
/// (`PLAN.journal.stale-<time>`), so it is never applied and never lost. Returns the new name.
pub(super) fn keep_stale(journal: &Path) -> io::Result<PathBuf> {
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ");
    let mut name = journal.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".stale-{stamp}"));
    let kept = journal.with_file_name(name);
    std::fs::rename(journal, &kept)?;
    Ok(kept)
}

/// Makes a new or removed name durable (the folder's entry), as atomic saves do.
fn sync_folder(path: &Path) {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::plan::demo_plan;
    use crate::plan::patch::Touches;

    fn one_change(plan: &mut Plan) -> Patch {
        let id = plan.items.keys().next().unwrap().clone();
        plan.items.get_mut(&id).unwrap().notes = "journalled".into();
        Patch::record(plan, &Touches::Decisions(vec![id]))
    }

    #[test]
    fn a_record_of_one_report_holds_that_report_alone_and_comes_back_as_written() {
        use crate::plan::monitor::{Status, form::set_status};
        let content = Content::embedded();
        let (base, mut plan) = (demo_plan(&content), demo_plan(&content));
        let period = plan.periods.iter().find(|p| !p.closed).unwrap().id.clone();
        let action = plan.included_actions(&content)[0].to_string();
        set_status(&mut plan, &period, &action, Status::Completed).unwrap();
        let keys = BTreeSet::from([(period.clone(), action.clone())]);
        let patch = Patch::record_parts(&plan, BTreeSet::new(), false, keys);
        let text = record_text(&patch);
        let whole = record_text(&Patch::record(&plan, &Touches::NoDecision));
        assert!(text.len() * 4 < whole.len(), "{} bytes against {}", text.len(), whole.len());
        let mut applied = base;
        parse_record(&text).expect("read back").apply(&mut applied);
        assert_eq!(applied, plan);
    }

    #[test]
    fn records_come_back_as_written_and_a_torn_tail_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("nap.ron.journal");
        let content = Content::embedded();
        let (base, mut plan) = (demo_plan(&content), demo_plan(&content));
        let print = Fingerprint { len: 10, hash: 7 };
        let patch = one_change(&mut plan);
        let len = append(&journal, None, print, &record_text(&patch)).unwrap();
        let len = append(&journal, Some(len), print, &record_text(&patch)).unwrap();
        let file = OpenOptions::new().write(true).open(&journal).unwrap();
        file.set_len(len - 5).unwrap();
        let Found::Changes { records, dropped, .. } = read(&journal, print, 1 << 20).unwrap()
        else {
            panic!("a journal of this plan")
        };
        assert_eq!((records.len(), dropped), (1, 1));
        let mut applied = base;
        records.into_iter().for_each(|r| drop(r.apply(&mut applied)));
        assert_eq!(applied, plan);
    }

    #[test]
    fn a_journal_of_another_plan_file_is_stale_unless_compacted_into_it() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("nap.ron.journal");
        let mut plan = demo_plan(&Content::embedded());
        let (old, new) = (Fingerprint { len: 10, hash: 7 }, Fingerprint { len: 11, hash: 8 });
        let len = append(&journal, None, old, &record_text(&one_change(&mut plan))).unwrap();
        assert!(matches!(read(&journal, new, 1 << 20).unwrap(), Found::Stale));
        mark_compacted(&journal, len, new).unwrap();
        assert!(matches!(read(&journal, new, 1 << 20).unwrap(), Found::Folded));
        assert!(matches!(read(&journal, old, 1 << 20).unwrap(), Found::Changes { .. }));
    }

    #[test]
    fn an_append_to_a_journal_changed_by_someone_else_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("nap.ron.journal");
        let print = Fingerprint { len: 10, hash: 7 };
        let len = append(&journal, None, print, "x").unwrap();
        assert!(append(&journal, Some(len + 1), print, "y").is_err());
        assert!(append(&journal, None, print, "y").is_err(), "never a second header");
    }
}
