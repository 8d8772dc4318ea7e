//! Every way through the tree: counted without listing, or listed up to a limit.
//!
//! A tree in which answers share targets is a graph in which the number of routes can grow
//! exponentially, so counting never enumerates and listing always has a bound.

use crate::flow::{Flow, Node};
use crate::walker::Step;

/// One way from the start to an outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// The answers taken, in order.
    pub steps: Vec<Step>,
    /// Index into [`Flow::outcomes`] of where it ends.
    pub outcome: usize,
}

/// The number of routes from the start to an outcome, saturating at `u128::MAX`.
///
/// Counts per node in reverse topological order, so it takes time linear in the flow's
/// size whatever the number of routes. Cycles (only in invalid flows) count as zero.
pub fn count(flow: &Flow) -> u128 {
    count_where(flow, &|_, _| true)
}

/// Like [`count`], over the answers `keep(question, answer)` admits only.
pub fn count_where(flow: &Flow, keep: &dyn Fn(usize, usize) -> bool) -> u128 {
    let Some(start) = flow.node(&flow.start.id) else {
        return 0;
    };
    let mut memo: Vec<Option<u128>> = vec![None; flow.questions.len()];
    let mut on_stack = vec![false; flow.questions.len()];
    let Node::Question(root) = start else {
        return 1;
    };
    let mut stack: Vec<(usize, usize, u128)> = vec![(root, 0, 0)];
    on_stack[root] = true;
    while let Some(&mut (q, ref mut next_answer, ref mut total)) = stack.last_mut() {
        let Some(answer) = flow.questions[q].answers.get(*next_answer) else {
            let done = *total;
            memo[q] = Some(done);
            on_stack[q] = false;
            stack.pop();
            if let Some(parent) = stack.last_mut() {
                parent.2 = parent.2.saturating_add(done);
            }
            continue;
        };
        *next_answer += 1;
        if !keep(q, *next_answer - 1) {
            continue;
        }
        match flow.next(answer) {
            Some(Node::Outcome(_)) => *total = total.saturating_add(1),
            Some(Node::Question(target)) => match memo[target] {
                Some(known) => *total = total.saturating_add(known),
                None if !on_stack[target] => {
                    on_stack[target] = true;
                    stack.push((target, 0, 0));
                }
                None => {}
            },
            None => {}
        }
    }
    memo[root].unwrap_or(0)
}

/// True when a [`count`] hit its ceiling, so the real number is larger.
pub fn is_saturated(count: u128) -> bool {
    count == u128::MAX
}

/// The first `limit` routes in answer order (depth first, answers in file order).
pub fn list(flow: &Flow, limit: usize) -> Vec<Route> {
    list_where(flow, limit, &|_, _| true)
}

/// Like [`list`], over the answers `keep(question, answer)` admits only.
pub fn list_where(flow: &Flow, limit: usize, keep: &dyn Fn(usize, usize) -> bool) -> Vec<Route> {
    let mut routes = Vec::new();
    let Some(Node::Question(root)) = flow.node(&flow.start.id) else {
        return routes;
    };
    // The current path, as (question, next answer to try).
    let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
    while routes.len() < limit {
        let Some(&(q, answer_index)) = stack.last() else {
            break;
        };
        let Some(answer) = flow.questions[q].answers.get(answer_index) else {
            stack.pop();
            continue;
        };
        if let Some(top) = stack.last_mut() {
            top.1 += 1;
        }
        if !keep(q, answer_index) {
            continue;
        }
        match flow.next(answer) {
            Some(Node::Outcome(outcome)) => routes.push(Route {
                // Every frame's counter is one past the answer it took.
                steps: stack
                    .iter()
                    .map(|&(question, next)| Step {
                        question,
                        answer: next - 1,
                    })
                    .collect(),
                outcome,
            }),
            // The guard keeps a cyclic (invalid) flow from looping for ever.
            Some(Node::Question(target)) if !stack.iter().any(|&(s, _)| s == target) => {
                stack.push((target, 0));
            }
            _ => {}
        }
    }
    routes
}
