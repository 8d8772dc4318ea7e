//! A flow and its translations, loaded and validated together: what every front-end runs on.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::embedded;
use crate::flow::Flow;
use crate::lang::Lang;
use crate::limits;
use crate::loader;
use crate::source_file::SourceFile;
use crate::validator;

/// Where the flow comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowInput {
    /// The default flow compiled into the binary.
    Embedded,
    /// A TOML file on disk.
    File(PathBuf),
}

/// Where the translations come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalesInput {
    /// The default locales compiled into the binary.
    Embedded,
    /// A folder with one sub-folder of `.ftl` files per language (`nl/`, `en/`).
    Dir(PathBuf),
}

/// A validated flow with its messages.
#[derive(Debug)]
pub struct Guide {
    /// The decision tree.
    pub flow: Flow,
    /// Its sentences in every language.
    pub catalog: Catalog,
    /// The translation files read, for the fingerprint of what was advised.
    texts: Vec<(Lang, Arc<SourceFile>)>,
    /// The fingerprint of one language, computed when the program was built.
    fingerprint: Option<(Lang, &'static str)>,
}

/// The outcome of loading: a usable guide with any warnings, or every problem found.
pub type LoadResult = Result<(Guide, Vec<Diagnostic>), Vec<Diagnostic>>;

impl Guide {
    /// Reads, parses and validates a flow and its locales.
    pub fn load(flow: &FlowInput, locales: &LocalesInput) -> LoadResult {
        let mut diagnostics = Vec::new();
        let flow_file = match flow {
            FlowInput::Embedded => Ok(SourceFile::new(embedded::FLOW_NAME, embedded::FLOW)),
            FlowInput::File(path) => read(path, &mut diagnostics),
        };
        let mut unreadable = Vec::new();
        let locale_files = match locales {
            LocalesInput::Embedded => Lang::ALL
                .iter()
                .map(|&lang| {
                    let files = embedded::locale_files(lang);
                    (lang, files)
                })
                .collect(),
            LocalesInput::Dir(dir) => read_locale_dir(dir, &mut diagnostics, &mut unreadable),
        };
        match flow_file {
            Ok(file) => Self::from_files(&file, locale_files, &unreadable, diagnostics),
            Err(()) => Err(diagnostics),
        }
    }

    /// A guide of parts already checked; `fingerprint` is the one of its language, where
    /// the build computed it.
    pub(crate) fn assemble(
        flow: Flow,
        catalog: Catalog,
        texts: Vec<(Lang, Arc<SourceFile>)>,
        fingerprint: Option<(Lang, &'static str)>,
    ) -> Self {
        Self {
            flow,
            catalog,
            texts,
            fingerprint,
        }
    }

    /// Parses and validates text already in memory; `unreadable` names languages some of
    /// whose files could not be read, and `diagnostics` holds earlier findings.
    pub fn from_files(
        flow_file: &Arc<SourceFile>,
        locale_files: Vec<(Lang, Vec<Arc<SourceFile>>)>,
        unreadable: &[Lang],
        mut diagnostics: Vec<Diagnostic>,
    ) -> LoadResult {
        let texts = locale_files
            .iter()
            .flat_map(|(lang, files)| files.iter().map(|f| (*lang, Arc::clone(f))))
            .collect();
        let (mut catalog, catalog_diagnostics) = Catalog::build(locale_files);
        for &lang in unreadable {
            catalog.mark_incomplete(lang);
        }
        diagnostics.extend(catalog_diagnostics);
        let flow = match loader::parse_flow(flow_file) {
            Ok(flow) => flow,
            Err(diagnostic) => {
                diagnostics.insert(0, diagnostic);
                return Err(diagnostics);
            }
        };
        diagnostics.extend(validator::validate(&flow, &catalog));
        if diagnostics.iter().any(Diagnostic::is_error) {
            Err(diagnostics)
        } else {
            Ok((
                Self {
                    flow,
                    catalog,
                    texts,
                    fingerprint: None,
                },
                diagnostics,
            ))
        }
    }

    /// A fingerprint of the advice given in `lang`: the SHA-256, in hex, of the flow file
    /// and of `lang`'s translation files, each with its name and length, so that a case
    /// record says exactly which flow and which words were used. Any change to them
    /// changes it; the files' paths on disk do not.
    pub fn fingerprint(&self, lang: Lang) -> String {
        if let Some((_, print)) = self.fingerprint.filter(|(l, _)| *l == lang) {
            return print.to_owned();
        }
        let mut hash = hmac_sha256::Hash::new();
        let mut add = |name: &str, text: &str| {
            // Lengths first: no two lists of files can run together into the same bytes.
            for part in [name, text] {
                hash.update((part.len() as u64).to_be_bytes());
                hash.update(part.as_bytes());
            }
        };
        add("flow", self.flow.file.text());
        let mut files: Vec<&Arc<SourceFile>> = self
            .texts
            .iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, f)| f)
            .collect();
        // By the file's own name, not its folder: the same files give the same print.
        let base = |f: &Arc<SourceFile>| {
            let name = f.name();
            name.rsplit(['/', '\\']).next().unwrap_or(name).to_owned()
        };
        files.sort_by_key(|f| base(f));
        for file in files {
            add(&base(file), file.text());
        }
        hash.finalize()
            .iter()
            .fold(String::with_capacity(64), |mut hex, b| {
                // Writing to a String cannot fail.
                let _ = write!(hex, "{b:02x}");
                hex
            })
    }

