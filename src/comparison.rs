//! Comparing two flows route by route, for content reviewers: which routes were added or
//! removed, and which now end in different advice or contacts.

use std::collections::BTreeMap;

use crate::advice::Advice;
use crate::guide::Guide;
use crate::lang::Lang;
use crate::routes;

/// A route, named by its answers: `(question id, answer id)` in order.
pub type RouteKey = Vec<(String, String)>;

/// What a route ends in, as far as a reviewer cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteEnd {
    /// The outcome's id.
    pub outcome: String,
    /// The outcome's headline.
    pub title: String,
    /// Each contact as `id (number or address)`.
    pub contacts: Vec<String>,
    /// Every sentence of the advice, to notice any change in wording.
    pub text: Vec<String>,
}

/// One difference between the flows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Only the new flow has this route.
    Added(RouteKey, RouteEnd),
    /// Only the old flow has this route.
    Removed(RouteKey, RouteEnd),
    /// Both have it, ending differently.
    Changed(RouteKey, Box<(RouteEnd, RouteEnd)>),
}

/// The result of comparing two flows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The differences, in route order.
    pub changes: Vec<Change>,
    /// Routes of the old and the new flow.
    pub counts: (u128, u128),
    /// Routes of each flow that were compared (at most the limit).
    pub compared: (usize, usize),
}

fn ends(guide: &Guide, lang: Lang, limit: usize) -> BTreeMap<RouteKey, RouteEnd> {
    routes::list(&guide.flow, limit)
        .into_iter()
        .map(|route| {
            let outcome = &guide.flow.outcomes[route.outcome];
            let advice = Advice::new(guide, lang, &route.steps, outcome);
            let key = advice
                .answers
                .iter()
                .map(|a| (a.question.clone(), a.answer.clone()))
                .collect();
            let contacts = advice
                .contacts
                .iter()
                .map(|c| match c.phone.as_ref().or(c.url.as_ref()) {
                    Some(detail) => format!("{} ({detail})", c.id),
                    None => c.id.clone(),
                })
                .collect();
            let mut text = vec![advice.title.clone(), advice.summary.clone()];
            text.extend(
                advice
                    .contacts
                    .iter()
                    .flat_map(|c| [c.name.clone(), c.use_when.clone()]),
            );
            text.extend(
                advice
                    .notes
                    .iter()
                    .chain(&advice.after)
                    .chain(&advice.warnings)
                    .cloned(),
            );
            let end = RouteEnd {
                outcome: advice.outcome,
                title: advice.title,
                contacts,
                text,
            };
            (key, end)
        })
        .collect()
}

/// Compares the first `limit` routes of `old` and `new`, with texts in `lang`.
pub fn compare(old: &Guide, new: &Guide, lang: Lang, limit: usize) -> Comparison {
    let before = ends(old, lang, limit);
    let after = ends(new, lang, limit);
    let mut changes = Vec::new();
    for (key, end) in &before {
        match after.get(key) {
            None => changes.push(Change::Removed(key.clone(), end.clone())),
            Some(now) if now != end => changes.push(Change::Changed(
                key.clone(),
                Box::new((end.clone(), now.clone())),
            )),
            Some(_) => {}
        }
    }
    for (key, end) in &after {
        if !before.contains_key(key) {
            changes.push(Change::Added(key.clone(), end.clone()));
        }
    }
    Comparison {
        changes,
        counts: (routes::count(&old.flow), routes::count(&new.flow)),
        compared: (before.len(), after.len()),
    }
}
