//! The decision tree as data: sources, contacts, questions and outcomes.
//!
//! Every value read from the file keeps its location, so that validation can point at it.
//! Text fields hold Fluent message ids; the sentences live in the locale files.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::source_file::{SourceFile, Span};

/// Text of a flow: borrowed from the prepared form built into the program (so that a run
/// allocates nothing for it), or owned when it was read from a file.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text(Cow<'static, str>);

impl Text {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Self(Cow::Owned(text))
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Self {
        Self(Cow::Borrowed(text))
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.0.into_owned()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de: 'static> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Borrowed from the prepared form, which lives as long as the program.
        <&'de str>::deserialize(deserializer).map(|text| Self(Cow::Borrowed(text)))
    }
}

/// A string value from the flow file (an id, a reference or a message id) and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Ref {
    /// The value.
    pub id: Text,
    /// Its place in the flow file. Only a flow read from a file has it: the prepared form
    /// is checked when built, so a run has nothing to point at (0..0).
    #[serde(skip)]
    pub span: Span,
}

impl Ref {
    /// A place in the file with no value of its own (a list, a table), to point at.
    pub fn place(span: Span) -> Self {
        Self {
            id: Text::default(),
            span,
        }
    }
}

/// How a contact is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    /// A number to call.
    Phone,
    /// A number to message through a chat app.
    Chat,
    /// An online report form.
    WebForm,
    /// A website with information.
    Website,
    /// An organisation reached through its website (a `url` is required).
    Organisation,
}

impl ContactKind {
    /// The kind as written in flow files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Chat => "chat",
            Self::WebForm => "web-form",
            Self::Website => "website",
            Self::Organisation => "organisation",
        }
    }
}

/// A public page the facts come from, recorded in the flow so that the project carries its
/// own evidence: who published it, where anyone can read it, when it was read, and the exact
/// numbers and addresses it supports.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Source {
    /// Stable id.
    pub id: Ref,
    /// Who published the page, as a citizen would name them ("Politie", "Child Focus").
    pub publisher: Ref,
    /// Message id of the page's title or subject.
    pub title: Ref,
    /// The page's public address, as it is cited.
    pub address: Ref,
    /// Date (YYYY-MM-DD) the page was read.
    pub read: Ref,
    /// The numbers and addresses this page supports, each exactly as written there.
    pub facts: Vec<Ref>,
    /// The same subject on a page in another language: language code (`Ref::id`) and the
    /// id of that page's source (`.1`). A reader of that language is cited that page.
    pub translations: Vec<(Ref, Ref)>,
}

impl Source {
    /// True if `value` is one of the facts this source supports, character for character.
    /// A page that cites an address without its scheme supports it with `https://`.
    pub fn supports(&self, value: &str) -> bool {
        let bare = value.strip_prefix("https://");
        self.facts
            .iter()
            .any(|fact| fact.id == value || bare.is_some_and(|b| fact.id == b))
    }
}

/// Whom an outcome speaks to (a bystander, a victim, a parent...), and the warnings that
/// reader must be given: the rule never to search for, keep or share the material, in
/// words that fit them.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Audience {
    /// Stable id.
    pub id: Ref,
    /// Message ids every outcome for this reader carries, and no outcome for another.
    pub warnings: Vec<Ref>,
}

/// A channel: a phone number, a form, a website or an organisation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Contact {
    /// Stable id.
    pub id: Ref,
    /// How it is reached.
    pub kind: ContactKind,
    /// Message id of its name.
    pub name: Ref,
    /// The number, exactly as the source writes it.
    pub phone: Option<Ref>,
    /// The web address, exactly as the source writes it.
    pub url: Option<Ref>,
    /// Message id of when to use it.
    pub use_when: Ref,
    /// Message id of its opening hours, where the source gives them.
    pub hours: Option<Ref>,
    /// The language community it serves (`nl`, `fr`), where it serves only one; a guide
    /// in that language lists it before the services of other communities.
    pub community: Option<Ref>,
    /// The country whose service it is (`nl`, `be`), where it is one country's: the
    /// contacts card groups by it, and a national number works only from there.
    pub country: Option<Ref>,
    /// Id of the source it comes from.
    pub source: Ref,
    /// Date (YYYY-MM-DD) the details were last checked against the source.
    pub verified: Ref,
}

/// One choice of a question.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Answer {
    /// Id, unique within its question.
    pub id: Ref,
    /// Message id of its label.
    pub label: Ref,
    /// Id of the question or outcome it leads to.
    pub next: Ref,
    /// Where `next` points, resolved once when the flow is built (`None` if nowhere).
    pub target: Option<Node>,
}

