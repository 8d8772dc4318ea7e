//! Colour and layout of text output. Colour only marks structure; the words carry meaning,
//! so output without colour loses nothing.

use colored::Colorize;

use textwrap::core::Word;
use textwrap::{WordSeparator, wrap_algorithms::wrap_first_fit};

/// Width that text is wrapped to: readable in a terminal and on paper alike, and the most
/// it is ever wrapped to on a wider screen (longer lines are harder to read).
pub(crate) const WIDTH: usize = 80;

/// The narrowest width text is wrapped to, however narrow the screen claims to be.
pub(crate) const MIN_WIDTH: usize = 20;

/// Applies colour when enabled, and wraps to the screen's width.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    color: bool,
    width: usize,
    /// Writing to a terminal, whose width may change.
    screen: bool,
    /// Web addresses are made links (OSC 8): a terminal known to follow them.
    links: bool,
}

impl Style {
    /// Colour on or off (sets the `colored` crate's switch to match), text wrapped to
    /// `width` columns, for a terminal (`screen`) or for a pipe or file.
    pub(crate) fn new(color: bool, width: usize, screen: bool) -> Self {
        colored::control::set_override(color);
        Self {
            color,
            width,
            screen,
            links: false,
        }
    }

    /// Text without colour, whatever the program's colour setting (which is left as it
    /// is), wrapped to `width` columns, for a terminal (`screen`) or a pipe or file.
    pub(crate) fn uncolored(width: usize, screen: bool) -> Self {
        Self {
            color: false,
            width,
            screen,
            links: false,
        }
    }

    /// The same style, with web addresses made links (OSC 8) when `links`: only for a
    /// terminal known to follow them, never in the plain guide.
    pub(crate) fn with_links(self, links: bool) -> Self {
        Self {
            links: links && self.screen,
            ..self
        }
    }

    /// The same style, wrapping to `width` columns.
    pub(crate) fn at_width(self, width: usize) -> Self {
        Self { width, ..self }
    }

    /// The same style, wrapping to the width the terminal has now (within the readable
    /// range), so that what is drawn after a resize fits the new width. Not a terminal:
    /// unchanged.
    pub(crate) fn now(self) -> Self {
        if !self.screen {
            return self;
        }
        match terminal_size::terminal_size() {
            Some((columns, _)) => self.at_width(usize::from(columns.0).clamp(MIN_WIDTH, WIDTH)),
            None => self,
        }
    }

    /// The width text is wrapped to.
    pub(crate) fn width(self) -> usize {
        self.width
    }

    /// `text` wrapped to this style's width; see [`wrap_to`].
    pub(crate) fn wrap(self, text: &str, first: &str, rest: &str) -> Vec<String> {
        let lines = wrap_to(self.width, text, first, rest);
        if self.links {
            lines.iter().map(|line| with_links(line)).collect()
        } else {
            lines
        }
    }

    /// True when colour is on.
    pub(crate) fn is_colored(self) -> bool {
        self.color
    }

    /// A headline.
    pub(crate) fn title(self, text: &str) -> String {
        if self.color {
            text.bold().to_string()
        } else {
            text.to_owned()
        }
    }

    /// A section heading.
    pub(crate) fn heading(self, text: &str) -> String {
        if self.color {
            text.bold().underline().to_string()
        } else {
            text.to_owned()
        }
    }

    /// A number or address: what the reader must not miss.
    pub(crate) fn key(self, text: &str) -> String {
        if self.color {
            text.bold().cyan().to_string()
        } else {
            text.to_owned()
        }
    }

    /// The emergency line and warnings.
    pub(crate) fn alert(self, text: &str) -> String {
        if self.color {
            text.bold().red().to_string()
        } else {
            text.to_owned()
        }
    }

    /// Less important detail.
    pub(crate) fn dim(self, text: &str) -> String {
        if self.color {
            text.dimmed().to_string()
        } else {
            text.to_owned()
        }
    }
}

/// `text` wrapped to [`WIDTH`] for a file or pipe, the first line after `first`, the rest
/// after `rest`.
pub(crate) fn wrap(text: &str, first: &str, rest: &str) -> Vec<String> {
    wrap_to(WIDTH, text, first, rest)
}

