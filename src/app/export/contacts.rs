//! `meldwijzer contacts`: the reference card of every channel.

use meldwijzer::advice::{ContactView, SourceView};
use meldwijzer::{Guide, Lang};
use serde::Serialize;

use super::document::{Document, Markup};

/// A contact with its source spelled out.
#[derive(Serialize)]
struct CardEntry {
    #[serde(flatten)]
    contact: ContactView,
    source_page: SourceView,
}

fn entries(guide: &Guide, lang: Lang) -> Vec<CardEntry> {
    guide
        .flow
        .contacts
        .iter()
        .map(|c| CardEntry {
            contact: ContactView::new(guide, lang, c),
            source_page: SourceView::new(guide, lang, &c.source.id),
        })
        .collect()
}

/// The card as JSON: `{verified, contacts: [...]}`.
pub(crate) fn json(guide: &Guide, lang: Lang) -> Result<String, serde_json::Error> {
    #[derive(Serialize)]
    struct Card {
        verified: String,
        contacts: Vec<CardEntry>,
    }
    let card = Card {
        verified: guide.flow.verified.id.clone(),
        contacts: entries(guide, lang),
    };
    serde_json::to_string_pretty(&card).map(|s| s + "\n")
}

/// The card as text.
pub(crate) fn text(guide: &Guide, lang: Lang) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| guide.catalog.label(lang, &ui(id));
    let mut doc = Document::new(Markup::Text);
    doc.title(&ui("ui-contacts-title"));
    doc.paragraph(&guide.emergency_line(lang));
    for entry in entries(guide, lang) {
        let c = &entry.contact;
        doc.heading(&c.name);
        if let Some(phone) = c.phone_with_dial() {
            doc.item(&format!("{} {phone}", label("ui-phone")), 0);
        }
        if let Some(url) = &c.url {
            doc.item(&format!("{} {url}", label("ui-web")), 0);
        }
        doc.item(&format!("{} {}", label("ui-when"), c.use_when), 0);
        if let Some(community) = &c.community {
            let language = guide
                .catalog
                .format(lang, "ui-community", &[("community", community)]);
            doc.item(&language, 0);
        }
        if let Some(hours) = &c.hours {
            doc.item(&format!("{} {hours}", label("ui-hours")), 0);
        }
        doc.item(
            &format!("{} {}", label("ui-source"), entry.source_page.citation()),
            0,
        );
        doc.item(&format!("{} {}", label("ui-verified"), c.verified), 0);
        doc.end_list();
    }
    doc.paragraph(&guide.catalog.format(
        lang,
        "ui-flow-verified",
        &[("date", &guide.flow.verified.id)],
    ));
    doc.finish()
}
