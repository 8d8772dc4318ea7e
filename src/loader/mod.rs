//! Reading flow files: bytes to text, text to the [`Flow`] model.
//!
//! Only syntax and shape are checked here (TOML syntax, field names and types); everything
//! that needs the whole flow, such as references and reachability, is the validator's job.

mod pieces;

use std::io::Read as _;
use std::path::Path;
use std::sync::Arc;

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::flow::{
    Answer, Audience, Contact, ContactKind, Flow, Index, Outcome, Question, Ref, Source,
};
use crate::limits;
use crate::source_file::{SourceFile, Span};

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadFailure {
    /// The system refused: not found, no permission, a folder, ...
    Io {
        /// The name the file is reported under.
        name: String,
        /// What the system said.
        error: std::io::Error,
    },
    /// More than [`limits::MAX_FILE_BYTES`] bytes: a device, a pipe or a runaway file.
    TooLarge {
        /// The name the file is reported under.
        name: String,
    },
    /// Not valid UTF-8, located at the first bad byte.
    Encoding(Diagnostic),
}

impl ReadFailure {
    /// The failure as a diagnostic, in the words of `check` (English, for content editors).
    pub fn diagnostic(&self) -> Diagnostic {
        match self {
            Self::Io { name, error } => {
                Diagnostic::unlocated(format!("cannot read `{name}`: {}", io_reason(error)))
            }
            Self::TooLarge { name } => Diagnostic::unlocated(format!(
                "`{name}` is larger than {} bytes (32 MiB); larger files are not read",
                limits::MAX_FILE_BYTES
            )),
            Self::Encoding(diagnostic) => diagnostic.clone(),
        }
    }
}

/// Reads a UTF-8 text file within [`limits::MAX_FILE_BYTES`], reported under `name`.
///
/// A leading byte order mark is dropped with a warning: editors add it, parsers choke on it.
pub fn read_text_file(
    path: &Path,
    name: &str,
) -> Result<(Arc<SourceFile>, Option<Diagnostic>), Diagnostic> {
    read_text(path, name).map_err(|failure| failure.diagnostic())
}

/// As [`read_text_file`], with the reason for a failure kept apart, so that a front-end can
/// say it in its reader's words.
pub fn read_text(
    path: &Path,
    name: &str,
) -> Result<(Arc<SourceFile>, Option<Diagnostic>), ReadFailure> {
    let io = |error| ReadFailure::Io {
        name: name.to_owned(),
        error,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    // A regular file says its size: one over the limit is refused before reading.
    if file
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() > limits::MAX_FILE_BYTES)
    {
        return Err(ReadFailure::TooLarge {
            name: name.to_owned(),
        });
    }
    let bytes = read_bounded(file, limits::MAX_FILE_BYTES)
        .map_err(io)?
        .ok_or_else(|| ReadFailure::TooLarge {
            name: name.to_owned(),
        })?;
    decode(name, bytes).map_err(ReadFailure::Encoding)
}

/// Everything `reader` gives, or `None` when it gives more than `limit` bytes. At most
/// `limit + 1` bytes are ever read, whatever the source: the size a file claims says
/// nothing about a device such as `/dev/zero` or a pipe, which never end.
pub fn read_bounded(reader: impl std::io::Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Turns raw bytes into a [`SourceFile`], rejecting invalid UTF-8 with its position.
pub fn decode(
    name: &str,
    mut bytes: Vec<u8>,
) -> Result<(Arc<SourceFile>, Option<Diagnostic>), Diagnostic> {
    let had_bom = bytes.starts_with(b"\xEF\xBB\xBF");
    if had_bom {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let file = SourceFile::new(name, text);
            let warning = had_bom.then(|| {
                Diagnostic::warning(
                    "the file starts with a byte order mark (BOM); it was ignored",
                    &file,
                    0..0,
                )
                .with_help("save the file as UTF-8 without BOM")
            });
            Ok((file, warning))
        }
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            let file = SourceFile::new(name, String::from_utf8_lossy(err.as_bytes()).into_owned());
            // In the lossy text the first bad byte became U+FFFD at the same offset.
            Err(
                Diagnostic::error("the file is not valid UTF-8", &file, at..at + 3)
                    .with_label("invalid byte here")
                    .with_help("save the file with UTF-8 encoding"),
            )
        }
    }
}

