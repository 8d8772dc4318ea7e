//! Every escaping the exports do, in one place: text put into HTML, SVG (XML), Mermaid and
//! DOT, so that no flow or translation text can break out of where it is put.

/// `text` for HTML text and attribute values alike (quoted with `"` or `'`).
pub(crate) fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` for SVG (XML) text and attribute values quoted with `"`.
pub(crate) fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A Mermaid label in quotes: its own entity codes (`#quot;`), and `<br/>` between lines.
pub(crate) fn mermaid_label(lines: &[&str]) -> String {
    let escaped: Vec<String> = lines
        .iter()
        .map(|l| {
            l.replace('&', "#amp;")
                .replace('"', "#quot;")
                .replace('<', "#lt;")
                .replace('>', "#gt;")
        })
        .collect();
    format!("\"{}\"", escaped.join("<br/>"))
}

/// A DOT string literal, with newlines as DOT line breaks.
pub(crate) fn dot_string<S: AsRef<str>>(lines: &[S]) -> String {
    let escaped: Vec<String> = lines
        .iter()
        .map(|l| l.as_ref().replace('\\', "\\\\").replace('"', "\\\""))
        .collect();
    format!("\"{}\"", escaped.join("\\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_breaks_out() {
        assert_eq!(
            html(r#"<a href="x" title='y'>&"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;"
        );
        assert_eq!(xml(r#"<t a="1">&'"#), "&lt;t a=&quot;1&quot;&gt;&amp;'");
        assert_eq!(
            mermaid_label(&["a\"b", "<c>&"]),
            "\"a#quot;b<br/>#lt;c#gt;#amp;\""
        );
        assert_eq!(dot_string(&["a\"b\\", "c"]), "\"a\\\"b\\\\\\nc\"");
    }
}
