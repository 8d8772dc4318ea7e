//! Scenarios: situations told in plain words, each with the advice it must lead to. Trainers
//! quiz with them; content editors keep them as regression tests of the flow.
//!
//! ```toml
//! [[scenario]]
//! id = "parent-sextortion"
//! situation = { en = "A mother calls: someone threatens to spread a nude photo of her son." }
//! answers = { country = "nl", nl-what = "sextortion" }
//! outcome = "nl-sextortion"
//! accept = ["nl-approach"]
//! why = { en = "Politie: report sextortion ... (in your own words, citing the source)" }
//! offers = ["helpwanted"]
//! never-offers = ["meldpunt-chat-app"]
//! ```

use std::collections::BTreeMap;
use std::sync::Arc;

#[cfg(feature = "schema")]
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::flow::Ref;
use crate::lang::Lang;
use crate::loader::{Str, read_toml, to_ref, to_refs};
use crate::source_file::{SourceFile, Span};

/// One situation and the advice it must lead to.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// Stable id.
    pub id: Ref,
    /// The situation as a person would tell it, by language code.
    pub situation: Vec<(Ref, Ref)>,
    /// Where the `situation` table stands.
    pub situation_span: Span,
    /// The answers a correct run gives: (question id, answer id).
    pub answers: Vec<(Ref, Ref)>,
    /// Where the `answers` table stands.
    pub answers_span: Span,
    /// The outcome it must reach.
    pub outcome: Ref,
    /// Other outcomes a trainee may reach and still be right: advice that tells the caller
    /// to do the same.
    pub accept: Vec<Ref>,
    /// Why this is the advice: the sentence of the source that decides it, by language.
    pub why: Vec<(Ref, Ref)>,
    /// Contacts the advice must offer.
    pub offers: Vec<Ref>,
    /// Contacts the advice must not offer.
    pub never_offers: Vec<Ref>,
}

impl Scenario {
    /// The situation in `lang`, or else in the first language it is told in, with that
    /// language's code.
    pub fn situation_in(&self, lang: Lang) -> Option<(&str, &str)> {
        self.situation
            .iter()
            .find(|(code, _)| code.id == lang.code())
            .or_else(|| self.situation.first())
            .map(|(code, text)| (code.id.as_str(), text.id.as_str()))
    }

    /// Why this is the advice, in `lang` or else in the first language it is given in.
    pub fn why_in(&self, lang: Lang) -> Option<&str> {
        self.why
            .iter()
            .find(|(code, _)| code.id == lang.code())
            .or_else(|| self.why.first())
            .map(|(_, text)| text.id.as_str())
    }

    /// True if reaching `outcome` is right for this scenario.
    pub fn accepts(&self, outcome: &str) -> bool {
        self.outcome.id == outcome || self.accept.iter().any(|a| a.id == outcome)
    }

    /// The answer this scenario gives to `question`, if any.
    pub fn answer_to(&self, question: &str) -> Option<&Ref> {
        self.answers
            .iter()
            .find(|(q, _)| q.id == question)
            .map(|(_, answer)| answer)
    }
}

/// A file of scenarios, as read.
#[derive(Debug)]
pub struct ScenarioFile {
    /// The file they were read from.
    pub file: Arc<SourceFile>,
    /// The scenarios, in file order.
    pub scenarios: Vec<Scenario>,
}

/// Situations told in plain words, each with the advice a correct run of the guide must
/// reach: for trainers (`meldwijzer quiz`) and for content editors (`meldwijzer verify`).
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(title = "meldwijzer scenarios"))]
struct RawFile {
    /// The scenarios.
    #[serde(default)]
    scenario: Vec<RawScenario>,
}

