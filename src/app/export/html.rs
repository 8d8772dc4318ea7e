//! `meldwijzer html`: the guide as one self-contained web page.
//!
//! Every question and outcome is a `<section>` with an `id`; answers are links to the next
//! section, and CSS `:target` shows only the current one. So the page works with
//! JavaScript off (it has none), the browser's Back button is the guide's Back, and a route
//! can be bookmarked. A Content-Security-Policy forbids loading anything: no file, font,
//! image, script or style comes from elsewhere. The only links out are the contacts' own
//! web addresses and `tel:` links to call a number.

use std::fmt::Write as _;

use meldwijzer::advice::{Advice, ContactView};
use meldwijzer::flow::{ContactKind, Node, Outcome, Question};
use meldwijzer::{Guide, Lang, phone};

/// Escapes `text` for HTML text and attribute values alike.
fn escape(text: &str) -> String {
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

/// A link target for a web address: only `https://` and `http://` addresses become links,
/// so no flow can smuggle in `javascript:` or `data:`.
fn web_href(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| escape(url.trim()))
}

/// The `id` of a node's section in `lang`; the first question is the language's start.
fn section_id(guide: &Guide, lang: Lang, node: Node) -> String {
    if guide.flow.node(&guide.flow.start.id) == Some(node) {
        lang.code().to_owned()
    } else {
        format!("{}-{}", lang.code(), guide.flow.node_id(node))
    }
}

/// The page's style (a section that is followed to keeps the page at its top, so that the
/// emergency line above it stays in view): calm, readable from 320 px to a projector, contrast at least WCAG AA,
/// clear focus rings, large tap targets; printing shows the current advice, or, from a
/// start page, every question and outcome of that language: the call script.
fn style(langs: &[Lang]) -> String {
    let mut css = String::from(
        "*{box-sizing:border-box}\
html{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif;\
font-size:112.5%;line-height:1.55;color:#1b1b1b;background:#fff}\
body{margin:0 auto;max-width:44rem;padding:0 1rem 3rem}\
a{color:#0b4fb3}a:hover{color:#06357a}\
:focus-visible{outline:3px solid #1b1b1b;outline-offset:3px;box-shadow:0 0 0 6px #ffd34d}\
.langs{display:flex;flex-wrap:wrap;gap:.5rem;justify-content:flex-end;padding:.75rem 0}\
.langs a{display:inline-block;min-height:44px;min-width:44px;padding:.55rem .8rem;border-radius:.4rem}\
section,.emergency,.nav{display:none}section:target{display:block}\
section{scroll-margin-top:100vh}\
.emergency{margin:0 0 1.25rem;padding:.85rem 1rem;border-radius:.5rem;background:#8a0d0d;color:#fff;font-weight:600}\
.emergency a{color:#fff;font-weight:700;display:inline-block;min-height:44px;padding:.45rem 0;margin:-.45rem 0}\
h1{font-size:1.55rem;line-height:1.25;margin:.5rem 0 1rem}\
h2{font-size:1.15rem;margin:1.75rem 0 .5rem}\
h3{font-size:1.05rem;margin:0 0 .35rem}\
.hint{color:#3d3d3d;margin-top:-.5rem}\
.answers{list-style:none;padding:0;margin:1rem 0}.answers li{margin:.6rem 0}\
.answers a{display:block;min-height:48px;padding:.8rem 1rem;border:2px solid #0b4fb3;border-radius:.6rem;\
text-decoration:none;font-weight:600;background:#f3f7fd}\
.answers a:hover{background:#e2ecfb}\
.contacts{padding-left:1.4rem}.contacts>li{margin:0 0 1.25rem}\
.contacts p{margin:.2rem 0}\
.call{display:inline-block;min-height:44px;padding:.5rem .9rem;margin:.15rem 0;border-radius:.5rem;\
background:#0b4fb3;color:#fff;font-weight:700;text-decoration:none;font-size:1.1rem}\
.call:hover{background:#06357a;color:#fff}\
.copy{font-weight:700;font-size:1.1rem;user-select:all;-webkit-user-select:all;white-space:nowrap}\
.url{overflow-wrap:anywhere}\
.q{color:#4a4a4a;font-size:.9rem}\
.warnings li{font-weight:600}\
.nav{margin-top:2rem;padding-top:1rem;border-top:1px solid #c9c9c9}\
.nav a{display:inline-block;min-height:44px;padding:.55rem 0}\
@media (max-width:380px){html{font-size:106%}body{padding:0 .75rem 2rem}}\
@media print{.langs,.nav{display:none}.emergency{background:none;color:#000;border:2px solid #000}\
.emergency a,.call{color:#000;background:none;padding:0}section{break-inside:avoid-page}}",
    );
    // Before any section is chosen, the first language's start shows.
    let first = langs.first().map_or("nl", |l| l.code());
    let _ = write!(
        css,
        "main:not(:has(section:target))>#{first}{{display:block}}\
body:not(:has(section:target)) :is(.emergency,.nav)[lang={first}]{{display:block}}"
    );
    for (i, lang) in langs.iter().enumerate() {
        let code = lang.code();
        // The emergency line and the way back of the language being read.
        let _ = write!(
            css,
            "body:has(section[lang={code}]:target) :is(.emergency,.nav)[lang={code}]{{display:block}}"
        );
        // Printing a start page prints every section of its language: the call script.
        let _ = write!(
            css,
            "@media print{{main:has(#{code}:target)>section[lang={code}]{{display:block}}}}"
        );
        if i == 0 {
            let _ = write!(
                css,
                "@media print{{main:not(:has(section:target))>section[lang={code}]{{display:block}}}}"
            );
        }
    }
    css
}

