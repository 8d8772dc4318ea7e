//! Localisation: the Fluent messages of every language, and what validation needs to know
//! about them (where each is defined, which variables and messages it refers to).

use std::cell::RefCell;
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
    /// Terms it refers to, with their leading `-` (`-brand`).
    pub term_references: Vec<String>,
}

/// The messages of one language.
struct Language {
    /// Grows as prepared messages are first formatted (see [`Language::load`]).
    bundle: RefCell<FluentBundle<FluentResource>>,
    messages: HashMap<String, MessageInfo>,
    /// Messages formatted when the program was built (see [`Prepared`]), sorted by id.
    plain: &'static [(&'static str, &'static str)],
    /// Fluent source of the other prepared messages, sorted by id, and which of them are
    /// in the bundle already.
    fluent: &'static [(&'static str, &'static str)],
    loaded: RefCell<Vec<bool>>,
}

/// The Fluent source of message `id` and of all it refers to, through any number of steps.
#[cfg_attr(not(test), allow(dead_code))]
fn closure(entries: &BTreeMap<String, &ast::Entry<&str>>, id: &str) -> String {
    let mut needed = vec![id.to_owned()];
    let mut included: BTreeSet<String> = BTreeSet::new();
    while let Some(id) = needed.pop() {
        let Some(entry) = entries.get(&id) else {
            continue;
        };
        if !included.insert(id) {
            continue;
        }
        let mut refs = References::default();
        match entry {
            ast::Entry::Message(message) => refs.message(message),
            ast::Entry::Term(term) => {
                refs.pattern(&term.value);
                for attribute in &term.attributes {
                    refs.pattern(&attribute.value);
                }
            }
            _ => {}
        }
        needed.extend(refs.messages);
        needed.extend(refs.terms);
    }
    let body = included
        .iter()
        .filter_map(|id| entries.get(id).map(|entry| (*entry).clone()))
        .collect();
    fluent_syntax::serializer::serialize(&ast::Resource { body })
}

impl Language {
    /// A language read and checked from its files.
    fn checked(
        bundle: FluentBundle<FluentResource>,
        messages: HashMap<String, MessageInfo>,
    ) -> Self {
        Self {
            bundle: RefCell::new(bundle),
            messages,
            plain: &[],
            fluent: &[],
            loaded: RefCell::new(Vec::new()),
        }
    }

    /// Puts prepared message `id` in the bundle, if it is one not there yet.
    fn load(&self, id: &str) {
        let Ok(i) = self.fluent.binary_search_by(|(key, _)| (*key).cmp(id)) else {
            return;
        };
        let mut loaded = self.loaded.borrow_mut();
        if loaded[i] {
            return;
        }
        loaded[i] = true;
        let resource = FluentResource::try_new(self.fluent[i].1.to_owned())
            .unwrap_or_else(|(resource, _)| resource);
        // A term or message shared with one loaded before is kept from then.
        let _ = self.bundle.borrow_mut().add_resource(resource);
    }

    /// True when the prepared Fluent source has message `id`.
    fn has_fluent(&self, id: &str) -> bool {
        self.fluent
            .binary_search_by(|(key, _)| (*key).cmp(id))
            .is_ok()
    }

    /// The prepared text of plain message `id`.
    fn plain(&self, id: &str) -> Option<&'static str> {
        self.plain
            .binary_search_by(|(key, _)| (*key).cmp(id))
            .ok()
            .map(|i| self.plain[i].1)
    }
}

/// A message id and a text.
pub(crate) type IdText = (String, String);

