//! napwiz: design a National Action Plan against trafficking in human beings, following the
//! structure of Chapter A of ICMPD's Practitioner's Guide (2021), in the terminal.

pub mod atomic_file;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod document;
pub mod export;
pub mod forms;
pub mod i18n;
pub mod look;
pub mod output;
pub mod paths;
pub mod plain;
pub mod plan;
pub mod sanitize;
pub mod store;
pub mod tui;
