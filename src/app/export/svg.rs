//! The tree as SVG for a projector, laid out here without Graphviz.
//!
//! Each question is a card that lists its answers as rows, and each answer's arrow leaves
//! from its own row; outcomes are coloured cards. Answer labels therefore live inside cards
//! and can never overlap. Columns follow the longest path from the start; an arrow that
//! skips columns reserves a slot in each column it crosses (the dummy nodes of a layered
//! layout), so arrows never run through a card.

// Counts of lines and columns are tiny; as f64 they are exact.
#![allow(clippy::cast_precision_loss)]

use std::collections::HashMap;
use std::fmt::Write as _;

use meldwijzer::graph::{Graph, GraphNode, NodeKind};

use super::dot::{EMERGENCY_FILL, OUTCOME_FILL};
use super::{is_emergency, measure};

const FONT: f64 = 17.0;
const LINE: f64 = 22.0;
const CARD_WIDTH: f64 = 380.0;
const PAD: f64 = 10.0;
/// Room for a card's bold header lines, from `x + PAD` to `PAD` before the right edge.
const HEADER_ROOM: f64 = CARD_WIDTH - 2.0 * PAD;
/// Room for its rows, which start a little further in.
const ROW_ROOM: f64 = CARD_WIDTH - 2.5 * PAD;
const GUTTER: f64 = 120.0;
const GAP: f64 = 18.0;
const SLOT: f64 = 14.0;
const MARGIN: f64 = 30.0;
const TITLE: f64 = 40.0;

/// Something that takes vertical room in a column.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Item {
    /// Index into the graph's nodes.
    Card(usize),
    /// Edge index and column: the slot an arrow passes through in that column. (One edge
    /// may cross several columns, at a different height in each.)
    Slot(usize, usize),
}

/// A card's text lines and where its answer rows are.
#[derive(Clone)]
struct Card {
    header: Vec<String>,
    /// For questions: each answer's lines; for outcomes: the contact lines.
    rows: Vec<Vec<String>>,
    height: f64,
}

/// A card's lines, wrapped by the real widths of its text, so that every line fits.
fn card(node: &GraphNode, answers: &[&str]) -> Card {
    let (bold, regular) = (measure::bold(), measure::regular());
    let header = whole_numbers(&node.label, |text| bold.wrap(text, FONT, HEADER_ROOM));
    let row = |text: &str| whole_numbers(text, |text| regular.wrap(text, FONT, ROW_ROOM));
    let rows: Vec<Vec<String>> = match node.kind {
        NodeKind::Question => answers.iter().map(|a| row(a)).collect(),
        // Every contact, each in a row of its own: its name, then its number or address,
        // which is never split (a web address only after a `/`).
        NodeKind::Outcome => node
            .contacts
            .iter()
            .map(|(name, detail)| {
                let mut lines = row(name);
                if let Some(detail) = detail {
                    lines.extend(unbroken(detail, regular));
                }
                lines
            })
            .collect(),
    };
    let lines = header.len() + rows.iter().map(Vec::len).sum::<usize>();
    let height = lines as f64 * LINE + PAD * 2.0 + rows.len() as f64 * PAD;
    Card {
        header,
        rows,
        height,
    }
}

/// Joins the groups of a number written with spaces ("116 000", "+31 (0)6 428 346 35") for
/// `wrap`, which breaks only at whitespace: a number is never split across lines.
fn whole_numbers(text: &str, wrap: impl Fn(&str) -> Vec<String>) -> Vec<String> {
    // WORD JOINER is not whitespace, so no line breaks there; it becomes a space again.
    const GLUE: char = '\u{2060}';
    let chars: Vec<char> = text.chars().collect();
    let glued: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let after = chars.get(i + 1);
            let joins = c == ' '
                && before.is_some_and(|b| b.is_ascii_digit() || *b == ')')
                && after.is_some_and(|a| a.is_ascii_digit() || *a == '(');
            if joins { GLUE } else { c }
        })
        .collect();
    wrap(&glued)
        .into_iter()
        .map(|line| line.replace(GLUE, " "))
        .collect()
}