/// The page for `langs`, the first being the one shown before any link is followed.
pub(crate) fn render(guide: &Guide, langs: &[Lang]) -> String {
    let first = langs.first().copied().unwrap_or(Lang::Nl);
    let ui = |id: &str| guide.catalog.text(first, id);
    let mut html = String::with_capacity(160_000);
    let _ = write!(
        html,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        first.code(),
        escape(&ui("ui-html-title")),
        style(langs)
    );
    html.push_str("<header>");
    if langs.len() > 1 {
        let _ = write!(
            html,
            "<nav class=\"langs\" aria-label=\"{}\">",
            escape(&ui("ui-html-languages"))
        );
        for lang in langs {
            let _ = write!(
                html,
                "<a href=\"#{code}\" hreflang=\"{code}\" lang=\"{code}\">{}</a>",
                escape(&guide.catalog.text(*lang, "ui-html-language-name")),
                code = lang.code()
            );
        }
        html.push_str("</nav>\n");
    }
    // One emergency line and one way back per language, above and below every section;
    // the style shows those of the language being read.
    for &lang in langs {
        html.push_str(&emergency(guide, lang));
    }
    html.push_str("</header>\n<main>\n");
    for &lang in langs {
        for (i, question) in guide.flow.questions.iter().enumerate() {
            question_section(&mut html, guide, lang, Node::Question(i), question);
        }
        for outcome in &guide.flow.outcomes {
            outcome_section(&mut html, guide, lang, outcome);
        }
    }
    html.push_str("</main>\n<footer>");
    for &lang in langs {
        way_back(&mut html, guide, lang);
    }
    html.push_str("</footer>\n</body>\n</html>\n");
    html
}

/// The emergency line, with its numbers as `tel:` links.
fn emergency(guide: &Guide, lang: Lang) -> String {
    let mut text = escape(&guide.emergency_line(lang));
    // The emergency numbers: the flow's emergency contact and other short phone numbers of
    // kind `phone` that the line names (101 beside 112).
    let mut numbers: Vec<&str> = guide
        .flow
        .contacts
        .iter()
        .filter(|c| c.kind == ContactKind::Phone)
        .filter_map(|c| c.phone.as_ref().map(|p| p.id.as_str()))
        .filter(|p| p.len() <= 3)
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    for number in numbers {
        text = link_number(&text, number);
    }
    format!(
        "<p class=\"emergency\" lang=\"{}\" role=\"note\">{text}</p>",
        lang.code()
    )
}

