//! The width of text in the drawing, from a real font: `DejaVu Sans`, which the SVG names
//! first. It is wider than Helvetica and Arial, its fallbacks there, so text laid out with
//! its widths fits in either. The widths come from a table generated from the font
//! (`widths.rs`), so the binary does not carry the font itself.

use super::widths;

/// A font's advance widths.
pub(crate) struct Font {
    /// Advance of each of [`widths::CHARS`], in font units.
    advances: &'static [u16],
    /// Advance of a character the table does not hold: that of `M`, as wide as most.
    fallback: u16,
}

/// `DejaVu Sans`.
pub(crate) fn regular() -> &'static Font {
    static FONT: Font = Font {
        advances: widths::REGULAR,
        fallback: widths::REGULAR_FALLBACK,
    };
    &FONT
}

/// `DejaVu Sans Bold`.
pub(crate) fn bold() -> &'static Font {
    static FONT: Font = Font {
        advances: widths::BOLD,
        fallback: widths::BOLD_FALLBACK,
    };
    &FONT
}

impl Font {
    /// The width of `text` at `size` pixels, without kerning (which only narrows text).
    pub(crate) fn width(&self, text: &str, size: f64) -> f64 {
        let advance: u32 = text
            .chars()
            .map(|c| {
                u32::from(
                    widths::CHARS
                        .binary_search(&c)
                        .map_or(self.fallback, |i| self.advances[i]),
                )
            })
            .sum();
        f64::from(advance) / f64::from(widths::UNITS_PER_EM) * size
    }

    /// `text` in lines no wider than `max` pixels at `size`, broken between words; a word
    /// wider than a line (a web address) breaks after `/`, else after `-`, else where it must.
    pub(crate) fn wrap(&self, text: &str, size: f64, max: f64) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if self.width(word, size) <= max {
                word.clone_into(&mut line);
            } else {
                let mut pieces = self.break_word(word, size, max);
                line = pieces.pop().unwrap_or_default();
                lines.extend(pieces);
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// `word` in pieces no wider than `max`, broken after `/`, `-`, or any character.
    fn break_word(&self, word: &str, size: f64, max: f64) -> Vec<String> {
        let mut pieces: Vec<String> = Vec::new();
        let mut current = String::new();
        let parts: Vec<&str> = word
            .split_inclusive('/')
            .flat_map(|part| part.split_inclusive('-'))
            .collect();
        for part in parts {
            if self.width(&format!("{current}{part}"), size) <= max {
                current.push_str(part);
                continue;
            }
            if !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
            }
            for c in part.chars() {
                if !current.is_empty() && self.width(&format!("{current}{c}"), size) > max {
                    pieces.push(std::mem::take(&mut current));
                }
                current.push(c);
            }
        }
        pieces.push(current);
        pieces
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let font = regular();
        assert!(font.width("MMMM", 17.0) > font.width("iiii", 17.0) * 2.0);
        assert!(bold().width("Meldpunt", 17.0) > font.width("Meldpunt", 17.0));
        assert!((font.width("ab", 20.0) - 2.0 * font.width("ab", 10.0)).abs() < 1e-9);
    }