/// A number or address on as few lines as fit, broken only after a `/` (never inside the
/// scheme and host of a web address, never inside a phone number).
fn unbroken(text: &str, font: &measure::Font) -> Vec<String> {
    let host_end = text.find("://").map_or(0, |i| i + 3);
    let host_end = text[host_end..]
        .find('/')
        .map_or(text.len(), |i| host_end + i + 1);
    let (head, rest) = text.split_at(host_end);
    let mut lines = vec![head.to_owned()];
    for part in rest.split_inclusive('/') {
        let current = lines.last_mut().expect("never empty");
        let joined = format!("{current}{part}");
        if font.width(&joined, FONT) > ROW_ROOM {
            lines.push(part.to_owned());
        } else {
            *current = joined;
        }
    }
    lines
}

use super::escape::xml as escape;

/// Column of every node: the longest path from `start` (nodes it cannot reach: column 0).
fn columns(graph: &Graph, start: usize, ends: &Ends) -> Vec<usize> {
    let n = graph.nodes.len();
    let mut incoming = vec![0usize; n];
    for &(_, to) in &ends.of {
        if let Some(to) = to {
            incoming[to] += 1;
        }
    }
    let mut column = vec![0usize; n];
    // Kahn's algorithm; a valid flow has no cycles, so every node is visited.
    let mut ready: Vec<usize> = (0..n).filter(|&i| incoming[i] == 0 || i == start).collect();
    let mut seen = vec![false; n];
    while let Some(node) = ready.pop() {
        if std::mem::replace(&mut seen[node], true) {
            continue;
        }
        for &e in &ends.leaving[node] {
            if let Some(to) = ends.of[e].1 {
                column[to] = column[to].max(column[node] + 1);
                incoming[to] = incoming[to].saturating_sub(1);
                if incoming[to] == 0 {
                    ready.push(to);
                }
            }
        }
    }
    column
}

/// Where everything goes.
struct Layout {
    cards: Vec<Card>,
    column: Vec<usize>,
    /// Top edge of each card and slot.
    top: HashMap<Item, f64>,
    /// Height at which each edge leaves its question card.
    leave: Vec<f64>,
    index: HashMap<String, usize>,
    width: f64,
    height: f64,
}

/// Left edge of column `c`.
fn column_x(c: usize) -> f64 {
    MARGIN + c as f64 * (CARD_WIDTH + GUTTER)
}

/// The ends of every edge, and the edges leaving and entering every node, found once: a
/// search per node would make deep flows quadratic.
struct Ends {
    /// Per edge: the node it leaves and the node it enters, if both exist.
    of: Vec<(Option<usize>, Option<usize>)>,
    /// Per node: the edges (answers) leaving it, in answer order.
    leaving: Vec<Vec<usize>>,
    /// Per node: the edges entering it.
    entering: Vec<Vec<usize>>,
}

impl Ends {
    fn new(graph: &Graph, index: &HashMap<&str, usize>) -> Self {
        let n = graph.nodes.len();
        let mut ends = Self {
            of: Vec::with_capacity(graph.edges.len()),
            leaving: vec![Vec::new(); n],
            entering: vec![Vec::new(); n],
        };
        for (e, edge) in graph.edges.iter().enumerate() {
            let from = index.get(edge.from.as_str()).copied();
            let to = index.get(edge.to.as_str()).copied();
            if let Some(from) = from {
                ends.leaving[from].push(e);
            }
            if let Some(to) = to {
                ends.entering[to].push(e);
            }
            ends.of.push((from, to));
        }
        ends
    }
}

/// The shape of a projector's screen, which a landscape drawing aims for.
const SCREEN_RATIO: f64 = 16.0 / 9.0;

/// How the drawing is shaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Columns as the tree's depth gives them: as tall as the widest level.
    Tree,
    /// Outcomes spread over more columns, so that the drawing is about as wide as a
    /// projector's screen is to its height (16:9).
    Landscape,
}

/// `column` with outcomes moved right wherever a column would grow taller than `limit`.
/// An outcome has no arrow leaving it, so it may stand in any column after the ones its
/// arrows come from; the arrows reaching it pass the columns between through slots.
fn spread(cards: &[Card], ends: &Ends, column: &[usize], limit: f64) -> Vec<usize> {
    let mut column = column.to_vec();
    let mut buckets: Vec<Vec<usize>> = Vec::new();
    for (node, &c) in column.iter().enumerate() {
        if buckets.len() <= c {
            buckets.resize_with(c + 1, Vec::new);
        }
        buckets[c].push(node);
    }
    let movable = |node: usize| ends.leaving[node].is_empty();
    let mut c = 0;
    while c < buckets.len() {
        let nodes = std::mem::take(&mut buckets[c]);
        let (leaves, fixed): (Vec<usize>, Vec<usize>) =
            nodes.into_iter().partition(|&n| movable(n));
        let mut height: f64 = fixed.iter().map(|&n| cards[n].height + GAP).sum();
        let mut kept = fixed;
        let mut moved = Vec::new();
        for leaf in leaves {
            // A column keeps at least one card, so that spreading always ends.
            if kept.is_empty() || height + cards[leaf].height <= limit {
                height += cards[leaf].height + GAP;
                kept.push(leaf);
            } else {
                column[leaf] = c + 1;
                moved.push(leaf);
            }
        }
        buckets[c] = kept;
        if !moved.is_empty() {
            if buckets.len() <= c + 1 {
                buckets.push(Vec::new());
            }
            buckets[c + 1].extend(moved);
        }
        c += 1;
    }
    column
}

