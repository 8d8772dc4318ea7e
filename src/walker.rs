//! Walking the tree: where a person is, the answers given so far, going back and restarting.

use crate::flow::{Flow, Node, Outcome, Question};

/// One answered question, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Index into [`Flow::questions`].
    pub question: usize,
    /// Index into that question's answers.
    pub answer: usize,
}

/// Why an answer could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkError {
    /// The current question has no answer with this id.
    UnknownAnswer {
        /// The question asked.
        question: String,
        /// The answer given.
        answer: String,
    },
    /// The walk already reached an outcome.
    Finished,
    /// The answer leads nowhere; only possible in a flow that failed validation.
    DeadEnd {
        /// The answer's target.
        next: String,
    },
}

/// A walk through a flow, from its start towards an outcome.
#[derive(Debug, Clone)]
pub struct Walker<'f> {
    flow: &'f Flow,
    start: Node,
    steps: Vec<Step>,
    at: Node,
}

impl<'f> Walker<'f> {
    /// Starts at the flow's first question, or `None` if the flow has no valid start.
    pub fn new(flow: &'f Flow) -> Option<Self> {
        let start = flow.node(&flow.start.id)?;
        Some(Self {
            flow,
            start,
            steps: Vec::new(),
            at: start,
        })
    }

    /// Where the walk is now.
    pub fn position(&self) -> Node {
        self.at
    }

    /// The question being asked, unless an outcome was reached.
    pub fn question(&self) -> Option<&'f Question> {
        match self.at {
            Node::Question(i) => Some(&self.flow.questions[i]),
            Node::Outcome(_) => None,
        }
    }

    /// The outcome reached, if any.
    pub fn outcome(&self) -> Option<&'f Outcome> {
        match self.at {
            Node::Outcome(i) => Some(&self.flow.outcomes[i]),
            Node::Question(_) => None,
        }
    }

    /// The answers given so far, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Answers the current question with the answer of this id.
    pub fn choose(&mut self, answer_id: &str) -> Result<Node, WalkError> {
        let question = self.question().ok_or(WalkError::Finished)?;
        let index = question
            .answers
            .iter()
            .position(|a| a.id.id == answer_id)
            .ok_or_else(|| WalkError::UnknownAnswer {
                question: question.id.id.to_string(),
                answer: answer_id.to_owned(),
            })?;
        self.choose_index(index)
    }

    /// Answers the current question with its answer at `index`.
    pub fn choose_index(&mut self, index: usize) -> Result<Node, WalkError> {
        let Node::Question(q) = self.at else {
            return Err(WalkError::Finished);
        };
        let answer =
            self.flow.questions[q]
                .answers
                .get(index)
                .ok_or_else(|| WalkError::UnknownAnswer {
                    question: self.flow.questions[q].id.id.to_string(),
                    answer: index.to_string(),
                })?;
        let next = self.flow.next(answer).ok_or_else(|| WalkError::DeadEnd {
            next: answer.next.id.to_string(),
        })?;
        self.steps.push(Step {
            question: q,
            answer: index,
        });
        self.at = next;
        Ok(next)
    }

    /// Returns to the previous question; false at the first question.
    pub fn back(&mut self) -> bool {
        match self.steps.pop() {
            Some(step) => {
                self.at = Node::Question(step.question);
                true
            }
            None => false,
        }
    }

    /// Back to the first question, forgetting every answer.
    pub fn restart(&mut self) {
        self.steps.clear();
        self.at = self.start;
    }
}
