//! Where napwiz keeps things: plans, backups and config, from the platform's conventions
//! (`directories`), overridable with NAPWIZ_DATA_DIR for tests and portable installs.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The data directory: `$NAPWIZ_DATA_DIR`, else the platform's (`~/.local/share/napwiz`), else
/// `.napwiz` in the current directory when there is no home (some service accounts).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("NAPWIZ_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "napwiz", "napwiz")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".napwiz"))
}

/// Default folder for plans.
pub fn plans_dir() -> PathBuf {
    data_dir().join("plans")
}

/// The demo plan's file in the plans folder: the start screen, the plain mode and `napwiz demo`
/// all open (or write) the same one.
pub fn demo_plan_path() -> PathBuf {
    plans_dir().join("demo-veldora.ron")
}

/// Where `napwiz new` writes a plan titled `title` when given no path: `<slug>.ron` in the plans
/// folder (it refuses to overwrite one that exists unless forced).
pub fn new_plan_path(title: &str) -> PathBuf {
    plans_dir().join(format!("{}.ron", slug(title)))
}

/// The first free file name in `dir` for a plan titled `title`: `<slug>.ron`, or `<slug>-2.ron`,
/// ... if taken; the wizard and the plain mode create new plans there without asking.
pub fn free_plan_path(dir: &Path, title: &str) -> PathBuf {
    let slug = slug(title);
    (1..)
        .map(|n| dir.join(if n == 1 { format!("{slug}.ron") } else { format!("{slug}-{n}.ron") }))
        .find(|p| !p.exists())
        .expect("some name is free")
}

/// Folder for the rolling backups of all plans.
pub fn backups_dir() -> PathBuf {
    data_dir().join("backups")
}

/// Creates a folder and its parents, with an error that names it.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| crate::fl!("folder-create-failed", folder = dir.display().to_string()))
}

/// A file-name-safe slug of a title: lowercase ASCII letters, digits and dashes.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').chars().take(60).collect::<String>();
    if slug.is_empty() { "plan".into() } else { slug }
}

/// The absolute form of a path whose file may not exist yet (its folder is resolved).
pub fn absolute(path: &Path) -> PathBuf {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(PathBuf::from).unwrap_or_default();
    match parent.canonicalize() {
        Ok(dir) => dir.join(name),
        Err(_) => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// The real file a path reaches, symlinks resolved, so every name of a plan finds its lock and
/// its backups; for a file not created yet, its folder is resolved.
pub fn real(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| absolute(path))
}

/// Reads a regular file of at most `limit` bytes. A FIFO, a device or a folder is refused before
/// a byte is read (it could hang napwiz or never end), and so is a larger file (it could fill
/// the memory); the error says which.
pub fn read_regular(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let file = open_no_wait(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        let why = if meta.is_dir() {
            crate::fl!("file-is-folder")
        } else {
            crate::fl!("file-not-regular")
        };
        return Err(io::Error::new(io::ErrorKind::InvalidInput, why));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        let mib = limit / (1024 * 1024);
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            crate::fl!("file-too-large", mib = mib.to_string()),
        ));
    }
    Ok(bytes)
}

/// Opens for reading without waiting for a writer (opening a FIFO blocks otherwise).
#[cfg(unix)]
fn open_no_wait(path: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open_no_wait(path: &Path) -> io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_file_name_safe() {
        assert_eq!(slug("NAP 2027–2030: Veldora!"), "nap-2027-2030-veldora");
        assert_eq!(slug("Ελλάδα"), "plan");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_a_device_and_an_oversized_file_are_refused_without_hanging() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
        assert!(made.success());
        let err = read_regular(&fifo, 1024).unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        let err = read_regular(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'x'; 3 * 1024 * 1024]).unwrap();
        let err = read_regular(&big, 2 * 1024 * 1024).unwrap_err();
        assert!(err.to_string().contains("larger than 2 MiB"), "{err}");
        assert_eq!(read_regular(&big, 3 * 1024 * 1024).unwrap().len(), 3 * 1024 * 1024);
    }
}
