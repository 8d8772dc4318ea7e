//! Generated flows of any shape and size, with their translations: one generator for the
//! benchmarks, the property tests and the limit tests.

use std::fmt::Write as _;
use std::io;
use std::path::Path;
use std::sync::Arc;

use crate::embedded;
use crate::guide::{Guide, LoadResult};
use crate::lang::Lang;
use crate::source_file::SourceFile;

/// Where an answer leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Question number.
    Question(usize),
    /// Outcome number.
    Outcome(usize),
}

/// The shape of a flow: each question's answers, and how many outcomes there are.
/// Question 0 is the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// Per question, where each answer leads.
    pub questions: Vec<Vec<Target>>,
    /// Number of outcomes.
    pub outcomes: usize,
}

/// A generated flow file and its translations (`flow.ftl` per language).
#[derive(Debug, Clone)]
pub struct Generated {
    /// The flow, as TOML.
    pub flow: String,
    /// The tree's messages, the same in every language.
    pub messages: String,
}

impl Shape {
    /// The TOML and messages of this shape. Every question shares its text, every answer
    /// its label and every outcome its texts, so the messages stay small at any size.
    pub fn generate(&self) -> Generated {
        let mut flow =
            String::with_capacity(self.questions.len() * 200 + self.outcomes * 180 + 600);
        flow.push_str(
            "[flow]\nstart = \"q0\"\nemergency = \"c-112\"\nrequired-warnings = [\"gen-warning\"]\nverified = \"2026-11-25\"\n\n\
             [[source]]\nid = \"s\"\npublisher = \"Generator\"\ntitle = \"gen-source\"\naddress = \"https://example.org\"\nread = \"2026-11-25\"\nfacts = [\"112\"]\n\n\
             [[contact]]\nid = \"c-112\"\nkind = \"phone\"\nname = \"gen-contact\"\nphone = \"112\"\nuse-when = \"gen-when\"\nsource = \"s\"\nverified = \"2026-11-25\"\n",
        );
        for (q, answers) in self.questions.iter().enumerate() {
            let _ = write!(
                flow,
                "\n[[question]]\nid = \"q{q}\"\ntext = \"gen-question\"\nanswers = [\n"
            );
            for (a, target) in answers.iter().enumerate() {
                let next = match target {
                    Target::Question(n) => format!("q{n}"),
                    Target::Outcome(n) => format!("o{n}"),
                };
                let _ = writeln!(
                    flow,
                    "  {{ id = \"a{a}\", label = \"gen-answer\", next = \"{next}\" }},"
                );
            }
            flow.push_str("]\n");
        }
        for o in 0..self.outcomes {
            let _ = write!(
                flow,
                "\n[[outcome]]\nid = \"o{o}\"\ntitle = \"gen-title\"\nsummary = \"gen-summary\"\ncontacts = [\"c-112\"]\nwarnings = [\"gen-warning\"]\nsource = \"s\"\n"
            );
        }
        let messages = "gen-source = Generated\ngen-contact = Emergency\ngen-when = Always\ngen-question = Which way?\n\
                        gen-answer = This way\ngen-title = The end\ngen-summary = You arrived.\ngen-warning = Never search, keep or share.\n"
            .to_owned();
        Generated { flow, messages }
    }
}

impl Generated {
    /// Loads and validates the generated flow with the built-in interface messages.
    pub fn load(&self) -> LoadResult {
        let flow = SourceFile::new("generated.toml", self.flow.clone());
        let locales = Lang::ALL
            .iter()
            .map(|&lang| (lang, self.locale_files(lang)))
            .collect();
        Guide::from_files(&flow, locales, &[], Vec::new())
    }

    fn locale_files(&self, lang: Lang) -> Vec<Arc<SourceFile>> {
        let mut files = vec![SourceFile::new(
            format!("generated/{lang}/flow.ftl"),
            self.messages.clone(),
        )];
        files.extend(
            embedded::locale_files(lang)
                .into_iter()
                .filter(|file| file.name().ends_with("ui.ftl")),
        );
        files
    }

    /// Writes the translations as a locales folder (`DIR/nl/*.ftl`, `DIR/en/*.ftl`).
    pub fn write_locales(&self, dir: &Path) -> io::Result<()> {
        for lang in Lang::ALL {
            let folder = dir.join(lang.code());
            std::fs::create_dir_all(&folder)?;
            for file in self.locale_files(lang) {
                let name = Path::new(file.name()).file_name().unwrap_or_default();
                std::fs::write(folder.join(name), file.text())?;
            }
        }
        Ok(())
    }
}

/// `depth` questions in a row, each with two answers leading to the next: 2^depth routes.
pub fn ladder(depth: usize) -> Generated {
    let questions = (0..depth)
        .map(|q| {
            let next = if q + 1 == depth {
                Target::Outcome(0)
            } else {
                Target::Question(q + 1)
            };
            vec![next, next]
        })
        .collect();
    Shape {
        questions,
        outcomes: 1,
    }
    .generate()
}

/// `depth` questions in a row, each with one answer leading on and one to an outcome of its
/// own: one route per outcome, as deep as a flow may be.
pub fn chain(depth: usize) -> Generated {
    let depth = depth.max(1);
    let questions = (0..depth)
        .map(|q| {
            let on = if q + 1 == depth {
                Target::Outcome(depth)
            } else {
                Target::Question(q + 1)
            };
            vec![on, Target::Outcome(q)]
        })
        .collect();
    Shape {
        questions,
        outcomes: depth + 1,
    }
    .generate()
}

/// A tree of about `nodes` questions and outcomes, each question with three answers, as
/// wide and shallow as real decision trees are; one route per outcome.
pub fn tree(nodes: usize) -> Generated {
    // With q questions of three answers each there are 2q + 1 outcomes: q = (nodes - 1) / 3.
    let questions = nodes.saturating_sub(1) / 3;
    let questions = questions.max(1);
    let mut shape = Shape {
        questions: Vec::with_capacity(questions),
        outcomes: 0,
    };
    for q in 0..questions {
        let answers = (1..=3)
            .map(|k| {
                let child = 3 * q + k;
                if child < questions {
                    Target::Question(child)
                } else {
                    shape.outcomes += 1;
                    Target::Outcome(shape.outcomes - 1)
                }
            })
            .collect();
        shape.questions.push(answers);
    }
    shape.generate()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes;

    #[test]
    fn generated_trees_are_valid_and_of_the_asked_size() {
        for nodes in [4, 100, 1_000] {
            let (guide, warnings) = tree(nodes).load().expect("valid");
            assert!(warnings.is_empty());
            let total = guide.flow.questions.len() + guide.flow.outcomes.len();
            assert!(total.abs_diff(nodes) <= 3, "{total} vs {nodes}");
            assert_eq!(
                routes::count(&guide.flow),
                guide.flow.outcomes.len() as u128
            );
        }
    }

    #[test]
    fn a_chain_has_one_route_per_outcome() {
        let (guide, warnings) = chain(50).load().expect("valid");
        assert!(warnings.is_empty());
        assert_eq!(guide.flow.outcomes.len(), 51);
        assert_eq!(routes::count(&guide.flow), 51);
    }

    #[test]
    fn a_ladder_has_two_to_the_depth_routes() {
        let (guide, _) = ladder(10).load().expect("valid");
        assert_eq!(routes::count(&guide.flow), 1024);
    }
}
