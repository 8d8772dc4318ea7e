//! Localisation: the Fluent messages of every language, and what validation needs to know
//! about them (where each is defined, which variables and messages it refers to).

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::sanitize;
use crate::source_file::SourceFile;

/// Where a message is defined and what it refers to.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    /// The file that defines it.
    pub file: Arc<SourceFile>,
    /// Byte offset of its definition.
    pub offset: usize,
    /// Length of its id, for the span shown in messages.
    pub id_len: usize,
    /// Variables it uses (`$name`), without the `$`.
    pub variables: Vec<String>,
    /// Other messages it refers to.
    pub references: Vec<String>,
}

/// The messages of one language.
struct Language {
    bundle: FluentBundle<FluentResource>,
    messages: HashMap<String, MessageInfo>,
}

/// Every language's messages, ready to format.
pub struct Catalog {
    languages: BTreeMap<Lang, Language>,
    /// Languages with a file that could not be read or parsed: their gaps are a consequence
    /// of that error, so completeness is not checked for them.
    incomplete: BTreeSet<Lang>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("languages", &self.languages.keys())
            .field("incomplete", &self.incomplete)
            .finish()
    }
}

impl Catalog {
    /// Builds the catalog from each language's `.ftl` files, reporting every syntax error
    /// and every message defined twice.
    pub fn build(files: Vec<(Lang, Vec<Arc<SourceFile>>)>) -> (Self, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut languages = BTreeMap::new();
        let mut incomplete = BTreeSet::new();
        for (lang, files) in files {
            let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new(vec![langid]);
            // Isolation marks (U+2068/U+2069) show up as junk in terminals.
            bundle.set_use_isolating(false);
            let mut messages: HashMap<String, MessageInfo> = HashMap::default();
            for file in files {
                let resource = match FluentResource::try_new(file.text().to_owned()) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        incomplete.insert(lang);
                        for error in errors {
                            // Fluent places an error at the end of the file one byte past it.
                            let end = file.text().len();
                            let span = error.pos.start.min(end)..error.pos.end.min(end);
                            diagnostics.push(
                                Diagnostic::error(
                                    format!("Fluent syntax error: {}", error.kind),
                                    &file,
                                    span,
                                )
                                .with_label("here"),
                            );
                        }
                        resource
                    }
                };
                // Entries come in file order, so each definition is searched after the last.
                let mut cursor = 0;
                for entry in resource.entries() {
                    let ast::Entry::Message(message) = entry else {
                        continue;
                    };
                    let id = message.id.name;
                    let offset = file.find_definition(id, cursor).unwrap_or(cursor);
                    cursor = offset + id.len();
                    if let Some(first) = messages.get(id) {
                        let (line, col) = first.file.line_col(first.offset);
                        diagnostics.push(
                            Diagnostic::error(
                                format!("message `{id}` is defined twice in locale `{lang}`"),
                                &file,
                                offset..offset + id.len(),
                            )
                            .with_label("second definition")
                            .with_help(format!(
                                "the first is at {}:{line}:{col}",
                                first.file.name()
                            )),
                        );
                        continue;
                    }
                    let mut refs = References::default();
                    refs.message(message);
                    messages.insert(
                        id.to_owned(),
                        MessageInfo {
                            file: Arc::clone(&file),
                            offset,
                            id_len: id.len(),
                            variables: refs.variables,
                            references: refs.messages,
                        },
                    );
                }
                // Duplicates were reported above; `add_resource` keeps the first definition
                // and returns them again as errors, which we have no more use for.
                let _ = bundle.add_resource(resource);
            }
            languages.insert(lang, Language { bundle, messages });
        }
        (
            Self {
                languages,
                incomplete,
            },
            diagnostics,
        )
    }

    /// Records that some of `lang`'s files could not be read.
    pub fn mark_incomplete(&mut self, lang: Lang) {
        self.incomplete.insert(lang);
    }

    /// True when a file of `lang` could not be read or parsed.
    pub fn is_incomplete(&self, lang: Lang) -> bool {
        self.incomplete.contains(&lang)
    }

    /// The languages loaded.
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        self.languages.keys().copied()
    }

    /// What is known about message `id` in `lang`.
    pub fn info(&self, lang: Lang, id: &str) -> Option<&MessageInfo> {
        self.languages.get(&lang)?.messages.get(id)
    }

    /// Every message of `lang`, in no particular order.
    pub fn messages(&self, lang: Lang) -> impl Iterator<Item = (&str, &MessageInfo)> {
        self.languages
            .get(&lang)
            .into_iter()
            .flat_map(|l| l.messages.iter().map(|(id, info)| (id.as_str(), info)))
    }

    /// True when `lang` defines message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.info(lang, id).is_some()
    }

    /// Message `id` in `lang`, safe to print. A missing message yields its id, so that a
    /// gap in a translation shows up instead of crashing; validation reports it beforehand.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, &[])
    }

    /// `label` followed by the colon that introduces a value, as `lang` writes it
    /// ("Phone:", "Téléphone :").
    pub fn label(&self, lang: Lang, label: &str) -> String {
        self.format(lang, "ui-label", &[("label", label)])
    }

    /// Message `id` in `lang` with `args` filled in, safe to print.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
        self.render(lang, id, args, &[])
    }

    /// Message `id` in `lang` with a number `count` (which selects plural forms) and `args`.
    pub fn format_count(&self, lang: Lang, id: &str, count: u128, args: &[(&str, &str)]) -> String {
        self.render(lang, id, args, &[("count", count)])
    }

    /// Message `id` in `lang` with `numbers` (which select plural forms) and `args`.
    pub fn format_numbers(
        &self,
        lang: Lang,
        id: &str,
        numbers: &[(&str, u128)],
        args: &[(&str, &str)],
    ) -> String {
        self.render(lang, id, args, numbers)
    }

    fn render(
        &self,
        lang: Lang,
        id: &str,
        args: &[(&str, &str)],
        numbers: &[(&str, u128)],
    ) -> String {
        let Some(language) = self.languages.get(&lang) else {
            return id.to_owned();
        };
        let Some(pattern) = language.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for &(name, number) in numbers {
            let digits = number.to_string();
            // Fluent numbers are f64: beyond 2^53 they lose digits. Such numbers need no
            // plural rule (they are always "other"), so they go in as exact text.
            let value = if number <= 1 << 53 {
                FluentValue::try_number(&digits).into_owned()
            } else {
                FluentValue::from(digits)
            };
            fluent_args.set(name, value);
        }
        for (name, value) in args {
            // Values are plain strings: numbers like 112 must not be reformatted as 112.0.
            fluent_args.set(*name, FluentValue::from(*value));
        }
        let mut errors = Vec::new();
        let text = language
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        sanitize::for_terminal(&text).into_owned()
    }
}