/// A short reason for an I/O error, without the OS error number.
pub fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a directory".to_owned(),
        _ => err.to_string(),
    }
}

/// Parses a flow file into the model, within [`limits::MAX_NODES`].
pub fn parse_flow(file: &Arc<SourceFile>) -> Result<Flow, Diagnostic> {
    parse_flow_within(file, limits::MAX_NODES)
}

/// Parses a flow file into the model, refusing one with more than `max_nodes` questions
/// and outcomes.
pub fn parse_flow_within(file: &Arc<SourceFile>, max_nodes: usize) -> Result<Flow, Diagnostic> {
    // Read in pieces when the file allows it (much less memory, and two threads for a large
    // file); read whole otherwise, which also finds any mistake where it is.
    let flow = match pieces::read(file) {
        Some(flow) => flow,
        None => read_whole(file)?,
    };
    let nodes = flow.questions.len() + flow.outcomes.len();
    if nodes > max_nodes {
        return Err(Diagnostic::error(
            format!(
                "the flow has {nodes} questions and outcomes; at most {max_nodes} are supported"
            ),
            file,
            0..0,
        ));
    }
    Ok(flow.indexed())
}

/// The flow `file` holds, read whole.
fn read_whole(file: &Arc<SourceFile>) -> Result<Flow, Diagnostic> {
    let raw: RawFile = read_toml(file)?;
    Ok(raw.into_flow(file))
}

/// The shape `T` read from the TOML text of `file`; a mistake located in it.
pub(crate) fn read_toml<T: serde::de::DeserializeOwned>(
    file: &Arc<SourceFile>,
) -> Result<T, Diagnostic> {
    toml::from_str(file.text()).map_err(|err| {
        let span = err.span().unwrap_or(0..0);
        Diagnostic::error(toml_message(err.message()), file, span)
    })
}

/// toml's messages end with a newline and sometimes span several lines; keep the first.
fn toml_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or("invalid TOML").trim();
    if first.is_empty() {
        "invalid TOML".to_owned()
    } else {
        first.to_owned()
    }
}

/// A string read with its place in the file.
pub(crate) type Str = Spanned<String>;

/// A read string as a [`Ref`].
pub(crate) fn to_ref(value: Str) -> Ref {
    to_ref_at(value, 0)
}

/// Read strings as [`Ref`]s.
pub(crate) fn to_refs(values: Vec<Str>) -> Vec<Ref> {
    to_refs_at(values, 0)
}

/// A string read from a piece of the file that starts `at` bytes into it, as a [`Ref`]
/// placed in the whole file.
fn to_ref_at(value: Str, at: usize) -> Ref {
    let span = shifted(value.span(), at);
    Ref {
        id: value.into_inner().into(),
        span,
    }
}

/// Strings read from a piece of the file that starts `at` bytes into it, as [`Ref`]s.
fn to_refs_at(values: Vec<Str>, at: usize) -> Vec<Ref> {
    values
        .into_iter()
        .map(|value| to_ref_at(value, at))
        .collect()
}

/// A place in a piece of the file that starts `at` bytes into it, as a place in the file.
fn shifted(span: Span, at: usize) -> Span {
    span.start + at..span.end + at
}

/// A meldwijzer decision tree: where to report child sexual abuse material or the online
/// sexual abuse of a minor. Every text field holds a Fluent message id; the sentences live
/// in `locales/<lang>/*.ftl`.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(title = "meldwijzer flow"))]
struct RawFile {
    /// Settings of the whole flow.
    flow: RawHeader,
    /// Whom outcomes speak to, and the warnings each reader must be given. Once a flow
    /// declares audiences, every outcome names one.
    #[serde(default)]
    audience: Vec<RawAudience>,
    /// The documents the facts come from.
    #[serde(default)]
    source: Vec<RawSource>,
    /// The channels: numbers, forms, websites, organisations.
    #[serde(default)]
    contact: Vec<RawContact>,
    /// The questions; each answer leads to a question or an outcome.
    #[serde(default)]
    question: Vec<RawQuestion>,
    /// Where routes end: the advice.
    #[serde(default)]
    outcome: Vec<RawOutcome>,
}

