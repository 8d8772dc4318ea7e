//! Checks that a loaded flow and its translations form a usable guide.
//!
//! Findings are data: every check runs and adds to one list, so an editor sees all problems
//! at once instead of fixing them one start at a time.

use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::flow::{Flow, Ref};
use crate::limits;
use crate::suggestion::suggest;

// Along the seams of what is checked:
mod contacts; // sources and contacts: recorded facts, numbers
mod ids; // identifiers and the header
mod messages; // messages in every language, their variables and references
mod outcomes; // outcomes: something to act on, warnings for their reader, forwarding
mod tree; // questions, reachability and cycles

/// Every problem in `flow` and `catalog`; errors make the flow unusable, warnings do not.
pub(crate) fn validate(flow: &Flow, catalog: &Catalog) -> Vec<Diagnostic> {
    let mut validator = Validator {
        flow,
        catalog,
        found: Vec::new(),
    };
    validator.check_ids();
    validator.check_header();
    validator.check_sources_and_contacts();
    validator.check_phone_numbers();
    validator.check_questions();
    validator.check_outcomes();
    validator.check_reachability();
    validator.check_cycles();
    validator.check_messages();
    validator.found
}

struct Validator<'a> {
    flow: &'a Flow,
    catalog: &'a Catalog,
    found: Vec<Diagnostic>,
}

/// True for ids that are safe in `--answer QUESTION=ANSWER`, DOT and Mermaid.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= limits::MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// True for a Fluent message identifier: a letter, then letters, digits, `-` and `_`.
fn is_message_id(id: &str) -> bool {
    id.len() <= limits::MAX_ID_CHARS
        && id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// `id` as quoted in a message: very long ones are cut, so that one bad value cannot flood
/// the screen.
fn shown(id: &str) -> String {
    if id.chars().count() <= 60 {
        id.to_owned()
    } else {
        format!(
            "{}… ({} characters)",
            id.chars().take(40).collect::<String>(),
            id.chars().count()
        )
    }
}

/// Ids of every question and outcome.
fn node_ids(flow: &Flow) -> impl Iterator<Item = &str> {
    let questions = flow.questions.iter().map(|q| q.id.id.as_str());
    questions.chain(flow.outcomes.iter().map(|o| o.id.id.as_str()))
}

/// True for `YYYY-MM-DD`.
fn is_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
}

impl Validator<'_> {
    fn error(&self, message: String, at: &Ref) -> Diagnostic {
        Diagnostic::error(message, &self.flow.file, at.span.clone())
    }

    fn warning(&self, message: String, at: &Ref) -> Diagnostic {
        Diagnostic::warning(message, &self.flow.file, at.span.clone())
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    /// Reports a reference to an id that does not exist, with a suggestion when one is close.
    fn unknown<'c>(
        &mut self,
        what: &str,
        at: &Ref,
        label: &str,
        candidates: impl IntoIterator<Item = &'c str>,
    ) {
        let diagnostic = self
            .error(format!("unknown {what} `{}`", shown(&at.id)), at)
            .with_label(label);
        self.push(suggest(diagnostic, &at.id, candidates));
    }
}

/// `a → b → c → a`, with the middle left out of very long cycles.
fn shorten_path(path: &[&str]) -> String {
    if path.len() <= 8 {
        return path.join(" → ");
    }
    let head = path[..3].join(" → ");
    let tail = path[path.len() - 3..].join(" → ");
    format!("{head} → … ({} more) … → {tail}", path.len() - 6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_letters_digits_dashes_and_underscores() {
        assert!(is_valid_id("nl-what_2"));
        assert!(!is_valid_id("a=b"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn dates_are_iso() {
        assert!(is_date("2026-11-25"));
        assert!(!is_date("25-11-2026"));
    }

    #[test]
    fn long_cycles_are_shortened() {
        let path: Vec<String> = (0..20).map(|i| format!("q{i}")).collect();
        let refs: Vec<&str> = path.iter().map(String::as_str).collect();
        assert_eq!(
            shorten_path(&refs),
            "q0 → q1 → q2 → … (14 more) … → q17 → q18 → q19"
        );
    }
}
