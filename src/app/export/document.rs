//! A small document builder that prints as plain text or as Markdown, so that each export
//! describes its content once.

use crate::app::style::wrap;

/// How a document is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Markup {
    /// Plain text, wrapped to 80 columns, headings underlined.
    Text,
    /// Markdown.
    Markdown,
}

/// A document being written.
pub(crate) struct Document {
    markup: Markup,
    out: String,
}

/// Escapes the characters Markdown would read as markup.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl Document {
    pub(crate) fn new(markup: Markup) -> Self {
        Self {
            markup,
            out: String::new(),
        }
    }

    fn text(&self, text: &str) -> String {
        match self.markup {
            Markup::Text => text.to_owned(),
            Markup::Markdown => escape_markdown(text),
        }
    }

    fn gap(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn underlined(&mut self, text: &str, prefix: &str, rule: char) {
        self.gap();
        match self.markup {
            Markup::Markdown => {
                let line = format!("{prefix} {}\n", self.text(text));
                self.out.push_str(&line);
            }
            Markup::Text => {
                self.out.push_str(text);
                self.out.push('\n');
                self.out
                    .push_str(&rule.to_string().repeat(text.chars().count()));
                self.out.push('\n');
            }
        }
    }

    /// The document's title.
    pub(crate) fn title(&mut self, text: &str) {
        self.underlined(text, "#", '=');
    }

    /// A section heading.
    pub(crate) fn heading(&mut self, text: &str) {
        self.underlined(text, "##", '-');
    }

    /// A paragraph.
    pub(crate) fn paragraph(&mut self, text: &str) {
        self.gap();
        self.lines(text, "", "");
    }

    /// A bold lead-in followed by text, as its own paragraph: `Contacts: ...`. The label
    /// comes with its colon, as its language writes it (`Catalog::label`).
    pub(crate) fn labelled(&mut self, label: &str, text: &str) {
        self.gap();
        match self.markup {
            Markup::Markdown => {
                let line = format!("**{}** {}", self.text(label), self.text(text));
                self.out.push_str(&line);
                self.out.push('\n');
            }
            Markup::Text => self.lines(&format!("{label} {text}"), "", "  "),
        }
    }

    /// A bold lead-in for the list that follows: `Note down first:`.
    pub(crate) fn list_label(&mut self, label: &str) {
        self.gap();
        let line = match self.markup {
            Markup::Markdown => format!("**{}**", self.text(label)),
            Markup::Text => label.to_owned(),
        };
        self.out.push_str(&line);
        self.out.push('\n');
    }

    /// A list item; `depth` 0 or 1.
    pub(crate) fn item(&mut self, text: &str, depth: usize) {
        let indent = "  ".repeat(depth);
        let first = format!("{indent}- ");
        let rest = format!("{indent}  ");
        self.lines(text, &first, &rest);
    }

    /// Ends a list, so what follows starts a new block.
    pub(crate) fn end_list(&mut self) {
        self.gap();
    }

    fn lines(&mut self, text: &str, first: &str, rest: &str) {
        match self.markup {
            Markup::Markdown => {
                let line = format!("{first}{}", self.text(text));
                self.out.push_str(&line);
                self.out.push('\n');
            }
            Markup::Text => {
                for line in wrap(text, first, rest) {
                    self.out.push_str(&line);
                    self.out.push('\n');
                }
            }
        }
    }

    /// The finished document.
    pub(crate) fn finish(mut self) -> String {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(markup: Markup) -> String {
        let mut doc = Document::new(markup);
        doc.title("Call script");
        doc.paragraph("Ask *in* order.");
        doc.heading("Step 1");
        doc.item("Yes → step 2", 0);
        doc.item("detail", 1);
        doc.end_list();
        doc.labelled("Source:", "facts.md");
        doc.finish()
    }

    #[test]
    fn text_underlines_headings() {
        assert_eq!(
            sample(Markup::Text),
            "Call script\n===========\n\nAsk *in* order.\n\nStep 1\n------\n- Yes → step 2\n  - detail\n\nSource: facts.md\n"
        );
    }

    #[test]
    fn markdown_escapes_text() {
        assert_eq!(
            sample(Markup::Markdown),
            "# Call script\n\nAsk \\*in\\* order.\n\n## Step 1\n- Yes → step 2\n  - detail\n\n**Source:** facts.md\n"
        );
    }
}
