//! The tree as a graph, with its texts in one language and no notion of any drawing format:
//! the DOT, Mermaid and SVG renderers all draw this.

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
                id: q.id.id.clone(),
                kind: NodeKind::Question,
                label: text(&q.text.id),
                contact: None,
                detail: None,
            })
            .collect();
        nodes.extend(flow.outcomes.iter().map(|o| {
            let first = o.contacts.first().and_then(|c| flow.contact(&c.id));
            GraphNode {
                id: o.id.id.clone(),
                kind: NodeKind::Outcome,
                label: text(&o.title.id),
                contact: first.map(|c| text(&c.name.id)),
                detail: first
                    .and_then(|c| c.phone.as_ref().or(c.url.as_ref()))
                    .map(|d| sanitize::single_line(&d.id).into_owned()),
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
                        from: q.id.id.clone(),
                        to: a.next.id.clone(),
                        label: text(&a.label.id),
                    })
            })
            .collect();
        Self {
            start: flow.start.id.clone(),
            nodes,
            edges,
        }
    }
}
