//! `meldwijzer script`: a printable call script for helpline staff.

use std::collections::{HashMap, VecDeque};

use meldwijzer::advice::{ContactView, SourceView};
use meldwijzer::flow::Node;
use meldwijzer::{Guide, Lang};

use super::document::{Document, Markup};
use super::paths::contact_line;

/// Questions and outcomes numbered in the order a call meets them (breadth first).
fn numbering(guide: &Guide) -> (Vec<usize>, Vec<usize>) {
    let flow = &guide.flow;
    let (mut questions, mut outcomes) = (Vec::new(), Vec::new());
    let mut seen = std::collections::HashSet::new();
    let mut queue: VecDeque<Node> = flow.node(&flow.start.id).into_iter().collect();
    while let Some(node) = queue.pop_front() {
        if !seen.insert(node) {
            continue;
        }
        match node {
            Node::Question(q) => {
                questions.push(q);
                queue.extend(
                    flow.questions[q]
                        .answers
                        .iter()
                        .filter_map(|a| flow.next(a)),
                );
            }
            Node::Outcome(o) => outcomes.push(o),
        }
    }
    (questions, outcomes)
}

/// The call script.
pub(crate) fn render(guide: &Guide, lang: Lang, markup: Markup) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let (questions, outcomes) = numbering(guide);
    let mut doc = Document::new(markup);
    doc.title(&ui("ui-script-title"));
    doc.paragraph(&guide.emergency_line(lang));
    doc.paragraph(&ui("ui-script-intro"));
    for required in &guide.flow.required_warnings {
        doc.labelled(
            &guide.catalog.label(lang, &ui("ui-warnings")),
            &ui(&required.id),
        );
    }
    // The advice that asks for the material to be forwarded says so here too, so that the
    // script never contradicts itself.
    let forwarding: Vec<String> = outcomes
        .iter()
        .enumerate()
        .filter(|&(_, &o)| guide.flow.outcomes[o].forward_to.is_some())
        .map(|(n, _)| (n + 1).to_string())
        .collect();
    if let (Some(warning), false) = (&guide.flow.forward_warning, forwarding.is_empty()) {
        let exception = guide.catalog.format(
            lang,
            "ui-script-exception",
            &[("advice", &forwarding.join(", "))],
        );
        doc.labelled(&guide.catalog.label(lang, &exception), &ui(&warning.id));
    }
    steps(&mut doc, guide, lang, &questions, &outcomes);
    advice(&mut doc, guide, lang, &outcomes);
    doc.paragraph(&guide.catalog.format(
        lang,
        "ui-flow-verified",
        &[("date", &guide.flow.verified.id)],
    ));
    doc.finish()
}

/// One section per question: each answer with the step or advice it leads to.
fn steps(doc: &mut Document, guide: &Guide, lang: Lang, questions: &[usize], outcomes: &[usize]) {
    let flow = &guide.flow;
    let text = |id: &str| guide.catalog.text(lang, id);
    let step_of: HashMap<usize, usize> = questions
        .iter()
        .enumerate()
        .map(|(n, &q)| (q, n + 1))
        .collect();
    let advice_of: HashMap<usize, usize> = outcomes
        .iter()
        .enumerate()
        .map(|(n, &o)| (o, n + 1))
        .collect();
    for (n, &q) in questions.iter().enumerate() {
        let question = &flow.questions[q];
        let step = (n + 1).to_string();
        doc.heading(&format!(
            "{} {}",
            guide.catalog.label(
                lang,
                &guide.catalog.format(lang, "ui-step", &[("number", &step)])
            ),
            text(&question.text.id)
        ));
        if let Some(help) = &question.help {
            doc.paragraph(&text(&help.id));
        }
        for answer in &question.answers {
            let target = match flow.next(answer) {
                Some(Node::Question(next)) => guide.catalog.format(
                    lang,
                    "ui-go-to-step",
                    &[("number", &step_of[&next].to_string())],
                ),
                Some(Node::Outcome(o)) => format!(
                    "{} ({})",
                    guide.catalog.format(
                        lang,
                        "ui-give-advice",
                        &[("number", &advice_of[&o].to_string())]
                    ),
                    text(&flow.outcomes[o].title.id)
                ),
                None => continue,
            };
            doc.item(&format!("{} → {target}", text(&answer.label.id)), 0);
        }
        doc.end_list();
    }
}

/// One section per outcome: the advice to give, in full.
fn advice(doc: &mut Document, guide: &Guide, lang: Lang, outcomes: &[usize]) {
    let flow = &guide.flow;
    let text = |id: &str| guide.catalog.text(lang, id);
    for (n, &o) in outcomes.iter().enumerate() {
        let outcome = &flow.outcomes[o];
        let number = (n + 1).to_string();
        doc.heading(&format!(
            "{} {}",
            guide.catalog.label(
                lang,
                &guide
                    .catalog
                    .format(lang, "ui-advice", &[("number", &number)])
            ),
            text(&outcome.title.id)
        ));
        doc.paragraph(&text(&outcome.summary.id));
        let contacts: Vec<ContactView> = ContactView::of_outcome(guide, lang, outcome);
        doc.labelled(
            &guide.catalog.label(lang, &text("ui-contacts")),
            &contacts
                .iter()
                .map(|c| contact_line(guide, lang, c))
                .collect::<Vec<_>>()
                .join("; "),
        );
        for (heading, items) in [
            ("ui-note-down", &outcome.note_down),
            ("ui-after", &outcome.after),
            ("ui-warnings", &outcome.warnings),
        ] {
            if !items.is_empty() {
                doc.list_label(&guide.catalog.label(lang, &text(heading)));
                for item in items {
                    doc.item(&text(&item.id), 0);
                }
                doc.end_list();
            }
        }
        if flow.source(&outcome.source.id).is_some() {
            let source = SourceView::new(guide, lang, &outcome.source.id);
            doc.labelled(
                &guide.catalog.label(lang, &text("ui-source")),
                &source.citation(),
            );
        }
    }
}