/// How far `width` / `height` is from a projector's screen, either way.
fn off_screen(width: f64, height: f64) -> f64 {
    (width / height / SCREEN_RATIO).ln().abs()
}

impl Layout {
    fn new(graph: &Graph, shape: Shape) -> Self {
        let index: HashMap<String, usize> = graph
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();
        let lookup: HashMap<&str, usize> = index.iter().map(|(k, &v)| (k.as_str(), v)).collect();
        let ends = Ends::new(graph, &lookup);
        let cards: Vec<Card> = (0..graph.nodes.len())
            .map(|i| {
                let labels: Vec<&str> = ends.leaving[i]
                    .iter()
                    .map(|&e| graph.edges[e].label.as_str())
                    .collect();
                card(&graph.nodes[i], &labels)
            })
            .collect();
        let start = lookup.get(graph.start.as_str()).copied().unwrap_or(0);
        let column = columns(graph, start, &ends);
        let tree = Self::place(
            graph,
            &ends,
            cards.clone(),
            column.clone(),
            index.clone(),
            false,
        );
        if shape == Shape::Tree {
            return tree;
        }
        // A few limits on a column's height, from the tallest column down; the layout
        // nearest to the screen's shape wins.
        let tallest = tree.height;
        let mut best = tree;
        for share in [0.8, 0.65, 0.5, 0.4, 0.33, 0.25, 0.2] {
            let spread = spread(&cards, &ends, &column, tallest * share);
            // Packed from the top: a card no longer waits for the height its arrows leave
            // from, or the drawing would stay as tall as the tree.
            let layout = Self::place(graph, &ends, cards.clone(), spread, index.clone(), true);
            if off_screen(layout.width, layout.height) < off_screen(best.width, best.height) {
                best = layout;
            }
        }
        best
    }

    /// Places every card and slot, given each node's column.
    fn place(
        graph: &Graph,
        ends: &Ends,
        cards: Vec<Card>,
        column: Vec<usize>,
        index: HashMap<String, usize>,
        packed: bool,
    ) -> Self {
        // Items per column: cards, plus a slot wherever an arrow crosses the column.
        let last = column.iter().copied().max().unwrap_or(0);
        let mut items: Vec<Vec<Item>> = vec![Vec::new(); last + 1];
        for (node, &c) in column.iter().enumerate() {
            items[c].push(Item::Card(node));
        }
        for (e, &ends_of) in ends.of.iter().enumerate() {
            if let (Some(from), Some(to)) = ends_of {
                for (c, slots) in items
                    .iter_mut()
                    .enumerate()
                    .take(column[to])
                    .skip(column[from] + 1)
                {
                    slots.push(Item::Slot(e, c));
                }
            }
        }

        let mut layout = Self {
            cards,
            column,
            top: HashMap::new(),
            leave: vec![0.0; graph.edges.len()],
            index,
            width: column_x(last) + CARD_WIDTH + MARGIN,
            height: 0.0,
        };
        // The height each edge has on entering the current column.
        let mut anchor: Vec<f64> = vec![0.0; graph.edges.len()];
        for column_items in &items {
            layout.place_column(ends, column_items, &mut anchor, packed);
        }
        layout
    }

