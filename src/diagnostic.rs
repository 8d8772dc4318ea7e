//! Located problems in flow and locale files, rendered in the style of a compiler message.

use std::fmt;
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::sanitize;
use crate::source_file::{SourceFile, Span};

/// How serious a [`Diagnostic`] is: errors make a flow unusable, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The flow cannot be used.
    Error,
    /// Worth fixing, but the flow still works.
    Warning,
}

/// Where a problem is: a file and a byte range in it.
#[derive(Debug, Clone)]
pub struct Location {
    /// The file.
    pub file: Arc<SourceFile>,
    /// The offending bytes.
    pub span: Span,
}

/// One problem found while loading or validating.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one line.
    pub message: String,
    /// Where, when the problem has a place in a file.
    pub location: Option<Location>,
    /// A short note under the offending span.
    pub label: Option<String>,
    /// How to fix it, when we can tell.
    pub help: Option<String>,
    /// What a front-end needs to say it in the reader's language; `None` for diagnostics
    /// meant for content editors, which stay English.
    pub wording: Option<Box<Wording>>,
}

/// A diagnostic's kind and arguments, so that a front-end can word its message, label and
/// hint in the reader's language (the catalogue selects on `kind` and `help`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// Selects the message and the label.
    pub kind: &'static str,
    /// Selects the hint, when there is one.
    pub help: Option<&'static str>,
    /// The values the texts use: ids, lists, a suggestion.
    pub args: Vec<(&'static str, String)>,
}

impl Diagnostic {
    /// An error at `span` of `file`.
    pub fn error(message: impl Into<String>, file: &Arc<SourceFile>, span: Span) -> Self {
        Self::new(Severity::Error, message, file, span)
    }

    /// A warning at `span` of `file`.
    pub fn warning(message: impl Into<String>, file: &Arc<SourceFile>, span: Span) -> Self {
        Self::new(Severity::Warning, message, file, span)
    }

    fn new(
        severity: Severity,
        message: impl Into<String>,
        file: &Arc<SourceFile>,
        span: Span,
    ) -> Self {
        Self {
            severity,
            message: message.into(),
            location: Some(Location {
                file: Arc::clone(file),
                span,
            }),
            label: None,
            help: None,
            wording: None,
        }
    }

    /// An error that belongs to no file position (a missing folder, say).
    pub fn unlocated(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            location: None,
            label: None,
            help: None,
            wording: None,
        }
    }

    /// Adds what a front-end needs to say this diagnostic in the reader's language.
    #[must_use]
    pub fn worded(mut self, wording: Wording) -> Self {
        // Boxed: most diagnostics have none, and a small error type keeps results cheap.
        self.wording = Some(Box::new(wording));
        self
    }

    /// Adds the note shown under the span.
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a hint on how to fix the problem.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `FILE:LINE:COL`, or `None` when the problem has no place.
    pub fn position(&self) -> Option<String> {
        self.location.as_ref().map(|loc| {
            let (line, column) = loc.file.line_col(loc.span.start);
            format!("{}:{line}:{column}", loc.file.name())
        })
    }

    /// The message with its source excerpt, `styled` with ANSI colours or plain.
    pub fn render(&self, styled: bool) -> String {
        self.render_named(styled, &LevelNames::ENGLISH)
    }

    /// As [`Diagnostic::render`], with the words for "error", "warning" and "help" that a
    /// front-end gives in its reader's language.
    pub fn render_named(&self, styled: bool, names: &LevelNames<'_>) -> String {
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let level = match self.severity {
            Severity::Error => Level::ERROR.with_name(names.error),
            Severity::Warning => Level::WARNING.with_name(names.warning),
        };
        let message = sanitize::single_line(&self.message);
        let mut group = Group::with_title(level.primary_title(message.as_ref()));
        // Kept alive here because the snippet borrows them.
        let excerpt;
        let path;
        if let Some(loc) = &self.location {
            let mut bounds = [loc.file.clamp(loc.span.start), loc.file.clamp(loc.span.end)];
            excerpt = sanitize::for_terminal_with_offsets(loc.file.text(), &mut bounds);
            path = sanitize::single_line(loc.file.name()).into_owned();
            let mut annotation = AnnotationKind::Primary.span(bounds[0]..bounds[1].max(bounds[0]));
            if let Some(label) = &self.label {
                annotation = annotation.label(sanitize::single_line(label));
            }
            group = group.element(
                Snippet::source(excerpt.as_str())
                    .path(path.as_str())
                    .annotation(annotation),
            );
        }
        let Some(help) = &self.help else {
            return renderer.render(&[group]);
        };
        let help = sanitize::single_line(help);
        if self.location.is_none() {
            // Without a snippet there is no gutter to hang the help on.
            let title = renderer.render(&[group]);
            return format!("{title}\n  = {}: {help}", names.help);
        }
        group = group.element(Level::HELP.with_name(names.help).message(help.as_ref()));
        renderer.render(&[group])
    }
}