    #[test]
    fn every_line_fits_and_no_word_is_lost() {
        let font = regular();
        let text = "Is it on a public web page that anyone can open with its address (URL)? \
                    https://childfocus.be/nl/seksuele-uitbuiting/kinderpornografie/burgerlijk-meldpunt";
        for max in [120.0, 200.0, 305.0] {
            let lines = font.wrap(text, 17.0, max);
            assert!(
                lines.iter().all(|l| font.width(l, 17.0) <= max),
                "{max}: {lines:?}"
            );
            let joined: String = lines.concat();
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }

    /// The font's own measurement, as the drawing did before the table: the reference the
    /// table must agree with.
    struct Reference(ttf_parser::Face<'static>);

    impl Reference {
        fn regular() -> Self {
            Self(ttf_parser::Face::parse(dejavu::sans::regular(), 0).expect("DejaVu Sans"))
        }

        fn bold() -> Self {
            Self(ttf_parser::Face::parse(dejavu::sans::bold(), 0).expect("DejaVu Sans Bold"))
        }

        /// The advance of `c`, if the font has a glyph for it.
        fn advance(&self, c: char) -> Option<u16> {
            self.0
                .glyph_index(c)
                .and_then(|g| self.0.glyph_hor_advance(g))
        }

        fn fallback(&self) -> u16 {
            self.advance('M').expect("an M")
        }

        fn width(&self, text: &str, size: f64) -> f64 {
            let units = f64::from(self.0.units_per_em());
            let advance: u32 = text
                .chars()
                .map(|c| u32::from(self.advance(c).unwrap_or_else(|| self.fallback())))
                .sum();
            f64::from(advance) / units * size
        }
    }

    /// Every text the drawing can show from the built-in flow, in every language: each
    /// message, each node and answer of the graph, and each line of the flow and locale files.
    fn built_in_texts() -> Vec<String> {
        use meldwijzer::graph::Graph;
        use meldwijzer::{FlowInput, Guide, Lang, LocalesInput};

        let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
            .expect("the built-in flow is valid")
            .0;
        let mut texts: Vec<String> = meldwijzer::embedded::FLOW
            .lines()
            .map(str::to_owned)
            .collect();
        for (_, _, text) in meldwijzer::embedded::LOCALES {
            texts.extend(text.lines().map(str::to_owned));
        }
        for lang in Lang::ALL {
            let ids: Vec<&str> = guide.catalog.messages(lang).map(|(id, _)| id).collect();
            texts.extend(ids.iter().map(|id| guide.catalog.text(lang, id)));
            let graph = Graph::new(&guide, lang);
            for node in graph.nodes {
                texts.extend(
                    [node.label]
                        .into_iter()
                        .chain(node.contact)
                        .chain(node.detail),
                );
            }
            texts.extend(graph.edges.into_iter().map(|e| e.label));
        }
        texts
    }

    /// The characters the table holds: those the drawing can meet in Latin text (Latin-1,
    /// Latin Extended A and B, general punctuation, currency signs) and every character of
    /// the built-in texts, where either font has a glyph for them.
    fn table_chars() -> Vec<char> {
        let (regular, bold) = (Reference::regular(), Reference::bold());
        let mut chars: Vec<char> = ('\u{0}'..='\u{24f}')
            .chain('\u{2000}'..='\u{206f}')
            .chain('\u{20a0}'..='\u{20bf}')
            .chain(
                built_in_texts()
                    .iter()
                    .flat_map(|t| t.chars().collect::<Vec<_>>()),
            )
            .filter(|&c| regular.advance(c).is_some() || bold.advance(c).is_some())
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    }

    /// The text of `widths.rs`, generated from the fonts.
    fn generate() -> String {
        use std::fmt::Write as _;
        let (regular, bold) = (Reference::regular(), Reference::bold());
        assert_eq!(regular.0.units_per_em(), bold.0.units_per_em());
        let chars = table_chars();
        let mut out = String::from(
            "//! Advance widths of `DejaVu Sans` 2.37, regular and bold, in font units, for the\n\
             //! characters the drawing can meet (see `measure.rs`). Generated from the fonts by the\n\
             //! test `app::export::measure::tests::the_width_table_is_generated_from_the_fonts`;\n\
             //! do not edit: `MELDWIJZER_BLESS=1 cargo test width_table` rewrites it.\n\n",
        );
        let _ = writeln!(
            out,
            "/// Font units per em.\npub(super) const UNITS_PER_EM: u16 = {};\n",
            regular.0.units_per_em()
        );
        let _ = writeln!(
            out,
            "/// Advance of a character not in the table, regular (that of `M`).\n\
             pub(super) const REGULAR_FALLBACK: u16 = {};\n",
            regular.fallback()
        );
        let _ = writeln!(
            out,
            "/// Advance of a character not in the table, bold (that of `M`).\n\
             pub(super) const BOLD_FALLBACK: u16 = {};\n",
            bold.fallback()
        );
        out.push_str(
            "/// The characters in the table, ascending.\npub(super) const CHARS: &[char] = &[\n",
        );
        for row in chars.chunks(12) {
            let items: Vec<String> = row.iter().map(|c| format!("{c:?}")).collect();
            let _ = writeln!(out, "    {},", items.join(", "));
        }
        out.push_str("];\n");
        for (name, font) in [("REGULAR", &regular), ("BOLD", &bold)] {
            let _ = writeln!(
                out,
                "\n/// The advance of each of `CHARS`, {}.\npub(super) const {name}: &[u16] = &[",
                name.to_lowercase()
            );
            for row in chars.chunks(16) {
                let items: Vec<String> = row
                    .iter()
                    .map(|&c| {
                        font.advance(c)
                            .unwrap_or_else(|| font.fallback())
                            .to_string()
                    })
                    .collect();
                let _ = writeln!(out, "    {},", items.join(", "));
            }
            out.push_str("];\n");
        }
        out
    }

    #[test]
    fn the_width_table_is_generated_from_the_fonts() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/app/export/widths.rs");
        let generated = generate();
        if std::env::var_os("MELDWIJZER_BLESS").is_some() {
            std::fs::write(path, &generated).expect("widths.rs written");
        }
        let stored = std::fs::read_to_string(path).expect("widths.rs");
        assert!(
            stored == generated,
            "src/app/export/widths.rs is not what the fonts give: run \
             `MELDWIJZER_BLESS=1 cargo test width_table` and review the diff"
        );
    }

    #[test]
    fn the_table_measures_every_built_in_text_as_the_font_does() {
        let pairs = [
            (regular(), Reference::regular()),
            (bold(), Reference::bold()),
        ];
        let mut texts = built_in_texts();
        texts.push(table_chars().into_iter().collect());
        // A character the font has no glyph for falls back to the width of `M`, as before.
        texts.push("\u{e000}\u{10ffff}".to_owned());
        for (font, reference) in &pairs {
            for text in &texts {
                for size in [17.0, 20.0] {
                    assert!(
                        font.width(text, size).to_bits() == reference.width(text, size).to_bits(),
                        "{text:?} at {size}"
                    );
                }
            }
        }
    }
}
