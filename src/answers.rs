//! Answers files: the answers of one run given ahead of time, as `question = "answer"` in
//! one `[answers]` table, for scripted runs and trainers' replays.
//!
//! ```toml
//! [answers]
//! country = "nl"
//! nl-what = "chat-app"
//! ```

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::flow::Ref;
use crate::loader::{Str, read_toml, to_ref};
use crate::source_file::SourceFile;

/// The shape of an answers file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    answers: BTreeMap<Str, Str>,
}

/// The (question, answer) pairs of an answers file, in file order; TOML and shape errors
/// are located.
pub fn parse(file: &Arc<SourceFile>) -> Result<Vec<(Ref, Ref)>, Diagnostic> {
    let raw: RawFile = read_toml(file)?;
    let mut pairs: Vec<(Ref, Ref)> = raw
        .answers
        .into_iter()
        .map(|(question, answer)| (to_ref(question), to_ref(answer)))
        .collect();
    pairs.sort_by_key(|(question, _)| question.span.start);
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_keep_their_places_in_file_order() {
        let file = SourceFile::new(
            "a.toml",
            "[answers]\nnl-what = \"live\"\ncountry = \"nl\"\n",
        );
        let pairs = parse(&file).expect("valid");
        let ids: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(q, a)| (q.id.as_str(), a.id.as_str()))
            .collect();
        assert_eq!(ids, [("nl-what", "live"), ("country", "nl")]);
        assert_eq!(&file.text()[pairs[1].1.span.clone()], "\"nl\"");
    }

    #[test]
    fn a_value_of_the_wrong_type_is_located() {
        let err =
            parse(&SourceFile::new("a.toml", "[answers]\ncountry = 5\n")).expect_err("invalid");
        assert_eq!(err.position().as_deref(), Some("a.toml:2:11"));
        assert!(err.message.starts_with("invalid type"), "{}", err.message);
    }
}