/// A language's messages as the build prepares them for a run (`build.rs`): those that are
/// plain text already formatted, and the rest (with variables, selectors or references) as
/// Fluent source, with everything they refer to.
#[derive(Debug)]
pub(crate) struct Prepared {
    /// Id and text, safe to print, sorted by id.
    pub(crate) plain: &'static [(&'static str, &'static str)],
    /// Id and Fluent source of each of the others, with all it refers to, sorted by id.
    pub(crate) fluent: &'static [(&'static str, &'static str)],
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
            let mut terms: HashMap<String, MessageInfo> = HashMap::default();
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
                    if let ast::Entry::Term(term) = entry {
                        // Terms are kept apart, for the cycle check only: a message may
                        // loop back to itself through one.
                        let id = format!("-{}", term.id.name);
                        let offset = file.find_definition(&id, cursor).unwrap_or(cursor);
                        cursor = offset + id.len();
                        let mut refs = References::default();
                        refs.pattern(&term.value);
                        for attribute in &term.attributes {
                            refs.pattern(&attribute.value);
                        }
                        terms.entry(id.clone()).or_insert(MessageInfo {
                            file: Arc::clone(&file),
                            offset,
                            id_len: id.len(),
                            variables: refs.variables,
                            references: refs.messages,
                            term_references: refs.terms,
                        });
                        continue;
                    }
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
                            term_references: refs.terms,
                        },
                    );
                }
                // Duplicates were reported above; `add_resource` keeps the first definition
                // and returns them again as errors, which we have no more use for.
                let _ = bundle.add_resource(resource);
            }
            diagnostics.extend(cycles(lang, &messages, &terms));
            languages.insert(lang, Language::checked(bundle, messages));
        }
        (
            Self {
                languages,
                incomplete,
            },
            diagnostics,
        )
    }

    /// The catalog a run needs: `lang`'s messages as the build prepared them, ready to
    /// format, without what only validation uses (where each message stands, what it refers
    /// to, cycles). A message that needs Fluent is parsed when it is first formatted.
    pub(crate) fn prepared(lang: Lang, prepared: &Prepared) -> Self {
        let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        let mut languages = BTreeMap::new();
        languages.insert(
            lang,
            Language {
                bundle: RefCell::new(bundle),
                messages: HashMap::default(),
                plain: prepared.plain,
                fluent: prepared.fluent,
                loaded: RefCell::new(vec![false; prepared.fluent.len()]),
            },
        );
        Self {
            languages,
            incomplete: BTreeSet::new(),
        }
    }

    /// What [`Catalog::prepared`] reads back for `lang`: every message without variables,
    /// selectors or references formatted now, and the Fluent source of each of the others
    /// with all it refers to, both sorted by id. Called by the build script on the
    /// validated built-in translations.
    // Used by build.rs, which compiles this module too, and a test.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn prepare(&self, lang: Lang) -> (Vec<IdText>, Vec<IdText>) {
        let Some(language) = self.languages.get(&lang) else {
            return (Vec::new(), Vec::new());
        };
        let mut files: Vec<&Arc<SourceFile>> =
            language.messages.values().map(|i| &i.file).collect();
        files.sort_by(|a, b| a.name().cmp(b.name()));
        files.dedup_by(|a, b| Arc::ptr_eq(a, b));
        let resources: Vec<ast::Resource<&str>> = files
            .iter()
            .map(|file| {
                fluent_syntax::parser::parse(file.text()).unwrap_or_else(|(resource, _)| resource)
            })
            .collect();
        // Every message and term by id (terms with their `-`); the first definition wins,
        // as in the bundle.
        let mut entries: BTreeMap<String, &ast::Entry<&str>> = BTreeMap::new();
        for entry in resources.iter().flat_map(|r| &r.body) {
            let id = match entry {
                ast::Entry::Message(message) => message.id.name.to_owned(),
                ast::Entry::Term(term) => format!("-{}", term.id.name),
                _ => continue,
            };
            entries.entry(id).or_insert(entry);
        }
        let is_plain = |entry: &ast::Entry<&str>| match entry {
            ast::Entry::Message(message) => message.value.as_ref().is_some_and(|value| {
                value
                    .elements
                    .iter()
                    .all(|e| matches!(e, ast::PatternElement::TextElement { .. }))
            }),
            _ => false,
        };
        let mut plain = Vec::new();
        let mut fluent = Vec::new();
        for (id, entry) in &entries {
            if is_plain(entry) {
                plain.push((id.clone(), self.text(lang, id)));
            } else if !id.starts_with('-') {
                fluent.push((id.clone(), closure(&entries, id)));
            }
        }
        (plain, fluent)
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
        self.languages.get(&lang).is_some_and(|l| {
            l.plain(id).is_some() || l.has_fluent(id) || l.bundle.borrow().has_message(id)
        })
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
        if let Some(text) = language.plain(id) {
            return text.to_owned();
        }
        language.load(id);
        let bundle = language.bundle.borrow();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
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
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        sanitize::for_terminal(&text).into_owned()
    }
}