/// Settings of the whole flow.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawHeader {
    /// Id of the first question.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    start: Str,
    /// Id of the contact shown before the first question (it needs a phone number).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    emergency: Str,
    /// Message ids every outcome must list among its warnings.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    required_warnings: Vec<Str>,
    /// Message id of the warning an outcome with `forward-to` carries instead of the
    /// `required-warnings`: never share the material, except with that reporting number.
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    forward_warning: Option<Str>,
    /// Date (YYYY-MM-DD) of the last full check against the sources.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))
    )]
    verified: Str,
}

/// A reader an outcome speaks to: a bystander, a victim, a parent...
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawAudience {
    /// Stable id: letters, digits, `-` and `_`.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Str,
    /// Message ids of the warnings every outcome for this reader carries (and no outcome
    /// for another reader): the rule never to search for, keep or share the material, in
    /// words that fit them.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    warnings: Vec<Str>,
}

/// A public page the facts come from: the project's own record of its evidence.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawSource {
    /// Stable id: letters, digits, `-` and `_`.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Str,
    /// Who published the page, as a citizen would name them.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    publisher: Str,
    /// Message id of the page's title or subject.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    title: Str,
    /// The page's public address, as it is cited.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    address: Str,
    /// Date (YYYY-MM-DD) the page was read.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))
    )]
    read: Str,
    /// Every number and address the page supports, exactly as written there; each
    /// contact's `phone` and `url` must be one of its source's facts.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    facts: Vec<Str>,
    /// The same subject in other languages: language code to the id of that page's
    /// source. Readers of that language are cited that page.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, String>")
    )]
    translations: std::collections::BTreeMap<String, Str>,
}

/// A channel: a phone number, a form, a website or an organisation.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawContact {
    /// Stable id: letters, digits, `-` and `_`.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Str,
    /// How it is reached.
    kind: ContactKind,
    /// Message id of its name.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    name: Str,
    /// The number, exactly as the source writes it (required for `phone` and `chat`).
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    phone: Option<Str>,
    /// The web address, exactly as the source writes it (required for `web-form` and `website`).
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    url: Option<Str>,
    /// Message id of when to use it.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    use_when: Str,
    /// Message id of its opening hours, where the source gives them.
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    hours: Option<Str>,
    /// The language community it serves, where it serves only one (`nl` or `fr`, a
    /// language of the locales): a guide in that language lists it first, and every
    /// outcome that offers one community's help must offer help to every community.
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    community: Option<Str>,
    /// The country whose service it is (`nl` or `be`), where it is one country's: the
    /// contacts card groups by it, and a number with no international form (a short or
    /// service number such as 101 or 0800) is said to work only from there. Required for a
    /// number written without `+`, except the emergency number.
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    country: Option<Str>,
    /// Id of the source it comes from.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    source: Str,
    /// Date (YYYY-MM-DD) the details were last checked against the source.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))
    )]
    verified: Str,
}

/// A question with at least two answers.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    /// Stable id: letters, digits, `-` and `_`.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Str,
    /// Message id of the question.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    text: Str,
    /// Message id of a hint shown under it.
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    help: Option<Str>,
    /// The choices, in display order.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawAnswer>", length(min = 2)))]
    answers: Spanned<Vec<RawAnswer>>,
}

/// One choice of a question.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    /// Id, unique within its question: letters, digits, `-` and `_`.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Str,
    /// Message id of its label.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    label: Str,
    /// Id of the question or outcome it leads to.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    next: Str,
}

