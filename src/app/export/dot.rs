//! The tree as Graphviz DOT: `meldwijzer graph --format dot | dot -Tsvg > tree.svg`.

use std::fmt::Write as _;

use meldwijzer::graph::{Graph, NodeKind};

use super::{contact_lines, is_emergency, label_lines};

/// Colours shared with the SVG drawing: questions plain, outcomes green, emergencies red.
pub(crate) const OUTCOME_FILL: &str = "#e3f4e1";
pub(crate) const EMERGENCY_FILL: &str = "#fde0dc";

use super::escape::dot_string as quote;

/// Renders `graph`; outcomes whose main contact is `emergency_phone` are drawn in red.
pub(crate) fn render(graph: &Graph, emergency_phone: &str) -> String {
    let mut out = String::from("digraph meldwijzer {\n");
    out.push_str("  rankdir=TB;\n");
    out.push_str("  node [fontname=\"Helvetica\", fontsize=12];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=10];\n\n");
    for node in &graph.nodes {
        let mut lines = label_lines(&node.label, 28);
        let attributes = match node.kind {
            NodeKind::Question => "shape=box, style=rounded".to_owned(),
            NodeKind::Outcome => {
                lines.extend(contact_lines(node, 28));
                let fill = if is_emergency(node, emergency_phone) {
                    EMERGENCY_FILL
                } else {
                    OUTCOME_FILL
                };
                format!("shape=box, style=filled, fillcolor=\"{fill}\"")
            }
        };
        let _ = writeln!(
            out,
            "  {} [{attributes}, label={}];",
            quote(&[&node.id]),
            quote(&lines)
        );
    }
    out.push('\n');
    for edge in &graph.edges {
        let _ = writeln!(
            out,
            "  {} -> {} [label={}];",
            quote(&[&edge.from]),
            quote(&[&edge.to]),
            quote(&label_lines(&edge.label, 24))
        );
    }
    out.push_str("}\n");
    out
}
