//! Checks scenarios against a flow: does each situation still lead to its advice? Findings
//! are located in the scenario file, like `check`'s in the flow file.

use rustc_hash::FxHashSet as HashSet;

use crate::diagnostic::{Diagnostic, Wording};
use crate::flow::{Flow, Node, Outcome, Ref};
use crate::guide::Guide;
use crate::lang::Lang;
use crate::sanitize;
use crate::scenario::{Scenario, ScenarioFile};
use crate::suggestion::did_you_mean;
use crate::walker::{Step, Walker};

/// What verifying one scenario found.
#[derive(Debug)]
pub struct Verdict<'s> {
    /// The scenario.
    pub scenario: &'s Scenario,
    /// Why it no longer holds (errors), and answers it gives that are not used (warnings).
    pub findings: Vec<Diagnostic>,
    /// The route its answers take, as far as they go.
    pub steps: Vec<Step>,
    /// The outcome that route reaches, if it reaches one.
    pub reached: Option<String>,
    /// When the route now reaches another outcome than expected: where it turned away.
    pub diversion: Option<Diversion>,
}

/// Where a scenario's route turned away from the outcome it expects, for a reviewer: the
/// answer of the route whose target no longer leads there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diversion {
    /// Index into the verdict's findings of the "now reaches" error.
    pub finding: usize,
    /// The answer on the route that turned away: the last one from whose question the
    /// expected outcome can still be reached. (A valid flow reaches every outcome, so
    /// there always is one; `diff` lists the routes that no longer reach an outcome.)
    pub step: Step,
}

/// The questions from which `outcome` can be reached, found backwards in one pass.
fn leading_to(flow: &Flow, outcome: usize) -> Vec<bool> {
    let mut entering: Vec<Vec<usize>> = vec![Vec::new(); flow.questions.len()];
    let mut reaches = vec![false; flow.questions.len()];
    let mut todo = Vec::new();
    for (q, question) in flow.questions.iter().enumerate() {
        for answer in &question.answers {
            match flow.next(answer) {
                Some(Node::Question(t)) => entering[t].push(q),
                Some(Node::Outcome(o)) if o == outcome && !reaches[q] => {
                    reaches[q] = true;
                    todo.push(q);
                }
                _ => {}
            }
        }
    }
    while let Some(q) = todo.pop() {
        for &p in &entering[q] {
            if !std::mem::replace(&mut reaches[p], true) {
                todo.push(p);
            }
        }
    }
    reaches
}

/// Where `steps` turned away from `expected`, if the flow has that outcome.
fn diversion(flow: &Flow, steps: &[Step], expected: &str, finding: usize) -> Option<Diversion> {
    let Some(Node::Outcome(outcome)) = flow.node(expected) else {
        return None;
    };
    let reaches = leading_to(flow, outcome);
    let step = *steps.iter().rev().find(|s| reaches[s.question])?;
    Some(Diversion { finding, step })
}

impl Verdict<'_> {
    /// True if the scenario still reaches its advice.
    pub fn holds(&self) -> bool {
        !self.findings.iter().any(Diagnostic::is_error)
    }
}

/// Where a route `taken` leaves the `expected` one: the index of the first step that
/// differs (another answer, or a question one route asks and the other does not);
/// `None` when they are the same route.
pub fn divergence(expected: &[Step], taken: &[Step]) -> Option<usize> {
    let same = expected
        .iter()
        .zip(taken)
        .take_while(|(a, b)| a.question == b.question && a.answer == b.answer)
        .count();
    (same < expected.len().max(taken.len())).then_some(same)
}

/// What is wrong with a scenario file itself, whatever the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file holds no scenario at all.
    Empty,
    /// An id with characters other than letters, digits, `-` and `_`.
    InvalidId,
    /// An id used twice.
    DuplicateId,
    /// No situation is told (or only blank ones).
    NoSituation,
    /// A situation in a language meldwijzer does not know.
    UnknownLanguage,
    /// No answers are given.
    NoAnswers,
    /// A text holds characters a terminal would act on (escape sequences, bidi overrides).
    ControlCharacters,
}

