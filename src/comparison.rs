//! Comparing two flows route by route, for content reviewers: which routes were added or
//! removed, and which now end in different advice, contacts or wording (in every language).
//!
//! The flows are walked side by side from their starts. Every question and outcome is
//! first given a number that is equal exactly when what follows it is the same in both
//! flows (the same ids, answers, targets and sentences), so a part of the flow that did not
//! change is passed over without listing its routes: the time taken grows with the size
//! of the flows and the changes listed, never with the number of routes.

use std::collections::HashMap;

use crate::flow::{Flow, Node, Outcome};
use crate::guide::Guide;
use crate::lang::Lang;
use crate::routes;

/// A route, named by its answers: `(question id, answer id)` in order.
pub type RouteKey = Vec<(String, String)>;

/// One sentence of the advice: which part of it, in which language, and its words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sentence {
    /// The language's code.
    pub lang: &'static str,
    /// Which part of the advice: `title`, `summary`, `CONTACT name`, `note 2`...
    pub part: String,
    /// The Fluent message it comes from.
    pub message: String,
    /// The sentence.
    pub text: String,
}

/// What a route ends in, as far as a reviewer cares.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RouteEnd {
    /// The outcome's id.
    pub outcome: String,
    /// The outcome's headline, in the first language compared.
    pub title: String,
    /// Each contact as `id (number or address)`.
    pub contacts: Vec<String>,
    /// Every sentence of the advice in every language compared, to notice any change in
    /// wording.
    pub text: Vec<Sentence>,
}

/// A sentence that differs between the old and the new advice (`None`: it is not there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewording<'a> {
    /// The language's code.
    pub lang: &'static str,
    /// Which part of the advice.
    pub part: &'a str,
    /// The message of the sentence, new if there is one, else old.
    pub message: &'a str,
    /// The sentence before.
    pub old: Option<&'a str>,
    /// The sentence after.
    pub new: Option<&'a str>,
}

/// The sentences that differ between `old` and `new`, part by part, in language order.
pub fn rewordings<'a>(old: &'a RouteEnd, new: &'a RouteEnd) -> Vec<Rewording<'a>> {
    let find = |end: &'a RouteEnd, s: &Sentence| {
        end.text
            .iter()
            .find(|t| t.lang == s.lang && t.part == s.part)
    };
    let mut found = Vec::new();
    for s in &old.text {
        let now = find(new, s);
        if now.is_none_or(|n| n.text != s.text) {
            found.push(Rewording {
                lang: s.lang,
                part: &s.part,
                message: now.map_or(&s.message, |n| &n.message),
                old: Some(&s.text),
                new: now.map(|n| n.text.as_str()),
            });
        }
    }
    for s in &new.text {
        if find(old, s).is_none() {
            found.push(Rewording {
                lang: s.lang,
                part: &s.part,
                message: &s.message,
                old: None,
                new: Some(&s.text),
            });
        }
    }
    // Language by language, as a translator reads them.
    let order = |code: &str| Lang::ALL.iter().position(|l| l.code() == code);
    found.sort_by_key(|r| order(r.lang));
    found
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

impl Change {
    /// The route, whichever kind of change it is.
    pub fn route(&self) -> &RouteKey {
        match self {
            Self::Added(key, _) | Self::Removed(key, _) | Self::Changed(key, _) => key,
        }
    }
}

/// The result of comparing two flows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The differences, in route order: routes removed or changed, then routes added.
    pub changes: Vec<Change>,
    /// Routes of the old and the new flow.
    pub counts: (u128, u128),
    /// True when more routes differ than the limit let be listed.
    pub truncated: bool,
}

