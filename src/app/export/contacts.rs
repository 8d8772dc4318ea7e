//! `meldwijzer contacts`: the reference card of every channel, grouped by country.

use meldwijzer::advice::ContactView;
use meldwijzer::country::Country;
use meldwijzer::record::FORMAT_VERSION;
use meldwijzer::{Guide, Lang};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

use super::document::{Document, Markup};
use crate::app::contact_line::phone_line;

/// The reference card.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "meldwijzer contacts card (contacts --format json)")
)]
struct Card {
    /// The version of this format (1).
    format_version: u32,
    /// When the flow was last checked against its sources (YYYY-MM-DD).
    verified: String,
    /// Every contact, in the flow's order (only those of `--country` and those for
    /// everyone, when it is given).
    contacts: Vec<ContactView>,
}

/// The JSON Schema of `contacts --format json`.
#[cfg(all(test, feature = "schema"))]
pub(crate) fn schema() -> String {
    meldwijzer::loader::schema_of::<Card>()
}

/// The contacts a helpline in `only` needs: its country's and those for everyone (all of
/// them when `only` is `None`), in the flow's order.
fn entries(guide: &Guide, lang: Lang, only: Option<Country>) -> Vec<ContactView> {
    guide
        .flow
        .contacts
        .iter()
        .map(|c| ContactView::new(guide, lang, c))
        .filter(|c| {
            only.is_none_or(|only| c.country.as_deref().is_none_or(|own| own == only.code()))
        })
        .collect()
}

/// The card as JSON: `{format_version, verified, contacts: [...]}`.
pub(crate) fn json(
    guide: &Guide,
    lang: Lang,
    only: Option<Country>,
) -> Result<String, serde_json::Error> {
    let card = Card {
        format_version: FORMAT_VERSION,
        verified: guide.flow.verified.id.to_string(),
        contacts: entries(guide, lang, only),
    };
    serde_json::to_string_pretty(&card).map(|s| s + "\n")
}

/// The card as text: one section per country, the reader's first (Belgium in French),
/// then the contacts that serve everyone.
pub(crate) fn text(guide: &Guide, lang: Lang, only: Option<Country>) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| guide.catalog.label(lang, &ui(id));
    let mut doc = Document::new(Markup::Text);
    doc.title(&ui("ui-contacts-title"));
    doc.paragraph(&guide.emergency_line(lang));
    let contacts = entries(guide, lang, only);
    let groups = Country::in_order_for(lang)
        .into_iter()
        .map(|c| Some(c.code()))
        .chain([None]);
    for group in groups {
        let members: Vec<&ContactView> = contacts
            .iter()
            .filter(|c| c.country.as_deref() == group)
            .collect();
        if members.is_empty() {
            continue;
        }
        let name = guide.catalog.format(
            lang,
            "ui-country-name",
            &[("country", group.unwrap_or("other"))],
        );
        doc.heading(&name);
        for c in members {
            doc.item(&c.name, 0);
            if let Some(phone) = phone_line(guide, lang, c) {
                doc.item(&format!("{} {phone}", label("ui-phone")), 1);
            }
            if let Some(url) = &c.url {
                doc.item(&format!("{} {url}", label("ui-web")), 1);
            }
            doc.item(&format!("{} {}", label("ui-when"), c.use_when), 1);
            if let Some(community) = &c.community {
                let language =
                    guide
                        .catalog
                        .format(lang, "ui-community", &[("community", community)]);
                doc.item(&language, 1);
            }
            if let Some(hours) = &c.hours {
                doc.item(&format!("{} {hours}", label("ui-hours")), 1);
            }
            doc.item(
                &format!("{} {}", label("ui-source"), c.source_page.citation()),
                1,
            );
            doc.item(&format!("{} {}", label("ui-verified"), c.verified), 1);
        }
        doc.end_list();
    }
    doc.paragraph(&guide.catalog.format(
        lang,
        "ui-flow-verified",
        &[("date", &guide.flow.verified.id)],
    ));
    doc.finish()
}
