//! `meldwijzer html --site DIR`: the guide as a small static site a helpline can publish on
//! any web server, or open from a folder.
//!
//! One page per language (`nl.html`, `en.html`, `fr.html`) with its own `lang`, `<title>`
//! and description; an `index.html` to choose a language (no script, so no guessing from
//! the browser; the first language is Dutch); and per language a page for trainers with
//! the drawing of the tree (`tree-nl.html`). Every page loads nothing (the same policy as
//! the single page) and starts with a quick exit. The names are flat files, not folders,
//! so that every link also works from a folder opened in a browser (`file://`), where
//! `nl/` would not open `nl/index.html`.

use std::fmt::Write as _;

use meldwijzer::graph::Graph;
use meldwijzer::{Guide, Lang};

use super::html::{self, escape, exit_link, exit_link_in_each, head, site_file, tree_file};
use super::svg;

/// The file a site opens with.
pub(crate) const INDEX: &str = "index.html";

/// A file of the site: its name within the folder, and its text.
pub(crate) struct SiteFile {
    pub(crate) name: String,
    pub(crate) text: String,
}

/// Every file of the site for `langs` (the first is listed first), the index first.
pub(crate) fn render(guide: &Guide, langs: &[Lang]) -> Vec<SiteFile> {
    let mut files = vec![SiteFile {
        name: INDEX.to_owned(),
        text: index(guide, langs),
    }];
    for &lang in langs {
        files.push(SiteFile {
            name: site_file(lang),
            text: html::site_page(guide, langs, lang),
        });
        files.push(SiteFile {
            name: tree_file(lang),
            text: tree(guide, lang),
        });
    }
    files
}

/// The little style of the index and the trainers' pages, beside the guide's own.
const EXTRA_STYLE: &str = ".choose{list-style:none;padding:0}.choose li{margin:1rem 0}\
.choose a{display:block;min-height:48px;padding:.8rem 1rem;border:2px solid #0b4fb3;\
border-radius:.6rem;text-decoration:none;font-weight:700;font-size:1.15rem;background:#f3f7fd}.choose p{margin:.3rem 0 0 1rem}\
.emergency span{display:block}.emergency span+span{margin-top:.5rem}\
.tree{overflow:auto;border:1px solid #c9c9c9;border-radius:.5rem;max-height:80vh}\
.tree svg{display:block}\
header.each{padding-top:5.4rem}";

/// The page that lets a person choose a language: every language's name, in that language,
/// leading to its page. Its own language is the first one's.
fn index(guide: &Guide, langs: &[Lang]) -> String {
    let first = langs.first().copied().unwrap_or(Lang::Nl);
    let text = |lang: Lang, id: &str| escape(&guide.catalog.text(lang, id));
    let mut page = head(
        first,
        &guide.catalog.text(first, "ui-html-title"),
        &guide.catalog.text(first, "ui-html-description"),
        &format!("{}{EXTRA_STYLE}", html::PAGE_STYLE),
    );
    // The emergency line in every language, before anything else is read.
    // The exit's label in every language takes two lines on a phone: room for it.
    page.push_str("<header class=\"each\">");
    page.push_str(&exit_link_in_each(guide, langs));
    page.push_str("<p class=\"emergency\" role=\"note\">");
    for &lang in langs {
        let _ = write!(
            page,
            "<span lang=\"{}\">{}</span>",
            lang.code(),
            html::emergency_text(guide, lang)
        );
    }
    page.push_str("</p></header>\n<main>\n<h1>meldwijzer</h1>\n<ul class=\"choose\">");
    for &lang in langs {
        let _ = write!(
            page,
            "<li lang=\"{code}\"><a href=\"{}\" hreflang=\"{code}\">{}</a><p>{}</p></li>",
            site_file(lang),
            text(lang, "ui-html-language-name"),
            text(lang, "ui-html-title"),
            code = lang.code()
        );
    }
    page.push_str("</ul>\n</main>\n<footer>");
    for &lang in langs {
        let _ = write!(
            page,
            "<p class=\"q\" lang=\"{}\">{}</p>",
            lang.code(),
            text(lang, "ui-html-exit-note")
        );
    }
    page.push_str("</footer>\n</body>\n</html>\n");
    page
}