/// The end of every outcome of `guide`, in `langs`.
fn outcome_ends(guide: &Guide, langs: &[Lang]) -> Vec<RouteEnd> {
    let flow = &guide.flow;
    flow.outcomes
        .iter()
        .map(|outcome| {
            let first = langs.first().copied().unwrap_or(Lang::En);
            let contacts = outcome
                .contacts
                .iter()
                .map(|c| {
                    let detail = flow
                        .contact(&c.id)
                        .and_then(|contact| contact.phone.as_ref().or(contact.url.as_ref()));
                    match detail {
                        Some(detail) => {
                            format!("{} ({})", c.id, crate::sanitize::single_line(&detail.id))
                        }
                        None => c.id.to_string(),
                    }
                })
                .collect();
            let text = langs
                .iter()
                .flat_map(|&lang| sentences(guide, lang, outcome))
                .collect();
            RouteEnd {
                outcome: outcome.id.id.to_string(),
                title: guide.catalog.text(first, &outcome.title.id),
                contacts,
                text,
            }
        })
        .collect()
}

/// Every sentence of `outcome`'s advice in `lang`, each named by its part.
fn sentences(guide: &Guide, lang: Lang, outcome: &Outcome) -> Vec<Sentence> {
    let flow = &guide.flow;
    let mut parts: Vec<(String, &str)> = vec![
        ("title".to_owned(), &outcome.title.id),
        ("summary".to_owned(), &outcome.summary.id),
    ];
    for c in &outcome.contacts {
        if let Some(contact) = flow.contact(&c.id) {
            parts.push((format!("{} name", c.id), &contact.name.id));
            parts.push((format!("{} use-when", c.id), &contact.use_when.id));
        }
    }
    for (what, list) in [
        ("note", &outcome.note_down),
        ("after", &outcome.after),
        ("warning", &outcome.warnings),
    ] {
        for (i, r) in list.iter().enumerate() {
            parts.push((format!("{what} {}", i + 1), &r.id));
        }
    }
    parts
        .into_iter()
        .map(|(part, message)| Sentence {
            lang: lang.code(),
            part,
            message: message.to_owned(),
            text: guide.catalog.text(lang, message),
        })
        .collect()
}

/// What a node is worth to a reviewer: nodes of either flow with the same number have the
/// same routes to the same advice below them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Shape {
    Question(usize),
    Outcome(usize),
    /// An answer that leads nowhere (only in invalid flows).
    Nowhere,
}

/// A question as the numbering sees it: its id, and each answer's id and target's shape.
type QuestionKey<'f> = (&'f str, Vec<(&'f str, Shape)>);

/// Numbers subtrees of both flows, shared between them (hash-consing): exact, with no
/// chance of two different subtrees being taken for the same.
#[derive(Default)]
struct Numbering<'f> {
    questions: HashMap<QuestionKey<'f>, usize>,
    outcomes: HashMap<&'f RouteEnd, usize>,
}

impl<'f> Numbering<'f> {
    /// The shape of every question of `flow` (outcomes are numbered by their `ends`).
    fn number(&mut self, flow: &'f Flow, ends: &'f [RouteEnd]) -> Vec<Shape> {
        let outcome_shapes: Vec<Shape> = ends
            .iter()
            .map(|end| {
                let next = self.outcomes.len();
                Shape::Outcome(*self.outcomes.entry(end).or_insert(next))
            })
            .collect();
        let shape_of = |node: Option<Node>, questions: &[Option<Shape>]| match node {
            Some(Node::Outcome(o)) => outcome_shapes[o],
            Some(Node::Question(q)) => questions[q].unwrap_or(Shape::Nowhere),
            None => Shape::Nowhere,
        };
        let mut shapes: Vec<Option<Shape>> = vec![None; flow.questions.len()];
        let mut on_stack = vec![false; flow.questions.len()];
        // Depth first without recursion (flows may be deep): a question is numbered once
        // every question its answers lead to is.
        for root in 0..flow.questions.len() {
            if shapes[root].is_some() {
                continue;
            }
            let mut stack = vec![(root, 0usize)];
            on_stack[root] = true;
            while let Some(&mut (q, ref mut next)) = stack.last_mut() {
                let question = &flow.questions[q];
                if let Some(answer) = question.answers.get(*next) {
                    *next += 1;
                    if let Some(Node::Question(t)) = flow.next(answer)
                        && shapes[t].is_none()
                        && !on_stack[t]
                    {
                        on_stack[t] = true;
                        stack.push((t, 0));
                    }
                    continue;
                }
                let key = (
                    question.id.id.as_str(),
                    question
                        .answers
                        .iter()
                        .map(|a| (a.id.id.as_str(), shape_of(flow.next(a), &shapes)))
                        .collect(),
                );
                let fresh = self.questions.len();
                shapes[q] = Some(Shape::Question(*self.questions.entry(key).or_insert(fresh)));
                on_stack[q] = false;
                stack.pop();
            }
        }
        shapes
            .into_iter()
            .map(|s| s.unwrap_or(Shape::Nowhere))
            .collect()
    }
}