/// Where a route ends: the advice.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawOutcome {
    /// Stable id: letters, digits, `-` and `_`.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    id: Str,
    /// Message id of the headline.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    title: Str,
    /// Message id of the explanation.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    summary: Str,
    /// Contact ids, most important first.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>", length(min = 1)))]
    contacts: Spanned<Vec<Str>>,
    /// Message ids of what to write down before reporting.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    note_down: Vec<Str>,
    /// Message ids of what happens after a report.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    after: Vec<Str>,
    /// Message ids of the warnings; must include every `required-warnings` id and the
    /// warnings of its `audience`.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    warnings: Spanned<Vec<Str>>,
    /// Id of the `[[audience]]` it speaks to: a bystander, a victim, a parent...
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    audience: Option<Str>,
    /// Contact ids of help for the reader afterwards, shown briefly after the advice.
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    support: Option<Spanned<Vec<Str>>>,
    /// Id of the source the advice rests on.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    source: Str,
    /// Id of the one contact of this outcome that asks for the material itself (a
    /// reporting number that takes forwarded messages). The outcome then carries the
    /// flow's `forward-warning` instead of its `required-warnings` and audience's warnings.
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    forward_to: Option<Str>,
}

/// The JSON Schema of flow files, for editors (taplo, Even Better TOML); shipped as
/// `flows/flow.schema.json`, which `meldwijzer schema` prints.
#[cfg(feature = "schema")]
pub fn schema() -> String {
    schema_of::<RawFile>()
}

/// The JSON Schema of the file shape `T`, pretty-printed, ending in a newline.
#[cfg(feature = "schema")]
pub fn schema_of<T: JsonSchema>() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(T)).unwrap_or_default();
    text.push('\n');
    text
}

impl RawAudience {
    /// The audience, read from a piece of the file that starts `at` bytes into it.
    fn into_audience(self, at: usize) -> Audience {
        Audience {
            id: to_ref_at(self.id, at),
            warnings: to_refs_at(self.warnings, at),
        }
    }
}

impl RawSource {
    /// The source, read from a piece of the file that starts `at` bytes into it.
    fn into_source(self, at: usize) -> Source {
        Source {
            id: to_ref_at(self.id, at),
            publisher: to_ref_at(self.publisher, at),
            title: to_ref_at(self.title, at),
            address: to_ref_at(self.address, at),
            read: to_ref_at(self.read, at),
            facts: to_refs_at(self.facts, at),
            translations: self
                .translations
                .into_iter()
                .map(|(lang, id)| {
                    let id = to_ref_at(id, at);
                    // The key's own place is not kept: point at its value.
                    let lang = Ref {
                        id: lang.into(),
                        span: id.span.clone(),
                    };
                    (lang, id)
                })
                .collect(),
        }
    }
}

impl RawContact {
    /// The contact, read from a piece of the file that starts `at` bytes into it.
    fn into_contact(self, at: usize) -> Contact {
        let to_ref = |value| to_ref_at(value, at);
        Contact {
            id: to_ref(self.id),
            kind: self.kind,
            name: to_ref(self.name),
            phone: self.phone.map(to_ref),
            url: self.url.map(to_ref),
            use_when: to_ref(self.use_when),
            hours: self.hours.map(to_ref),
            community: self.community.map(to_ref),
            country: self.country.map(to_ref),
            source: to_ref(self.source),
            verified: to_ref(self.verified),
        }
    }
}

impl RawQuestion {
    /// The question, read from a piece of the file that starts `at` bytes into it.
    fn into_question(self, at: usize) -> Question {
        let answers_span = shifted(self.answers.span(), at);
        Question {
            id: to_ref_at(self.id, at),
            text: to_ref_at(self.text, at),
            help: self.help.map(|help| to_ref_at(help, at)),
            answers: self
                .answers
                .into_inner()
                .into_iter()
                .map(|a| Answer {
                    id: to_ref_at(a.id, at),
                    label: to_ref_at(a.label, at),
                    next: to_ref_at(a.next, at),
                    target: None,
                })
                .collect(),
            answers_span,
        }
    }
}