impl ProblemKind {
    /// A stable name for the kind, for front-ends that word it themselves.
    pub fn name(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::InvalidId => "invalid-id",
            Self::DuplicateId => "duplicate-id",
            Self::NoSituation => "no-situation",
            Self::UnknownLanguage => "unknown-language",
            Self::NoAnswers => "no-answers",
            Self::ControlCharacters => "control-characters",
        }
    }
}

/// One problem with a scenario file: its kind, the id (or language code) it concerns, and
/// the located message in the words of `verify`.
#[derive(Debug, Clone)]
pub struct Problem {
    /// What is wrong.
    pub kind: ProblemKind,
    /// The scenario id (or language code) concerned; empty for the whole file.
    pub id: String,
    /// Where, and the message in English.
    pub diagnostic: Diagnostic,
}

/// Problems with the scenario file itself, whatever the flow: ids, situations, answers.
pub fn check_file(file: &ScenarioFile) -> Vec<Diagnostic> {
    problems(file).into_iter().map(|p| p.diagnostic).collect()
}

/// As [`check_file`], with each problem's kind kept apart.
pub fn problems(file: &ScenarioFile) -> Vec<Problem> {
    let mut found = Vec::new();
    if file.scenarios.is_empty() {
        // An empty file would "verify" with nothing checked: a file emptied by mistake, or
        // a misspelt table name, must not pass CI as if every scenario held.
        found.push(Problem {
            kind: ProblemKind::Empty,
            id: String::new(),
            diagnostic: Diagnostic::error("the file holds no scenario", &file.file, 0..0)
                .with_help("add a `[[scenario]]` table for each situation; `meldwijzer schema scenarios` describes them")
                .worded(Wording {
                    kind: "problem",
                    help: Some("empty"),
                    args: vec![("problem", ProblemKind::Empty.name().to_owned())],
                }),
        });
    }
    let mut seen: HashSet<&str> = HashSet::default();
    let error = |message: String, at: &Ref| Diagnostic::error(message, &file.file, at.span.clone());
    let problem = |kind: ProblemKind, id: &str, diagnostic: Diagnostic| Problem {
        kind,
        id: id.to_owned(),
        diagnostic: diagnostic.worded(Wording {
            kind: "problem",
            help: match kind {
                ProblemKind::NoSituation => Some("no-situation"),
                ProblemKind::NoAnswers => Some("no-answers"),
                _ => None,
            },
            args: vec![("problem", kind.name().to_owned()), ("id", id.to_owned())],
        }),
    };
    for scenario in &file.scenarios {
        let id = &scenario.id;
        let valid = !id.id.is_empty()
            && id
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            found.push(problem(
                ProblemKind::InvalidId,
                &id.id,
                error(format!("invalid scenario id `{}`", id.id), id)
                    .with_label("ids may contain only letters, digits, `-` and `_`"),
            ));
        }
        if !seen.insert(id.id.as_str()) {
            found.push(problem(
                ProblemKind::DuplicateId,
                &id.id,
                error(format!("duplicate scenario id `{}`", id.id), id)
                    .with_label("defined again here"),
            ));
        }
        if scenario
            .situation
            .iter()
            .all(|(_, text)| text.id.trim().is_empty())
        {
            found.push(problem(
                ProblemKind::NoSituation,
                &id.id,
                error(
                    format!("scenario `{}` tells no situation", id.id),
                    &Ref::place(scenario.situation_span.clone()),
                )
                .with_help("add `situation = { nl = \"...\", en = \"...\" }`"),
            ));
        }
        for (code, _) in scenario.situation.iter().chain(&scenario.why) {
            if code.id.parse::<Lang>().is_err() {
                let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                found.push(problem(
                    ProblemKind::UnknownLanguage,
                    &code.id,
                    error(format!("unknown language `{}`", code.id), code)
                        .with_help(format!("expected one of: {}", codes.join(", "))),
                ));
            }
        }
        if scenario.answers.is_empty() {
            found.push(problem(
                ProblemKind::NoAnswers,
                &id.id,
                error(
                    format!("scenario `{}` gives no answers", id.id),
                    &Ref::place(scenario.answers_span.clone()),
                )
                .with_help("add `answers = { question = \"answer\", ... }`"),
            ));
        }
        found.extend(garbled(scenario).map(|at| {
            problem(
                ProblemKind::ControlCharacters,
                &id.id,
                error(format!("scenario `{}` holds control characters", id.id), at)
                    .with_label("a terminal would act on these instead of showing them"),
            )
        }));
    }
    found
}

