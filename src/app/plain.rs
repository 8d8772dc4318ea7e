//! The guide line by line, for screen readers, braille displays, dumb terminals and
//! scripts: each question is printed once as whole lines with numbered answers, and the
//! answer is read as a line of input. Nothing is redrawn and no escape sequence is written.

use std::io::{BufRead, Read as _, Write};

use meldwijzer::flow::{Outcome, Question};
use meldwijzer::{Advice, Guide, Lang, Walker};

use super::error::{AppError, AppResult, Message, Said};
use super::style::Style;
use super::{Session, Until, advice_text};

/// What a line of input asks for.
#[derive(Debug, PartialEq, Eq)]
enum Reply {
    /// The answer at this index.
    Answer(usize),
    Back,
    Restart,
    Quit,
    /// Show the question (or the advice) again.
    Repeat,
    /// The text starts words of more than one answer: these (indexes).
    Several(Vec<usize>),
    /// Nothing that can be understood.
    Unknown,
}

/// Reads `line` against answers labelled `labels` with ids `ids`: a number, a key (`b`, `r`,
/// `q`, `?`), an answer's id as the call script prints it (`nl`, `chat-app`), or words that
/// start words of an answer ("nederland", "Netherlands" for "The Netherlands"), in any case
/// and with or without accents.
fn interpret(line: &str, labels: &[String], ids: &[&str]) -> Reply {
    let text = line.trim().to_lowercase();
    match text.as_str() {
        "b" => return Reply::Back,
        "r" => return Reply::Restart,
        "q" => return Reply::Quit,
        "?" => return Reply::Repeat,
        "" => return Reply::Unknown,
        _ => {}
    }
    if let Some(i) = ids.iter().position(|id| id.eq_ignore_ascii_case(&text)) {
        return Reply::Answer(i);
    }
    if let Ok(number) = text.parse::<usize>() {
        return if (1..=labels.len()).contains(&number) {
            Reply::Answer(number - 1)
        } else {
            Reply::Unknown
        };
    }
    let typed = words(&text);
    if typed.is_empty() {
        return Reply::Unknown;
    }
    let labels: Vec<Vec<String>> = labels.iter().map(|label| words(label)).collect();
    // A whole answer typed out is that answer, even if it also starts another one.
    if let Some(i) = labels.iter().position(|label| *label == typed) {
        return Reply::Answer(i);
    }
    let matching: Vec<usize> = labels
        .iter()
        .enumerate()
        .filter(|(_, label)| starts_words_of(&typed, label))
        .map(|(i, _)| i)
        .collect();
    match matching.as_slice() {
        [] => Reply::Unknown,
        [one] => Reply::Answer(*one),
        _ => Reply::Several(matching),
    }
}

/// The words of `text`, lower case and without accents: "Les Pays-Bas" is `les pays bas`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            word.chars()
                .flat_map(char::to_lowercase)
                .map(unaccented)
                .collect()
        })
        .collect()
}

/// True when the typed words start consecutive words of `label`: each typed word but the
/// last is a whole word, and the last starts the next one.
fn starts_words_of(typed: &[String], label: &[String]) -> bool {
    (0..label.len()).any(|start| {
        let rest = &label[start..];
        rest.len() >= typed.len()
            && typed.iter().zip(rest).enumerate().all(|(i, (word, of))| {
                if i + 1 == typed.len() {
                    of.starts_with(word.as_str())
                } else {
                    word == of
                }
            })
    })
}

/// `c` without its accent, for the letters of Dutch and French (ë, é, è, ê, à, ç...).
fn unaccented(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// What one read of a line of input gave.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// A line, without its line end.
    Text(String),
    /// A line that is not UTF-8 text: said so, then asked again.
    NotText,
    /// The end of input.
    End,
}

