//! "Did you mean ...?" for mistyped ids.

use crate::diagnostic::Diagnostic;

/// The candidate closest to `wrong`, if any is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(wrong, candidate), candidate))
        // Same threshold as clap uses for mistyped subcommands.
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// `diagnostic` with the help "did you mean `...`?" when a candidate is close to `wrong`.
pub fn suggest<'a>(
    diagnostic: Diagnostic,
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Diagnostic {
    match did_you_mean(wrong, candidates) {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_id() {
        assert_eq!(
            did_you_mean("nl-whta", ["nl-what", "be-what", "country"]),
            Some("nl-what")
        );
    }

    #[test]
    fn stays_silent_when_nothing_is_close() {
        assert_eq!(did_you_mean("xyz", ["nl-what", "country"]), None);
    }
}
