//! The names the loaders and the file layout share.

/// The language every message exists in; any other falls back to it message by message.
pub const ENGLISH: &str = "en";
/// The pseudo-locale: English run through an accenting, lengthening transform, so a string
/// that bypasses Fluent (plain English on a pseudo screen) or a label too long to fit shows.
pub const PSEUDO: &str = "en-XA";
/// The Fluent domain: the file name in each language folder.
pub const DOMAIN: &str = "napwiz";
