//! The exports for one country's helpline: the parts of the tree a caller there can reach.

use std::collections::{HashSet, VecDeque};

use meldwijzer::country::{self, Country};
use meldwijzer::flow::{Flow, Node};
use meldwijzer::graph::Graph;

/// Leaves out of `graph` the first question's answers that choose another country than
/// `only`, and every question and outcome no remaining answer leads to.
pub(crate) fn restrict_graph(graph: &mut Graph, flow: &Flow, only: Country) {
    let Some(Node::Question(start)) = flow.node(&flow.start.id) else {
        return;
    };
    let start_id = flow.questions[start].id.id.as_str();
    let targets = |kept: bool| -> HashSet<&str> {
        flow.questions[start]
            .answers
            .iter()
            .enumerate()
            .filter(|&(a, _)| country::keeps(flow, Some(only), start, a) == kept)
            .map(|(_, answer)| answer.next.id.as_str())
            .collect()
    };
    // An answer that is kept may share its target with one left out.
    let dropped: HashSet<&str> = &targets(false) - &targets(true);
    graph
        .edges
        .retain(|e| !(e.from == start_id && dropped.contains(e.to.as_str())));
    let reached = reachable(flow, Some(only));
    graph.nodes.retain(|n| reached.contains(n.id.as_str()));
    graph
        .edges
        .retain(|e| reached.contains(e.from.as_str()) && reached.contains(e.to.as_str()));
}

/// The ids of the questions and outcomes a call can reach from the first question,
/// through the answers a helpline in `only` keeps.
pub(crate) fn reachable(flow: &Flow, only: Option<Country>) -> HashSet<&str> {
    let mut seen = HashSet::new();
    let mut queue: VecDeque<Node> = flow.node(&flow.start.id).into_iter().collect();
    while let Some(node) = queue.pop_front() {
        if !seen.insert(flow.node_id(node)) {
            continue;
        }
        if let Node::Question(q) = node {
            queue.extend(
                flow.questions[q]
                    .answers
                    .iter()
                    .enumerate()
                    .filter(|&(a, _)| country::keeps(flow, only, q, a))
                    .filter_map(|(_, answer)| flow.next(answer)),
            );
        }
    }
    seen
}