/// A question with its answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Question {
    /// Stable id.
    pub id: Ref,
    /// Message id of the question.
    pub text: Ref,
    /// Message id of a hint shown under it.
    pub help: Option<Ref>,
    /// The choices, in display order.
    pub answers: Vec<Answer>,
    /// Where the `answers` list stands, for problems with the list as a whole.
    #[serde(skip)]
    pub answers_span: Span,
}

impl Question {
    /// The answer with this id.
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.iter().find(|answer| answer.id.id == id)
    }
}

/// Where a route ends: the advice.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Outcome {
    /// Stable id.
    pub id: Ref,
    /// Message id of the headline.
    pub title: Ref,
    /// Message id of the explanation.
    pub summary: Ref,
    /// Contact ids, most important first.
    pub contacts: Vec<Ref>,
    /// Where the `contacts` list stands.
    #[serde(skip)]
    pub contacts_span: Span,
    /// Message ids of what to write down before reporting.
    pub note_down: Vec<Ref>,
    /// Message ids of what happens after a report.
    pub after: Vec<Ref>,
    /// Message ids of the warnings.
    pub warnings: Vec<Ref>,
    /// Where the `warnings` list stands.
    #[serde(skip)]
    pub warnings_span: Span,
    /// Id of the source the advice rests on.
    pub source: Ref,
    /// The one contact on this route that asks for the material itself (a reporting number
    /// that takes forwarded messages); such an outcome carries the flow's `forward-warning`
    /// instead of the warnings its reader would otherwise be given.
    pub forward_to: Option<Ref>,
    /// Id of the audience it speaks to (see [`Audience`]).
    pub audience: Option<Ref>,
    /// Contact ids of help for the reader afterwards (seeing this material is upsetting),
    /// shown briefly after the advice.
    pub support: Vec<Ref>,
    /// Where the `support` list stands.
    #[serde(skip)]
    pub support_span: Span,
}

/// A place in the tree: a question or an outcome, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Node {
    /// Index into [`Flow::questions`].
    Question(usize),
    /// Index into [`Flow::outcomes`].
    Outcome(usize),
}

/// The whole decision tree, as loaded; see [`crate::validator`] for what makes it valid.
///
/// It serialises (with `postcard`) to the prepared form the build embeds: everything but
/// the file's text and the lookups, which [`Flow::from_prepared`] puts back, and the places
/// of its values in the file, which only validation needs (the build has done it).
#[derive(Debug, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Flow {
    /// The file it was read from.
    #[serde(skip, default = "SourceFile::empty")]
    pub file: Arc<SourceFile>,
    /// Id of the first question.
    pub start: Ref,
    /// Id of the contact shown before the first question.
    pub emergency: Ref,
    /// Message ids every outcome must carry among its warnings.
    pub required_warnings: Vec<Ref>,
    /// Message id of the warning that replaces `required_warnings` on an outcome with
    /// `forward-to`: never share the material, except with that reporting number.
    pub forward_warning: Option<Ref>,
    /// Date (YYYY-MM-DD) of the last full check against the sources.
    pub verified: Ref,
    /// The readers outcomes speak to, with the warnings each must be given.
    pub audiences: Vec<Audience>,
    /// The sources, in file order.
    pub sources: Vec<Source>,
    /// The contacts, in file order.
    pub contacts: Vec<Contact>,
    /// The questions, in file order.
    pub questions: Vec<Question>,
    /// The outcomes, in file order.
    pub outcomes: Vec<Outcome>,
    #[serde(skip)]
    pub(crate) index: Index,
}

/// Lookups by id; where an id is defined twice the first definition wins.
#[derive(Debug, Default)]
pub(crate) struct Index {
    nodes: HashMap<Text, Node>,
    contacts: HashMap<Text, usize>,
    sources: HashMap<Text, usize>,
}