/// The answers listed in all routes together, at most. A listing past that is read by no
/// reviewer, and on a deep flow it would cost far more than the comparison itself (1,000
/// routes of 10,000 answers each are 120 MB of text): the listing stops there and says that
/// there are more, as it does at `--limit`.
pub const ANSWER_BUDGET: usize = 100_000;

/// One flow, as the walk sees it.
struct Side<'f> {
    flow: &'f Flow,
    ends: &'f [RouteEnd],
    shapes: Vec<Shape>,
}

impl Side<'_> {
    fn shape(&self, question: usize) -> Shape {
        self.shapes[question]
    }
}

/// The walk: the current route, and the changes found so far.
struct Walk<'f> {
    old: Side<'f>,
    new: Side<'f>,
    outcome_numbers: (Vec<usize>, Vec<usize>),
    path: Vec<(&'f str, &'f str)>,
    changes: Vec<Change>,
    limit: usize,
    /// The answers of the routes listed so far (see [`ANSWER_BUDGET`]).
    answers: usize,
}

impl Walk<'_> {
    fn full(&self) -> bool {
        self.changes.len() >= self.limit || self.answers >= ANSWER_BUDGET
    }

    /// The current route, counted against [`ANSWER_BUDGET`].
    fn key(&mut self) -> RouteKey {
        self.answers += self.path.len();
        self.path
            .iter()
            .map(|&(q, a)| (q.to_owned(), a.to_owned()))
            .collect()
    }

    /// Two targets are the same when their numbers are.
    fn same(&self, old: Option<Node>, new: Option<Node>) -> bool {
        match (old, new) {
            (Some(Node::Outcome(a)), Some(Node::Outcome(b))) => {
                self.outcome_numbers.0[a] == self.outcome_numbers.1[b]
            }
            (Some(Node::Question(a)), Some(Node::Question(b))) => {
                self.old.shape(a) == self.new.shape(b)
            }
            _ => false,
        }
    }

    /// Every route below `node` of one flow, as added (`added`) or removed.
    fn all_below(&mut self, added: bool, node: Option<Node>) {
        let side = if added { &self.new } else { &self.old };
        let (flow, ends) = (side.flow, side.ends);
        let emit = |walk: &mut Self, outcome: usize| {
            let end = ends[outcome].clone();
            let key = walk.key();
            walk.changes.push(if added {
                Change::Added(key, end)
            } else {
                Change::Removed(key, end)
            });
        };
        let base = self.path.len();
        let root = match node {
            Some(Node::Outcome(o)) => {
                emit(self, o);
                return;
            }
            Some(Node::Question(q)) => q,
            None => return,
        };
        let mut on_path = vec![false; flow.questions.len()];
        let mut stack = vec![(root, 0usize)];
        on_path[root] = true;
        while let Some(&mut (q, ref mut next)) = stack.last_mut() {
            if self.full() {
                break;
            }
            let question = &flow.questions[q];
            let Some(answer) = question.answers.get(*next) else {
                on_path[q] = false;
                stack.pop();
                continue;
            };
            *next += 1;
            self.path.truncate(base + stack.len() - 1);
            self.path.push((&question.id.id, &answer.id.id));
            match flow.next(answer) {
                Some(Node::Outcome(o)) => emit(self, o),
                Some(Node::Question(t)) if !on_path[t] => {
                    on_path[t] = true;
                    stack.push((t, 0));
                }
                _ => {}
            }
        }
        self.path.truncate(base);
    }

    /// Walks the questions `old` and `new` (same id, different shapes) side by side.
    fn pair(&mut self, old: usize, new: usize) {
        let base = self.path.len();
        let mut stack = vec![(old, new, 0usize)];
        let mut on_path = vec![false; self.old.flow.questions.len()];
        on_path[old] = true;
        while let Some(&(oq, nq, next)) = stack.last() {
            if self.full() {
                break;
            }
            let (old_flow, new_flow) = (self.old.flow, self.new.flow);
            let (oq_ref, nq_ref) = (&old_flow.questions[oq], &new_flow.questions[nq]);
            // The old question's answers first, then those only the new one has.
            let total = oq_ref.answers.len() + nq_ref.answers.len();
            if next >= total {
                on_path[oq] = false;
                stack.pop();
                self.path.truncate(base + stack.len());
                continue;
            }
            if let Some(top) = stack.last_mut() {
                top.2 += 1;
            }
            self.path.truncate(base + stack.len() - 1);
            if let Some(answer) = oq_ref.answers.get(next) {
                self.path.push((&oq_ref.id.id, &answer.id.id));
                let old_next = old_flow.next(answer);
                let Some(now) = nq_ref.answers.iter().find(|a| a.id.id == answer.id.id) else {
                    self.all_below(false, old_next);
                    continue;
                };
                let new_next = new_flow.next(now);
                if self.same(old_next, new_next) {
                    continue;
                }
                match (old_next, new_next) {
                    (Some(Node::Outcome(a)), Some(Node::Outcome(b))) => {
                        let key = self.key();
                        let ends = (self.old.ends[a].clone(), self.new.ends[b].clone());
                        self.changes.push(Change::Changed(key, Box::new(ends)));
                    }
                    (Some(Node::Question(a)), Some(Node::Question(b)))
                        if old_flow.questions[a].id.id == new_flow.questions[b].id.id
                            && !on_path[a] =>
                    {
                        on_path[a] = true;
                        stack.push((a, b, 0));
                    }
                    _ => {
                        self.all_below(false, old_next);
                        self.all_below(true, new_next);
                    }
                }
            } else {
                let answer = &nq_ref.answers[next - oq_ref.answers.len()];
                if oq_ref.answers.iter().any(|a| a.id.id == answer.id.id) {
                    continue;
                }
                self.path.push((&nq_ref.id.id, &answer.id.id));
                self.all_below(true, new_flow.next(answer));
            }
        }
        self.path.truncate(base);
    }
}