    /// The number shown before the first question.
    pub fn emergency_phone(&self) -> &str {
        self.flow
            .emergency_contact()
            .and_then(|c| c.phone.as_ref())
            .map_or("112", |phone| phone.id.as_str())
    }

    /// The line shown before the first question and at the top of every screen.
    pub fn emergency_line(&self, lang: Lang) -> String {
        self.catalog
            .format(lang, "ui-emergency", &[("phone", self.emergency_phone())])
    }
}

fn display_name(path: &Path) -> String {
    path.display().to_string()
}

fn read(path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Result<Arc<SourceFile>, ()> {
    match loader::read_text_file(path, &display_name(path)) {
        Ok((file, warning)) => {
            diagnostics.extend(warning);
            Ok(file)
        }
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            Err(())
        }
    }
}

/// Reads `dir/<lang>/*.ftl` for every language that has a folder there, in name order so
/// messages are stable. A set of locales may offer fewer languages than meldwijzer
/// speaks; it must offer one.
fn read_locale_dir(
    dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
    unreadable: &mut Vec<Lang>,
) -> Vec<(Lang, Vec<Arc<SourceFile>>)> {
    let mut languages = Vec::new();
    let mut present = 0;
    for lang in Lang::ALL {
        let folder = dir.join(lang.code());
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(err) => {
                diagnostics.push(Diagnostic::unlocated(format!(
                    "cannot read locale folder `{}`: {}",
                    display_name(&folder),
                    loader::io_reason(&err)
                )));
                unreadable.push(lang);
                continue;
            }
        };
        present += 1;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        paths.sort();
        if paths.is_empty() {
            diagnostics.push(Diagnostic::unlocated(format!(
                "locale folder `{}` has no .ftl files",
                display_name(&folder)
            )));
            unreadable.push(lang);
            continue;
        }
        if paths.len() > limits::MAX_LOCALE_FILES {
            diagnostics.push(Diagnostic::unlocated(format!(
                "locale folder `{}` has {} .ftl files; at most {} are read",
                display_name(&folder),
                paths.len(),
                limits::MAX_LOCALE_FILES
            )));
            unreadable.push(lang);
            continue;
        }
        let files: Vec<_> = paths
            .iter()
            .filter_map(|path| read(path, diagnostics).ok())
            .collect();
        if files.len() < paths.len() {
            unreadable.push(lang);
        }
        languages.push((lang, files));
    }
    if present == 0 && unreadable.is_empty() {
        let folders: Vec<String> = Lang::ALL.iter().map(|l| format!("{}/", l.code())).collect();
        diagnostics.push(
            Diagnostic::unlocated(format!("`{}` has no locale folder", display_name(dir)))
                .with_help(format!("add a folder per language: {}", folders.join(", "))),
        );
        // Said once, here: no language then counts as merely missing its messages.
        unreadable.extend(Lang::ALL);
    }
    languages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::render_all;

    #[test]
    fn the_quick_embedded_guide_matches_the_validated_one() {
        let (full, _) = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded).expect("valid");
        for lang in Lang::ALL {
            let (quick, warnings) = Guide::embedded(lang).expect("loads");
            assert!(warnings.is_empty());
            assert_eq!(quick.catalog.languages().collect::<Vec<_>>(), [lang]);
            for (id, _) in full.catalog.messages(lang) {
                assert_eq!(
                    quick.catalog.text(lang, id),
                    full.catalog.text(lang, id),
                    "{id}"
                );
            }
            assert_eq!(quick.flow.questions.len(), full.flow.questions.len());
        }
    }

    #[test]
    fn the_embedded_guide_loads_without_errors_or_warnings() {
        match Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded) {
            Ok((_, warnings)) => assert!(warnings.is_empty(), "{}", render_all(&warnings, false)),
            Err(errors) => panic!("{}", render_all(&errors, false)),
        }
    }
}
