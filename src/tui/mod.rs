//! The interactive wizard: key -> Action -> update -> State -> view, with the app loop doing
//! the I/O (terminal, plan files, signals).

pub mod action;
mod app;
mod bindings;
mod changes;
pub mod derived;
pub mod fields;
pub mod follow;
mod inbox;
pub mod index;
pub mod keymap;
pub mod link;
pub mod mouse;
pub mod offer;
mod rescue;
pub mod resume;
pub mod screenshots;
pub mod scroll;
pub mod select;
pub mod sgr;
pub mod state;
pub mod svg;
pub mod text;
pub mod theme;
pub mod typed;
pub mod update;
pub mod view;

pub use app::{Options, run};
