//! `meldwijzer sources`: the record of sources, each with its address, the day it was read,
//! what rests on it and whether it is due for a new check.

use meldwijzer::freshness::{Date, SourceAge};
use meldwijzer::{Guide, Lang, sanitize};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

use super::document::{Document, Markup};

/// The record as text for people.
pub(crate) fn text(
    guide: &Guide,
    lang: Lang,
    ages: &[SourceAge<'_>],
    today: Date,
    max_age: u32,
) -> String {
    let catalog = &guide.catalog;
    let ui = |id: &str| catalog.text(lang, id);
    let label = |id: &str| catalog.label(lang, &ui(id));
    let data = |value: &str| sanitize::single_line(value).into_owned();
    let mut doc = Document::new(Markup::Text);
    doc.title(&ui("ui-sources-title"));
    doc.paragraph(&catalog.format_count(
        lang,
        "ui-sources-intro",
        u128::from(max_age),
        &[("today", &today.to_string())],
    ));
    for age in ages {
        let source = age.source;
        doc.heading(&format!(
            "{} – {}",
            data(&source.publisher.id),
            catalog.text(lang, &source.title.id)
        ));
        let address = data(&source.address.id);
        doc.item(&format!("{} {address}", label("ui-sources-address")), 0);
        let read = data(&source.read.id);
        let when = match age.age_days.and_then(|d| u128::try_from(d).ok()) {
            Some(days) => catalog.format_count(lang, "ui-sources-age", days, &[("date", &read)]),
            None => read,
        };
        doc.item(&format!("{} {when}", label("ui-sources-read")), 0);
        let status = ui(if age.due {
            "ui-sources-due"
        } else {
            "ui-sources-current"
        });
        doc.item(&format!("{} {status}", label("ui-sources-status")), 0);
        let contacts: Vec<String> = age
            .contacts
            .iter()
            .map(|c| format!("{} [{}]", catalog.text(lang, &c.name.id), data(&c.id.id)))
            .collect();
        // Titles repeat (two "Call 112" outcomes): the id in brackets tells them apart, as
        // in the call script.
        let outcomes: Vec<String> = age
            .outcomes
            .iter()
            .map(|o| format!("{} [{}]", catalog.text(lang, &o.title.id), data(&o.id.id)))
            .collect();
        for (heading, names) in [
            ("ui-sources-contacts", contacts),
            ("ui-sources-outcomes", outcomes),
        ] {
            if names.is_empty() {
                doc.item(&format!("{} {}", label(heading), ui("ui-sources-none")), 0);
            } else {
                doc.item(&label(heading), 0);
                for name in names {
                    doc.item(&name, 1);
                }
            }
        }
        doc.end_list();
    }
    let due = ages.iter().filter(|a| a.due).count();
    doc.paragraph(&catalog.format_count(
        lang,
        "ui-sources-total",
        due as u128,
        &[("total", &ages.len().to_string())],
    ));
    doc.finish()
}

/// The record of sources, as JSON.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "meldwijzer record of sources (sources --format json)")
)]
struct Record<'a> {
    /// The version of this format (1).
    format_version: u32,
    /// The day the ages are counted to (YYYY-MM-DD).
    today: String,
    /// A source read more days ago than this is due for a new check.
    max_age_days: u32,
    /// How many sources are due.
    due: usize,
    /// Every source of the record, in the flow's order.
    sources: Vec<Entry<'a>>,
}

/// One source of the record, as JSON.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
struct Entry<'a> {
    /// Its id in the flow.
    id: &'a str,
    /// Who published the page.
    publisher: &'a str,
    /// What the page is, in the reader's language.
    title: String,
    /// The page's full public address.
    address: &'a str,
    /// The day it was read (YYYY-MM-DD).
    read: &'a str,
    /// Days since it was read; absent if the date cannot be read.
    age_days: Option<i64>,
    /// True if it is due for a new check.
    due: bool,
    /// The ids of the contacts whose facts rest on it.
    contacts: Vec<&'a str>,
    /// The ids of the outcomes that cite it.
    outcomes: Vec<&'a str>,
}

/// The JSON Schema of `sources --format json`.
#[cfg(all(test, feature = "schema"))]
pub(crate) fn schema() -> String {
    meldwijzer::loader::schema_of::<Record<'static>>()
}

/// The record as JSON: `{format_version, today, max_age_days, due, sources: [...]}`, for a
/// helpline's own reminders; what rests on a source is given by id.
pub(crate) fn json(
    guide: &Guide,
    lang: Lang,
    ages: &[SourceAge<'_>],
    today: Date,
    max_age: u32,
) -> Result<String, serde_json::Error> {
    let record = Record {
        format_version: meldwijzer::record::FORMAT_VERSION,
        today: today.to_string(),
        max_age_days: max_age,
        due: ages.iter().filter(|a| a.due).count(),
        sources: ages
            .iter()
            .map(|age| Entry {
                id: &age.source.id.id,
                publisher: &age.source.publisher.id,
                title: guide.catalog.text(lang, &age.source.title.id),
                address: &age.source.address.id,
                read: &age.source.read.id,
                age_days: age.age_days,
                due: age.due,
                contacts: age.contacts.iter().map(|c| c.id.id.as_str()).collect(),
                outcomes: age.outcomes.iter().map(|o| o.id.id.as_str()).collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&record).map(|s| s + "\n")
}
