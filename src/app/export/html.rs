//! `meldwijzer html`: the guide as one self-contained web page, or as the pages of a site
//! (`site`), one language each.
//!
//! Every question and outcome is a `<section>` with an `id`; answers are links to the next
//! section, and CSS `:target` shows only the current one. So the page works with
//! JavaScript off (it has none), the browser's Back button is the guide's Back, and a route
//! can be bookmarked. A Content-Security-Policy forbids loading anything: no file, font,
//! image, script or style comes from elsewhere. The only links out are the contacts' own
//! web addresses, `tel:` links to call a number, and the quick exit to a neutral site.

use std::fmt::Write as _;

use meldwijzer::advice::{Advice, ContactView};
use meldwijzer::flow::{ContactKind, Node, Outcome, Question};
use meldwijzer::{Guide, Lang, phone};

pub(crate) use super::escape::html as escape;

/// A link target for a web address: only `https://` and `http://` addresses become links,
/// so no flow can smuggle in `javascript:` or `data:`.
fn web_href(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| escape(url.trim()))
}

/// Where a quick exit sends a person: a neutral public site, as GOV.UK's "Exit this page"
/// sends to a weather forecast. A weather service of the reader's region, in their language.
pub(crate) fn exit_address(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "https://www.knmi.nl",
        Lang::En => "https://www.bbc.co.uk/weather",
        Lang::Fr => "https://www.meteo.be",
    }
}

/// The file of `lang`'s page in a site.
pub(crate) fn site_file(lang: Lang) -> String {
    format!("{}.html", lang.code())
}

/// One page: the single file with every language, or one language's page of a site.
#[derive(Clone, Copy)]
struct Page<'a> {
    guide: &'a Guide,
    /// Every language of the guide, the first shown before any link is followed.
    langs: &'a [Lang],
    /// In a site, the one language of this page.
    site: Option<Lang>,
}

impl Page<'_> {
    /// The languages whose sections this page holds.
    fn shown(&self) -> Vec<Lang> {
        self.site
            .map_or_else(|| self.langs.to_vec(), |lang| vec![lang])
    }

    fn is_start(&self, node: Node) -> bool {
        self.guide.flow.node(&self.guide.flow.start.id) == Some(node)
    }

    /// The `id` of a node's section in `lang`. In the single file the first question is the
    /// language's code and the others are prefixed with it; a site's page has one language,
    /// so its ids are the flow's own, the same in every language.
    fn id(&self, lang: Lang, node: Node) -> String {
        let node_id = escape(self.guide.flow.node_id(node));
        if self.site.is_some() {
            node_id
        } else if self.is_start(node) {
            lang.code().to_owned()
        } else {
            format!("{}-{node_id}", lang.code())
        }
    }

    /// A link to a node's section in `lang`, from this page.
    fn href(&self, lang: Lang, node: Node) -> String {
        match self.site {
            Some(own) if own != lang && self.is_start(node) => site_file(lang),
            Some(own) if own != lang => format!("{}#{}", site_file(lang), self.id(lang, node)),
            _ => format!("#{}", self.id(lang, node)),
        }
    }

    /// The start's `id` in `lang`.
    fn start_id(&self, lang: Lang) -> String {
        let start = self
            .guide
            .flow
            .node(&self.guide.flow.start.id)
            .unwrap_or(Node::Question(0));
        self.id(lang, start)
    }
}