impl RawOutcome {
    /// The outcome, read from a piece of the file that starts `at` bytes into it.
    fn into_outcome(self, at: usize) -> Outcome {
        let to_ref = |value| to_ref_at(value, at);
        let to_refs = |values| to_refs_at(values, at);
        Outcome {
            id: to_ref(self.id),
            title: to_ref(self.title),
            summary: to_ref(self.summary),
            contacts_span: shifted(self.contacts.span(), at),
            contacts: to_refs(self.contacts.into_inner()),
            note_down: to_refs(self.note_down),
            after: to_refs(self.after),
            warnings_span: shifted(self.warnings.span(), at),
            warnings: to_refs(self.warnings.into_inner()),
            source: to_ref(self.source),
            forward_to: self.forward_to.map(to_ref),
            audience: self.audience.map(to_ref),
            support_span: self
                .support
                .as_ref()
                .map_or(0..0, |support| shifted(support.span(), at)),
            support: self
                .support
                .map(|support| to_refs(support.into_inner()))
                .unwrap_or_default(),
        }
    }
}

/// The entries of a flow file, each list in file order.
#[derive(Default)]
struct Entries {
    audiences: Vec<Audience>,
    sources: Vec<Source>,
    contacts: Vec<Contact>,
    questions: Vec<Question>,
    outcomes: Vec<Outcome>,
}

impl RawHeader {
    /// The flow of `file` with this header (read from the start of the file) and `entries`.
    fn into_flow(self, entries: Entries, file: &Arc<SourceFile>) -> Flow {
        Flow {
            file: Arc::clone(file),
            start: to_ref(self.start),
            emergency: to_ref(self.emergency),
            required_warnings: to_refs(self.required_warnings),
            forward_warning: self.forward_warning.map(to_ref),
            verified: to_ref(self.verified),
            audiences: entries.audiences,
            sources: entries.sources,
            contacts: entries.contacts,
            questions: entries.questions,
            outcomes: entries.outcomes,
            index: Index::default(),
        }
    }
}

impl RawFile {
    fn into_flow(self, file: &Arc<SourceFile>) -> Flow {
        let entries = Entries {
            audiences: self
                .audience
                .into_iter()
                .map(|a| a.into_audience(0))
                .collect(),
            sources: self.source.into_iter().map(|s| s.into_source(0)).collect(),
            contacts: self
                .contact
                .into_iter()
                .map(|c| c.into_contact(0))
                .collect(),
            questions: self
                .question
                .into_iter()
                .map(|q| q.into_question(0))
                .collect(),
            outcomes: self
                .outcome
                .into_iter()
                .map(|o| o.into_outcome(0))
                .collect(),
        };
        self.flow.into_flow(entries, file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Flow, Diagnostic> {
        parse_flow(&SourceFile::new("t.toml", text.to_owned()))
    }

    #[test]
    fn syntax_errors_are_located() {
        let err = parse("[flow]\nstart = \n").expect_err("invalid TOML");
        assert_eq!(err.position().as_deref(), Some("t.toml:2:9"));
    }

    #[test]
    fn unknown_fields_are_rejected_with_their_place() {
        let err = parse(
            "[flow]\nstart = \"a\"\nemergency = \"e\"\nverified = \"2026-01-01\"\nstrat = 1\n",
        )
        .expect_err("unknown field");
        assert!(
            err.message.contains("unknown field `strat`"),
            "{}",
            err.message
        );
        assert_eq!(err.position().as_deref(), Some("t.toml:5:1"));
    }

    #[test]
    fn the_node_limit_is_enforced() {
        let flow = crate::synthetic::ladder(3).flow;
        let err = parse_flow_within(&SourceFile::new("t.toml", flow), 3).expect_err("4 nodes");
        assert_eq!(
            err.message,
            "the flow has 4 questions and outcomes; at most 3 are supported"
        );
        assert_eq!(err.position().as_deref(), Some("t.toml:1:1"));
    }

    #[test]
    fn invalid_utf8_points_at_the_bad_byte() {
        let err = decode("x.toml", b"ab\ncd\xFFef".to_vec()).expect_err("invalid UTF-8");
        assert_eq!(err.position().as_deref(), Some("x.toml:2:3"));
    }

    #[test]
    fn a_byte_order_mark_is_dropped_with_a_warning() {
        let (file, warning) = decode("x.toml", b"\xEF\xBB\xBFa = 1".to_vec()).expect("valid");
        assert_eq!(file.text(), "a = 1");
        assert!(warning.is_some_and(|w| !w.is_error()));
    }
}
