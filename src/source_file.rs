//! A named text file held in memory, with the byte-offset to line/column arithmetic that
//! located messages need.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// A byte range inside a [`SourceFile`].
pub type Span = Range<usize>;

/// The text of one input file and the name it is reported under.
#[derive(Debug)]
pub struct SourceFile {
    name: String,
    /// Borrowed for the built-in files, which are in the binary already.
    text: Cow<'static, str>,
    /// Byte offset at which each line starts, computed on first use (only diagnostics and
    /// Fluent lookups need it), so that lookups are `O(log n)`.
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    /// Wraps `text`, reported as `name` (a path as the user gave it, or `<embedded>/...`).
    pub fn new(name: impl Into<String>, text: impl Into<Cow<'static, str>>) -> Arc<Self> {
        Arc::new(Self {
            name: name.into(),
            text: text.into(),
            line_starts: OnceLock::new(),
        })
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(
                    self.text
                        .bytes()
                        .enumerate()
                        .filter(|&(_, b)| b == b'\n')
                        .map(|(i, _)| i + 1),
                )
                .collect()
        })
    }

    /// A nameless empty file, for a flow until it is given the one it was read from.
    pub fn empty() -> Arc<Self> {
        Self::new("", "")
    }

    /// The name the file is reported under.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// 1-based line and column (in characters) of a byte offset, clamped to the text.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let starts = self.line_starts();
        let line = starts.partition_point(|&start| start <= offset) - 1;
        let column = self.text[starts[line]..offset].chars().count() + 1;
        (line + 1, column)
    }

    /// The nearest char boundary at or before `offset`, within the text.
    pub fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// Byte offset of the first line at or after `from` that defines `id` as `id =`, used to
    /// locate Fluent messages, whose AST carries no positions.
    pub fn find_definition(&self, id: &str, from: usize) -> Option<usize> {
        let starts = self.line_starts();
        let first = starts.partition_point(|&start| start < from);
        starts[first..].iter().copied().find(|&start| {
            let rest = &self.text[start..];
            rest.strip_prefix(id)
                .is_some_and(|after| after.trim_start_matches([' ', '\t']).starts_with('='))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let file = SourceFile::new("f", "ab\nçd\n");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(3), (2, 1));
        // `ç` is two bytes but one column.
        assert_eq!(file.line_col(5), (2, 2));
        assert_eq!(file.line_col(999), (3, 1));
    }

    #[test]
    fn clamp_never_splits_a_character() {
        let file = SourceFile::new("f", "é");
        assert_eq!(file.clamp(1), 0);
    }

    #[test]
    fn finds_a_message_definition_at_line_start_only() {
        let file = SourceFile::new("f", "x = a-b\na-b = hi\na-bc=no\n");
        assert_eq!(file.find_definition("a-b", 0), Some(8));
        assert_eq!(file.find_definition("a-bc", 0), Some(17));
        assert_eq!(file.find_definition("a-b", 9), None);
        assert_eq!(file.find_definition("zz", 0), None);
    }
}
