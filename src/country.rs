//! The countries whose services the guide knows, and the parts of the tree a helpline in
//! one of them needs.

use std::fmt;
use std::str::FromStr;

use crate::flow::{Flow, Node};
use crate::lang::Lang;

/// A country the guide has services for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    /// The Netherlands.
    Nl,
    /// Belgium.
    Be,
}

impl Country {
    /// Every country, in the guide's own order.
    pub const ALL: [Country; 2] = [Country::Nl, Country::Be];

    /// The code used in flow files and flags: `nl`, `be`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::Be => "be",
        }
    }

    /// The country's international calling code (`+31`).
    pub fn calling_code(self) -> &'static str {
        match self {
            Self::Nl => "+31",
            Self::Be => "+32",
        }
    }

    /// The countries in the order a reader of `lang` expects them: Belgium first in
    /// French, the only language of the guide spoken in Belgium alone.
    pub fn in_order_for(lang: Lang) -> [Country; 2] {
        match lang {
            Lang::Fr => [Country::Be, Country::Nl],
            Lang::Nl | Lang::En => Country::ALL,
        }
    }
}

impl FromStr for Country {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        match code {
            "nl" => Ok(Self::Nl),
            "be" => Ok(Self::Be),
            other => Err(format!("unknown country `{other}` (expected nl or be)")),
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The country an answer of the first question stands for: an answer whose id is a
/// country's code (`nl`, `be`) chooses that country; every other answer (danger now,
/// elsewhere, not sure) belongs to everyone.
pub fn of_start_answer(flow: &Flow, answer: usize) -> Option<Country> {
    let start = start_question(flow)?;
    flow.questions[start]
        .answers
        .get(answer)
        .and_then(|a| a.id.id.parse().ok())
}

/// The index of the first question.
fn start_question(flow: &Flow) -> Option<usize> {
    match flow.node(&flow.start.id)? {
        Node::Question(q) => Some(q),
        Node::Outcome(_) => None,
    }
}

/// True if the answer `answer` of question `question` stays in a document for a helpline
/// in `only` (every answer does when `only` is `None`): only the first question's answers
/// that choose another country are left out.
pub fn keeps(flow: &Flow, only: Option<Country>, question: usize, answer: usize) -> bool {
    let Some(only) = only else { return true };
    if start_question(flow) != Some(question) {
        return true;
    }
    of_start_answer(flow, answer).is_none_or(|country| country == only)
}

/// The answers of `question` in the order a reader of `lang` meets them: the flow's order,
/// except that in the first question the answers choosing a country swap places so that
/// the reader's own country comes first (Belgium in French).
pub fn answer_order(flow: &Flow, lang: Lang, question: usize) -> Vec<usize> {
    let count = flow.questions[question].answers.len();
    let mut order: Vec<usize> = (0..count).collect();
    if start_question(flow) != Some(question) {
        return order;
    }
    let slots: Vec<usize> = (0..count)
        .filter(|&a| of_start_answer(flow, a).is_some())
        .collect();
    let mut by_country = slots.clone();
    by_country.sort_by_key(|&a| {
        of_start_answer(flow, a)
            .and_then(|c| Country::in_order_for(lang).iter().position(|&o| o == c))
    });
    for (slot, answer) in slots.into_iter().zip(by_country) {
        order[slot] = answer;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        for country in Country::ALL {
            assert_eq!(country.code().parse::<Country>(), Ok(country));
        }
        assert!("de".parse::<Country>().is_err());
    }

    #[test]
    fn french_readers_see_belgium_first() {
        assert_eq!(Country::in_order_for(Lang::Fr)[0], Country::Be);
        assert_eq!(Country::in_order_for(Lang::Nl)[0], Country::Nl);
    }
}