/// The trainers' page of `lang`: the drawing of the tree (`meldwijzer graph --format svg`),
/// in the page itself, since the page may load nothing.
fn tree(guide: &Guide, lang: Lang) -> String {
    let text = |id: &str| escape(&guide.catalog.text(lang, id));
    let mut page = head(
        lang,
        &guide.catalog.text(lang, "ui-html-tree-title"),
        &guide.catalog.text(lang, "ui-html-tree-intro"),
        &format!("{}{EXTRA_STYLE}", html::PAGE_STYLE),
    );
    let graph = Graph::new(guide, lang);
    let drawing = svg::render(
        &graph,
        guide.emergency_phone(),
        &format!("meldwijzer · {}", guide.flow.verified.id),
        svg::Shape::Tree,
    );
    // The drawing is wider than a phone: a region of its own that scrolls, reachable by
    // keyboard.
    let _ = write!(
        page,
        "<header>{}<p class=\"emergency\" role=\"note\">{}</p></header>\n<main>\n<h1>{}</h1>\n<p>{}</p>\n\
<p><a href=\"{}\">{}</a></p>\n<div class=\"tree\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">{drawing}</div>\n</main>\n\
<footer><p class=\"q\">{}</p></footer>\n</body>\n</html>\n",
        exit_link(guide, lang),
        html::emergency_text(guide, lang),
        text("ui-html-tree-title"),
        text("ui-html-tree-intro"),
        site_file(lang),
        text("ui-html-tree-back"),
        text("ui-html-tree-title"),
        text("ui-html-exit-note"),
    );
    page
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::*;

    /// The bytes a server sends for `text`, compressed with gzip at its usual level.
    fn gzipped(text: &str) -> usize {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(text.as_bytes()).expect("in memory");
        encoder.finish().expect("in memory").len()
    }

    fn site() -> Vec<SiteFile> {
        // Every language, as `meldwijzer html` loads it.
        let guide = Guide::load(
            &meldwijzer::FlowInput::Embedded,
            &meldwijzer::LocalesInput::Embedded,
        )
        .expect("the built-in guide")
        .0;
        render(&guide, &Lang::ALL)
    }

    #[test]
    fn every_page_fits_the_first_round_trip_and_the_site_a_slow_phone() {
        // 14 KB: what a server sends in its first round trip (10 TCP segments), so that
        // a page shows at once on a slow connection; 60 KB for the whole site.
        let files = site();
        let mut total = 0;
        for file in &files {
            let size = gzipped(&file.text);
            eprintln!(
                "{:<14} {:>7} bytes, {:>6} gzip",
                file.name,
                file.text.len(),
                size
            );
            assert!(size <= 14 * 1024, "{}: {size} bytes gzip", file.name);
            total += size;
        }
        eprintln!("site           {total:>22} gzip");
        assert!(total <= 60 * 1024, "the site: {total} bytes gzip");
    }

    #[test]
    fn the_site_has_an_index_a_page_and_a_trainers_page_per_language() {
        let names: Vec<String> = site().into_iter().map(|f| f.name).collect();
        assert_eq!(
            names,
            [
                "index.html",
                "nl.html",
                "tree-nl.html",
                "en.html",
                "tree-en.html",
                "fr.html",
                "tree-fr.html"
            ]
        );
    }

    #[test]
    fn each_page_says_its_own_language_title_and_description() {
        for file in site() {
            let lang = file
                .name
                .trim_end_matches(".html")
                .trim_start_matches("tree-")
                .replace("index", "nl");
            assert!(
                file.text
                    .starts_with(&format!("<!doctype html>\n<html lang=\"{lang}\">")),
                "{}",
                file.name
            );
            assert!(
                file.text.contains("<meta name=\"description\""),
                "{}",
                file.name
            );
            assert!(file.text.contains("default-src 'none'"), "{}", file.name);
            // The quick exit comes before anything else that can be focused.
            let body = file.text.split("<body>\n").nth(1).expect("a body");
            let header = body.split_once('>');
            assert!(
                header.is_some_and(|(tag, rest)| tag.starts_with("<header")
                    && rest.starts_with("<a class=\"exit\" href=\"https://")),
                "{}",
                file.name
            );
            assert!(!file.text.contains("<script"), "{}", file.name);
        }
    }
}
