//! The width of text in the drawing, from a real font: `DejaVu Sans`, which the SVG names
//! first. It is wider than Helvetica and Arial, its fallbacks there, so text laid out with
//! its widths fits in either.

use std::sync::OnceLock;

use ttf_parser::Face;

/// A font's advance widths.
pub(crate) struct Font {
    face: Option<Face<'static>>,
}

/// `DejaVu Sans`.
pub(crate) fn regular() -> &'static Font {
    static FONT: OnceLock<Font> = OnceLock::new();
    FONT.get_or_init(|| Font::new(dejavu::sans::regular()))
}

/// `DejaVu Sans Bold`.
pub(crate) fn bold() -> &'static Font {
    static FONT: OnceLock<Font> = OnceLock::new();
    FONT.get_or_init(|| Font::new(dejavu::sans::bold()))
}

impl Font {
    fn new(data: &'static [u8]) -> Self {
        Self {
            face: Face::parse(data, 0).ok(),
        }
    }

    /// The width of `text` at `size` pixels, without kerning (which only narrows text).
    pub(crate) fn width(&self, text: &str, size: f64) -> f64 {
        let Some(face) = &self.face else {
            // The font is built in and parses; this only keeps a broken build drawable.
            return text.chars().map(|_| size * 0.65).sum();
        };
        let units = f64::from(face.units_per_em());
        let fallback = face
            .glyph_index('M')
            .and_then(|g| face.glyph_hor_advance(g))
            .unwrap_or(0);
        let advance: u32 = text
            .chars()
            .map(|c| {
                let glyph = face.glyph_index(c);
                u32::from(
                    glyph
                        .and_then(|g| face.glyph_hor_advance(g))
                        .unwrap_or(fallback),
                )
            })
            .sum();
        f64::from(advance) / units * size
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
}