/// Where a change is listed: removed and changed routes first, then added ones, each in
/// route order.
fn rank(change: &Change) -> (u8, &[(String, String)]) {
    match change {
        Change::Added(key, _) => (1, key),
        Change::Removed(key, _) | Change::Changed(key, _) => (0, key),
    }
}

/// Compares the routes of `old` and `new`, with texts in every language of `langs`; lists
/// at most `limit` routes that differ.
pub fn compare(old: &Guide, new: &Guide, langs: &[Lang], limit: usize) -> Comparison {
    let old_ends = outcome_ends(old, langs);
    let new_ends = outcome_ends(new, langs);
    let mut numbering = Numbering::default();
    let old_shapes = numbering.number(&old.flow, &old_ends);
    let new_shapes = numbering.number(&new.flow, &new_ends);
    let outcome_number = |ends: &[RouteEnd]| -> Vec<usize> {
        ends.iter()
            .map(|end| numbering.outcomes.get(end).copied().unwrap_or(usize::MAX))
            .collect()
    };
    let outcome_numbers = (outcome_number(&old_ends), outcome_number(&new_ends));
    let mut walk = Walk {
        old: Side {
            flow: &old.flow,
            ends: &old_ends,
            shapes: old_shapes,
        },
        new: Side {
            flow: &new.flow,
            ends: &new_ends,
            shapes: new_shapes,
        },
        outcome_numbers,
        path: Vec::new(),
        // One more than asked, to know whether there were more.
        changes: Vec::new(),
        limit: limit.saturating_add(1),
        answers: 0,
    };
    let (old_start, new_start) = (
        old.flow.node(&old.flow.start.id),
        new.flow.node(&new.flow.start.id),
    );
    if !walk.same(old_start, new_start) {
        match (old_start, new_start) {
            (Some(Node::Question(a)), Some(Node::Question(b)))
                if old.flow.questions[a].id.id == new.flow.questions[b].id.id =>
            {
                walk.pair(a, b);
            }
            _ => {
                walk.all_below(false, old_start);
                walk.all_below(true, new_start);
            }
        }
    }
    let over_budget = walk.answers >= ANSWER_BUDGET;
    let mut changes = walk.changes;
    let truncated = changes.len() > limit || over_budget;
    changes.truncate(limit);
    // Removed and changed routes in route order, then the added ones, as a reader expects.
    changes.sort_by(|a, b| rank(a).cmp(&rank(b)));
    Comparison {
        changes,
        counts: (routes::count(&old.flow), routes::count(&new.flow)),
        truncated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic;

    fn guide(generated: &synthetic::Generated) -> Guide {
        generated.load().expect("valid").0
    }

    #[test]
    fn a_deep_flow_compared_with_itself_has_no_changes_and_lists_no_route() {
        let ladder = guide(&synthetic::ladder(2_000));
        let comparison = compare(&ladder, &ladder, &Lang::ALL, 1_000);
        assert!(comparison.changes.is_empty());
        assert!(!comparison.truncated);
    }

    #[test]
    fn a_change_below_every_route_lists_the_limit_and_says_there_are_more() {
        let old = synthetic::ladder(300);
        let mut new = old.clone();
        new.messages = new.messages.replace("You arrived.", "You are there.");
        let comparison = compare(&guide(&old), &guide(&new), &Lang::ALL, 5);
        assert_eq!(comparison.changes.len(), 5);
        assert!(comparison.truncated);
        let Change::Changed(key, ends) = &comparison.changes[0] else {
            panic!("a change");
        };
        assert_eq!(key.len(), 300);
        let (old_end, new_end) = ends.as_ref();
        let langs: Vec<&str> = rewordings(old_end, new_end)
            .iter()
            .map(|r| r.lang)
            .collect();
        assert_eq!(langs, ["nl", "en", "fr"]);
    }

    #[test]
    fn a_listing_stops_at_the_answer_budget_and_says_there_are_more() {
        // 1,000 routes of 2,000 answers would be 2,000,000 answers: the budget stops it.
        let old = synthetic::ladder(2_000);
        let mut new = old.clone();
        new.messages = new.messages.replace("You arrived.", "You are there.");
        let comparison = compare(&guide(&old), &guide(&new), &[Lang::En], 1_000);
        let listed: usize = comparison.changes.iter().map(|c| c.route().len()).sum();
        assert!(comparison.truncated);
        assert!(
            (ANSWER_BUDGET..ANSWER_BUDGET + 2_001).contains(&listed),
            "{listed}"
        );
        assert_eq!(comparison.changes.len(), ANSWER_BUDGET.div_ceil(2_000));
    }

    #[test]
    fn a_new_answer_adds_the_routes_below_it() {
        let old = synthetic::tree(13);
        let mut new = old.clone();
        // q1 has a new answer, leading on to q3's three answers.
        let at = new.flow.find("id = \"q1\"").expect("q1");
        let list = at + new.flow[at..].find("answers = [\n").expect("answers") + 12;
        new.flow.insert_str(
            list,
            "  { id = \"a3\", label = \"gen-answer\", next = \"q3\" },\n",
        );
        let (old, new) = (guide(&old), guide(&new));
        let kinds = |comparison: Comparison| -> Vec<&str> {
            comparison
                .changes
                .iter()
                .map(|c| match c {
                    Change::Added(..) => "added",
                    Change::Removed(..) => "removed",
                    Change::Changed(..) => "changed",
                })
                .collect()
        };
        assert_eq!(kinds(compare(&old, &new, &[Lang::En], 100)), ["added"; 3]);
        assert_eq!(kinds(compare(&new, &old, &[Lang::En], 100)), ["removed"; 3]);
    }
}
