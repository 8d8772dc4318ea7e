//! The tree as a Mermaid flowchart, which GitHub renders inside Markdown.

use std::fmt::Write as _;

use meldwijzer::graph::{Graph, NodeKind};

use super::dot::{EMERGENCY_FILL, OUTCOME_FILL};
use super::is_emergency;

/// Mermaid ids must be plain words: flow ids may hold `-`, so number the nodes instead.
fn node_name(index: usize) -> String {
    format!("n{index}")
}

use super::escape::mermaid_label as label;

/// Renders `graph` as a top-down flowchart.
pub(crate) fn render(graph: &Graph, emergency_phone: &str) -> String {
    let mut out = String::from("flowchart TD\n");
    let index = |id: &str| graph.nodes.iter().position(|n| n.id == id);
    for (i, node) in graph.nodes.iter().enumerate() {
        let name = node_name(i);
        match node.kind {
            NodeKind::Question => {
                let _ = writeln!(out, "    {name}({})", label(&[&node.label]));
            }
            NodeKind::Outcome => {
                let mut lines = vec![node.label.as_str()];
                lines.extend(node.contact.as_deref());
                lines.extend(node.detail.as_deref());
                let _ = writeln!(out, "    {name}[{}]", label(&lines));
                let class = if is_emergency(node, emergency_phone) {
                    "emergency"
                } else {
                    "outcome"
                };
                let _ = writeln!(out, "    class {name} {class}");
            }
        }
    }
    for edge in &graph.edges {
        if let (Some(from), Some(to)) = (index(&edge.from), index(&edge.to)) {
            let _ = writeln!(
                out,
                "    {} -->|{}| {}",
                node_name(from),
                label(&[&edge.label]),
                node_name(to)
            );
        }
    }
    let _ = writeln!(
        out,
        "    classDef outcome fill:{OUTCOME_FILL},stroke:#2e7d32"
    );
    let _ = writeln!(
        out,
        "    classDef emergency fill:{EMERGENCY_FILL},stroke:#c62828"
    );
    out
}