/// The words a rendered diagnostic labels its parts with.
#[derive(Debug, Clone, Copy)]
pub struct LevelNames<'a> {
    /// The word for an error.
    pub error: &'a str,
    /// The word for a warning.
    pub warning: &'a str,
    /// The word for a hint.
    pub help: &'a str,
}

impl LevelNames<'static> {
    /// The words compilers use; flow diagnostics for content editors are always English.
    pub const ENGLISH: Self = Self {
        error: "error",
        warning: "warning",
        help: "help",
    };
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Renders all `diagnostics`, errors first, then a one-line count, as a compiler would.
pub fn render_all(diagnostics: &[Diagnostic], styled: bool) -> String {
    let mut out = render_each(diagnostics, styled);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 {
        out.push_str("error: the flow is invalid: ");
        out.push_str(&plural(errors, "error"));
        if warnings > 0 {
            out.push_str(", ");
            out.push_str(&plural(warnings, "warning"));
        }
        out.push('\n');
    }
    out
}

/// Every diagnostic, errors first, each followed by a blank line, without a summary.
pub fn render_each(diagnostics: &[Diagnostic], styled: bool) -> String {
    render_each_named(diagnostics, styled, &LevelNames::ENGLISH)
}

/// As [`render_each`], with the words for "error", "warning" and "help" of `names`.
pub fn render_each_named(
    diagnostics: &[Diagnostic],
    styled: bool,
    names: &LevelNames<'_>,
) -> String {
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by_key(|d| d.severity);
    let mut out = String::new();
    for diagnostic in sorted {
        out.push_str(&diagnostic.render_named(styled, names));
        out.push_str("\n\n");
    }
    out
}

/// `1 error`, `2 errors`.
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_position_span_label_and_help() {
        let file = SourceFile::new("flows/x.toml", "[flow]\nstart = \"nope\"\n");
        let d = Diagnostic::error("unknown start `nope`", &file, 15..21)
            .with_label("no question has this id")
            .with_help("did you mean `nl`?");
        assert_eq!(d.position().as_deref(), Some("flows/x.toml:2:9"));
        let text = d.render(false);
        assert!(text.starts_with("error: unknown start `nope`\n"), "{text}");
        assert!(text.contains("--> flows/x.toml:2:9"), "{text}");
        assert!(text.contains("^^^^^^ no question has this id"), "{text}");
        assert!(text.contains("help: did you mean `nl`?"), "{text}");
    }

    #[test]
    fn control_characters_in_the_excerpt_are_escaped() {
        let file = SourceFile::new("f.ftl", "a = \u{1b}]52;c;x\u{7}\nb = {\n");
        let d = Diagnostic::error("bad", &file, 18..19);
        let text = d.render(false);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
        assert!(text.contains("--> f.ftl:2:5"), "{text}");
    }
}
