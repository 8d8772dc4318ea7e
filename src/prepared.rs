//! The built-in guide as the build checked it (`build.rs`): the flow, validated with its
//! translations and serialised with `postcard`, and each language's fingerprint. A run of
//! the built-in guide reads these back instead of parsing and validating the TOML again.

use crate::catalog::{Catalog, Prepared};
use crate::diagnostic::Diagnostic;
use crate::embedded;
use crate::flow::Flow;
use crate::guide::{Guide, LoadResult};
use crate::lang::Lang;
use crate::source_file::SourceFile;

/// The built-in flow, prepared by the build script.
const FLOW: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/flow.postcard"));

include!(concat!(env!("OUT_DIR"), "/fingerprints.rs"));

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Guide {
    /// The built-in guide with the messages of `lang` only, as the build checked it: the
    /// flow is read back from its prepared form (no TOML is parsed) and only `lang`'s
    /// messages are made ready, into a catalogue without what only validation needs: the
    /// plain ones formatted by the build, the others parsed from the Fluent source the
    /// build kept of them. The
    /// build fails when the built-in flow or any of its translations is invalid, so there
    /// is nothing left to find here.
    pub fn embedded(lang: Lang) -> LoadResult {
        let file = SourceFile::new(embedded::FLOW_NAME, embedded::FLOW);
        let Some(flow) = Flow::from_prepared(FLOW, file) else {
            return Err(vec![Diagnostic::unlocated(
                "the built-in flow's prepared form cannot be read: rebuild meldwijzer",
            )]);
        };
        let Some((_, messages)) = MESSAGES.iter().find(|(l, _)| *l == lang) else {
            return Err(vec![Diagnostic::unlocated("no built-in translation")]);
        };
        let catalog = Catalog::prepared(lang, messages);
        // The fingerprint, the only use of the translation files' text, is prepared too.
        let texts = Vec::new();
        let fingerprint = FINGERPRINTS
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|&(l, print)| (l, print));
        Ok((
            Self::assemble(flow, catalog, texts, fingerprint),
            Vec::new(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{FlowInput, LocalesInput};

    #[test]
    fn the_prepared_guide_is_the_one_loaded_and_validated_from_the_files() {
        let (full, _) = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded).expect("valid");
        assert_eq!(FLOW, full.flow.to_prepared().as_slice());
        for lang in Lang::ALL {
            let (quick, _) = Guide::embedded(lang).expect("loads");
            assert_eq!(quick.fingerprint(lang), full.fingerprint(lang), "{lang}");
            assert_eq!(quick.flow.to_prepared(), FLOW);
            assert_eq!(quick.flow.file.text(), full.flow.file.text());
            // Every interface message, with its variables given, formats as the checked one.
            for (id, variables) in crate::ui_text::UI_MESSAGES {
                let args: Vec<(&str, &str)> = variables.iter().map(|v| (*v, "7")).collect();
                assert_eq!(
                    quick.catalog.format(lang, id, &args),
                    full.catalog.format(lang, id, &args),
                    "{lang} {id}"
                );
                assert_eq!(
                    quick.catalog.format_count(lang, id, 1, &args),
                    full.catalog.format_count(lang, id, 1, &args),
                    "{lang} {id}"
                );
                assert_eq!(quick.catalog.has(lang, id), full.catalog.has(lang, id));
            }
            let (plain, fluent) = full.catalog.prepare(lang);
            let (_, messages) = MESSAGES.iter().find(|(l, _)| *l == lang).expect("prepared");
            let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
                list.iter()
                    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                    .collect()
            };
            assert_eq!(pairs(messages.plain), plain);
            assert_eq!(pairs(messages.fluent), fluent);
            for question in &full.flow.questions {
                assert_eq!(
                    quick.flow.node(&question.id.id),
                    full.flow.node(&question.id.id)
                );
            }
        }
    }
}