/// Messages (and terms) that refer back to themselves, directly or through others: Fluent
/// would show readers a fragment such as "{question-country}" where the text should be.
/// One located error per cycle, at the definition where it starts; `terms` are keyed with
/// their `-`.
fn cycles(
    lang: Lang,
    messages: &HashMap<String, MessageInfo>,
    terms: &HashMap<String, MessageInfo>,
) -> Vec<Diagnostic> {
    let info = |id: &str| messages.get(id).or_else(|| terms.get(id));
    let next = |id: &str| -> Vec<&str> {
        info(id).map_or_else(Vec::new, |info| {
            info.references
                .iter()
                .chain(&info.term_references)
                .map(String::as_str)
                .filter(|id| info_exists(messages, terms, id))
                .collect()
        })
    };
    // In file order, so that the findings are too.
    let mut nodes: Vec<(&str, &MessageInfo)> = messages
        .iter()
        .chain(terms)
        .map(|(id, info)| (id.as_str(), info))
        .collect();
    nodes.sort_by(|(_, a), (_, b)| (a.file.name(), a.offset).cmp(&(b.file.name(), b.offset)));
    // 0: not seen, 1: on the current path, 2: done. Iterative, for chains of any length.
    let mut state: HashMap<&str, u8> = HashMap::default();
    let mut found = Vec::new();
    for &(root, _) in &nodes {
        if state.get(root).copied().unwrap_or(0) != 0 {
            continue;
        }
        let mut path: Vec<(&str, Vec<&str>)> = vec![(root, next(root))];
        state.insert(root, 1);
        while let Some((node, todo)) = path.last_mut() {
            let node = *node;
            let Some(target) = todo.pop() else {
                state.insert(node, 2);
                path.pop();
                continue;
            };
            match state.get(target).copied().unwrap_or(0) {
                0 => {
                    state.insert(target, 1);
                    path.push((target, next(target)));
                }
                1 => {
                    let start = path.iter().position(|(id, _)| *id == target).unwrap_or(0);
                    let ring: Vec<&str> = path[start..].iter().map(|(id, _)| *id).collect();
                    if let Some(at) = info(target) {
                        found.push(cycle_error(lang, &ring, at));
                    }
                }
                _ => {}
            }
        }
    }
    found
}

fn info_exists(
    messages: &HashMap<String, MessageInfo>,
    terms: &HashMap<String, MessageInfo>,
    id: &str,
) -> bool {
    messages.contains_key(id) || terms.contains_key(id)
}

/// The error for the cycle `ring` (its first id refers on to the next, the last back to the
/// first), at the definition of its first.
fn cycle_error(lang: Lang, ring: &[&str], at: &MessageInfo) -> Diagnostic {
    let first = ring.first().copied().unwrap_or_default();
    let what = |id: &str| {
        if id.starts_with('-') {
            "term"
        } else {
            "message"
        }
    };
    let message = if ring.len() == 1 {
        format!(
            "{} `{first}` refers to itself in locale `{lang}`",
            what(first)
        )
    } else {
        format!(
            "{} `{first}` refers back to itself through `{}` in locale `{lang}`",
            what(first),
            ring[1]
        )
    };
    let shown: Vec<&str> = ring.iter().copied().chain([first]).collect();
    let shown = if shown.len() > 8 {
        let (head, tail) = (&shown[..4], &shown[shown.len() - 3..]);
        format!(
            "{} → … ({} more) … → {}",
            head.join(" → "),
            shown.len() - 7,
            tail.join(" → ")
        )
    } else {
        shown.join(" → ")
    };
    Diagnostic::error(message, &at.file, at.offset..at.offset + at.id_len)
        .with_label(format!("this closes a cycle: {shown}"))
        .with_help("readers would see an id in braces instead of the text: break the cycle")
}

/// Collects the variables and message references of a message.
#[derive(Default)]
struct References {
    variables: Vec<String>,
    messages: Vec<String>,
    terms: Vec<String>,
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
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.terms.push(format!("-{}", id.name));
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
        Catalog::build(vec![(
            Lang::En,
            vec![SourceFile::new("en.ftl", text.to_owned())],
        )])
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
    fn cycles_through_messages_and_terms_are_located_errors() {
        let (_, diagnostics) = catalog(
            "a = A { b }\nb = B { a }\nself = { self }\nc = { -t }\n-t = { -u }\n-u = { c }\nok = { a } { -v }\n-v = fine\n",
        );
        let found: Vec<(String, Option<String>)> = diagnostics
            .iter()
            .map(|d| (d.message.clone(), d.position()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "message `a` refers back to itself through `b` in locale `en`".to_owned(),
                    Some("en.ftl:1:1".to_owned())
                ),
                (
                    "message `self` refers to itself in locale `en`".to_owned(),
                    Some("en.ftl:3:1".to_owned())
                ),
                (
                    "message `c` refers back to itself through `-t` in locale `en`".to_owned(),
                    Some("en.ftl:4:1".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn a_ten_thousand_long_chain_of_references_is_no_cycle() {
        use std::fmt::Write as _;
        let mut text = String::new();
        for i in 0..10_000 {
            let _ = writeln!(text, "m{i} = {{ m{} }}", i + 1);
        }
        text.push_str("m10000 = end\n");
        let (_, diagnostics) = catalog(&text);
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn a_missing_message_yields_its_id() {
        let (catalog, _) = catalog("");
        assert_eq!(catalog.text(Lang::En, "nope"), "nope");
    }
}
