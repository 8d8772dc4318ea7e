//! Messages: every message id of the flow defined in every language, with the variables and
//! references it may use; unused messages.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{Validator, is_message_id, shown};
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::ui_text;

impl<'a> Validator<'a> {
    pub(super) fn check_messages(&mut self) {
        let used = self.check_message_references();
        self.check_locale_messages(&used);
    }

    /// Every message id the flow and the interface use exists in every locale.
    pub(super) fn check_message_references(&mut self) -> HashSet<&'a str> {
        let flow = self.flow;
        let catalog = self.catalog;
        let loaded: Vec<Lang> = catalog.languages().collect();
        // A set of locales may offer fewer languages than meldwijzer speaks, but not none.
        if loaded.is_empty() && !Lang::ALL.iter().any(|&lang| catalog.is_incomplete(lang)) {
            self.found.push(Diagnostic::unlocated(
                "no messages were loaded for any locale".to_owned(),
            ));
        }
        let complete: Vec<Lang> = loaded
            .iter()
            .copied()
            .filter(|&l| !catalog.is_incomplete(l))
            .collect();
        // A flow names the same few hundred messages many times: judge each id once.
        let mut verdicts: HashMap<&'a str, (bool, Vec<Lang>)> = HashMap::default();
        for at in flow.message_refs() {
            let (valid, missing) = verdicts.entry(at.id.as_str()).or_insert_with(|| {
                let valid = is_message_id(&at.id);
                let missing = if valid {
                    complete
                        .iter()
                        .copied()
                        .filter(|&l| !catalog.has(l, &at.id))
                        .collect()
                } else {
                    Vec::new()
                };
                (valid, missing)
            });
            if !*valid {
                self.push(
                    self.error(format!("invalid message id `{}`", shown(&at.id)), at)
                        .with_label(
                            "a message id starts with a letter, then letters, digits, `-` and `_`",
                        ),
                );
            }
            for &lang in missing.iter() {
                self.push(
                    self.error(
                        format!("message `{}` is missing from locale `{lang}`", at.id),
                        at,
                    )
                    .with_help(format!(
                        "add `{} = ...` to a file in the `{lang}` locale folder",
                        at.id
                    )),
                );
            }
        }
        for &lang in &complete {
            for (id, _) in ui_text::UI_MESSAGES {
                if !catalog.has(lang, id) {
                    self.found.push(
                        Diagnostic::unlocated(format!(
                            "interface message `{id}` is missing from locale `{lang}`"
                        ))
                        .with_help(format!(
                            "add `{id} = ...` to a file in the `{lang}` locale folder"
                        )),
                    );
                }
            }
        }
        verdicts.into_keys().collect()
    }

    /// The locales' own messages: known variables, existing references, and used.
    pub(super) fn check_locale_messages(&mut self, used: &HashSet<&str>) {
        let catalog = self.catalog;
        let loaded: Vec<Lang> = catalog.languages().collect();
        let messages: Vec<(Lang, &str, &crate::catalog::MessageInfo)> = loaded
            .iter()
            .flat_map(|&lang| {
                catalog
                    .messages(lang)
                    .map(move |(id, info)| (lang, id, info))
            })
            .collect();
        let first_finding = self.found.len();
        let referenced: HashSet<&str> = messages
            .iter()
            .flat_map(|(_, _, info)| info.references.iter().map(String::as_str))
            .collect();
        for (lang, id, info) in messages {
            let span = info.offset..info.offset + info.id_len;
            let allowed = ui_text::variables(id).unwrap_or(&[]);
            for variable in &info.variables {
                if !allowed.contains(&variable.as_str()) {
                    let help = if allowed.is_empty() {
                        "this message gets no variables".to_owned()
                    } else {
                        format!(
                            "it may use: {}",
                            allowed
                                .iter()
                                .map(|v| format!("${v}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    self.found.push(
                        Diagnostic::error(
                            format!("message `{id}` uses unknown variable `${variable}`"),
                            &info.file,
                            span.clone(),
                        )
                        .with_help(help),
                    );
                }
            }
            for reference in &info.references {
                if !catalog.has(lang, reference) {
                    self.found.push(Diagnostic::error(
                        format!("message `{id}` refers to `{reference}`, which locale `{lang}` does not define"),
                        &info.file,
                        span.clone(),
                    ));
                }
            }
            if !used.contains(id) && ui_text::variables(id).is_none() && !referenced.contains(id) {
                self.found.push(
                    Diagnostic::warning(format!("message `{id}` is never used"), &info.file, span)
                        .with_label("neither the flow nor the interface uses it"),
                );
            }
        }
        // Messages come out of hash maps in no order: report the findings in file order.
        self.found[first_finding..].sort_by(|a, b| {
            let place = |d: &Diagnostic| {
                d.location
                    .as_ref()
                    .map(|l| (l.file.name().to_owned(), l.span.start))
            };
            place(a).cmp(&place(b))
        });
    }
}