/// `text` with `number`, where it stands as a whole number, made a `tel:` link.
fn link_number(text: &str, number: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(number) {
        // Whole: no digit next to it, not even across one space ("0800 112 34").
        let mut before = rest[..at].chars().rev();
        let mut after = rest[at + number.len()..].chars();
        let part_of_more = |next: Option<char>, then: Option<char>| match next {
            Some(c) if c.is_ascii_digit() || c == '"' || c == ':' => true,
            Some(' ') => then.is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        };
        let whole = !part_of_more(before.next(), before.next())
            && !part_of_more(after.next(), after.next());
        out.push_str(&rest[..at]);
        if whole {
            let _ = write!(
                out,
                "<a href=\"tel:{}\">{number}</a>",
                phone::dialable(number)
            );
        } else {
            out.push_str(number);
        }
        rest = &rest[at + number.len()..];
    }
    out.push_str(rest);
    out
}

fn open_section(html: &mut String, guide: &Guide, lang: Lang, node: Node, class: &str) {
    let _ = writeln!(
        html,
        "<section id=\"{}\" lang=\"{}\" class=\"{class}\">",
        section_id(guide, lang, node),
        lang.code(),
    );
}

/// Below every section: start again, the browser's Back as the guide's Back, and the date
/// the advice was last checked against its sources.
fn way_back(html: &mut String, guide: &Guide, lang: Lang) {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let checked = guide.catalog.format(
        lang,
        "ui-flow-verified",
        &[("date", &guide.flow.verified.id)],
    );
    let _ = write!(
        html,
        "<p class=\"nav\" lang=\"{code}\"><a href=\"#{code}\">{}</a> · <span class=\"q\">{} {}</span></p>",
        escape(&ui("ui-restart")),
        escape(&ui("ui-html-back")),
        escape(&checked),
        code = lang.code()
    );
}

fn question_section(html: &mut String, guide: &Guide, lang: Lang, node: Node, question: &Question) {
    let text = |id: &str| guide.catalog.text(lang, id);
    let at_start = section_id(guide, lang, node) == lang.code();
    open_section(
        html,
        guide,
        lang,
        node,
        if at_start {
            "question start"
        } else {
            "question"
        },
    );
    if at_start {
        let _ = write!(html, "<p>{}</p>", escape(&text("ui-intro")));
    }
    let _ = write!(html, "<h1>{}</h1>", escape(&text(&question.text.id)));
    if let Some(help) = &question.help {
        let _ = write!(html, "<p class=\"hint\">{}</p>", escape(&text(&help.id)));
    }
    html.push_str("<ul class=\"answers\">");
    for answer in &question.answers {
        let Some(next) = guide.flow.next(answer) else {
            continue;
        };
        let _ = write!(
            html,
            "<li><a href=\"#{}\">{}</a></li>",
            section_id(guide, lang, next),
            escape(&text(&answer.label.id))
        );
    }
    html.push_str("</ul>");
    html.push_str(
        "</section>
",
    );
}