/// `text` wrapped to `width` columns, the first line after `first`, the rest after `rest`.
///
/// Lines break only between words: ids, numbers, names such as `police-nl-0900` and web
/// addresses stay whole. An address longer than a line stands on a line of its own, in one
/// piece, for the terminal to fold: copied or clicked, it is the whole address.
pub(crate) fn wrap_to(width: usize, text: &str, first: &str, rest: &str) -> Vec<String> {
    let room = |indent: &str| {
        width
            .saturating_sub(textwrap::core::display_width(indent))
            .max(1)
    };
    let text = glue_numbers(text);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let indent = if lines.is_empty() { first } else { rest };
        let widths = [room(indent), room(rest)];
        // A word wider than a line gets a line of its own from the first-fit algorithm.
        let words: Vec<Word<'_>> = WordSeparator::AsciiSpace.find_words(paragraph).collect();
        #[allow(clippy::cast_precision_loss)] // widths are terminal columns
        let line_widths = widths.map(|w| w as f64);
        let wrapped = wrap_first_fit(&words, &line_widths);
        if wrapped.is_empty() {
            lines.push(String::new());
        }
        for line in wrapped {
            if line.is_empty() {
                lines.push(String::new());
                continue;
            }
            let mut text = String::from(if lines.is_empty() { first } else { rest });
            for (i, word) in line.iter().enumerate() {
                text.push_str(word.word);
                if i + 1 < line.len() {
                    text.push_str(word.whitespace);
                }
            }
            lines.push(text.replace(GLUE, " "));
        }
    }
    lines
}

/// A space that holds a phone number together while wrapping; a plain space again after.
const GLUE: char = '\u{a0}';

/// `text` with the spaces inside phone numbers (`116 000`, `+31 (0)6 428 346 35`) and
/// before French punctuation (`Téléphone :`) made unbreakable, so that no number is split
/// over two lines and no line starts with a colon.
fn glue_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            // `(` only as a trunk prefix, `(0)`: "112 (politie.be/...)" may still break.
            let trunk = after == Some('(') && chars.get(i + 2).is_some_and(char::is_ascii_digit);
            let inside_number = c == ' '
                && before.is_some_and(|b| b.is_ascii_digit() || b == ')')
                && (after.is_some_and(|a| a.is_ascii_digit()) || trunk);
            // French sets a space before `:` `;` `!` `?` `»` and after `«`: never break there.
            let french = c == ' '
                && (after.is_some_and(|a| matches!(a, ':' | ';' | '!' | '?' | '»'))
                    || before == Some('«'));
            if inside_number || french { GLUE } else { c }
        })
        .collect()
}

/// The web address `word` holds, if it is one (`https://...`, `www....`, or a domain with a
/// path, such as `nu.nl/tech/6072831`), without the marks around it.
pub(crate) fn address(word: &str) -> Option<&str> {
    let bare = word.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | '.'));
    let bare = bare.strip_suffix(':').unwrap_or(bare);
    if !bare.chars().all(|c| c.is_ascii_graphic()) {
        return None;
    }
    if bare.starts_with("https://") || bare.starts_with("http://") {
        return Some(bare);
    }
    let host = bare.split('/').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    let domain = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()));
    (domain && (bare.contains('/') || host.starts_with("www."))).then_some(bare)
}

/// `line` with each web address in it made a link (OSC 8), for terminals that follow one.
fn with_links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match address(word) {
            Some(bare) => {
                let target = if bare.contains("://") {
                    bare.to_owned()
                } else {
                    format!("https://{bare}")
                };
                let linked = format!("\x1b]8;;{target}\x1b\\{bare}\x1b]8;;\x1b\\");
                out.push_str(&word.replacen(bare, &linked, 1));
            }
            None => out.push_str(word),
        }
    }
    out
}

