//! The tree: questions with answers that lead somewhere, everything reachable from the
//! start, and no cycles.

use std::collections::VecDeque;

use rustc_hash::FxHashSet as HashSet;

use super::{Validator, is_valid_id, node_ids, shorten_path, shown};
use crate::flow::{Node, Ref};

impl Validator<'_> {
    pub(super) fn check_questions(&mut self) {
        let flow = self.flow;
        let node_ids: Vec<&str> = node_ids(flow).collect();
        for question in &flow.questions {
            if question.answers.len() < 2 {
                let count = if question.answers.is_empty() {
                    "no answers"
                } else {
                    "only one answer"
                };
                let at = Ref::place(question.answers_span.clone());
                self.push(
                    self.error(
                        format!(
                            "question `{}` has {count}; a question needs at least two",
                            question.id.id
                        ),
                        &at,
                    )
                    .with_label("add answers here".to_owned()),
                );
            }
            let mut seen = HashSet::default();
            for answer in &question.answers {
                if !is_valid_id(&answer.id.id) {
                    self.push(
                        self.error(
                            format!("invalid answer id `{}`", shown(&answer.id.id)),
                            &answer.id,
                        )
                        .with_label("ids may contain only letters, digits, `-` and `_`".to_owned()),
                    );
                }
                if !seen.insert(answer.id.id.as_str()) {
                    self.push(
                        self.error(
                            format!(
                                "duplicate answer id `{}` in question `{}`",
                                answer.id.id, question.id.id
                            ),
                            &answer.id,
                        )
                        .with_label("defined again here".to_owned()),
                    );
                }
                if answer.next.id == question.id.id {
                    self.push(
                        self.error(
                            format!("question `{}` leads to itself", question.id.id),
                            &answer.next,
                        )
                        .with_label("this answer would ask the same question again".to_owned()),
                    );
                } else if answer.target.is_none() {
                    self.unknown(
                        "`next` target",
                        &answer.next,
                        "no question or outcome has this id",
                        node_ids.iter().copied(),
                    );
                }
            }
        }
    }

    pub(super) fn check_reachability(&mut self) {
        let flow = self.flow;
        let Some(start) = flow.node(&flow.start.id) else {
            return;
        };
        let mut seen: HashSet<Node> = HashSet::default();
        seen.insert(start);
        let mut queue = VecDeque::from([start]);
        while let Some(node) = queue.pop_front() {
            if let Node::Question(q) = node {
                for answer in &flow.questions[q].answers {
                    if let Some(next) = flow.next(answer)
                        && seen.insert(next)
                    {
                        queue.push_back(next);
                    }
                }
            }
        }
        for (i, question) in flow.questions.iter().enumerate() {
            if !seen.contains(&Node::Question(i))
                && flow.node(&question.id.id) == Some(Node::Question(i))
            {
                self.push(
                    self.error(
                        format!("question `{}` cannot be reached", question.id.id),
                        &question.id,
                    )
                    .with_label(format!(
                        "no route from the start `{}` leads here",
                        flow.start.id
                    )),
                );
            }
        }
        for (i, outcome) in flow.outcomes.iter().enumerate() {
            if !seen.contains(&Node::Outcome(i))
                && flow.node(&outcome.id.id) == Some(Node::Outcome(i))
            {
                self.push(
                    self.error(
                        format!("outcome `{}` cannot be reached", outcome.id.id),
                        &outcome.id,
                    )
                    .with_label(format!(
                        "no route from the start `{}` leads here",
                        flow.start.id
                    )),
                );
            }
        }
    }

    /// Finds every cycle with an iterative depth-first search (recursion would overflow on
    /// long chains) and reports each at the answer that closes it.
    pub(super) fn check_cycles(&mut self) {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Open,
            Done,
        }
        let flow = self.flow;
        let mut marks = vec![Mark::New; flow.questions.len()];
        for root in 0..flow.questions.len() {
            if marks[root] != Mark::New {
                continue;
            }
            // Each frame: a question and the index of the next answer to follow.
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            marks[root] = Mark::Open;
            while let Some(&mut (q, ref mut next_answer)) = stack.last_mut() {
                let Some(answer) = flow.questions[q].answers.get(*next_answer) else {
                    marks[q] = Mark::Done;
                    stack.pop();
                    continue;
                };
                *next_answer += 1;
                if answer.next.id == flow.questions[q].id.id {
                    continue; // reported as "leads to itself"
                }
                let Some(Node::Question(target)) = flow.next(answer) else {
                    continue;
                };
                match marks[target] {
                    Mark::New => {
                        marks[target] = Mark::Open;
                        stack.push((target, 0));
                    }
                    Mark::Open => {
                        let from = stack.iter().position(|&(s, _)| s == target).unwrap_or(0);
                        let path: Vec<&str> = stack[from..]
                            .iter()
                            .map(|&(s, _)| flow.questions[s].id.id.as_str())
                            .chain([flow.questions[target].id.id.as_str()])
                            .collect();
                        let answer = answer.clone();
                        self.push(
                            self.error(
                                format!(
                                    "answer `{}` of question `{}` leads back to `{}`",
                                    answer.id.id, flow.questions[q].id.id, answer.next.id
                                ),
                                &answer.next,
                            )
                            .with_label(format!("this closes a cycle: {}", shorten_path(&path))),
                        );
                    }
                    Mark::Done => {}
                }
            }
        }
    }
}