/// The style shared by every page: calm, readable from 320 px to a projector, contrast at
/// least WCAG AA, clear focus rings, large tap targets, and a quick exit that stays in view
/// while the page scrolls (the header keeps room for it at the top).
pub(crate) const PAGE_STYLE: &str = "*{box-sizing:border-box}\
html{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif;\
font-size:112.5%;line-height:1.55;color:#1b1b1b;background:#fff}\
body{margin:0 auto;max-width:44rem;padding:0 1rem 3rem}\
a{color:#0b4fb3}a:hover{color:#06357a}\
:focus-visible{outline:3px solid #1b1b1b;outline-offset:3px;box-shadow:0 0 0 6px #ffd34d}\
header{padding-top:3.2rem}\
.exit{display:block;position:fixed;top:0;right:1rem;z-index:1;\
padding:.6rem 1.1rem;min-height:44px;border-radius:0 0 .5rem .5rem;background:#1b1b1b;color:#fff;\
font-weight:700;text-decoration:underline;box-shadow:0 2px 6px rgba(0,0,0,.4)}\
.exit:hover{background:#3d3d3d;color:#fff}\
.emergency{margin:.75rem 0 1.25rem;padding:.85rem 1rem;border-radius:.5rem;background:#8a0d0d;color:#fff;font-weight:600}\
.emergency a{color:#fff;font-weight:700;display:inline-block;min-height:44px;padding:.45rem 0;margin:-.45rem 0}\
h1{font-size:1.55rem;line-height:1.25;margin:.5rem 0 1rem}\
.q{color:#4a4a4a;font-size:.9rem}.nw{white-space:nowrap}\
footer{margin-top:2rem;padding-top:1rem;border-top:1px solid #c9c9c9}\
footer p{margin:.25rem 0}footer a{display:inline-block;min-height:44px;padding:.55rem 0}\
@media (max-width:380px){html{font-size:106%}body{padding:0 .75rem 2rem}}\
@media print{.exit,footer{display:none}.emergency{background:none;color:#000;border:2px solid #000}\
.emergency a{color:#000}}";

/// The guide's own style, after `PAGE_STYLE`: answers as large buttons, contacts with their
/// call buttons, and printing without links.
pub(crate) const GUIDE_STYLE: &str = "\
.langs{display:flex;flex-wrap:wrap;gap:.5rem;justify-content:flex-end;padding:.5rem 0}\
.langs a{display:inline-block;min-height:44px;min-width:44px;padding:.55rem .8rem;border-radius:.4rem}\
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
.warnings li{font-weight:600}\
footer .again{display:block;width:fit-content}\
@media print{.langs{display:none}.call{color:#000;background:none;padding:0}\
li{break-inside:avoid}h1,h2,h3{break-after:avoid}}";

/// The guide's style: `PAGE_STYLE`, `GUIDE_STYLE`, and sections shown by CSS `:target` (a section that is
/// followed to keeps the page at its top, so that the emergency line above it stays in
/// view). Printing shows the current advice, or, from a start page, every question and
/// outcome of that language: the call script.
fn style(page: &Page<'_>) -> String {
    let mut css = format!("{PAGE_STYLE}{GUIDE_STYLE}");
    css.push_str(
        "section{display:none;scroll-margin-top:100vh}section:target{display:block}\
body:not(:has(section:target:not(.start))) .again{display:none}",
    );
    let first = page.shown().first().copied().unwrap_or(Lang::Nl);
    // Before any section is chosen, the start shows.
    let _ = write!(
        css,
        "main:not(:has(section:target))>#{}{{display:block}}",
        page.start_id(first)
    );
    if page.site.is_some() {
        css.push_str(
            "@media print{main:not(:has(section:target:not(.start)))>section{display:block}}",
        );
        return css;
    }
    // One page for every language: the exit, emergency line and footer of the language
    // being read show.
    let _ = write!(
        css,
        ":is(.exit,.emergency,footer>p){{display:none}}\
body:not(:has(section:target)) :is(.exit,.emergency,footer>p)[lang={code}]{{display:block}}",
        code = first.code()
    );
    for lang in page.langs {
        let code = lang.code();
        let _ = write!(
            css,
            "body:has(section[lang={code}]:target) :is(.exit,.emergency,footer>p)[lang={code}]{{display:block}}\
@media print{{main:has(#{code}:target)>section[lang={code}]{{display:block}}}}"
        );
    }
    let _ = write!(
        css,
        "@media print{{main:not(:has(section:target))>section[lang={}]{{display:block}}}}",
        first.code()
    );
    css
}

/// The start of a page: its language, `<title>`, description, policy and `style`.
pub(crate) fn head(lang: Lang, title: &str, description: &str, style: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n<title>{}</title>\n{}<style>{style}</style>\n</head>\n<body>\n",
        lang.code(),
        escape(title),
        if description.is_empty() {
            String::new()
        } else {
            format!(
                "<meta name=\"description\" content=\"{}\">\n",
                escape(description)
            )
        },
    )
}