/// True when the terminal is known to follow OSC 8 links, from what it says of itself in
/// the environment (`var`). Unknown terminals, `TERM=dumb` and terminal multiplexers, which
/// may pass the sequence on to a terminal that shows it as junk, get none.
pub(crate) fn terminal_links(var: impl Fn(&str) -> Option<String>) -> bool {
    let term = var("TERM").unwrap_or_default();
    if term.is_empty() || term == "dumb" || term.starts_with("screen") || term.starts_with("tmux") {
        return false;
    }
    if var("TMUX").is_some() || var("STY").is_some() {
        return false;
    }
    let program = var("TERM_PROGRAM").unwrap_or_default();
    let vte = var("VTE_VERSION")
        .and_then(|v| v.parse::<u32>().ok())
        .is_some_and(|v| v >= 5000);
    vte || ["iTerm.app", "WezTerm", "vscode", "ghostty"].contains(&program.as_str())
        || [
            "KONSOLE_VERSION",
            "WT_SESSION",
            "KITTY_WINDOW_ID",
            "DOMTERM",
        ]
        .iter()
        .any(|name| var(name).is_some())
        || term.contains("kitty")
        || term.starts_with("foot")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_with_hanging_indent() {
        let lines = wrap(&"word ".repeat(30), "  - ", "    ");
        assert!(lines.len() > 1);
        assert!(lines[0].starts_with("  - word"));
        assert!(lines[1].starts_with("    word"));
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH));
    }

    #[test]
    fn never_breaks_inside_a_word_at_any_width() {
        let text = "Meldpunt Kinderporno (van Off Limits), meldformulier 0900-8844 wachtwoord";
        for width in [20, 33, 40, 80] {
            let lines = wrap_to(width, text, "  ", "    ");
            let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
            assert_eq!(
                words,
                text.split_whitespace().collect::<Vec<_>>(),
                "at {width}"
            );
            assert!(
                lines.iter().all(|l| l.chars().count() <= width),
                "at {width}"
            );
        }
    }

    #[test]
    fn a_web_address_longer_than_a_line_stands_whole_on_a_line_of_its_own() {
        let url = "https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html";
        for width in [20, 40, 60, 80] {
            let text = format!("Bron: Politie ({url}) en meer");
            let lines = wrap_to(width, &text, "", "  ");
            let with_address: Vec<&String> = lines.iter().filter(|l| l.contains("https")).collect();
            assert_eq!(with_address.len(), 1, "{width}: {lines:?}");
            assert_eq!(
                with_address[0].trim(),
                format!("({url})"),
                "{width}: {lines:?}"
            );
            // Every other line fits.
            assert!(
                lines
                    .iter()
                    .filter(|l| !l.contains("https"))
                    .all(|l| l.chars().count() <= width),
                "{width}: {lines:?}"
            );
        }
        // A short address stays in its sentence.
        assert_eq!(
            wrap_to(40, "see https://www.1712.be now", "", ""),
            ["see https://www.1712.be now"]
        );
    }

    #[test]
    fn addresses_are_told_from_other_words_with_a_slash() {
        assert_eq!(address("(nu.nl/tech/6072831)"), Some("nu.nl/tech/6072831"));
        assert_eq!(address("https://www.1712.be."), Some("https://www.1712.be"));
        assert_eq!(address("www.1712.be"), Some("www.1712.be"));
        assert_eq!(address("en/of"), None);
        assert_eq!(address("flows/default.toml"), None);
        assert_eq!(address("betterinternetforkids.eu"), None);
        assert_eq!(address("116"), None);
    }

    #[test]
    fn links_only_where_the_terminal_is_known_to_follow_them() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert!(terminal_links(env(&[
            ("TERM", "xterm-256color"),
            ("VTE_VERSION", "7600")
        ])));
        assert!(terminal_links(env(&[("TERM", "xterm-kitty")])));
        assert!(!terminal_links(env(&[("TERM", "xterm-256color")])));
        assert!(!terminal_links(env(&[
            ("TERM", "dumb"),
            ("VTE_VERSION", "7600")
        ])));
        assert!(!terminal_links(env(&[
            ("TERM", "screen-256color"),
            ("VTE_VERSION", "7600")
        ])));
        let style = Style::new(false, 40, true).with_links(true);
        let lines = style.wrap("Web: (nu.nl/tech/6072831)", "", "");
        assert_eq!(
            lines,
            ["Web: (\x1b]8;;https://nu.nl/tech/6072831\x1b\\nu.nl/tech/6072831\x1b]8;;\x1b\\)"]
        );
        // Not to a file or pipe.
        let style = Style::new(false, 40, false).with_links(true);
        assert_eq!(
            style.wrap("nu.nl/tech/6072831", "", ""),
            ["nu.nl/tech/6072831"]
        );
    }

    #[test]
    fn a_phone_number_stays_on_one_line() {
        let text = "Meldpunt Kinderporno, WhatsApp: +31 (0)6 428 346 35 (+31642834635)";
        let lines = wrap_to(30, text, "", "");
        assert!(
            lines.iter().any(|l| l.contains("+31 (0)6 428 346 35")),
            "{lines:?}"
        );
        let lines = wrap_to(20, "Bel Child Focus op 116 000, dag en nacht.", "", "");
        assert!(lines.iter().any(|l| l.contains("116 000")), "{lines:?}");
        assert!(lines.iter().all(|l| !l.contains('\u{a0}')));
    }

    #[test]
    fn no_line_starts_with_french_punctuation() {
        let text = "Pour toute personne qui a une question sur la violence ou les abus : enfants";
        for width in 20..60 {
            let lines = wrap_to(width, text, "", "");
            assert!(lines.iter().all(|l| !l.starts_with(':')), "{lines:?}");
        }
    }

    #[test]
    fn an_empty_text_is_one_empty_line() {
        assert_eq!(wrap_to(40, "", "  ", "  "), [""]);
    }
}
