//! Answers given ahead of time, from `--answer` flags and `--answers` files, and walking
//! the tree with them.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use meldwijzer::Guide;
use meldwijzer::diagnostic::Diagnostic;
use meldwijzer::loader;
use meldwijzer::source_file::{SourceFile, Span};
use meldwijzer::walker::{WalkError, Walker};

use super::error::{AppError, AppResult, Message, Said};
use super::reason;

/// Where an answer was given.
#[derive(Debug, Clone)]
enum Origin {
    Flag,
    File {
        file: Arc<SourceFile>,
        question: Span,
        answer: Span,
    },
}

#[derive(Debug, Clone)]
struct Given {
    answer: String,
    origin: Origin,
}

/// The answers given ahead of time, by question id.
#[derive(Debug, Default)]
pub(crate) struct GivenAnswers {
    by_question: HashMap<String, Given>,
}

impl GivenAnswers {
    /// Answers from `file` (if any), then from flags, which win over the file.
    pub(crate) fn collect(file: Option<&Path>, flags: &[(String, String)]) -> AppResult<Self> {
        let mut given = Self::default();
        if let Some(path) = file {
            given.read_file(path)?;
        }
        for (question, answer) in flags {
            given.by_question.insert(
                question.clone(),
                Given {
                    answer: answer.clone(),
                    origin: Origin::Flag,
                },
            );
        }
        Ok(given)
    }

    /// True when no answer was given at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.by_question.is_empty()
    }

    fn read_file(&mut self, path: &Path) -> AppResult {
        let name = path.display().to_string();
        let (file, _bom) = loader::read_text(path, &name).map_err(|failure| {
            let said = Said::usage(
                Message::new("ui-error-answers-file", &[])
                    .with("detail", reason::of_read(&failure)),
            );
            AppError::SaidAt(Box::new(failure.diagnostic()), Box::new(said))
        })?;
        let parsed = meldwijzer::answers::parse(&file).map_err(|at| {
            let said = Said::usage(
                Message::new("ui-error-answers-file", &[])
                    .with("detail", reason::of_toml(&at.message)),
            )
            .with_help(Message::new("ui-help-answers-file", &[]));
            AppError::SaidAt(Box::new(at), Box::new(said))
        })?;
        for (question, answer) in parsed {
            let origin = Origin::File {
                file: Arc::clone(&file),
                question: question.span,
                answer: answer.span,
            };
            self.by_question.insert(
                question.id.into(),
                Given {
                    answer: answer.id.into(),
                    origin,
                },
            );
        }
        Ok(())
    }

    /// Rejects answers to questions the flow does not have.
    pub(crate) fn check_questions(&self, guide: &Guide) -> AppResult {
        let ids = guide.flow.question_ids();
        let mut unknown: Vec<(&String, &Given)> = self
            .by_question
            .iter()
            .filter(|(question, _)| guide.flow.question(question).is_none())
            .collect();
        unknown.sort_by_key(|(question, _)| question.as_str());
        let Some((question, given)) = unknown.first() else {
            return Ok(());
        };
        let help = Message::did_you_mean(
            question,
            &ids,
            "ui-help-did-you-mean-question",
            "ui-help-questions",
            "questions",
        );
        let said = Said::usage(Message::new(
            "ui-error-unknown-question",
            &[("question", question)],
        ))
        .with_help(help);
        Err(match &given.origin {
            Origin::Flag => said.into(),
            Origin::File { file, question, .. } => AppError::SaidAt(
                Box::new(Diagnostic::error(String::new(), file, question.clone())),
                Box::new(said),
            ),
        })
    }

    /// Answers questions for as long as answers were given; stops at an outcome or at the
    /// first question without one.
    pub(crate) fn walk(&self, walker: &mut Walker<'_>) -> AppResult {
        while let Some(question) = walker.question() {
            let Some(given) = self.by_question.get(question.id.id.as_str()) else {
                return Ok(());
            };
            match walker.choose(&given.answer) {
                Ok(_) => {}
                Err(WalkError::UnknownAnswer {
                    question: q,
                    answer,
                }) => {
                    let valid: Vec<&str> =
                        question.answers.iter().map(|a| a.id.id.as_str()).collect();
                    let help = Message::did_you_mean(
                        &answer,
                        &valid,
                        "ui-help-did-you-mean-answer",
                        "ui-help-answers",
                        "answers",
                    );
                    let said = Said::usage(Message::new(
                        "ui-error-unknown-answer",
                        &[("question", &q), ("answer", &answer)],
                    ))
                    .with_help(help);
                    return Err(match &given.origin {
                        Origin::Flag => said.into(),
                        Origin::File { file, answer, .. } => AppError::SaidAt(
                            Box::new(Diagnostic::error(String::new(), file, answer.clone())),
                            Box::new(said),
                        ),
                    });
                }
                Err(WalkError::Finished | WalkError::DeadEnd { .. }) => {
                    return Err(AppError::Failed("the flow ended unexpectedly".to_owned()));
                }
            }
        }
        Ok(())
    }

    /// Questions that were answered but never asked on the route taken, sorted.
    pub(crate) fn unused<'a>(&'a self, walker: &Walker<'_>, guide: &Guide) -> Vec<&'a str> {
        let asked: Vec<&str> = walker
            .steps()
            .iter()
            .map(|s| guide.flow.questions[s.question].id.id.as_str())
            .collect();
        let mut unused: Vec<&str> = self
            .by_question
            .keys()
            .map(String::as_str)
            .filter(|q| !asked.contains(q))
            .collect();
        unused.sort_unstable();
        unused
    }
}

/// The error for a question that has no answer when we may not prompt.
pub(crate) fn missing_answer(walker: &Walker<'_>, json: bool) -> AppError {
    let Some(question) = walker.question() else {
        return AppError::Failed("no question is open".to_owned());
    };
    let valid: Vec<&str> = question.answers.iter().map(|a| a.id.id.as_str()).collect();
    let args = [
        ("question", question.id.id.as_str()),
        ("answers", &valid.join(", ")),
    ];
    // JSON is one finished piece of advice on standard output: questions cannot share it,
    // so `--plain` is no way out there.
    let (error, help) = if json {
        (
            "ui-error-missing-answer-json",
            "ui-help-missing-answer-json",
        )
    } else {
        ("ui-error-missing-answer", "ui-help-missing-answer")
    };
    Said::usage(Message::new(error, &args))
        .with_help(Message::new(help, &args))
        .into()
}
