//! A thin link: a terminal reached over SSH, where every byte sent is waited for. There, while
//! keys move the selection down an area's list, the selected item's description (the strip under
//! the list, or the detail pane beside it) and the keys line wait until the keys pause: running
//! down a list sends the two rows the highlight leaves and reaches, and the list scrolls only
//! when the cursor reaches its very edge (one new row per move). A pause of [`PAUSE`] draws the
//! rest. Locally (a projector) everything is drawn at once and the list keeps a margin. What
//! starts and ends the hold is decided in `update::link`.

use std::time::Duration;

/// How long keys must pause before a thin link draws the description and the keys line.
pub const PAUSE: Duration = Duration::from_millis(150);

/// Rows kept between the cursor and a list's edge while it can scroll further, so the next
/// items stay in sight (locally; a thin link scrolls at the edge itself).
const SCROLL_MARGIN: usize = 2;

/// How the terminal is reached, and what a thin link holds back while keys come.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Link {
    /// Over SSH (or `--link thin`): draw less while keys come.
    pub thin: bool,
    /// While keys move the selection on a thin link: the keys line as it was before they came,
    /// shown until they pause.
    pub held_keys: Option<Vec<(String, String)>>,
}

impl Link {
    pub fn thin() -> Link {
        Link { thin: true, held_keys: None }
    }

    /// Whether keys are moving the selection and the description waits for them to pause.
    pub fn moving(&self) -> bool {
        self.held_keys.is_some()
    }

    /// Rows kept between a list's cursor and its edge.
    pub fn scroll_margin(&self) -> usize {
        if self.thin { 0 } else { SCROLL_MARGIN }
    }
}
