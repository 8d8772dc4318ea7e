//! `meldwijzer paths`: every route from the first question to an outcome.

use meldwijzer::advice::{self, AnswerView, ContactView};
use meldwijzer::routes::{self, Route};
use meldwijzer::{Guide, Lang};
use serde::Serialize;

use super::document::{Document, Markup};

/// One route, resolved in a language.
#[derive(Serialize)]
struct RouteView {
    answers: Vec<AnswerView>,
    outcome: String,
    title: String,
    contacts: Vec<ContactView>,
}

#[derive(Serialize)]
struct PathsJson {
    count: String,
    listed: usize,
    routes: Vec<RouteView>,
}

fn view(guide: &Guide, lang: Lang, route: &Route) -> RouteView {
    let outcome = &guide.flow.outcomes[route.outcome];
    RouteView {
        answers: advice::answers(guide, lang, &route.steps),
        outcome: outcome.id.id.clone(),
        title: guide.catalog.text(lang, &outcome.title.id),
        contacts: ContactView::of_outcome(guide, lang, outcome),
    }
}

/// `Name: number` or `Name: address` (with the colon of `lang`), or just the name.
pub(crate) fn contact_line(guide: &Guide, lang: Lang, contact: &ContactView) -> String {
    match contact.phone_with_dial().or_else(|| contact.url.clone()) {
        Some(detail) => format!("{} {detail}", guide.catalog.label(lang, &contact.name)),
        None => contact.name.clone(),
    }
}

/// "30 routes", or "more than ... routes" when there are more than can be counted.
pub(crate) fn routes_in_words(guide: &Guide, lang: Lang, count: u128) -> String {
    let id = if routes::is_saturated(count) {
        "ui-routes-many"
    } else {
        "ui-routes"
    };
    guide.catalog.format_count(lang, id, count, &[])
}

/// Only the number of routes, in words.
pub(crate) fn count(guide: &Guide, lang: Lang) -> String {
    format!(
        "{}\n",
        routes_in_words(guide, lang, routes::count(&guide.flow))
    )
}

/// The routes as JSON.
pub(crate) fn json(guide: &Guide, lang: Lang, limit: usize) -> Result<String, serde_json::Error> {
    let listed = routes::list(&guide.flow, limit);
    let document = PathsJson {
        // A string: the count can exceed what JSON numbers hold exactly.
        count: routes::count(&guide.flow).to_string(),
        listed: listed.len(),
        routes: listed.iter().map(|r| view(guide, lang, r)).collect(),
    };
    serde_json::to_string_pretty(&document).map(|s| s + "\n")
}

/// The routes as text or Markdown.
pub(crate) fn document(guide: &Guide, lang: Lang, limit: usize, markup: Markup) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let total = routes::count(&guide.flow);
    let listed = routes::list(&guide.flow, limit);
    let mut doc = Document::new(markup);
    doc.title(&routes_in_words(guide, lang, total));
    for (n, route) in listed.iter().enumerate() {
        let route = view(guide, lang, route);
        let number = (n + 1).to_string();
        doc.heading(&format!(
            "{} {}",
            guide.catalog.label(
                lang,
                &guide
                    .catalog
                    .format(lang, "ui-route", &[("number", &number)])
            ),
            route.title
        ));
        for answer in &route.answers {
            doc.item(
                &format!("{} → {}", answer.question_text, answer.answer_text),
                0,
            );
        }
        doc.item(
            &format!(
                "{} {}",
                guide.catalog.label(lang, &ui("ui-contacts")),
                route
                    .contacts
                    .iter()
                    .map(|c| contact_line(guide, lang, c))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            0,
        );
        doc.end_list();
    }
    if (listed.len() as u128) < total {
        let shown = listed.len().to_string();
        doc.paragraph(&guide.catalog.format_count(
            lang,
            "ui-routes-shown",
            total,
            &[("shown", &shown)],
        ));
    }
    doc.finish()
}