    /// Places one column: each item wants to sit level with what leads into it, in that
    /// order, without overlapping the item above; `packed`, it keeps that order only.
    fn place_column(&mut self, ends: &Ends, items: &[Item], anchor: &mut [f64], packed: bool) {
        let wanted = |item: &Item| -> f64 {
            match *item {
                Item::Slot(e, _) => anchor[e],
                Item::Card(node) => {
                    let into: Vec<f64> = ends.entering[node].iter().map(|&e| anchor[e]).collect();
                    if into.is_empty() {
                        0.0
                    } else {
                        into.iter().sum::<f64>() / into.len() as f64
                    }
                }
            }
        };
        let mut ordered: Vec<(f64, usize, Item)> = items
            .iter()
            .enumerate()
            .map(|(i, item)| (wanted(item), i, *item))
            .collect();
        ordered.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut cursor = MARGIN + TITLE;
        for (want, _, item) in ordered {
            let size = match item {
                Item::Card(node) => self.cards[node].height,
                Item::Slot(..) => SLOT,
            };
            // A card's header sits level with the arrows that enter it.
            let middle = match item {
                Item::Card(node) => PAD + self.cards[node].header.len().max(1) as f64 * LINE / 2.0,
                Item::Slot(..) => size / 2.0,
            };
            let y = if packed {
                cursor
            } else {
                cursor.max(want - middle)
            };
            self.top.insert(item, y);
            cursor = y + size + GAP;
            match item {
                // A slot passes its edge's height on to the next column.
                Item::Slot(e, _) => anchor[e] = y + SLOT / 2.0,
                // Each answer's arrow leaves from the middle of its row.
                Item::Card(node) => {
                    let card = &self.cards[node];
                    let mut row_y = y + PAD + card.header.len() as f64 * LINE + PAD / 2.0;
                    for (row, &e) in card.rows.iter().zip(&ends.leaving[node]) {
                        anchor[e] = row_y + row.len() as f64 * LINE / 2.0 + PAD / 2.0;
                        self.leave[e] = anchor[e];
                        row_y += row.len() as f64 * LINE + PAD;
                    }
                }
            }
        }
        self.height = self.height.max(cursor);
    }
}

/// Draws `graph` in `shape`; `title` goes above the drawing.
pub(crate) fn render(graph: &Graph, emergency_phone: &str, title: &str, shape: Shape) -> String {
    let layout = Layout::new(graph, shape);
    let (width, height) = (layout.width, layout.height);
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"{FONT}\">"
    );
    svg.push_str("<defs><marker id=\"arrow\" markerWidth=\"10\" markerHeight=\"8\" refX=\"9\" refY=\"4\" orient=\"auto\"><path d=\"M0,0 L10,4 L0,8 z\" fill=\"#555\"/></marker></defs>\n");
    svg.push_str("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    let _ = writeln!(
        svg,
        "<text x=\"{MARGIN}\" y=\"{}\" font-size=\"22\" font-weight=\"bold\">{}</text>",
        MARGIN + 14.0,
        escape(title)
    );
    // Arrows first, so cards are drawn over their ends.
    draw_arrows(&mut svg, graph, &layout);
    draw_cards(&mut svg, graph, &layout, emergency_phone);
    svg.push_str("</svg>\n");
    svg
}

/// A length as the drawing writes it: to a tenth of a pixel, a whole number without `.0`
/// (the drawing is inlined in every trainers' page, and each byte counts against what a
/// phone downloads).
struct Num(f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = self.0 * 10.0;
        // Nearly every length is a sum of whole and half pixels: written from integers, as
        // `{:.1}` writes it, without its exact (and slow) float formatting.
        if tenths.fract() == 0.0 && tenths.abs() < 1e15 {
            let sign = if self.0.is_sign_negative() { "-" } else { "" };
            // Whole and below 10^15: exact as an integer.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let tenths = tenths.abs() as u64;
            return match tenths % 10 {
                0 => write!(f, "{sign}{}", tenths / 10),
                digit => write!(f, "{sign}{}.{digit}", tenths / 10),
            };
        }
        let text = format!("{:.1}", self.0);
        f.write_str(text.strip_suffix(".0").unwrap_or(&text))
    }
}

