//! Exports for staff and trainers: each format in its own small renderer, all computed from
//! the format-free models of the core.

pub(crate) mod contacts;
pub(crate) mod country;
pub(crate) mod diff;
pub(crate) mod document;
pub(crate) mod dot;
pub(crate) mod escape;
pub(crate) mod html;
pub(crate) mod measure;
pub(crate) mod mermaid;
pub(crate) mod paths;
pub(crate) mod script;
pub(crate) mod site;
pub(crate) mod sources;
pub(crate) mod summary;
pub(crate) mod svg;
// Generated (see `measure.rs`); the test that generates it compares its exact text.
#[rustfmt::skip]
mod widths;
use meldwijzer::graph::GraphNode;

/// Wraps `text` to lines of at most `width` characters, for labels in drawings. Web
/// addresses break after a `/`, never inside a word.
pub(crate) fn label_lines(text: &str, width: usize) -> Vec<String> {
    if !text.contains("://") {
        return textwrap::wrap(text, width)
            .into_iter()
            .map(std::borrow::Cow::into_owned)
            .collect();
    }
    // Never break inside `https://` or the host: the first break may come after the host.
    let host_start = text.find("://").map_or(0, |i| i + 3);
    let (scheme, rest) = text.split_at(host_start);
    let mut parts = rest.split_inclusive('/');
    let mut lines = vec![format!("{scheme}{}", parts.next().unwrap_or_default())];
    for part in parts {
        let current = lines.last_mut().expect("never empty");
        if current.chars().count() + part.chars().count() > width {
            lines.push(part.to_owned());
        } else {
            current.push_str(part);
        }
    }
    lines
}

/// The lines shown for an outcome's main contact: its name, then its number or address.
pub(crate) fn contact_lines(node: &GraphNode, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = node
        .contact
        .iter()
        .flat_map(|c| label_lines(c, width))
        .collect();
    lines.extend(node.detail.iter().flat_map(|d| label_lines(d, width)));
    lines
}

/// True for an outcome whose main contact is the emergency number.
pub(crate) fn is_emergency(node: &GraphNode, emergency_phone: &str) -> bool {
    node.detail.as_deref() == Some(emergency_phone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_break_after_slashes_only() {
        let lines = label_lines(
            "https://childfocus.be/nl/seksuele-uitbuiting/kinderpornografie",
            30,
        );
        assert_eq!(
            lines,
            [
                "https://childfocus.be/nl/",
                "seksuele-uitbuiting/",
                "kinderpornografie"
            ]
        );
        assert_eq!(
            label_lines("https://www.meldpunt-kinderporno.nl", 20),
            ["https://www.meldpunt-kinderporno.nl"]
        );
    }
}
