//! `meldwijzer script`: a printable call script for helpline staff.

use std::collections::{HashMap, VecDeque};

use meldwijzer::advice::{ContactView, SourceView};
use meldwijzer::country::{self, Country};
use meldwijzer::flow::{Answer, Node, Outcome};
use meldwijzer::{Guide, Lang};

use super::document::{Document, Markup};
use crate::app::contact_line::{contact_line, detail};

/// Which parts of the tree a script shows, and in what order.
#[derive(Clone, Copy)]
struct Scope {
    lang: Lang,
    only: Option<Country>,
}

impl Scope {
    /// The answers of `question` the script lists, in the order it lists them: the
    /// reader's country first, other countries' left out for a one-country helpline.
    fn answers(self, guide: &Guide, question: usize) -> Vec<usize> {
        country::answer_order(&guide.flow, self.lang, question)
            .into_iter()
            .filter(|&a| country::keeps(&guide.flow, self.only, question, a))
            .collect()
    }
}

/// The contacts of `outcome` for a helpline in `scope.only`: those of its country and
/// those for everyone (all of them when none is left, or no country is given).
fn contacts_for(guide: &Guide, scope: Scope, outcome: &Outcome) -> Vec<ContactView> {
    let mut all = ContactView::of_outcome(guide, scope.lang, outcome);
    // The reader's country first (Belgium in French): the places of one country's
    // contacts are refilled in that order, so that contacts for everyone (112) stay where
    // the flow puts them, and a stable sort keeps the flow's order within a country.
    let rank = |c: &ContactView| {
        Country::in_order_for(scope.lang)
            .iter()
            .position(|country| c.country.as_deref() == Some(country.code()))
    };
    let slots: Vec<usize> = (0..all.len())
        .filter(|&i| rank(&all[i]).is_some())
        .collect();
    let mut national: Vec<ContactView> = slots.iter().map(|&i| all[i].clone()).collect();
    national.sort_by_key(rank);
    for (slot, contact) in slots.into_iter().zip(national) {
        all[slot] = contact;
    }
    let Some(only) = scope.only else { return all };
    let own: Vec<ContactView> = all
        .iter()
        .filter(|c| c.country.as_deref().is_none_or(|c| c == only.code()))
        .cloned()
        .collect();
    if own.is_empty() { all } else { own }
}

/// Questions and outcomes numbered in the order a call meets them (breadth first).
fn numbering(guide: &Guide, scope: Scope) -> (Vec<usize>, Vec<usize>) {
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
                let answers = &flow.questions[q].answers;
                queue.extend(
                    scope
                        .answers(guide, q)
                        .into_iter()
                        .filter_map(|a| flow.next(&answers[a])),
                );
            }
            Node::Outcome(o) => outcomes.push(o),
        }
    }
    (questions, outcomes)
}

/// The warnings every advice gives, said once at the top: the flow's required warnings,
/// and the exception for the advice that asks for the material to be forwarded.
fn standing_warnings(doc: &mut Document, guide: &Guide, lang: Lang, outcomes: &[usize]) {
    let ui = |id: &str| guide.catalog.text(lang, id);
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
}

/// The short call script: the steps with the answer ids, one line per advice with its
/// first number, and every warning once. It prints no explanations or hints, so it holds
/// nothing meant for a screen only.
pub(crate) fn compact(guide: &Guide, lang: Lang, markup: Markup, only: Option<Country>) -> String {
    let flow = &guide.flow;
    let ui = |id: &str| guide.catalog.text(lang, id);
    let scope = Scope { lang, only };
    let (questions, outcomes) = numbering(guide, scope);
    let (step_of, advice_of) = numbers(&questions, &outcomes);
    let mut doc = Document::new(markup);
    doc.title(&ui("ui-script-compact-title"));
    doc.paragraph(&guide.emergency_line(lang));
    doc.paragraph(&ui("ui-script-compact-intro"));
    standing_warnings(&mut doc, guide, lang, &outcomes);
    for (n, &q) in questions.iter().enumerate() {
        let question = &flow.questions[q];
        let step = guide
            .catalog
            .format(lang, "ui-step", &[("number", &(n + 1).to_string())]);
        // A paragraph, not a heading: wrapped, and two pages stay two pages.
        doc.paragraph(&format!(
            "{} [{}] {}",
            guide.catalog.label(lang, &step),
            question.id.id,
            ui(&question.text.id)
        ));
        for a in scope.answers(guide, q) {
            let answer = &question.answers[a];
            let Some((target, _)) = pointer(guide, lang, answer, &step_of, &advice_of) else {
                continue;
            };
            doc.item(
                &format!("[{}] {} → {target}", answer.id.id, ui(&answer.label.id)),
                0,
            );
        }
        doc.end_list();
    }
    doc.heading(&ui("ui-script-advice-list"));
    // Warnings beyond the standing ones, each once, with the advice that gives it.
    let standing: Vec<&str> = flow
        .required_warnings
        .iter()
        .chain(&flow.forward_warning)
        .map(|w| w.id.as_str())
        .collect();
    let mut warnings: Vec<(&str, Vec<String>)> = Vec::new();
    for (n, &o) in outcomes.iter().enumerate() {
        let outcome = &flow.outcomes[o];
        let contacts = contacts_for(guide, scope, outcome);
        // The first contact, and the first number if that contact has none.
        let mut first: Vec<&ContactView> = contacts.iter().take(1).collect();
        if first.iter().all(|c| c.phone.is_none())
            && let Some(number) = contacts.iter().find(|c| c.phone.is_some())
        {
            first.push(number);
        }
        let mut line = format!("{} [{}] {}", n + 1, outcome.id.id, ui(&outcome.title.id));
        if !first.is_empty() {
            // The number or address only: the headline names whom to contact.
            let given: Vec<String> = first
                .iter()
                .filter_map(|c| detail(guide, lang, c))
                .collect();
            line = format!("{} {}", guide.catalog.label(lang, &line), given.join("; "));
        }
        doc.item(&line, 0);
        for warning in &outcome.warnings {
            if standing.contains(&warning.id.as_str()) {
                continue;
            }
            let number = (n + 1).to_string();
            match warnings.iter_mut().find(|(id, _)| *id == warning.id) {
                Some((_, advice)) => advice.push(number),
                None => warnings.push((&warning.id, vec![number])),
            }
        }
    }
    doc.end_list();
    if !warnings.is_empty() {
        doc.list_label(&guide.catalog.label(lang, &ui("ui-warnings")));
        for (id, advice) in warnings {
            let which = guide.catalog.format_count(
                lang,
                "ui-script-for-advice",
                advice.len() as u128,
                &[("advice", &advice.join(", "))],
            );
            doc.item(&format!("{} {which}", ui(id)), 0);
        }
        doc.end_list();
    }
    doc.paragraph(
        &guide
            .catalog
            .format(lang, "ui-flow-verified", &[("date", &flow.verified.id)]),
    );
    doc.finish()
}