impl Flow {
    /// The prepared form of this flow: what the build script checked, serialised so that a
    /// run reads it back without parsing TOML.
    pub fn to_prepared(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// A flow read back from its prepared form ([`Flow::to_prepared`]), with `file`, the
    /// text it was prepared from, for the places that point into it.
    pub fn from_prepared(bytes: &'static [u8], file: Arc<SourceFile>) -> Option<Self> {
        let mut flow: Self = postcard::from_bytes(bytes).ok()?;
        flow.file = file;
        Some(flow.indexed())
    }

    /// Builds the lookups by id and resolves every answer's target; the loader calls this
    /// once the parts are read.
    pub(crate) fn indexed(mut self) -> Self {
        let mut index = Index::default();
        for (i, question) in self.questions.iter().enumerate() {
            index
                .nodes
                .entry(question.id.id.clone())
                .or_insert(Node::Question(i));
        }
        for (i, outcome) in self.outcomes.iter().enumerate() {
            index
                .nodes
                .entry(outcome.id.id.clone())
                .or_insert(Node::Outcome(i));
        }
        for (i, contact) in self.contacts.iter().enumerate() {
            index.contacts.entry(contact.id.id.clone()).or_insert(i);
        }
        for (i, source) in self.sources.iter().enumerate() {
            index.sources.entry(source.id.id.clone()).or_insert(i);
        }
        for answer in self.questions.iter_mut().flat_map(|q| q.answers.iter_mut()) {
            answer.target = index.nodes.get(&answer.next.id).copied();
        }
        self.index = index;
        self
    }

    /// The question or outcome with this id.
    pub fn node(&self, id: &str) -> Option<Node> {
        self.index.nodes.get(id).copied()
    }

    /// Every question's id, in the flow's order: the candidates a "did you mean" offers.
    pub fn question_ids(&self) -> Vec<&str> {
        self.questions.iter().map(|q| q.id.id.as_str()).collect()
    }

    /// The outcome with this id.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        match self.node(id)? {
            Node::Outcome(i) => Some(&self.outcomes[i]),
            Node::Question(_) => None,
        }
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        match self.node(id)? {
            Node::Question(i) => Some(&self.questions[i]),
            Node::Outcome(_) => None,
        }
    }

    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.index.contacts.get(id).map(|&i| &self.contacts[i])
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index.sources.get(id).map(|&i| &self.sources[i])
    }

    /// Every language community some contact serves, sorted, each once.
    pub fn communities(&self) -> Vec<&str> {
        let mut communities: Vec<&str> = self
            .contacts
            .iter()
            .filter_map(|c| c.community.as_ref().map(|r| r.id.as_str()))
            .collect();
        communities.sort_unstable();
        communities.dedup();
        communities
    }

    /// The audience with this id.
    pub fn audience(&self, id: &str) -> Option<&Audience> {
        self.audiences.iter().find(|a| a.id.id == id)
    }

    /// The warnings `outcome` must carry unless it forwards the material: the flow's
    /// `required-warnings` and those of its audience.
    pub fn warnings_required_for<'f>(
        &'f self,
        outcome: &'f Outcome,
    ) -> impl Iterator<Item = &'f Ref> {
        let audience = outcome
            .audience
            .as_ref()
            .and_then(|a| self.audience(&a.id))
            .into_iter()
            .flat_map(|a| &a.warnings);
        self.required_warnings.iter().chain(audience)
    }

    /// The source to cite to a reader of `lang`: the page in their language where one is
    /// recorded, else the source `id` itself.
    pub fn source_in(&self, id: &str, lang: &str) -> Option<&Source> {
        let source = self.source(id)?;
        Some(
            source
                .translations
                .iter()
                .find(|(l, _)| l.id == lang)
                .and_then(|(_, other)| self.source(&other.id))
                .unwrap_or(source),
        )
    }

    /// The emergency contact.
    pub fn emergency_contact(&self) -> Option<&Contact> {
        self.contact(&self.emergency.id)
    }

    /// Where an answer leads.
    pub fn next(&self, answer: &Answer) -> Option<Node> {
        answer.target
    }

    /// The id of a node.
    pub fn node_id(&self, node: Node) -> &str {
        match node {
            Node::Question(i) => &self.questions[i].id.id,
            Node::Outcome(i) => &self.outcomes[i].id.id,
        }
    }

    /// Every message id the flow refers to, with its place.
    pub fn message_refs(&self) -> impl Iterator<Item = &Ref> {
        let sources = self.sources.iter().map(|s| &s.title);
        let forward = self.forward_warning.iter();
        let audiences = self.audiences.iter().flat_map(|a| &a.warnings);
        let contacts = self.contacts.iter().flat_map(|c| {
            [Some(&c.name), Some(&c.use_when), c.hours.as_ref()]
                .into_iter()
                .flatten()
        });
        let questions = self.questions.iter().flat_map(|q| {
            [Some(&q.text), q.help.as_ref()]
                .into_iter()
                .flatten()
                .chain(q.answers.iter().map(|a| &a.label))
        });
        let outcomes = self.outcomes.iter().flat_map(|o| {
            [&o.title, &o.summary]
                .into_iter()
                .chain(&o.note_down)
                .chain(&o.after)
                .chain(&o.warnings)
        });
        self.required_warnings
            .iter()
            .chain(forward)
            .chain(audiences)
            .chain(sources)
            .chain(contacts)
            .chain(questions)
            .chain(outcomes)
    }
}