/// The quick exit: a link, first on the page and kept in view (fixed at the top, in the
/// header landmark), that replaces the page
/// with a neutral site. It needs no script; the footer says it does not clear the history.
pub(crate) fn exit_link(guide: &Guide, lang: Lang) -> String {
    format!(
        "<a class=\"exit\" href=\"{}\" lang=\"{}\">{}</a>\n",
        exit_address(lang),
        lang.code(),
        escape(&guide.catalog.text(lang, "ui-html-exit"))
    )
}

/// The quick exit of a page read in any of `langs` (the language choice): its label in
/// each, so that nobody meets an exit they cannot read; it leaves for the first one's site.
pub(crate) fn exit_link_in_each(guide: &Guide, langs: &[Lang]) -> String {
    let first = langs.first().copied().unwrap_or(Lang::Nl);
    let labels: Vec<String> = langs
        .iter()
        .map(|&lang| {
            format!(
                "<span lang=\"{}\">{}</span>",
                lang.code(),
                escape(&guide.catalog.text(lang, "ui-html-exit"))
            )
        })
        .collect();
    format!(
        "<a class=\"exit\" href=\"{}\">{}</a>\n",
        exit_address(first),
        labels.join(" · ")
    )
}

/// The single page for `langs`, the first being the one shown before any link is followed.
pub(crate) fn render(guide: &Guide, langs: &[Lang]) -> String {
    let page = Page {
        guide,
        langs,
        site: None,
    };
    let first = langs.first().copied().unwrap_or(Lang::Nl);
    let mut html = head(
        first,
        &guide.catalog.text(first, "ui-html-title"),
        &guide.catalog.text(first, "ui-html-description"),
        &style(&page),
    );
    body(&mut html, &page);
    html
}

/// `lang`'s page of a site whose languages are `langs`.
pub(crate) fn site_page(guide: &Guide, langs: &[Lang], lang: Lang) -> String {
    let page = Page {
        guide,
        langs,
        site: Some(lang),
    };
    let mut html = head(
        lang,
        &guide.catalog.text(lang, "ui-html-title"),
        &guide.catalog.text(lang, "ui-html-description"),
        &style(&page),
    );
    body(&mut html, &page);
    html
}

/// Everything below `<body>`: the quick exit first, then the emergency line, every section,
/// and the footer, each in its own language.
fn body(html: &mut String, page: &Page<'_>) {
    let guide = page.guide;
    html.push_str("<header>");
    for lang in page.shown() {
        html.push_str(&exit_link(guide, lang));
    }
    // The emergency line above every section; the style shows the one of the language
    // being read.
    for lang in page.shown() {
        html.push_str(&emergency(guide, lang));
    }
    html.push_str("</header>\n<main>\n");
    for lang in page.shown() {
        for (i, question) in guide.flow.questions.iter().enumerate() {
            question_section(html, page, lang, Node::Question(i), question);
        }
        for outcome in &guide.flow.outcomes {
            outcome_section(html, page, lang, outcome);
        }
    }
    html.push_str("</main>\n<footer>");
    for lang in page.shown() {
        footer(html, page, lang);
    }
    html.push_str("</footer>\n</body>\n</html>\n");
}

/// The emergency line in `lang`, with its numbers as `tel:` links.
fn emergency(guide: &Guide, lang: Lang) -> String {
    format!(
        "<p class=\"emergency\" lang=\"{}\" role=\"note\">{}</p>",
        lang.code(),
        emergency_text(guide, lang)
    )
}

