//! Reading a flow file in pieces: the part before its first entry (the `[flow]` table), then
//! each `[[question]]`, `[[outcome]]`... entry on its own, a large file on two threads.
//!
//! A whole 16 MB flow costs the TOML parser over half a gigabyte at once, most of the time
//! `check` takes; its entries read one by one cost a few kilobytes each. A piece is cut only
//! where the whole file's own tokens show an entry's header at the start of a line outside
//! any value, so nothing inside a string or an array counts. The pieces are kept only if each
//! reads alone as it reads in the whole file: the first holds no entry, every other exactly
//! one, of the kind its header names, and nothing else. Anything else (a mistake, a table
//! written after the entries) is left to the caller, who reads the file whole.

use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use toml_parser::lexer::TokenKind;
use toml_parser::lexer::TokenKind::{Atom, LeftSquareBracket as Open, RightSquareBracket as Close};

use super::{Entries, RawAudience, RawContact, RawHeader, RawOutcome, RawQuestion, RawSource};
use crate::flow::Flow;
use crate::source_file::SourceFile;

/// The arrays of tables a flow file lists its entries in.
const ENTRY_NAMES: [&str; 5] = ["audience", "source", "contact", "question", "outcome"];

/// From this size on, the two halves of the entries are read at once, on two threads.
const PARALLEL_BYTES: usize = 1 << 20;

/// The flow `file` holds, read in pieces; `None` if it cannot be cut into pieces that read
/// alone as they do in the whole file (see the module's documentation).
pub(super) fn read(file: &Arc<SourceFile>) -> Option<Flow> {
    let text = file.text();
    let cuts = entry_starts(text);
    let first = *cuts.first()?;
    let RawPiece {
        flow: Some(header),
        audience: None,
        source: None,
        contact: None,
        question: None,
        outcome: None,
    } = toml::from_str(&text[..first]).ok()?
    else {
        return None;
    };
    let pieces: Vec<Range<usize>> = cuts
        .iter()
        .zip(cuts.iter().skip(1).chain([&text.len()]))
        .map(|(&start, &end)| start..end)
        .collect();
    let read_all = |pieces: &[Range<usize>]| -> Option<Vec<Entry>> {
        pieces
            .iter()
            .map(|piece| read_entry(&text[piece.clone()], piece.start))
            .collect()
    };
    let entries = if text.len() >= PARALLEL_BYTES {
        let half = pieces.partition_point(|piece| piece.start < text.len() / 2);
        let (front, back) = pieces.split_at(half);
        std::thread::scope(|scope| {
            let back = scope.spawn(|| read_all(back));
            let front = read_all(front);
            // A panic on the other thread is a panic here, as it would be on this one.
            let back = back
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            front.zip(back).map(|(mut front, back)| {
                front.extend(back);
                front
            })
        })?
    } else {
        read_all(&pieces)?
    };
    let mut all = Entries::default();
    for entry in entries {
        match entry {
            Entry::Audience(audience) => all.audiences.push(audience),
            Entry::Source(source) => all.sources.push(source),
            Entry::Contact(contact) => all.contacts.push(contact),
            Entry::Question(question) => all.questions.push(question),
            Entry::Outcome(outcome) => all.outcomes.push(outcome),
        }
    }
    Some(header.into_flow(all, file))
}

/// One piece of a flow file, read alone: every part may be missing, so that what a piece
/// holds can be checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPiece {
    flow: Option<RawHeader>,
    audience: Option<Vec<RawAudience>>,
    source: Option<Vec<RawSource>>,
    contact: Option<Vec<RawContact>>,
    question: Option<Vec<RawQuestion>>,
    outcome: Option<Vec<RawOutcome>>,
}

/// One entry of a flow file, placed in the whole file.
enum Entry {
    Audience(crate::flow::Audience),
    Source(crate::flow::Source),
    Contact(crate::flow::Contact),
    Question(crate::flow::Question),
    Outcome(crate::flow::Outcome),
}

/// The one entry `piece` holds, which starts `at` bytes into the file; `None` if it does not
/// read, or holds anything else.
fn read_entry(piece: &str, at: usize) -> Option<Entry> {
    let RawPiece {
        flow: None,
        audience,
        source,
        contact,
        question,
        outcome,
    } = toml::from_str(piece).ok()?
    else {
        return None;
    };
    match (audience, source, contact, question, outcome) {
        (Some(list), None, None, None, None) => {
            only(list).map(|a| Entry::Audience(a.into_audience(at)))
        }
        (None, Some(list), None, None, None) => {
            only(list).map(|s| Entry::Source(s.into_source(at)))
        }
        (None, None, Some(list), None, None) => {
            only(list).map(|c| Entry::Contact(c.into_contact(at)))
        }
        (None, None, None, Some(list), None) => {
            only(list).map(|q| Entry::Question(q.into_question(at)))
        }
        (None, None, None, None, Some(list)) => {
            only(list).map(|o| Entry::Outcome(o.into_outcome(at)))
        }
        _ => None,
    }
}

/// The one item of `list`, if it has exactly one.
fn only<T>(list: Vec<T>) -> Option<T> {
    <[T; 1]>::try_from(list).ok().map(|[one]| one)
}