fn draw_arrows(svg: &mut String, graph: &Graph, layout: &Layout) {
    // One group carries the look of every arrow, said once.
    svg.push_str(
        "<g fill=\"none\" stroke=\"#555\" stroke-width=\"1.6\" marker-end=\"url(#arrow)\">\n",
    );
    for (e, edge) in graph.edges.iter().enumerate() {
        let (Some(&from), Some(&to)) = (layout.index.get(&edge.from), layout.index.get(&edge.to))
        else {
            continue;
        };
        let mut x = column_x(layout.column[from]) + CARD_WIDTH;
        let mut y = layout.leave[e];
        let mut path = format!("M{},{}", Num(x), Num(y));
        // Through a slot in every column skipped, then into the target's left side.
        for c in layout.column[from] + 1..layout.column[to] {
            let slot_y = layout.top[&Item::Slot(e, c)] + SLOT / 2.0;
            let x2 = column_x(c);
            curve(&mut path, (x, y), (x2, slot_y));
            let _ = write!(path, " L{},{}", Num(x2 + CARD_WIDTH), Num(slot_y));
            x = x2 + CARD_WIDTH;
            y = slot_y;
        }
        // Into the middle of the target's header: its question, or its advice's headline.
        let header = layout.cards[to].header.len().max(1) as f64 * LINE;
        let target_y = layout.top[&Item::Card(to)] + PAD + header / 2.0;
        let x2 = column_x(layout.column[to]);
        curve(&mut path, (x, y), (x2, target_y));
        let _ = writeln!(svg, "<path d=\"{path}\"/>");
    }
    svg.push_str("</g>\n");
}

/// Adds to `path` the curve across a gutter, from `from` on a card's right side to `to` on
/// the left side of the next column.
fn curve(path: &mut String, from: (f64, f64), to: (f64, f64)) {
    let ((x, y), (x2, y2)) = (from, to);
    let _ = write!(
        path,
        " C{},{} {},{} {},{}",
        Num(x + GUTTER / 2.0),
        Num(y),
        Num(x2 - GUTTER / 2.0),
        Num(y2),
        Num(x2),
        Num(y2),
    );
}

fn draw_cards(svg: &mut String, graph: &Graph, layout: &Layout, emergency_phone: &str) {
    for (node, data) in graph.nodes.iter().enumerate() {
        let card = &layout.cards[node];
        let x = column_x(layout.column[node]);
        let y = layout.top[&Item::Card(node)];
        let (fill, stroke) = match data.kind {
            NodeKind::Question => ("#ffffff", "#37474f"),
            NodeKind::Outcome if is_emergency(data, emergency_phone) => (EMERGENCY_FILL, "#c62828"),
            NodeKind::Outcome => (OUTCOME_FILL, "#2e7d32"),
        };
        // Each card is drawn in its own frame, so that the numbers inside repeat from card
        // to card and the drawing compresses well on a trainers' page.
        let _ = writeln!(
            svg,
            "<g id=\"{}\" transform=\"translate({},{})\"><rect x=\"0\" y=\"0\" width=\"{CARD_WIDTH}\" height=\"{}\" rx=\"8\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>",
            escape(&data.id),
            Num(x),
            Num(y),
            Num(card.height)
        );
        let mut line_y = PAD + FONT;
        for line in &card.header {
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\" font-weight=\"bold\">{}</text>",
                Num(PAD),
                Num(line_y),
                escape(line)
            );
            line_y += LINE;
        }
        for row in &card.rows {
            let rule = line_y - FONT + 1.0;
            let _ = writeln!(
                svg,
                "<line x1=\"0\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-opacity=\"0.35\"/>",
                Num(rule),
                Num(CARD_WIDTH),
                Num(rule)
            );
            line_y += PAD;
            for line in row {
                let _ = writeln!(
                    svg,
                    "<text x=\"{}\" y=\"{}\">{}</text>",
                    Num(PAD * 1.5),
                    Num(line_y),
                    escape(line)
                );
                line_y += LINE;
            }
        }
        svg.push_str("</g>\n");
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::Num;

    /// How the drawing wrote lengths before: `{:.1}`, then `.0` left out.
    fn written(value: f64) -> String {
        let text = format!("{value:.1}");
        text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
    }

    #[test]
    fn lengths_are_written_to_a_tenth_and_whole_ones_bare() {
        for (value, text) in [
            (1045.0, "1045"),
            (7.5, "7.5"),
            (0.1, "0.1"),
            (12.04, "12"),
            (0.05, "0.1"),
            (-0.0, "-0"),
            (-2.5, "-2.5"),
            (1e16, "10000000000000000"),
        ] {
            assert_eq!(Num(value).to_string(), text, "{value}");
            assert_eq!(written(value), text, "{value}");
        }
    }

    proptest! {
        #[test]
        fn lengths_are_written_as_before(
            halves in -10_000_000_i64..10_000_000,
            thirds in -3_000_000_i64..3_000_000,
            any in -1e7_f64..1e7,
        ) {
            #[allow(clippy::cast_precision_loss)]
            for value in [halves as f64 / 2.0, thirds as f64 / 3.0, any] {
                prop_assert_eq!(Num(value).to_string(), written(value));
            }
        }
    }
}