fn outcome_section(html: &mut String, guide: &Guide, lang: Lang, outcome: &Outcome) {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| escape(&guide.catalog.label(lang, &ui(id)));
    let node = guide.flow.node(&outcome.id.id).unwrap_or(Node::Outcome(0));
    open_section(html, guide, lang, node, "outcome");
    let advice = Advice::new(guide, lang, &[], outcome);
    let _ = write!(html, "<h1>{}</h1>", escape(&advice.title));
    let _ = write!(
        html,
        "<h2>{}</h2><ol class=\"contacts\">",
        escape(&ui("ui-contacts"))
    );
    for contact in &advice.contacts {
        contact_item(html, guide, lang, contact);
    }
    html.push_str("</ol>");
    let _ = write!(html, "<p>{}</p>", escape(&advice.summary));
    for (heading, items, class) in [
        ("ui-note-down", &advice.notes, ""),
        ("ui-after", &advice.after, ""),
        ("ui-warnings", &advice.warnings, " class=\"warnings\""),
    ] {
        if items.is_empty() {
            continue;
        }
        let _ = write!(html, "<h2>{}</h2><ul{class}>", escape(&ui(heading)));
        for item in items {
            let _ = write!(html, "<li>{}</li>", escape(item));
        }
        html.push_str("</ul>");
    }
    if !advice.support.is_empty() {
        let _ = write!(html, "<h2>{}</h2><ul>", escape(&ui("ui-support")));
        for contact in &advice.support {
            let _ = write!(
                html,
                "<li>{}</li>",
                escape(&super::paths::contact_line(guide, lang, contact))
            );
        }
        html.push_str("</ul>");
    }
    // The source is named, not linked: the only links out are the contacts'.
    let _ = write!(
        html,
        "<p class=\"q\">{} {}</p>",
        label("ui-source"),
        escape(&advice.source.citation())
    );
    html.push_str(
        "</section>
",
    );
}

fn contact_item(html: &mut String, guide: &Guide, lang: Lang, contact: &ContactView) {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| escape(&guide.catalog.label(lang, &ui(id)));
    let _ = write!(html, "<li><h3>{}</h3>", escape(&contact.name));
    if let (Some(number), Some(dial)) = (&contact.phone, &contact.dial) {
        if contact.kind == ContactKind::Chat {
            // A chat-app number takes messages, not calls: shown to copy, not to dial.
            let _ = write!(
                html,
                "<p>{} <span class=\"copy\">{}</span>",
                label("ui-kind-chat"),
                escape(number)
            );
            if phone::needs_dialable_form(number) {
                let _ = write!(html, " (<span class=\"copy\">{}</span>)", escape(dial));
            }
            html.push_str("</p>\n");
        } else {
            // Where the number works, beside it: "only from Belgium", or its form abroad.
            let reach = super::paths::reach(guide, lang, contact)
                .map(|words| format!(" ({})", escape(&words)))
                .unwrap_or_default();
            let _ = write!(
                html,
                "<p>{} <a class=\"call\" href=\"tel:{}\">{}</a>{reach}</p>",
                label("ui-phone"),
                escape(dial),
                escape(number)
            );
        }
    }
    if let Some(url) = &contact.url {
        let link = web_href(url).map_or_else(
            || escape(url),
            |href| format!("<a class=\"url\" href=\"{href}\">{}</a>", escape(url)),
        );
        let _ = write!(html, "<p>{} {link}</p>", label("ui-web"));
    }
    let _ = write!(
        html,
        "<p>{} {}</p>",
        label("ui-when"),
        escape(&contact.use_when)
    );
    if let Some(hours) = &contact.hours {
        let _ = write!(html, "<p>{} {}</p>", label("ui-hours"), escape(hours));
    }
    if let Some(community) = &contact.community {
        let text = guide
            .catalog
            .format(lang, "ui-community", &[("community", community)]);
        let _ = write!(html, "<p>{}</p>", escape(&text));
    }
    // The date every detail was checked is said once, below every screen (`way_back`).
    html.push_str("</li>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(
            escape("<script>\"x\"&'y'</script>"),
            "&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            web_href("https://www.1712.be").as_deref(),
            Some("https://www.1712.be")
        );
        assert_eq!(web_href("javascript:alert(1)"), None);
        assert_eq!(web_href(" JavaScript:alert(1)"), None);
        assert_eq!(web_href("data:text/html,x"), None);
    }

    #[test]
    fn whole_numbers_become_call_links() {
        assert_eq!(
            link_number("Bel 112. Niet 0800 112 34.", "112"),
            "Bel <a href=\"tel:112\">112</a>. Niet 0800 112 34."
        );
        assert_eq!(link_number("1120", "112"), "1120");
    }
}