/// The step number of each question and the advice number of each outcome.
fn numbers(
    questions: &[usize],
    outcomes: &[usize],
) -> (HashMap<usize, usize>, HashMap<usize, usize>) {
    let number = |nodes: &[usize]| -> HashMap<usize, usize> {
        nodes.iter().enumerate().map(|(n, &i)| (i, n + 1)).collect()
    };
    (number(questions), number(outcomes))
}

/// Where `answer` leads, as a call script says it ("go to step 3", "give advice 7"), and
/// the outcome it gives, if it gives one; `None` for an answer that leads nowhere.
fn pointer(
    guide: &Guide,
    lang: Lang,
    answer: &Answer,
    step_of: &HashMap<usize, usize>,
    advice_of: &HashMap<usize, usize>,
) -> Option<(String, Option<usize>)> {
    let say = |id: &str, number: usize| {
        guide
            .catalog
            .format(lang, id, &[("number", &number.to_string())])
    };
    match guide.flow.next(answer)? {
        Node::Question(next) => Some((say("ui-go-to-step", step_of[&next]), None)),
        Node::Outcome(o) => Some((say("ui-give-advice", advice_of[&o]), Some(o))),
    }
}

/// The call script.
pub(crate) fn render(guide: &Guide, lang: Lang, markup: Markup, only: Option<Country>) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let scope = Scope { lang, only };
    let (questions, outcomes) = numbering(guide, scope);
    let mut doc = Document::new(markup);
    doc.title(&ui("ui-script-title"));
    doc.paragraph(&guide.emergency_line(lang));
    doc.paragraph(&ui("ui-script-intro"));
    standing_warnings(&mut doc, guide, lang, &outcomes);
    steps(&mut doc, guide, scope, &questions, &outcomes);
    advice(&mut doc, guide, scope, &outcomes);
    doc.paragraph(&guide.catalog.format(
        lang,
        "ui-flow-verified",
        &[("date", &guide.flow.verified.id)],
    ));
    doc.finish()
}

/// One section per question: each answer with the step or advice it leads to.
fn steps(doc: &mut Document, guide: &Guide, scope: Scope, questions: &[usize], outcomes: &[usize]) {
    let flow = &guide.flow;
    let lang = scope.lang;
    let text = |id: &str| guide.catalog.text(lang, id);
    let (step_of, advice_of) = numbers(questions, outcomes);
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
        for a in scope.answers(guide, q) {
            let answer = &question.answers[a];
            let target = match pointer(guide, lang, answer, &step_of, &advice_of) {
                // The full script names the advice as well as its number.
                Some((give, Some(o))) => format!("{give} ({})", text(&flow.outcomes[o].title.id)),
                Some((go, None)) => go,
                None => continue,
            };
            doc.item(&format!("{} → {target}", text(&answer.label.id)), 0);
        }
        doc.end_list();
    }
}

/// One section per outcome: the advice to give, in full.
fn advice(doc: &mut Document, guide: &Guide, scope: Scope, outcomes: &[usize]) {
    let flow = &guide.flow;
    let lang = scope.lang;
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
        let contacts: Vec<ContactView> = contacts_for(guide, scope, outcome);
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