/// One situation and the advice it must lead to.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawScenario {
    /// Stable id: letters, digits, `-` and `_`.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Str,
    /// The situation as a person would tell it, one text per language (`nl`, `en`, `fr`);
    /// at least one.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeMap<String, String>"))]
    situation: Spanned<BTreeMap<Str, Str>>,
    /// The answers a correct run gives, as `question = "answer"` (ids, as in answer files).
    #[cfg_attr(feature = "schema", schemars(with = "BTreeMap<String, String>"))]
    answers: Spanned<BTreeMap<Str, Str>>,
    /// Id of the outcome a correct run reaches.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    outcome: Str,
    /// Ids of other outcomes a trainee may reach and still be right, because they tell the
    /// caller to do the same (in `quiz`).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    accept: Vec<Str>,
    /// Why this is the advice: the sentence of the source that decides it, in your own
    /// words and naming the source, one text per language (shown after each situation of a
    /// quiz).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "BTreeMap<String, String>"))]
    why: BTreeMap<Str, Str>,
    /// Ids of contacts the advice must offer.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    offers: Vec<Str>,
    /// Ids of contacts the advice must not offer.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    never_offers: Vec<Str>,
}

/// The JSON Schema of scenario files, for editors, generated: only to regenerate the
/// shipped `examples/scenario.schema.json` (which `meldwijzer schema scenarios` prints).
#[cfg(feature = "schema")]
#[cfg(feature = "schema")]
pub fn schema() -> String {
    crate::loader::schema_of::<RawFile>()
}

/// Parses a scenario file; TOML and shape errors are located.
pub fn parse(file: &Arc<SourceFile>) -> Result<ScenarioFile, Diagnostic> {
    let raw: RawFile = read_toml(file)?;
    let pairs = |table: BTreeMap<Str, Str>| -> Vec<(Ref, Ref)> {
        let mut pairs: Vec<(Ref, Ref)> = table
            .into_iter()
            .map(|(key, value)| (to_ref(key), to_ref(value)))
            .collect();
        // In file order, as the person wrote them.
        pairs.sort_by_key(|(key, _)| key.span.start);
        pairs
    };
    let scenarios = raw
        .scenario
        .into_iter()
        .map(|s| Scenario {
            id: to_ref(s.id),
            situation_span: s.situation.span(),
            situation: pairs(s.situation.into_inner()),
            answers_span: s.answers.span(),
            answers: pairs(s.answers.into_inner()),
            outcome: to_ref(s.outcome),
            accept: to_refs(s.accept),
            why: pairs(s.why),
            offers: to_refs(s.offers),
            never_offers: to_refs(s.never_offers),
        })
        .collect();
    Ok(ScenarioFile {
        file: Arc::clone(file),
        scenarios,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<ScenarioFile, Diagnostic> {
        parse(&SourceFile::new("s.toml", text.to_owned()))
    }

    #[test]
    fn a_scenario_keeps_its_places_and_its_order() {
        let file = parse_text(
            "[[scenario]]\nid = \"a\"\nsituation = { nl = \"Hallo\", en = \"Hello\" }\nanswers = { country = \"nl\", nl-what = \"chat-app\" }\noutcome = \"nl-chat-app\"\n",
        )
        .expect("valid");
        let scenario = &file.scenarios[0];
        assert_eq!(scenario.id.id, "a");
        assert_eq!(scenario.situation_in(Lang::En), Some(("en", "Hello")));
        assert_eq!(scenario.situation_in(Lang::Fr), Some(("nl", "Hallo")));
        let questions: Vec<&str> = scenario
            .answers
            .iter()
            .map(|(q, _)| q.id.as_str())
            .collect();
        assert_eq!(questions, ["country", "nl-what"]);
        assert_eq!(
            scenario.answer_to("nl-what").map(|a| a.id.as_str()),
            Some("chat-app")
        );
        assert!(scenario.offers.is_empty());
    }

    #[test]
    fn shape_errors_are_located() {
        let err = parse_text("[[scenario]]\nid = \"a\"\noutcome = 3\n").expect_err("invalid");
        assert_eq!(err.position().as_deref(), Some("s.toml:3:11"));
    }
}
