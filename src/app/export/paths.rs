//! `meldwijzer paths`: every route from the first question to an outcome.

use meldwijzer::advice::{self, AnswerView, ContactView};
use meldwijzer::country::{self, Country};
use meldwijzer::record::FORMAT_VERSION;
use meldwijzer::routes::{self, Route};
use meldwijzer::{Guide, Lang};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

use super::document::{Document, Markup};

/// One route, resolved in a language.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
struct RouteView {
    /// The questions asked and the answers given, in order.
    answers: Vec<AnswerView>,
    /// The id of the outcome it ends in.
    outcome: String,
    /// The outcome's headline.
    title: String,
    /// Whom the outcome says to contact, most important first.
    contacts: Vec<ContactView>,
}

/// The routes from the first question to an outcome.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "meldwijzer routes (paths --format json)")
)]
struct PathsJson {
    /// The version of this format (1).
    format_version: u32,
    /// How many routes there are, in digits (a string: it can exceed what JSON numbers
    /// hold exactly).
    count: String,
    /// How many are listed below (at most `--limit`).
    listed: usize,
    /// The routes, in answer order.
    routes: Vec<RouteView>,
}

/// The JSON Schema of `paths --format json`.
#[cfg(all(test, feature = "schema"))]
pub(crate) fn schema() -> String {
    meldwijzer::loader::schema_of::<PathsJson>()
}

/// The answers a route for `only` may take (every answer when `None`).
fn keeper(guide: &Guide, only: Option<Country>) -> impl Fn(usize, usize) -> bool + '_ {
    move |q, a| country::keeps(&guide.flow, only, q, a)
}

fn view(guide: &Guide, lang: Lang, route: &Route) -> RouteView {
    let outcome = &guide.flow.outcomes[route.outcome];
    RouteView {
        answers: advice::answers(guide, lang, &route.steps),
        outcome: outcome.id.id.to_string(),
        title: guide.catalog.text(lang, &outcome.title.id),
        contacts: ContactView::of_outcome(guide, lang, outcome),
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
pub(crate) fn count(guide: &Guide, lang: Lang, only: Option<Country>) -> String {
    let total = routes::count_where(&guide.flow, &keeper(guide, only));
    format!("{}\n", routes_in_words(guide, lang, total))
}

/// Each route as the command that replays it: `meldwijzer start -a QUESTION=ANSWER ...`,
/// with the outcome's id as a shell comment.
pub(crate) fn commands(guide: &Guide, limit: usize, only: Option<Country>) -> String {
    let flow = &guide.flow;
    let mut out = String::new();
    for route in routes::list_where(flow, limit, &keeper(guide, only)) {
        out.push_str("meldwijzer start");
        for step in &route.steps {
            let question = &flow.questions[step.question];
            let answer = &question.answers[step.answer];
            out.push_str(" -a ");
            out.push_str(&shell_word(&format!("{}={}", question.id.id, answer.id.id)));
        }
        out.push_str("  # ");
        out.push_str(&shell_word(&flow.outcomes[route.outcome].id.id));
        out.push('\n');
    }
    out
}

/// `word` as one shell word: as it is when it holds only characters no shell acts on (ids
/// are letters, digits, `-` and `_`), else in single quotes.
fn shell_word(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '=' | '.' | '/');
    if !word.is_empty() && word.chars().all(plain) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// The routes as JSON.
pub(crate) fn json(
    guide: &Guide,
    lang: Lang,
    limit: usize,
    only: Option<Country>,
) -> Result<String, serde_json::Error> {
    let keep = keeper(guide, only);
    let listed = routes::list_where(&guide.flow, limit, &keep);
    let document = PathsJson {
        format_version: FORMAT_VERSION,
        // A string: the count can exceed what JSON numbers hold exactly.
        count: routes::count_where(&guide.flow, &keep).to_string(),
        listed: listed.len(),
        routes: listed.iter().map(|r| view(guide, lang, r)).collect(),
    };
    serde_json::to_string_pretty(&document).map(|s| s + "\n")
}

/// The routes as text or Markdown.
pub(crate) fn document(
    guide: &Guide,
    lang: Lang,
    limit: usize,
    markup: Markup,
    only: Option<Country>,
) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let keep = keeper(guide, only);
    let total = routes::count_where(&guide.flow, &keep);
    let listed = routes::list_where(&guide.flow, limit, &keep);
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
                    .map(|c| crate::app::contact_line::contact_line(guide, lang, c))
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