/// The texts of `scenario` holding characters a terminal would act on, as `check` refuses
/// them in a flow: the situations may run over lines; every id must be one clean line.
fn garbled(scenario: &Scenario) -> impl Iterator<Item = &Ref> {
    let texts = scenario
        .situation
        .iter()
        .map(|(_, text)| text)
        .filter(|text| !sanitize::is_clean_text(&text.id));
    // The scenario's own id is checked as an id (letters, digits, `-`, `_`).
    let ids = scenario
        .situation
        .iter()
        .map(|(code, _)| code)
        .chain(scenario.answers.iter().flat_map(|(q, a)| [q, a]))
        .chain(std::iter::once(&scenario.outcome))
        .chain(&scenario.offers)
        .chain(&scenario.never_offers)
        .filter(|id| !sanitize::is_clean(&id.id));
    texts.chain(ids)
}

/// The question whose answers say where the caller is: a situation whose route answers it
/// with a country must name that country, or a trainee cannot know it.
pub const COUNTRY_QUESTION: &str = "country";

/// A warning for each language in which `verdict`'s situation does not name the country its
/// route answers [`COUNTRY_QUESTION`] with (the answer's label in that language, without
/// its article). Answers that end at once ("a child is in danger now") name no country.
pub fn unnamed_countries(
    guide: &Guide,
    file: &ScenarioFile,
    verdict: &Verdict<'_>,
) -> Vec<Diagnostic> {
    let flow = &guide.flow;
    let Some(question) = flow.question(COUNTRY_QUESTION) else {
        return Vec::new();
    };
    let Some(answer) = verdict
        .steps
        .iter()
        .find(|step| flow.questions[step.question].id.id == question.id.id)
        .and_then(|step| question.answers.get(step.answer))
    else {
        return Vec::new();
    };
    // An answer that leads on to a question naming the country ("another country" asks
    // which) names none itself.
    match flow.next(answer) {
        Some(crate::flow::Node::Question(next))
            if !flow.questions[next].id.id.ends_with("-country") => {}
        _ => return Vec::new(),
    }
    let mut found = Vec::new();
    for (code, text) in &verdict.scenario.situation {
        let Ok(lang) = code.id.parse::<Lang>() else {
            continue;
        };
        if !guide.catalog.has(lang, &answer.label.id) {
            continue;
        }
        let label = guide.catalog.text(lang, &answer.label.id);
        let name = without_article(&label).to_lowercase();
        if name.is_empty() || text.id.to_lowercase().contains(&name) {
            continue;
        }
        found.push(
            Diagnostic::warning(
                format!(
                    "the situation of `{}` in `{}` does not say where the caller is",
                    verdict.scenario.id.id, code.id
                ),
                &file.file,
                text.span.clone(),
            )
            .with_label(format!(
                "its route answers `{} = {}`",
                question.id.id, answer.id.id
            ))
            .with_help(format!(
                "name the country (\"{label}\"), so that a trainee can answer the question"
            ))
            .worded(Wording {
                kind: "unnamed-country",
                help: Some("unnamed-country"),
                args: vec![
                    ("id", verdict.scenario.id.id.to_string()),
                    ("lang", code.id.to_string()),
                    ("question", question.id.id.to_string()),
                    ("answer", answer.id.id.to_string()),
                    ("label", label.clone()),
                ],
            }),
        );
    }
    found
}

