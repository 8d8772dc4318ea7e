//! `meldwijzer contacts`: the reference card of every channel.

use meldwijzer::advice::ContactView;
use meldwijzer::{Guide, Lang};
use serde::Serialize;

use super::document::{Document, Markup};

/// A contact with its source spelled out.
#[derive(Serialize)]
struct CardEntry {
    #[serde(flatten)]
    contact: ContactView,
    source_title: String,
    source_file: String,
}

fn entries(guide: &Guide, lang: Lang) -> Vec<CardEntry> {
    guide
        .flow
        .contacts
        .iter()
        .map(|c| {
            let source = guide.flow.source(&c.source.id);
            CardEntry {
                contact: ContactView::new(guide, lang, c),
                source_title: source
                    .map(|s| guide.catalog.text(lang, &s.title.id))
                    .unwrap_or_default(),
                source_file: source.map(|s| s.file.id.clone()).unwrap_or_default(),
            }
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
    let mut doc = Document::new(Markup::Text);
    doc.title(&ui("ui-contacts-title"));
    doc.paragraph(&guide.emergency_line(lang));
    for entry in entries(guide, lang) {
        let c = &entry.contact;
        doc.heading(&c.name);
        if let Some(phone) = &c.phone {
            doc.item(&format!("{}: {phone}", ui("ui-phone")), 0);
        }
        if let Some(url) = &c.url {
            doc.item(&format!("{}: {url}", ui("ui-web")), 0);
        }
        if c.phone.is_none() && c.url.is_none() {
            doc.item(&ui("ui-no-details"), 0);
        }
        doc.item(&format!("{}: {}", ui("ui-when"), c.use_when), 0);
        if let Some(hours) = &c.hours {
            doc.item(&format!("{}: {hours}", ui("ui-hours")), 0);
        }
        doc.item(
            &format!(
                "{}: {} ({})",
                ui("ui-source"),
                entry.source_title,
                entry.source_file
            ),
            0,
        );
        doc.item(&format!("{}: {}", ui("ui-verified"), c.verified), 0);
        doc.end_list();
    }
    doc.paragraph(&guide.catalog.format(
        lang,
        "ui-flow-verified",
        &[("date", &guide.flow.verified.id)],
    ));
    doc.finish()
}
