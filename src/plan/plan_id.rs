//! The plan id: made once when a plan is created, so forms sent out for monitoring can be
//! matched back to their plan even after it is renamed, copied or moved.

use std::sync::atomic::{AtomicU64, Ordering};

/// A new id such as `nap-5f0c2a9e71d4b38c`: the time, the process and a counter, mixed.
pub fn new_plan_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let now = jiff::Timestamp::now().as_nanosecond();
    let seed = format!("{now}/{}/{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    format!("nap-{:016x}", fnv1a(seed.as_bytes()))
}

/// The id a plan gets when an older file without one is migrated: derived from the file's
/// bytes, so every reading of the same file agrees until the migrated plan is saved.
pub fn id_from_bytes(bytes: &[u8]) -> String {
    format!("nap-{:016x}", fnv1a(bytes))
}

/// FNV-1a, 64 bits: stable across Rust versions and platforms, unlike std's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_differ_and_look_alike() {
        let (a, b) = (new_plan_id(), new_plan_id());
        assert_ne!(a, b);
        assert!(a.starts_with("nap-") && a.len() == 20, "{a}");
    }

    #[test]
    fn a_migrated_id_depends_only_on_the_file() {
        assert_eq!(id_from_bytes(b"plan"), id_from_bytes(b"plan"));
        assert_ne!(id_from_bytes(b"plan"), id_from_bytes(b"plan "));
    }
}