/// The answer `verdict`'s route gives to [`COUNTRY_QUESTION`] when it names a country (it
/// leads to a further question), such as `nl` or `be`; `None` for routes that name none
/// (a child in danger now, another country). For `quiz --country`: keep the situations of
/// that country and those that name none.
pub fn route_country<'f>(flow: &'f Flow, verdict: &Verdict<'_>) -> Option<&'f str> {
    let question = flow.question(COUNTRY_QUESTION)?;
    let step = verdict
        .steps
        .iter()
        .find(|step| flow.questions[step.question].id.id == question.id.id)?;
    let answer = question.answers.get(step.answer)?;
    matches!(flow.next(answer), Some(Node::Question(_))).then_some(answer.id.id.as_str())
}

/// A country's name without the article its answer label may start with.
fn without_article(label: &str) -> &str {
    let trimmed = label.trim();
    for article in ["the ", "de ", "het ", "les ", "la ", "le ", "l'", "l’"] {
        if trimmed.len() > article.len()
            && trimmed.is_char_boundary(article.len())
            && trimmed[..article.len()].eq_ignore_ascii_case(article)
        {
            return trimmed[article.len()..].trim();
        }
    }
    trimmed
}

/// Verifies every scenario of `file` against `flow`.
pub fn verify<'s>(flow: &Flow, file: &'s ScenarioFile) -> Vec<Verdict<'s>> {
    file.scenarios
        .iter()
        .map(|scenario| verify_one(flow, file, scenario))
        .collect()
}

fn verify_one<'s>(flow: &Flow, file: &ScenarioFile, scenario: &'s Scenario) -> Verdict<'s> {
    let mut checker = Checker {
        flow,
        file,
        scenario,
        findings: Vec::new(),
    };
    let Some(mut walker) = Walker::new(flow) else {
        let finding = checker.error("the flow has no start question".to_owned(), &scenario.id);
        checker.findings.push(finding);
        return Verdict {
            scenario,
            findings: checker.findings,
            steps: Vec::new(),
            reached: None,
            diversion: None,
        };
    };
    let used = checker.walk(&mut walker);
    let mut diverted = None;
    if let Some(outcome) = walker.outcome() {
        let before = checker.findings.len();
        checker.check_outcome(outcome);
        let turned = checker.findings[before..]
            .iter()
            .position(|f| f.message.contains(" now reaches "));
        if let Some(at) = turned {
            diverted = diversion(flow, walker.steps(), &scenario.outcome.id, before + at);
        }
    }
    checker.check_unused(&used);
    Verdict {
        scenario,
        findings: checker.findings,
        steps: walker.steps().to_vec(),
        reached: walker.outcome().map(|o| o.id.id.to_string()),
        diversion: diverted,
    }
}

/// The wording of an "offers" finding: `kind` for `contact` on `outcome`, for scenario `id`.
fn offering(kind: &'static str, id: &str, outcome: &str, contact: &str) -> Wording {
    Wording {
        kind,
        help: None,
        args: vec![
            ("id", id.to_owned()),
            ("outcome", outcome.to_owned()),
            ("contact", contact.to_owned()),
        ],
    }
}