/// Collects the variables and message references of a message.
#[derive(Default)]
struct References {
    variables: Vec<String>,
    messages: Vec<String>,
}

impl References {
    fn message(&mut self, message: &ast::Message<&str>) {
        if let Some(value) = &message.value {
            self.pattern(value);
        }
        for attribute in &message.attributes {
            self.pattern(&attribute.value);
        }
    }

    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                if !self.variables.iter().any(|v| v == id.name) {
                    self.variables.push(id.name.to_owned());
                }
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                self.messages.push(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::TermReference { arguments, .. } => {
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for argument in &arguments.positional {
            self.inline(argument);
        }
        for argument in &arguments.named {
            self.inline(&argument.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(text: &str) -> (Catalog, Vec<Diagnostic>) {
        Catalog::build(vec![(Lang::En, vec![SourceFile::new("en.ftl", text)])])
    }

    #[test]
    fn counts_select_plural_forms() {
        let (catalog, _) =
            catalog("n = { $count ->\n    [one] 1 route\n   *[other] { $count } routes\n}\n");
        assert_eq!(catalog.format_count(Lang::En, "n", 1, &[]), "1 route");
        assert_eq!(catalog.format_count(Lang::En, "n", 30, &[]), "30 routes");
    }

    #[test]
    fn formats_without_isolation_marks() {
        let (catalog, diagnostics) = catalog("call = Call { $phone } now\n");
        assert!(diagnostics.is_empty());
        assert_eq!(
            catalog.format(Lang::En, "call", &[("phone", "112")]),
            "Call 112 now"
        );
    }

    #[test]
    fn records_variables_and_references() {
        let (catalog, _) = catalog("a = { $x ->\n   *[one] { b } { $y }\n}\nb = B\n");
        let info = catalog.info(Lang::En, "a").expect("defined");
        assert_eq!(info.variables, ["x", "y"]);
        assert_eq!(info.references, ["b"]);
    }

    #[test]
    fn syntax_errors_are_located_and_the_rest_still_loads() {
        let (catalog, diagnostics) = catalog("ok = fine\nbroken = { }\nalso = fine\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].position().as_deref(), Some("en.ftl:2:12"));
        assert!(catalog.has(Lang::En, "also"));
    }

    #[test]
    fn duplicate_definitions_are_reported_and_the_first_kept() {
        let (catalog, diagnostics) = catalog("a = one\na = two\n");
        assert_eq!(diagnostics[0].position().as_deref(), Some("en.ftl:2:1"));
        assert_eq!(catalog.text(Lang::En, "a"), "one");
    }

    #[test]
    fn control_characters_in_messages_are_neutralised() {
        let (catalog, _) = catalog("a = x\u{1b}[31my\n");
        assert_eq!(catalog.text(Lang::En, "a"), "x\\u{1b}[31my");
    }

    #[test]
    fn a_missing_message_yields_its_id() {
        let (catalog, _) = catalog("");
        assert_eq!(catalog.text(Lang::En, "nope"), "nope");
    }
}