/// The emergency sentence in `lang` as HTML, its numbers `tel:` links.
pub(crate) fn emergency_text(guide: &Guide, lang: Lang) -> String {
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
    text
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

/// Opens a node's section, with links to the same screen in the other languages.
fn open_section(html: &mut String, page: &Page<'_>, lang: Lang, node: Node, class: &str) {
    let _ = writeln!(
        html,
        "<section id=\"{}\" lang=\"{}\" class=\"{class}\">",
        page.id(lang, node),
        lang.code(),
    );
    if page.langs.len() > 1 {
        let _ = write!(
            html,
            "<nav class=\"langs\" aria-label=\"{}\">",
            escape(&page.guide.catalog.text(lang, "ui-html-languages"))
        );
        for &other in page.langs.iter().filter(|&&other| other != lang) {
            let _ = write!(
                html,
                "<a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{}</a>",
                page.href(other, node),
                escape(&page.guide.catalog.text(other, "ui-html-language-name")),
                code = other.code()
            );
        }
        html.push_str("</nav>\n");
    }
}

/// `text` with each `date` in it kept on one line ("2026-11-26" must not break at a hyphen).
fn unbroken_date(text: &str, date: &str) -> String {
    let date = escape(date);
    escape(text).replace(&date, &format!("<span class=\"nw\">{date}</span>"))
}

/// Below every section: start again (not on the start itself), the browser's Back as the
/// guide's Back, the date the advice was last checked against its sources, and what the
/// quick exit does and does not do.
fn footer(html: &mut String, page: &Page<'_>, lang: Lang) {
    let guide = page.guide;
    let ui = |id: &str| guide.catalog.text(lang, id);
    let date = &guide.flow.verified.id;
    let checked = guide
        .catalog
        .format(lang, "ui-flow-verified", &[("date", date)]);
    let _ = write!(
        html,
        "<p lang=\"{code}\"><a class=\"again\" href=\"#{}\">{}</a> <span class=\"q\">{} {}</span></p>\
<p lang=\"{code}\" class=\"q\">{}</p>",
        page.start_id(lang),
        escape(&ui("ui-restart")),
        escape(&ui("ui-html-back")),
        unbroken_date(&checked, date),
        escape(&ui("ui-html-exit-note")),
        code = lang.code()
    );
    if page.site.is_some() {
        let _ = write!(
            html,
            "<p lang=\"{}\"><a href=\"{}\">{}</a></p>",
            lang.code(),
            tree_file(lang),
            escape(&ui("ui-html-tree-link"))
        );
    }
}

/// The file of `lang`'s trainers' page (the drawing of the tree) in a site.
pub(crate) fn tree_file(lang: Lang) -> String {
    format!("tree-{}.html", lang.code())
}

fn question_section(
    html: &mut String,
    page: &Page<'_>,
    lang: Lang,
    node: Node,
    question: &Question,
) {
    let guide = page.guide;
    let text = |id: &str| guide.catalog.text(lang, id);
    let at_start = page.is_start(node);
    open_section(
        html,
        page,
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
            "<li><a href=\"{}\">{}</a></li>",
            page.href(lang, next),
            escape(&text(&answer.label.id))
        );
    }
    html.push_str("</ul></section>\n");
}

fn outcome_section(html: &mut String, page: &Page<'_>, lang: Lang, outcome: &Outcome) {
    let guide = page.guide;
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| escape(&guide.catalog.label(lang, &ui(id)));
    let node = guide.flow.node(&outcome.id.id).unwrap_or(Node::Outcome(0));
    open_section(html, page, lang, node, "outcome");
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
                escape(&crate::app::contact_line::support_line(
                    guide, lang, contact
                ))
            );
        }
        html.push_str("</ul>");
    }
    // The source is named, not linked: the only links out are the contacts'.
    let _ = writeln!(
        html,
        "<p class=\"q\">{} {}</p></section>",
        label("ui-source"),
        escape(&advice.source.citation())
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
            let reach = crate::app::contact_line::reach(guide, lang, contact)
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
    // When this contact's details were last checked against its source.
    let checked = guide
        .catalog
        .format(lang, "ui-html-checked", &[("date", &contact.verified)]);
    let _ = write!(
        html,
        "<p class=\"q\">{}</p></li>",
        unbroken_date(&checked, &contact.verified)
    );
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
    fn dates_never_break_at_their_hyphens() {
        assert_eq!(
            unbroken_date("Checked on 2026-11-26.", "2026-11-26"),
            "Checked on <span class=\"nw\">2026-11-26</span>."
        );
        assert!(PAGE_STYLE.contains(".nw{white-space:nowrap}"));
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
