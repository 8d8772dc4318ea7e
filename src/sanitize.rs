//! Neutralising untrusted text before it reaches a terminal.
//!
//! Flow and locale files may come from anyone. Control characters in them could move the
//! cursor, rewrite earlier lines, set the clipboard (OSC 52), plant hyperlinks (OSC 8) or
//! reorder text (bidi overrides). Every character that a terminal would act on instead of
//! print is replaced by a visible escape such as `\u{1b}`.

use std::borrow::Cow;
use std::fmt::Write as _;

/// True for characters a terminal interprets rather than prints.
fn is_unsafe(c: char, keep_newlines: bool) -> bool {
    match c {
        '\n' => !keep_newlines,
        '\t' => false,
        // C0, DEL and C1 controls: ESC, BEL, backspace, carriage return, CSI (U+009B), ...
        c if c.is_control() => true,
        // Bidi embeddings, overrides and isolates, and the implicit marks.
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => true,
        _ => false,
    }
}

/// True when `text` has nothing a terminal would act on: no control characters (not even
/// newlines) and no bidi controls. For one-line data such as numbers and paths.
pub fn is_clean(text: &str) -> bool {
    !text.chars().any(|c| is_unsafe(c, false))
}

/// True when `text` has nothing a terminal would act on besides newlines and tabs: for
/// text that may run over several lines, such as a situation told in a scenario.
pub fn is_clean_text(text: &str) -> bool {
    !text.chars().any(|c| is_unsafe(c, true))
}

/// Text safe to print: every control character except newline and tab made visible.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Like [`for_terminal`], and newlines escaped too: for values that must stay on one line.
pub fn single_line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c, keep_newlines)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_escaped(&mut out, c, keep_newlines);
    }
    Cow::Owned(out)
}

fn push_escaped(out: &mut String, c: char, keep_newlines: bool) {
    if is_unsafe(c, keep_newlines) {
        // Writing to a String cannot fail.
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    } else {
        out.push(c);
    }
}

/// One printable character standing for an unsafe one: a control picture such as `␛` for
/// C0 controls and DEL, `�` for the rest. One for one, so columns stay where they were.
fn picture(c: char) -> char {
    match u32::from(c) {
        code @ 0..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// Replaces every unsafe character of `text` (newlines and tabs kept) by one printable
/// character, and moves each byte offset in `offsets` to the same character in the result,
/// so that spans and columns into the original still point right. For source excerpts.
pub fn for_terminal_with_offsets(text: &str, offsets: &mut [usize]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut mapped = vec![false; offsets.len()];
    for (at, c) in text.char_indices() {
        for (offset, done) in offsets.iter_mut().zip(mapped.iter_mut()) {
            if !*done && *offset <= at {
                *offset = out.len() + (*offset - at);
                *done = true;
            }
        }
        out.push(if is_unsafe(c, true) { picture(c) } else { c });
    }
    for (offset, done) in offsets.iter_mut().zip(mapped) {
        if !done {
            *offset = out.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(for_terminal("Bel 112\n\tnu"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_and_bidi_overrides_become_visible() {
        assert_eq!(for_terminal("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(
            for_terminal("\u{1b}]52;c;aGk=\u{7}"),
            "\\u{1b}]52;c;aGk=\\u{7}"
        );
        assert_eq!(for_terminal("x\ry\u{8}"), "x\\u{d}y\\u{8}");
        assert_eq!(for_terminal("\u{202e}evil"), "\\u{202e}evil");
        assert_eq!(for_terminal("\u{9b}31m"), "\\u{9b}31m");
    }

    #[test]
    fn single_line_escapes_newlines() {
        assert_eq!(single_line("a\nb"), "a\\u{a}b");
    }

    #[test]
    fn offsets_follow_the_escaped_text() {
        let mut offsets = [0, 2, 3, 4];
        let out = for_terminal_with_offsets("a\u{1b}bc", &mut offsets);
        assert_eq!(out, "a\u{241b}bc");
        assert_eq!(&out[offsets[1]..offsets[2]], "b");
        assert_eq!(offsets, [0, 4, 5, 6]);
        // One character for one: columns are unchanged.
        assert_eq!(
            for_terminal_with_offsets("\u{7f}\u{202e}\u{9b}x", &mut [])
                .chars()
                .count(),
            4
        );
    }
}