/// One scenario's findings, gathered as its route is walked.
struct Checker<'a> {
    flow: &'a Flow,
    file: &'a ScenarioFile,
    scenario: &'a Scenario,
    findings: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn error(&self, message: String, at: &Ref) -> Diagnostic {
        Diagnostic::error(message, &self.file.file, at.span.clone())
    }

    /// An "unknown `what`" finding with a suggestion among `candidates`; `kind` words it
    /// in the reader's language.
    fn unknown<'c>(
        &mut self,
        kind: &'static str,
        what: &str,
        at: &Ref,
        label: &str,
        candidates: impl IntoIterator<Item = &'c str>,
    ) {
        let suggestion = did_you_mean(&at.id, candidates);
        let mut finding = self
            .error(format!("{what} `{}`", at.id), at)
            .with_label(label.to_owned());
        let mut args = vec![("id", at.id.to_string())];
        if let Some(suggestion) = suggestion {
            finding = finding.with_help(format!("did you mean `{suggestion}`?"));
            args.push(("suggestion", suggestion.to_owned()));
        }
        self.findings.push(finding.worded(Wording {
            kind,
            help: suggestion.map(|_| "did-you-mean"),
            args,
        }));
    }

    /// Answers the questions on the route with the scenario's answers, as far as they go;
    /// the questions answered.
    fn walk(&mut self, walker: &mut Walker<'_>) -> HashSet<&'a str> {
        let scenario = self.scenario;
        let mut used = HashSet::default();
        while let Some(question) = walker.question() {
            let valid: Vec<&str> = question.answers.iter().map(|a| a.id.id.as_str()).collect();
            let Some((asked, answer)) = scenario
                .answers
                .iter()
                .find(|(q, _)| q.id == question.id.id)
            else {
                let at = Ref::place(scenario.answers_span.clone());
                let finding = self
                    .error(
                        format!(
                            "scenario `{}` now passes question `{}`, which it gives no answer for",
                            scenario.id.id, question.id.id
                        ),
                        &at,
                    )
                    .with_label(format!("no answer to `{}` here", question.id.id))
                    .with_help(format!(
                        "add `{} = \"...\"`, one of: {}",
                        question.id.id,
                        valid.join(", ")
                    ))
                    .worded(Wording {
                        kind: "no-answer-for",
                        help: Some("no-answer-for"),
                        args: vec![
                            ("id", scenario.id.id.to_string()),
                            ("question", question.id.id.to_string()),
                            ("answers", valid.join(", ")),
                        ],
                    });
                self.findings.push(finding);
                break;
            };
            used.insert(asked.id.as_str());
            if walker.choose(&answer.id).is_err() {
                let suggestion = did_you_mean(&answer.id, valid.iter().copied());
                let help = match suggestion {
                    Some(s) => format!("did you mean `{s}`? Answers: {}", valid.join(", ")),
                    None => format!("answers: {}", valid.join(", ")),
                };
                let mut args = vec![
                    ("question", question.id.id.to_string()),
                    ("answer", answer.id.to_string()),
                    ("answers", valid.join(", ")),
                ];
                args.extend(suggestion.map(|s| ("suggestion", s.to_owned())));
                let finding = self
                    .error(
                        format!(
                            "question `{}` has no answer `{}`",
                            question.id.id, answer.id
                        ),
                        answer,
                    )
                    .with_label("no such answer")
                    .with_help(help)
                    .worded(Wording {
                        kind: "no-such-answer",
                        help: Some(if suggestion.is_some() {
                            "did-you-mean-answer"
                        } else {
                            "answers"
                        }),
                        args,
                    });
                self.findings.push(finding);
                break;
            }
        }
        used
    }

    /// The outcome reached is the one expected, and offers what it must, and not what it
    /// must not.
    fn check_outcome(&mut self, outcome: &Outcome) {
        let (flow, scenario) = (self.flow, self.scenario);
        let name = &scenario.id.id;
        let outcome_ids: Vec<&str> = flow.outcomes.iter().map(|o| o.id.id.as_str()).collect();
        for accepted in &scenario.accept {
            if !outcome_ids.contains(&accepted.id.as_str()) {
                self.unknown(
                    "unknown-outcome",
                    "unknown outcome",
                    accepted,
                    "no outcome has this id",
                    outcome_ids.iter().copied(),
                );
            }
        }
        if !outcome_ids.contains(&scenario.outcome.id.as_str()) {
            self.unknown(
                "unknown-outcome",
                "unknown outcome",
                &scenario.outcome,
                "no outcome has this id",
                outcome_ids,
            );
        } else if outcome.id.id != scenario.outcome.id {
            let finding = self
                .error(
                    format!(
                        "scenario `{name}` now reaches `{}` instead of `{}`",
                        outcome.id.id, scenario.outcome.id
                    ),
                    &scenario.outcome,
                )
                .with_label("expected here");
            self.findings.push(finding);
        }
        let offered = |contact: &Ref| outcome.contacts.iter().any(|c| c.id == contact.id);
        let contact_ids: Vec<&str> = flow.contacts.iter().map(|c| c.id.id.as_str()).collect();
        // `offers` must each be offered and `never-offers` must not; a misspelt id is never
        // offered, so it is reported, or a `never-offers` check could never fail.
        for (contacts, wanted) in [(&scenario.offers, true), (&scenario.never_offers, false)] {
            for contact in contacts {
                if flow.contact(&contact.id).is_none() {
                    self.unknown(
                        "unknown-contact",
                        "unknown contact",
                        contact,
                        "no contact has this id",
                        contact_ids.iter().copied(),
                    );
                    continue;
                }
                if offered(contact) == wanted {
                    continue;
                }
                let (kind, message, label) = if wanted {
                    (
                        "no-longer-offers",
                        format!("`{}` no longer offers `{}`", outcome.id.id, contact.id),
                        format!("scenario `{name}` needs this contact"),
                    )
                } else {
                    (
                        "offers",
                        format!("`{}` offers `{}`", outcome.id.id, contact.id),
                        format!("scenario `{name}` must not be offered this"),
                    )
                };
                let finding = self
                    .error(message, contact)
                    .with_label(label)
                    .worded(offering(kind, name, &outcome.id.id, &contact.id));
                self.findings.push(finding);
            }
        }
    }

    /// Answers to questions the flow lacks are errors; answers the route does not use are
    /// warnings, where nothing else is wrong.
    fn check_unused(&mut self, used: &HashSet<&str>) {
        let (flow, scenario) = (self.flow, self.scenario);
        let question_ids = flow.question_ids();
        for (question, _) in &scenario.answers {
            if used.contains(question.id.as_str()) {
                continue;
            }
            if flow.question(&question.id).is_none() {
                self.unknown(
                    "unknown-question",
                    "the flow has no question",
                    question,
                    "no question has this id",
                    question_ids.iter().copied(),
                );
            } else if self.findings.iter().all(|f| !f.is_error()) {
                self.findings.push(
                    Diagnostic::warning(
                        format!("the answer to `{}` is not used", question.id),
                        &self.file.file,
                        question.span.clone(),
                    )
                    .with_label(format!(
                        "the route of `{}` does not ask this",
                        scenario.id.id
                    ))
                    .worded(Wording {
                        kind: "unused",
                        help: None,
                        args: vec![
                            ("id", scenario.id.id.to_string()),
                            ("question", question.id.to_string()),
                        ],
                    }),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{FlowInput, Guide, LocalesInput};
    use crate::scenario;
    use crate::source_file::SourceFile;

    fn verdicts(text: &str) -> Vec<(bool, Vec<String>)> {
        let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
            .expect("valid")
            .0;
        let file = scenario::parse(&SourceFile::new("s.toml", text.to_owned())).expect("parses");
        verify(&guide.flow, &file)
            .iter()
            .map(|v| {
                (
                    v.holds(),
                    v.findings.iter().map(|f| f.message.clone()).collect(),
                )
            })
            .collect()
    }

    const HEAD: &str = "[[scenario]]\nid = \"s\"\nsituation = { en = \"A case.\" }\n";

    #[test]
    fn from_this_situation_these_answers_lead_to_the_chat_app_advice() {
        let text = format!(
            "{HEAD}answers = {{ country = \"nl\", nl-what = \"chat-app\" }}\noutcome = \"nl-chat-app\"\noffers = [\"meldpunt-chat-app\"]\n"
        );
        assert_eq!(verdicts(&text), [(true, vec![])]);
    }

    #[test]
    fn a_route_that_ends_elsewhere_or_lacks_a_contact_fails() {
        let text = format!(
            "{HEAD}answers = {{ country = \"nl\", nl-what = \"chat-app\" }}\noutcome = \"nl-meldpunt\"\noffers = [\"helpwanted\"]\nnever-offers = [\"meldpunt-chat-app\"]\n"
        );
        let [(holds, findings)] = verdicts(&text).try_into().expect("one");
        assert!(!holds);
        assert_eq!(
            findings,
            [
                "scenario `s` now reaches `nl-chat-app` instead of `nl-meldpunt`",
                "`nl-chat-app` no longer offers `helpwanted`",
                "`nl-chat-app` offers `meldpunt-chat-app`",
            ]
        );
    }

    #[test]
    fn a_missing_answer_is_named_with_its_question() {
        let text = format!("{HEAD}answers = {{ country = \"nl\" }}\noutcome = \"nl-chat-app\"\n");
        let [(_, findings)] = verdicts(&text).try_into().expect("one");
        assert_eq!(
            findings,
            ["scenario `s` now passes question `nl-what`, which it gives no answer for"]
        );
    }

    #[test]
    fn a_route_leaves_the_expected_one_at_its_first_other_step() {
        let step = |question, answer| Step { question, answer };
        let expected = [step(0, 1), step(1, 0)];
        assert_eq!(divergence(&expected, &expected), None);
        assert_eq!(divergence(&expected, &[step(0, 2)]), Some(0));
        assert_eq!(divergence(&expected, &[step(0, 1), step(1, 3)]), Some(1));
        assert_eq!(
            divergence(&expected, &[step(0, 1)]),
            Some(1),
            "stopped early"
        );
    }

    #[test]
    fn a_situation_that_does_not_name_its_country_is_warned_about_per_language() {
        let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
            .expect("valid")
            .0;
        let text = "[[scenario]]\nid = \"s\"\nsituation = { nl = \"Een vader in Nederland.\", en = \"A father in Utrecht.\", fr = \"Un père aux Pays-Bas.\" }\nanswers = { country = \"nl\", nl-what = \"chat-app\" }\noutcome = \"nl-chat-app\"\n\n[[scenario]]\nid = \"t\"\nsituation = { en = \"A child screams next door.\" }\nanswers = { country = \"danger-now\" }\noutcome = \"emergency\"\n";
        let file = scenario::parse(&SourceFile::new("s.toml", text)).expect("parses");
        let verdicts = verify(&guide.flow, &file);
        let warnings = unnamed_countries(&guide, &file, &verdicts[0]);
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(
            messages,
            ["the situation of `s` in `en` does not say where the caller is"]
        );
        assert!(!warnings[0].is_error());
        assert_eq!(
            warnings[0].position().as_deref(),
            Some("s.toml:3:52"),
            "at the English text"
        );
        assert!(
            unnamed_countries(&guide, &file, &verdicts[1]).is_empty(),
            "an emergency names no country"
        );
        assert_eq!(route_country(&guide.flow, &verdicts[0]), Some("nl"));
        assert_eq!(route_country(&guide.flow, &verdicts[1]), None, "danger now");
        assert_eq!(without_article("Les Pays-Bas"), "Pays-Bas");
        assert_eq!(without_article("België"), "België");
    }

    #[test]
    fn an_answer_off_the_route_is_a_warning_only() {
        let text = format!(
            "{HEAD}answers = {{ country = \"danger-now\", be-what = \"images\" }}\noutcome = \"emergency\"\n"
        );
        let [(holds, findings)] = verdicts(&text).try_into().expect("one");
        assert!(holds);
        assert_eq!(findings, ["the answer to `be-what` is not used"]);
    }
}