/// One line of `input`, read within [`meldwijzer::limits::MAX_LINE_BYTES`]; a longer one
/// ends the run, since no person types that much for one answer. When the input is not
/// typed on a terminal, the line is echoed, so that the output reads as a transcript.
pub(crate) fn read_line(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    echo: bool,
) -> AppResult<Line> {
    let limit = meldwijzer::limits::MAX_LINE_BYTES;
    let mut bytes = Vec::new();
    let read = input
        .take(limit as u64 + 1)
        .read_until(b'\n', &mut bytes)
        .map_err(|e| {
            Said::failure(
                Message::new("ui-error-cannot-read-input", &[])
                    .with("reason", super::reason::of_io(&e)),
            )
        })?;
    if read == 0 {
        writeln!(out)?;
        return Ok(Line::End);
    }
    if bytes.len() > limit && !bytes.ends_with(b"\n") {
        writeln!(out)?;
        let limit = limit.to_string();
        return Err(
            Said::usage(Message::new("ui-error-line-too-long", &[("limit", &limit)]))
                .with_help(Message::new("ui-help-input-ended", &[]))
                .into(),
        );
    }
    while bytes.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
        bytes.pop();
    }
    let Ok(line) = String::from_utf8(bytes) else {
        if echo {
            writeln!(out)?;
        }
        return Ok(Line::NotText);
    };
    if echo {
        writeln!(out, "{}", meldwijzer::sanitize::single_line(&line))?;
    }
    Ok(Line::Text(line))
}

/// Whether the conversation goes on after a turn.
enum Turn {
    Next,
    Quit,
}

/// One line-by-line conversation: the texts of one language, wrapped to one width.
struct Conversation<'a> {
    guide: &'a Guide,
    lang: Lang,
    style: Style,
    echo: bool,
    /// The current question or advice must be shown (again) before the next prompt.
    show: bool,
    last_advice: Option<Advice>,
}

impl Conversation<'_> {
    fn ui(&self, id: &str) -> String {
        self.guide.catalog.text(self.lang, id)
    }

    fn say(&self, out: &mut dyn Write, text: &str) -> AppResult {
        for line in self.style.wrap(text, "", "") {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }

    /// Shows `question` if needed, reads one line and acts on it.
    fn question_turn(
        &mut self,
        walker: &mut Walker<'_>,
        question: &Question,
        input: &mut dyn BufRead,
        out: &mut dyn Write,
    ) -> AppResult<Turn> {
        let (guide, lang) = (self.guide, self.lang);
        let labels: Vec<String> = question
            .answers
            .iter()
            .map(|a| guide.catalog.text(lang, &a.label.id))
            .collect();
        if self.show {
            show_question(guide, lang, self.style, question, &labels, out)?;
            self.show = false;
        }
        let count = labels.len().to_string();
        let prompt = guide
            .catalog
            .format(lang, "ui-plain-prompt", &[("count", &count)]);
        write!(out, "{prompt} ")?;
        out.flush()?;
        let line = match read_line(input, out, self.echo)? {
            Line::Text(line) => line,
            Line::NotText => {
                self.say(out, &self.ui("ui-plain-not-text"))?;
                return Ok(Turn::Next);
            }
            Line::End => return Err(input_ended(guide, lang, question)),
        };
        let ids: Vec<&str> = question.answers.iter().map(|a| a.id.id.as_str()).collect();
        match interpret(&line, &labels, &ids) {
            Reply::Answer(i) => {
                walker
                    .choose_index(i)
                    .map_err(|_| AppError::Failed("the flow ended unexpectedly".to_owned()))?;
                self.show = true;
            }
            Reply::Back if walker.back() => self.show = true,
            Reply::Back => self.say(out, &self.ui("ui-plain-first-question"))?,
            Reply::Restart => {
                walker.restart();
                self.show = true;
            }
            Reply::Quit => return Ok(Turn::Quit),
            Reply::Repeat => self.show = true,
            Reply::Several(answers) => {
                // Say which answers fit, with their numbers, so the person can pick one.
                let list: Vec<String> = answers
                    .iter()
                    .map(|&i| {
                        guide.catalog.format(
                            lang,
                            "ui-plain-several-answer",
                            &[("number", &(i + 1).to_string()), ("answer", &labels[i])],
                        )
                    })
                    .collect();
                let text = guide.catalog.format(
                    lang,
                    "ui-plain-several",
                    &[("answers", &list.join("; "))],
                );
                self.say(out, &text)?;
            }
            Reply::Unknown => {
                let shown = meldwijzer::sanitize::single_line(line.trim()).into_owned();
                let text = guide.catalog.format(
                    lang,
                    "ui-plain-unknown",
                    &[("input", &shown), ("count", &count)],
                );
                self.say(out, &text)?;
            }
        }
        Ok(Turn::Next)
    }

    /// Shows the advice at `outcome`, and, `with_keys`, what can be typed next.
    fn show_advice(
        &mut self,
        walker: &Walker<'_>,
        outcome: &Outcome,
        out: &mut dyn Write,
        with_keys: bool,
    ) -> AppResult {
        let advice = Advice::new(self.guide, self.lang, walker.steps(), outcome);
        writeln!(out)?;
        let text = advice_text::render(self.guide, self.lang, &advice, self.style);
        write!(out, "{text}")?;
        if with_keys {
            writeln!(out)?;
            self.say(out, &self.ui("ui-plain-after"))?;
        }
        self.last_advice = Some(advice);
        self.show = false;
        Ok(())
    }

    /// Shows the advice at `outcome` if needed, reads one line and acts on it; the end of
    /// input here is a normal end, since the advice was given.
    fn advice_turn(
        &mut self,
        walker: &mut Walker<'_>,
        outcome: &Outcome,
        input: &mut dyn BufRead,
        out: &mut dyn Write,
    ) -> AppResult<Turn> {
        if self.show {
            self.show_advice(walker, outcome, out, true)?;
        }
        write!(out, "{} ", self.ui("ui-plain-after-prompt"))?;
        out.flush()?;
        let line = match read_line(input, out, self.echo)? {
            Line::Text(line) => line,
            Line::NotText => {
                self.say(out, &self.ui("ui-plain-not-text"))?;
                return Ok(Turn::Next);
            }
            Line::End => return Ok(Turn::Quit),
        };
        match interpret(&line, &[], &[]) {
            Reply::Back => {
                walker.back();
                self.show = true;
            }
            Reply::Restart => {
                walker.restart();
                self.show = true;
            }
            Reply::Quit => return Ok(Turn::Quit),
            Reply::Repeat => self.show = true,
            _ => self.say(out, &self.ui("ui-plain-after"))?,
        }
        Ok(Turn::Next)
    }
}

