//! The advice at the end of a route, with every text resolved in one language: the
//! format-free result that the text, JSON and summary renderers all print.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

use crate::country::Country;
use crate::flow::{Contact, ContactKind, Outcome};
use crate::guide::Guide;
use crate::lang::Lang;
use crate::phone;
use crate::sanitize;
use crate::walker::Step;

/// A contact with its texts in one language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ContactView {
    /// Stable id.
    pub id: String,
    /// How it is reached.
    pub kind: ContactKind,
    /// Its name.
    pub name: String,
    /// The number to call or message, as its source writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The same number as a phone dials it or a chat app takes it pasted (`+31642834635`):
    /// the international form where one exists, so that it works from abroad too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dial: Option<String>,
    /// The number as written for a caller abroad (`+31 20 261 52 75`), where the written
    /// one is national and has an international form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_abroad: Option<String>,
    /// The one country (`nl`, `be`) the number can be dialled from, for short and service
    /// numbers (`101`, `1712`, `0800 ...`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable_from: Option<String>,
    /// The web address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When to use it.
    pub use_when: String,
    /// Opening hours, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// The language community it serves (`nl`, `fr`), where it serves only one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub community: Option<String>,
    /// The country whose service it is (`nl`, `be`), where it is one country's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Id of the source of its details.
    pub source: String,
    /// The public page its details come from.
    pub source_page: SourceView,
    /// When its details were last checked.
    pub verified: String,
}

impl ContactView {
    /// The contacts of `outcome`, most important first, resolved in `lang`. Where `lang` is
    /// the language of a community, the services of other communities come after the rest.
    pub fn of_outcome(guide: &Guide, lang: Lang, outcome: &Outcome) -> Vec<Self> {
        Self::resolve(guide, lang, &outcome.contacts)
    }

    /// The number as its source writes it, followed by the dialable form in brackets where
    /// the written one cannot be dialled or pasted as it stands.
    pub fn phone_with_dial(&self) -> Option<String> {
        let phone = self.phone.as_ref()?;
        Some(match &self.dial {
            Some(dial) if phone::needs_dialable_form(phone) => format!("{phone} ({dial})"),
            _ => phone.clone(),
        })
    }

    /// The help for the reader afterwards that `outcome` offers, ordered as contacts are.
    pub fn support_of(guide: &Guide, lang: Lang, outcome: &Outcome) -> Vec<Self> {
        Self::resolve(guide, lang, &outcome.support)
    }

    /// Resolves `contacts`, reader's community first (see [`Self::of_outcome`]).
    fn resolve(guide: &Guide, lang: Lang, ids: &[crate::flow::Ref]) -> Vec<Self> {
        let mut contacts: Vec<&Contact> = ids
            .iter()
            .filter_map(|c| guide.flow.contact(&c.id))
            .collect();
        if guide.flow.communities().contains(&lang.code()) {
            // A stable sort: the flow's order stays within each group.
            contacts.sort_by_key(|c| {
                c.community
                    .as_ref()
                    .is_some_and(|own| own.id != lang.code())
            });
        }
        contacts
            .into_iter()
            .map(|c| Self::new(guide, lang, c))
            .collect()
    }

    /// Resolves `contact`'s texts in `lang`.
    pub fn new(guide: &Guide, lang: Lang, contact: &Contact) -> Self {
        let text = |id: &str| guide.catalog.text(lang, id);
        let data = |value: &str| sanitize::single_line(value).into_owned();
        let country: Option<Country> = contact.country.as_ref().and_then(|c| c.id.parse().ok());
        let from_abroad = contact
            .phone
            .as_ref()
            .zip(country)
            .and_then(|(p, country)| phone::from_abroad(&p.id, country))
            .map(|form| data(&form));
        let international = |p: &str| p.trim_start().starts_with('+');
        // A short national number (101, 1712, 103) works only in its own country. Service
        // numbers (0800, 116 000) are not marked: no source says where they can be reached.
        let short = |p: &str| phone::dialable(p).len() <= 4;
        let reachable_from = contact
            .phone
            .as_ref()
            .filter(|p| from_abroad.is_none() && !international(&p.id) && short(&p.id))
            .and(country)
            .map(|c| c.code().to_owned());
        Self {
            id: contact.id.id.to_string(),
            kind: contact.kind,
            name: text(&contact.name.id),
            phone: contact.phone.as_ref().map(|p| data(&p.id)),
            dial: contact
                .phone
                .as_ref()
                .map(|p| phone::dialable(from_abroad.as_deref().unwrap_or(&p.id))),
            from_abroad,
            reachable_from,
            url: contact.url.as_ref().map(|u| data(&u.id)),
            use_when: text(&contact.use_when.id),
            hours: contact.hours.as_ref().map(|h| text(&h.id)),
            community: contact.community.as_ref().map(|c| data(&c.id)),
            country: country.map(|c| c.code().to_owned()),
            source: contact.source.id.to_string(),
            source_page: SourceView::new(guide, lang, &contact.source.id),
            verified: data(&contact.verified.id),
        }
    }
}