/// Where each entry's header (`[[question]]`, with any spaces inside the brackets) starts a
/// line outside any value, found with the TOML lexer itself.
fn entry_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut tokens = toml_parser::Source::new(text).lex();
    // How deep inside a value's arrays and inline tables the lexer is.
    let mut depth = 0_usize;
    let mut line_start = true;
    while let Some(token) = tokens.next() {
        let kind = token.kind();
        match kind {
            TokenKind::Newline => line_start = true,
            TokenKind::Whitespace | TokenKind::Comment => {}
            TokenKind::LeftSquareBracket if depth == 0 && line_start => {
                // A table header: read it to its end.
                let mut header = Vec::new();
                for token in tokens.by_ref() {
                    if token.kind() == TokenKind::Newline {
                        break;
                    }
                    if !matches!(token.kind(), TokenKind::Whitespace | TokenKind::Comment) {
                        let span = token.span();
                        header.push((token.kind(), &text[span.start()..span.end()]));
                    }
                }
                if let [(Open, _), (Atom, name), (Close, _), (Close, _)] = header.as_slice()
                    && ENTRY_NAMES.contains(name)
                {
                    starts.push(token.span().start());
                }
                // The header's line ended with it.
                line_start = true;
            }
            TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => {
                depth += 1;
                line_start = false;
            }
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => {
                depth = depth.saturating_sub(1);
                line_start = false;
            }
            _ => line_start = false,
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// What a flow holds, places included, to compare two readings.
    fn parts(flow: &Flow) -> String {
        format!(
            "{:?}",
            (
                (&flow.start, &flow.emergency, &flow.required_warnings),
                (&flow.forward_warning, &flow.verified, &flow.audiences),
                (
                    &flow.sources,
                    &flow.contacts,
                    &flow.questions,
                    &flow.outcomes
                ),
            )
        )
    }

    /// Reads `text` in pieces and whole; fails unless the pieces, when they are kept, read
    /// as the whole does. True when they were kept.
    fn agree(text: &str) -> bool {
        let file = SourceFile::new("t.toml", text.to_owned());
        let whole = super::super::read_whole(&file);
        match (read(&file), whole) {
            (Some(pieces), Ok(whole)) => {
                assert_eq!(parts(&pieces), parts(&whole), "{text}");
                true
            }
            (Some(_), Err(err)) => panic!("pieces read a file with a mistake: {err:?}\n{text}"),
            (None, _) => false,
        }
    }

    #[test]
    fn the_built_in_flow_and_generated_ones_read_the_same_in_pieces() {
        assert!(agree(crate::embedded::FLOW));
        for generated in [
            crate::synthetic::tree(40),
            crate::synthetic::chain(5),
            crate::synthetic::ladder(5),
        ] {
            assert!(agree(&generated.flow));
        }
    }

    #[test]
    fn a_large_file_is_read_on_two_threads_as_it_is_whole() {
        let generated = crate::synthetic::tree(10_000);
        assert!(generated.flow.len() >= PARALLEL_BYTES);
        assert!(agree(&generated.flow));
    }

    /// A small flow whose last question is written in `question`.
    fn with_question(question: &str) -> String {
        let flow = crate::synthetic::chain(1).flow;
        let cut = flow.find("[[question]]").expect("a question");
        let end = flow[cut..].find("\n\n").map_or(flow.len(), |e| cut + e + 2);
        format!("{}{question}\n{}", &flow[..cut], &flow[end..])
    }

    #[test]
    fn entries_written_in_other_ways_read_the_same() {
        let chain = crate::synthetic::chain(1).flow;
        assert!(chain.contains("[[question]]\nid = \"q0\""), "{chain}");
        let answers = "next = \"o0\" }, { id = \"b\", label = \"gen-answer\", next = \"o0\" }]";
        for question in [
            // Spaces inside the brackets, a comment after them.
            format!("[[ question ]] # the first\nid = \"q0\"\ntext = \"gen-question\"\nanswers = [{{ id = \"a\", label = \"gen-answer\", {answers}"),
            // The answers as tables of their own, under the question.
            "[[question]]\nid = \"q0\"\ntext = \"gen-question\"\n[[question.answers]]\nid = \"a\"\nlabel = \"gen-answer\"\nnext = \"o0\"\n[[question.answers]]\nid = \"b\"\nlabel = \"gen-answer\"\nnext = \"o0\"\n".to_owned(),
            // A header-like line inside an array and inside a multi-line string.
            format!("[[question]]\nid = \"q0\"\ntext = \"gen-question\"\nhelp = \"\"\"\n[[question]]\n\"\"\"\nanswers = [\n{{ id = \"a\", label = \"gen-answer\", {answers}"),
        ] {
            let text = with_question(&question);
            assert!(agree(&text), "{text}");
        }
    }

    #[test]
    fn files_the_pieces_would_read_otherwise_are_read_whole() {
        let chain = crate::synthetic::chain(1).flow;
        let (head, entries) = chain.split_at(chain.find("[[").expect("entries"));
        let cases = [
            // The [flow] table after the entries: valid, but not where the pieces look.
            format!("{entries}\n{head}"),
            // [flow] twice: a mistake.
            format!("{chain}\n{head}"),
            // A list written inline before the entries of the same name: a mistake.
            format!("{head}question = []\n{entries}"),
            // A quoted header name.
            chain.replacen("[[question]]", "[[\"question\"]]", 1),
            // A table the flow does not have.
            format!("{chain}\n[extra]\nx = 1\n"),
        ];
        for text in cases {
            assert!(!agree(&text), "{text}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Whatever is inserted or removed, the pieces read as the whole file does, or are
        /// not kept.
        #[test]
        fn pieces_never_read_a_file_differently(
            at in any::<proptest::sample::Index>(),
            cut in 0_usize..40,
            insert in "[\\[\\]{}\"'=#,.\\n a-z]{0,6}",
        ) {
            let flow = crate::synthetic::tree(7).flow;
            let mut at = at.index(flow.len() + 1);
            while !flow.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + cut).min(flow.len());
            while !flow.is_char_boundary(end) {
                end -= 1;
            }
            let text = format!("{}{insert}{}", &flow[..at], &flow[end..]);
            agree(&text);
        }
    }
}