/// Asks line by line from the walker's position until an outcome has been shown and the
/// person quits or the input ends. Returns the last advice shown, if any.
pub(crate) fn run(
    session: Session<'_>,
    walker: &mut Walker<'_>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    echo: bool,
    until: Until,
) -> AppResult<Option<Advice>> {
    let Session { guide, lang, style } = session;
    let mut conversation = Conversation {
        guide,
        lang,
        style,
        echo,
        show: true,
        last_advice: None,
    };
    if until == Until::Quit {
        writeln!(out)?;
        conversation.say(out, &conversation.ui("ui-plain-keys"))?;
    }
    loop {
        let turn = if let Some(question) = walker.question() {
            conversation.question_turn(walker, question, input, out)?
        } else if let Some(outcome) = walker.outcome() {
            if until == Until::Advice {
                conversation.show_advice(walker, outcome, out, false)?;
                return Ok(conversation.last_advice);
            }
            conversation.advice_turn(walker, outcome, input, out)?
        } else {
            Turn::Quit
        };
        if matches!(turn, Turn::Quit) {
            break;
        }
    }
    if until == Until::Quit {
        conversation.say(out, &conversation.ui("ui-goodbye"))?;
    }
    out.flush()?;
    Ok(conversation.last_advice)
}

/// The question, its hint, then its answers numbered from 1, as whole lines.
fn show_question(
    guide: &Guide,
    lang: Lang,
    style: Style,
    question: &Question,
    labels: &[String],
    out: &mut dyn Write,
) -> AppResult {
    writeln!(out)?;
    for line in style.wrap(&guide.catalog.text(lang, &question.text.id), "", "") {
        writeln!(out, "{line}")?;
    }
    if let Some(help) = &question.help {
        for line in style.wrap(&guide.catalog.text(lang, &help.id), "", "") {
            writeln!(out, "{line}")?;
        }
    }
    for (n, label) in labels.iter().enumerate() {
        let number = format!("{}. ", n + 1);
        let hanging = " ".repeat(number.len());
        for line in style.wrap(label, &number, &hanging) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The input ended while a question was open: the run gave no advice.
fn input_ended(guide: &Guide, lang: Lang, question: &Question) -> AppError {
    let text = guide.catalog.text(lang, &question.text.id);
    Said::usage(Message::new(
        "ui-error-input-ended",
        &[("question", &question.id.id), ("text", &text)],
    ))
    .with_help(Message::new("ui-help-input-ended", &[]))
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<String> {
        [
            "Nederland",
            "België",
            "Een ander land",
            "Ik weet het niet",
            "Nee",
        ]
        .map(str::to_owned)
        .to_vec()
    }

    #[test]
    fn numbers_choose_answers_from_one() {
        assert_eq!(interpret("1", &labels(), &[]), Reply::Answer(0));
        assert_eq!(interpret(" 5 \r", &labels(), &[]), Reply::Answer(4));
        assert_eq!(interpret("6", &labels(), &[]), Reply::Unknown);
        assert_eq!(interpret("0", &labels(), &[]), Reply::Unknown);
    }

    #[test]
    fn keys_work_in_either_case() {
        assert_eq!(interpret("b", &labels(), &[]), Reply::Back);
        assert_eq!(interpret("R", &labels(), &[]), Reply::Restart);
        assert_eq!(interpret("q", &labels(), &[]), Reply::Quit);
        assert_eq!(interpret("?", &labels(), &[]), Reply::Repeat);
    }

    #[test]
    fn the_start_of_an_answer_chooses_it_when_only_one_starts_so() {
        assert_eq!(interpret("belg", &labels(), &[]), Reply::Answer(1));
        assert_eq!(interpret("IK WEET", &labels(), &[]), Reply::Answer(3));
        assert_eq!(interpret("ne", &labels(), &[]), Reply::Several(vec![0, 4]));
        assert_eq!(interpret("xyz", &labels(), &[]), Reply::Unknown);
        assert_eq!(interpret("", &labels(), &[]), Reply::Unknown);
        assert_eq!(interpret("--", &labels(), &[]), Reply::Unknown);
    }

    #[test]
    fn any_word_of_an_answer_without_case_or_accents_chooses_it() {
        assert_eq!(interpret("belgie", &labels(), &[]), Reply::Answer(1));
        assert_eq!(interpret("nederland", &labels(), &[]), Reply::Answer(0));
        assert_eq!(interpret("ander", &labels(), &[]), Reply::Answer(2));
        assert_eq!(interpret("ander land", &labels(), &[]), Reply::Answer(2));
        assert_eq!(interpret("weet het", &labels(), &[]), Reply::Answer(3));
        assert_eq!(interpret("land ander", &labels(), &[]), Reply::Unknown);
        let english = ["The Netherlands", "Belgium", "Another country"].map(str::to_owned);
        assert_eq!(interpret("Netherlands", &english, &[]), Reply::Answer(0));
        assert_eq!(interpret("an", &english, &[]), Reply::Answer(2));
        let french = ["Les Pays-Bas", "La Belgique", "Un autre pays"].map(str::to_owned);
        assert_eq!(interpret("Belgique", &french, &[]), Reply::Answer(1));
        assert_eq!(interpret("pays-bas", &french, &[]), Reply::Answer(0));
        assert_eq!(interpret("pays", &french, &[]), Reply::Several(vec![0, 2]));
    }

    #[test]
    fn a_whole_answer_wins_over_answers_it_starts() {
        let labels = ["Nee", "Nee, maar wel iets anders"].map(str::to_owned);
        assert_eq!(interpret("nee", &labels, &[]), Reply::Answer(0));
    }

    #[test]
    fn an_answer_id_as_the_call_script_prints_it_chooses_that_answer() {
        let ids = ["nl", "be", "elsewhere", "unsure", "no"];
        assert_eq!(interpret("nl", &labels(), &ids), Reply::Answer(0));
        assert_eq!(interpret(" BE \r", &labels(), &ids), Reply::Answer(1));
        // The keys keep their meaning.
        assert_eq!(interpret("q", &labels(), &ids), Reply::Quit);
    }
}