/// A question asked and the answer given.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct AnswerView {
    /// The question's id.
    pub question: String,
    /// The answer's id.
    pub answer: String,
    /// The question as asked.
    pub question_text: String,
    /// The answer as shown.
    pub answer_text: String,
}

/// Where the advice comes from: a public page anyone can read.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct SourceView {
    /// Stable id.
    pub id: String,
    /// Who published the page.
    pub publisher: String,
    /// The page's title or subject.
    pub title: String,
    /// The page's public address.
    pub address: String,
    /// When the page was read.
    pub read: String,
}

impl SourceView {
    /// The source `id` of `guide`'s flow, resolved in `lang` (empty fields if unknown): the
    /// page in the reader's language where the record has one.
    pub fn new(guide: &Guide, lang: Lang, id: &str) -> Self {
        let data = |value: &str| sanitize::single_line(value).into_owned();
        let source = guide.flow.source_in(id, lang.code());
        Self {
            id: source.map_or(id, |s| s.id.id.as_str()).to_owned(),
            publisher: source.map(|s| data(&s.publisher.id)).unwrap_or_default(),
            title: source
                .map(|s| guide.catalog.text(lang, &s.title.id))
                .unwrap_or_default(),
            address: source.map(|s| data(&s.address.id)).unwrap_or_default(),
            read: source.map(|s| data(&s.read.id)).unwrap_or_default(),
        }
    }

    /// One line for people: publisher, title and address (a dash, not a colon, so that it
    /// reads the same in every language).
    pub fn citation(&self) -> String {
        format!("{} – {} ({})", self.publisher, self.title, self.address)
    }
}

/// Everything said at the end of a route.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Advice {
    /// The outcome's id.
    pub outcome: String,
    /// The headline.
    pub title: String,
    /// The explanation.
    pub summary: String,
    /// Whom to contact, most important first.
    pub contacts: Vec<ContactView>,
    /// What to write down before reporting.
    pub notes: Vec<String>,
    /// What happens after a report.
    pub after: Vec<String>,
    /// What never to do.
    pub warnings: Vec<String>,
    /// Whom the advice speaks to (an `[[audience]]` id of the flow), where it says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Help for the reader afterwards: seeing this material is upsetting.
    pub support: Vec<ContactView>,
    /// The route taken.
    pub answers: Vec<AnswerView>,
    /// The source the advice rests on.
    pub source: SourceView,
    /// The language of the texts.
    pub lang: String,
    /// When the flow was last checked against its sources.
    pub verified: String,
}

impl Advice {
    /// Resolves `outcome`, reached through `steps`, in `lang`.
    pub fn new(guide: &Guide, lang: Lang, steps: &[Step], outcome: &Outcome) -> Self {
        let flow = &guide.flow;
        let text = |id: &str| guide.catalog.text(lang, id);
        let texts = |ids: &[crate::flow::Ref]| ids.iter().map(|r| text(&r.id)).collect();
        Self {
            outcome: outcome.id.id.to_string(),
            title: text(&outcome.title.id),
            summary: text(&outcome.summary.id),
            contacts: ContactView::of_outcome(guide, lang, outcome),
            notes: texts(&outcome.note_down),
            after: texts(&outcome.after),
            warnings: texts(&outcome.warnings),
            audience: outcome.audience.as_ref().map(|a| a.id.to_string()),
            support: ContactView::support_of(guide, lang, outcome),
            answers: answers(guide, lang, steps),
            source: SourceView::new(guide, lang, &outcome.source.id),
            lang: lang.code().to_owned(),
            verified: sanitize::single_line(&flow.verified.id).into_owned(),
        }
    }
}

/// The questions and answers of `steps`, resolved in `lang`.
pub fn answers(guide: &Guide, lang: Lang, steps: &[Step]) -> Vec<AnswerView> {
    steps
        .iter()
        .map(|step| {
            let question = &guide.flow.questions[step.question];
            let answer = &question.answers[step.answer];
            AnswerView {
                question: question.id.id.to_string(),
                answer: answer.id.id.to_string(),
                question_text: guide.catalog.text(lang, &question.text.id),
                answer_text: guide.catalog.text(lang, &answer.label.id),
            }
        })
        .collect()
}
