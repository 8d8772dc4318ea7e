//! The tree as a graph, with its texts in one language and no notion of any drawing format:
//! the DOT, Mermaid and SVG renderers all draw this.

use std::collections::HashMap;

use crate::advice::ContactView;
use crate::guide::Guide;
use crate::lang::Lang;
use crate::sanitize;

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// A question.
    Question,
    /// An outcome: advice.
    Outcome,
}

/// A question or outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphNode {
    /// The flow id.
    pub id: String,
    /// Question or outcome.
    pub kind: NodeKind,
    /// The question, or the outcome's headline.
    pub label: String,
    /// For an outcome, its first contact's name.
    pub contact: Option<String>,
    /// For an outcome, its first contact's number or address, if the sources give one.
    pub detail: Option<String>,
    /// For an outcome, every contact as its name and its number or address, in the order
    /// a reader of the graph's language is given them (their community's services first).
    pub contacts: Vec<(String, Option<String>)>,
}

/// An answer, from its question to where it leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphEdge {
    /// Id of the question.
    pub from: String,
    /// Id of the question or outcome it leads to.
    pub to: String,
    /// The answer's label.
    pub label: String,
}

/// The whole tree as nodes and edges, in flow order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graph {
    /// Id of the first question.
    pub start: String,
    /// Questions first, then outcomes.
    pub nodes: Vec<GraphNode>,
    /// One per answer.
    pub edges: Vec<GraphEdge>,
}

impl Graph {
    /// The graph of `guide`'s flow with texts in `lang`.
    pub fn new(guide: &Guide, lang: Lang) -> Self {
        let flow = &guide.flow;
        let text = |id: &str| guide.catalog.text(lang, id);
        let mut nodes: Vec<GraphNode> = flow
            .questions
            .iter()
            .map(|q| GraphNode {
                id: q.id.id.to_string(),
                kind: NodeKind::Question,
                label: text(&q.text.id),
                contact: None,
                detail: None,
                contacts: Vec::new(),
            })
            .collect();
        nodes.extend(flow.outcomes.iter().map(|o| {
            let contacts: Vec<(String, Option<String>)> = ContactView::of_outcome(guide, lang, o)
                .into_iter()
                .map(|c| {
                    let detail = c.phone.or(c.url);
                    (c.name, detail)
                })
                .collect();
            let first = contacts.first().cloned();
            GraphNode {
                id: o.id.id.to_string(),
                kind: NodeKind::Outcome,
                label: text(&o.title.id),
                contact: first.as_ref().map(|(name, _)| name.clone()),
                detail: first
                    .and_then(|(_, detail)| detail)
                    .map(|d| sanitize::single_line(&d).into_owned()),
                contacts,
            }
        }));
        let edges = flow
            .questions
            .iter()
            .flat_map(|q| {
                q.answers
                    .iter()
                    .filter(|a| flow.next(a).is_some())
                    .map(|a| GraphEdge {
                        from: q.id.id.to_string(),
                        to: a.next.id.to_string(),
                        label: text(&a.label.id),
                    })
            })
            .collect();
        Self {
            start: flow.start.id.to_string(),
            nodes,
            edges,
        }
    }

    /// The part of the graph that question `from` leads to, with `from` as its start;
    /// `None` when no question has that id. Linear in the size of the graph.
    pub fn subtree(&self, from: &str) -> Option<Self> {
        let index: HashMap<&str, usize> = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let root = *index.get(from)?;
        if self.nodes[root].kind != NodeKind::Question {
            return None;
        }
        let mut leaving: Vec<Vec<usize>> = vec![Vec::new(); self.nodes.len()];
        for (e, edge) in self.edges.iter().enumerate() {
            if let Some(&i) = index.get(edge.from.as_str()) {
                leaving[i].push(e);
            }
        }
        let mut kept = vec![false; self.nodes.len()];
        kept[root] = true;
        let mut todo = vec![root];
        while let Some(node) = todo.pop() {
            for &e in &leaving[node] {
                if let Some(&to) = index.get(self.edges[e].to.as_str())
                    && !std::mem::replace(&mut kept[to], true)
                {
                    todo.push(to);
                }
            }
        }
        let keep = |id: &str| index.get(id).is_some_and(|&i| kept[i]);
        Some(Self {
            start: from.to_owned(),
            nodes: self.nodes.iter().filter(|n| keep(&n.id)).cloned().collect(),
            edges: self
                .edges
                .iter()
                .filter(|e| keep(&e.from))
                .cloned()
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{FlowInput, LocalesInput};

    fn graph(lang: Lang) -> Graph {
        let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
            .expect("valid")
            .0;
        Graph::new(&guide, lang)
    }

    #[test]
    fn a_subtree_holds_what_its_question_leads_to_and_nothing_else() {
        let whole = graph(Lang::En);
        let part = whole.subtree("nl-public").expect("a question");
        let ids: Vec<&str> = part.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(part.start, "nl-public");
        assert_eq!(ids[0], "nl-public");
        assert!(ids.contains(&"nl-meldpunt"), "{ids:?}");
        assert!(
            !ids.contains(&"country") && !ids.contains(&"be-images"),
            "{ids:?}"
        );
        assert!(part.edges.iter().all(|e| e.from == "nl-public"));
        assert!(
            whole.subtree("emergency").is_none(),
            "an outcome is no subtree"
        );
        assert!(whole.subtree("no-such-question").is_none());
    }

    #[test]
    fn an_outcome_lists_every_contact_in_the_reader_s_community_order() {
        let emergency = |lang| {
            graph(lang)
                .nodes
                .into_iter()
                .find(|n| n.id == "emergency")
                .expect("the emergency outcome")
        };
        let numbers: Vec<Option<String>> = emergency(Lang::En)
            .contacts
            .into_iter()
            .map(|(_, d)| d)
            .collect();
        assert_eq!(numbers, [Some("112".to_owned()), Some("101".to_owned())]);
        let order = |lang| -> Vec<Option<String>> {
            graph(lang)
                .nodes
                .into_iter()
                .find(|n| n.id == "be-own-feelings")
                .expect("an outcome with community services")
                .contacts
                .into_iter()
                .map(|(_, d)| d)
                .collect()
        };
        let (nl, fr) = (order(Lang::Nl), order(Lang::Fr));
        assert_ne!(nl, fr, "each community's own service first");
        assert_eq!(nl.len(), fr.len());
    }
}
