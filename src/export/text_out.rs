//! Text written a piece at a time: the Markdown and HTML writers fill a buffer that goes to its
//! file whenever it has grown past a few pages, so a big plan's page is never whole in memory.

use std::io;
use std::ops::{Deref, DerefMut};

/// How much text is gathered before it goes to the file.
const FLUSH_AT: usize = 64 * 1024;

/// A `String` to write into (it derefs to one) that empties itself into a file as it fills.
pub(super) struct TextOut<'a> {
    text: String,
    file: Option<&'a mut dyn io::Write>,
    /// The first write that failed; later text is dropped and [`TextOut::finish`] reports it.
    error: Option<io::Error>,
}

impl TextOut<'static> {
    /// Text kept whole, returned by [`TextOut::finish`].
    pub(super) fn in_memory(capacity: usize) -> TextOut<'static> {
        TextOut { text: String::with_capacity(capacity), file: None, error: None }
    }
}

impl<'a> TextOut<'a> {
    /// Text sent on to `file` as it is written.
    pub(super) fn streaming(file: &'a mut dyn io::Write) -> TextOut<'a> {
        TextOut { text: String::with_capacity(2 * FLUSH_AT), file: Some(file), error: None }
    }

    /// Sends what was written so far on to the file, once there is enough of it.
    pub(super) fn flush_if_full(&mut self) {
        if self.text.len() >= FLUSH_AT {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let Some(file) = self.file.as_mut() else { return };
        if self.error.is_none()
            && let Err(e) = file.write_all(self.text.as_bytes())
        {
            self.error = Some(e);
        }
        self.text.clear();
    }

    /// The whole text when kept in memory (empty when streamed), or the first write error.
    pub(super) fn finish(mut self) -> io::Result<String> {
        self.flush();
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(std::mem::take(&mut self.text)),
        }
    }
}

impl Deref for TextOut<'_> {
    type Target = String;

    fn deref(&self) -> &String {
        &self.text
    }
}

impl DerefMut for TextOut<'_> {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_text_reaches_the_file_whole_and_in_order() {
        let mut file = Vec::new();
        let mut out = TextOut::streaming(&mut file);
        let mut expected = String::new();
        for n in 0..20_000 {
            let line = format!("line {n}\n");
            out.push_str(&line);
            expected.push_str(&line);
            out.flush_if_full();
            assert!(out.len() < 2 * FLUSH_AT, "the buffer never holds much more than a flush");
        }
        assert_eq!(out.finish().unwrap(), "", "nothing is kept once streamed");
        assert_eq!(String::from_utf8(file).unwrap(), expected);
    }

    #[test]
    fn a_failed_write_is_reported_at_the_end() {
        struct Full;
        impl io::Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut full = Full;
        let mut out = TextOut::streaming(&mut full);
        out.push_str(&"x".repeat(FLUSH_AT * 3));
        out.flush_if_full();
        assert!(out.is_empty(), "text is dropped after a failed write, not gathered");
        assert_eq!(out.finish().unwrap_err().kind(), io::ErrorKind::StorageFull);
    }
}
