//! What a plan file held, to tell whether it is still the same file: its length and a fast hash
//! of its bytes.

/// What was on disk when we last read or wrote the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: usize,
    pub hash: u64,
}

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Self {
        Fingerprint { len: bytes.len(), hash: content_hash(bytes) }
    }
}

/// A hash of a whole plan file, eight bytes at a time: every save and load takes one, and a
/// byte-wise hash costs tens of milliseconds on a big plan. Stored only in a plan's journal, to
/// name the version of the plan file it extends (see `journal`).
pub fn content_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mix = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(K);
    let mut words = bytes.chunks_exact(8);
    let hash = words
        .by_ref()
        .fold(0xcbf2_9ce4_8422_2325, |h, w| mix(h, u64::from_le_bytes(w.try_into().unwrap())));
    words.remainder().iter().fold(hash, |h, &b| mix(h, u64::from(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_changes_with_any_byte_of_the_file() {
        let text: Vec<u8> = (0..1003u32).map(|i| (i % 251) as u8).collect();
        let original = Fingerprint::of(&text);
        for at in [0, 7, 8, 500, 999, 1000, 1002] {
            let mut changed = text.clone();
            changed[at] ^= 1;
            assert_ne!(Fingerprint::of(&changed), original, "byte {at}");
        }
        assert_eq!(Fingerprint::of(&text.clone()), original);
    }
}
