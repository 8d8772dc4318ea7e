//! Checks that a loaded flow and its translations form a usable guide.
//!
//! Findings are data: every check runs and adds to one list, so an editor sees all problems
//! at once instead of fixing them one start at a time.

use std::collections::VecDeque;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::catalog::Catalog;
use crate::country::Country;
use crate::diagnostic::Diagnostic;
use crate::flow::{Contact, ContactKind, Flow, Node, Outcome, Ref};
use crate::lang::Lang;
use crate::limits;
use crate::sanitize;
use crate::suggestion::suggest;
use crate::ui_text;

/// Every problem in `flow` and `catalog`; errors make the flow unusable, warnings do not.
pub(crate) fn validate(flow: &Flow, catalog: &Catalog) -> Vec<Diagnostic> {
    let mut validator = Validator {
        flow,
        catalog,
        found: Vec::new(),
    };
    validator.check_ids();
    validator.check_header();
    validator.check_sources_and_contacts();
    validator.check_phone_numbers();
    validator.check_questions();
    validator.check_outcomes();
    validator.check_reachability();
    validator.check_cycles();
    validator.check_messages();
    validator.found
}

struct Validator<'a> {
    flow: &'a Flow,
    catalog: &'a Catalog,
    found: Vec<Diagnostic>,
}

/// True for ids that are safe in `--answer QUESTION=ANSWER`, DOT and Mermaid.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= limits::MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// True for a Fluent message identifier: a letter, then letters, digits, `-` and `_`.
fn is_message_id(id: &str) -> bool {
    id.len() <= limits::MAX_ID_CHARS
        && id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// `id` as quoted in a message: very long ones are cut, so that one bad value cannot flood
/// the screen.
fn shown(id: &str) -> String {
    if id.chars().count() <= 60 {
        id.to_owned()
    } else {
        format!(
            "{}… ({} characters)",
            id.chars().take(40).collect::<String>(),
            id.chars().count()
        )
    }
}

/// Ids of every question and outcome.
fn node_ids(flow: &Flow) -> impl Iterator<Item = &str> {
    let questions = flow.questions.iter().map(|q| q.id.id.as_str());
    questions.chain(flow.outcomes.iter().map(|o| o.id.id.as_str()))
}

/// True for `YYYY-MM-DD`.
fn is_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
}

impl<'a> Validator<'a> {
    fn error(&self, message: String, at: &Ref) -> Diagnostic {
        Diagnostic::error(message, &self.flow.file, at.span.clone())
    }

    fn warning(&self, message: String, at: &Ref) -> Diagnostic {
        Diagnostic::warning(message, &self.flow.file, at.span.clone())
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    /// Reports a reference to an id that does not exist, with a suggestion when one is close.
    fn unknown<'c>(
        &mut self,
        what: &str,
        at: &Ref,
        label: &str,
        candidates: impl IntoIterator<Item = &'c str>,
    ) {
        let diagnostic = self
            .error(format!("unknown {what} `{}`", shown(&at.id)), at)
            .with_label(label);
        self.push(suggest(diagnostic, &at.id, candidates));
    }

    fn check_ids(&mut self) {
        let flow = self.flow;
        let groups: [(&str, Vec<&Ref>); 4] = [
            (
                "question or outcome",
                flow.questions
                    .iter()
                    .map(|q| &q.id)
                    .chain(flow.outcomes.iter().map(|o| &o.id))
                    .collect(),
            ),
            ("contact", flow.contacts.iter().map(|c| &c.id).collect()),
            ("source", flow.sources.iter().map(|s| &s.id).collect()),
            ("audience", flow.audiences.iter().map(|a| &a.id).collect()),
        ];
        for (what, ids) in groups {
            let mut seen: HashMap<&str, &Ref> = HashMap::default();
            for id in ids {
                if !is_valid_id(&id.id) {
                    self.push(
                        self.error(format!("invalid {what} id `{}`", shown(&id.id)), id)
                            .with_label(
                                "ids may contain only letters, digits, `-` and `_`".to_owned(),
                            ),
                    );
                }
                if let Some(first) = seen.get(id.id.as_str()) {
                    let (line, col) = flow.file.line_col(first.span.start);
                    let help = format!("the first is at {}:{line}:{col}", flow.file.name());
                    self.push(
                        self.error(format!("duplicate {what} id `{}`", shown(&id.id)), id)
                            .with_label("defined again here")
                            .with_help(help),
                    );
                } else {
                    seen.insert(&id.id, id);
                }
            }
        }
    }

    fn check_header(&mut self) {
        let flow = self.flow;
        match flow.node(&flow.start.id) {
            Some(Node::Question(_)) => {}
            Some(Node::Outcome(_)) => {
                self.push(
                    self.error(
                        format!("the start `{}` is an outcome", flow.start.id),
                        &flow.start,
                    )
                    .with_label("the flow must start with a question".to_owned()),
                );
            }
            None => {
                let ids: Vec<&str> = flow.questions.iter().map(|q| q.id.id.as_str()).collect();
                self.unknown(
                    "start question",
                    &flow.start,
                    "no question has this id",
                    ids,
                );
            }
        }
        match flow.emergency_contact() {
            Some(contact) if contact.phone.is_some() => {}
            Some(_) => {
                self.push(
                    self.error(
                        format!(
                            "the emergency contact `{}` has no phone number",
                            flow.emergency.id
                        ),
                        &flow.emergency,
                    )
                    .with_label("shown before the first question, so it needs a number".to_owned()),
                );
            }
            None => {
                let ids: Vec<&str> = flow.contacts.iter().map(|c| c.id.id.as_str()).collect();
                self.unknown(
                    "emergency contact",
                    &flow.emergency,
                    "no contact has this id",
                    ids,
                );
            }
        }
        self.check_date(&flow.verified);
    }

    /// A date must be written `YYYY-MM-DD`.
    fn check_date(&mut self, date: &Ref) {
        if !is_date(&date.id) {
            self.push(
                self.error(format!("invalid date `{}`", date.id), date)
                    .with_label("expected YYYY-MM-DD".to_owned()),
            );
        }
    }

    /// Data shown as it is (numbers, addresses, paths) must be non-empty, one line, and free
    /// of anything a terminal would act on.
    fn check_clean(&mut self, value: &Ref, what: &str, owner: &str) {
        if value.id.trim().is_empty() || !sanitize::is_clean(&value.id) {
            self.push(
                self.error(
                    format!("{what} `{owner}` has an empty or garbled value"),
                    value,
                )
                .with_label("empty, or holds control characters"),
            );
        }
    }

    /// A phone number holds only what people write in one: digits, spaces, `+`, `-`, `(`,
    /// `)` and `/`. Anything else would be dropped from its call link (`tel:`) without a
    /// word, so that the link and the number shown differ.
    fn check_phone_numbers(&mut self) {
        let flow = self.flow;
        for contact in &flow.contacts {
            let Some(phone) = &contact.phone else {
                continue;
            };
            // Control characters are reported as a garbled value already.
            let odd = phone
                .id
                .chars()
                .find(|&c| !(c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '/')));
            if let Some(c) = odd
                && sanitize::is_clean(&phone.id)
            {
                self.push(
                    self.error(
                        format!(
                            "the phone number of contact `{}` holds `{c}`",
                            contact.id.id
                        ),
                        phone,
                    )
                    .with_label("a phone number holds only digits, spaces and + - ( ) /"),
                );
            }
        }
    }

    /// A contact's source, date and details: reachable, clean, and in its source's record.
    fn check_contact(&mut self, contact: &Contact, source_ids: &[&str]) {
        let flow = self.flow;
        if let Some(community) = &contact.community {
            let known = community
                .id
                .parse::<Lang>()
                .is_ok_and(|lang| self.catalog.languages().any(|l| l == lang));
            if !known {
                let codes: Vec<&str> = self.catalog.languages().map(Lang::code).collect();
                self.push(
                    self.error(
                        format!("unknown community `{}`", shown(&community.id)),
                        community,
                    )
                    .with_label("a community is named by the language of its locale")
                    .with_help(format!("expected one of: {}", codes.join(", "))),
                );
            }
        }
        self.check_country(contact);
        if flow.source(&contact.source.id).is_none() {
            self.unknown(
                "source",
                &contact.source,
                "no source has this id",
                source_ids.iter().copied(),
            );
        }
        self.check_date(&contact.verified);
        let needs = match contact.kind {
            ContactKind::Phone | ContactKind::Chat => (contact.phone.is_none()).then_some("phone"),
            // An organisation is only useful if a person can find it: no dead ends.
            ContactKind::WebForm | ContactKind::Website | ContactKind::Organisation => {
                (contact.url.is_none()).then_some("url")
            }
        };
        if let Some(field) = needs {
            self.push(
                self.error(
                    format!(
                        "contact `{}` of kind `{}` has no `{field}`",
                        contact.id.id,
                        contact.kind.as_str()
                    ),
                    &contact.id,
                )
                .with_label(format!("add `{field} = \"...\"` to this contact")),
            );
        }
        if let Some(url) = &contact.url
            && !(url.id.starts_with("https://") || url.id.starts_with("http://"))
        {
            self.push(
                self.error(format!("`{}` is not a web address", url.id), url)
                    .with_label("expected an address starting with https://".to_owned()),
            );
        }
        for value in contact.phone.iter().chain(&contact.url) {
            self.check_clean(value, "contact", &contact.id.id);
            // A garbled value is reported above; comparing it too would only repeat that.
            if let Some(source) = flow.source(&contact.source.id)
                && sanitize::is_clean(&value.id)
                && !source.supports(&value.id)
            {
                self.push(
                    self.error(
                        format!(
                            "`{}` is not among the facts of source `{}`",
                            shown(&value.id),
                            source.id.id
                        ),
                        value,
                    )
                    .with_label("numbers and addresses must match the source's record")
                    .with_help(format!(
                        "check it against {} and add it, exactly as written there, to the \
                         source's `facts`",
                        shown(&source.address.id)
                    )),
                );
            }
        }
    }

    /// A contact's country must be known, and a number dialled nationally must say which
    /// country it works in (the emergency number works across the European Union).
    fn check_country(&mut self, contact: &Contact) {
        if let Some(country) = &contact.country {
            if country.id.parse::<Country>().is_err() {
                let codes: Vec<&str> = Country::ALL.iter().map(|c| c.code()).collect();
                self.push(
                    self.error(format!("unknown country `{}`", shown(&country.id)), country)
                        .with_label("a country is named by its code")
                        .with_help(format!("expected one of: {}", codes.join(", "))),
                );
            }
            return;
        }
        let national = contact
            .phone
            .as_ref()
            .filter(|phone| !phone.id.trim_start().starts_with('+'));
        if let Some(phone) = national
            && contact.id.id != self.flow.emergency.id
        {
            self.push(
                self.error(
                    format!(
                        "contact `{}` has a national number but no `country`",
                        contact.id.id
                    ),
                    phone,
                )
                .with_label("where does this number work?")
                .with_help(
                    "add `country = \"nl\"` or `country = \"be\"`: a short or service number \
                     works only there, and scripts must say so",
                ),
            );
        }
    }

    fn check_sources_and_contacts(&mut self) {
        let flow = self.flow;
        let source_ids: Vec<&str> = flow.sources.iter().map(|s| s.id.id.as_str()).collect();
        for contact in &flow.contacts {
            self.check_contact(contact, &source_ids);
        }
        for source in &flow.sources {
            let values = [&source.publisher, &source.address]
                .into_iter()
                .chain(&source.facts);
            for value in values {
                self.check_clean(value, "source", &source.id.id);
            }
            self.check_date(&source.read);
            for (lang, other) in &source.translations {
                if !Lang::ALL.iter().any(|l| l.code() == lang.id) {
                    let codes = Lang::ALL.map(Lang::code);
                    let label = format!("a page in `{}`, a language with no locale", lang.id);
                    self.unknown("language", lang, &label, codes);
                }
                if flow.source(&other.id).is_none() {
                    self.unknown(
                        "source",
                        other,
                        "no source has this id",
                        source_ids.iter().copied(),
                    );
                }
            }
        }
        let used_contacts: HashSet<&str> = flow
            .outcomes
            .iter()
            .flat_map(|o| o.contacts.iter().chain(&o.support).map(|c| c.id.as_str()))
            .chain([flow.emergency.id.as_str()])
            .collect();
        for contact in &flow.contacts {
            if !used_contacts.contains(contact.id.id.as_str()) {
                self.push(
                    self.warning(
                        format!("contact `{}` is never used", contact.id.id),
                        &contact.id,
                    )
                    .with_label("no outcome lists it".to_owned()),
                );
            }
        }
        let used_sources: HashSet<&str> = flow
            .outcomes
            .iter()
            .map(|o| o.source.id.as_str())
            .chain(flow.contacts.iter().map(|c| c.source.id.as_str()))
            .chain(
                flow.sources
                    .iter()
                    .flat_map(|s| s.translations.iter().map(|(_, t)| t.id.as_str())),
            )
            .collect();
        for source in &flow.sources {
            if !used_sources.contains(source.id.id.as_str()) {
                self.push(
                    self.warning(
                        format!("source `{}` is never used", source.id.id),
                        &source.id,
                    )
                    .with_label("no outcome or contact names it".to_owned()),
                );
            }
        }
    }

    fn check_questions(&mut self) {
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

    fn check_outcomes(&mut self) {
        let flow = self.flow;
        let contact_ids: Vec<&str> = flow.contacts.iter().map(|c| c.id.id.as_str()).collect();
        let source_ids: Vec<&str> = flow.sources.iter().map(|s| s.id.id.as_str()).collect();
        let communities = flow.communities();
        for outcome in &flow.outcomes {
            if outcome.contacts.is_empty() {
                let at = Ref::place(outcome.contacts_span.clone());
                self.push(
                    self.error(
                        format!("outcome `{}` lists no contacts", outcome.id.id),
                        &at,
                    )
                    .with_label("every outcome must name somewhere to turn to".to_owned()),
                );
            }
            for contact in outcome.contacts.iter().chain(&outcome.support) {
                if flow.contact(&contact.id).is_none() {
                    self.unknown(
                        "contact",
                        contact,
                        "no contact has this id",
                        contact_ids.iter().copied(),
                    );
                }
            }
            self.check_actionable(outcome);
            self.check_communities(
                outcome,
                &outcome.contacts,
                &outcome.contacts_span,
                &communities,
            );
            self.check_communities(
                outcome,
                &outcome.support,
                &outcome.support_span,
                &communities,
            );
            self.check_audience(outcome);
            if flow.source(&outcome.source.id).is_none() {
                self.unknown(
                    "source",
                    &outcome.source,
                    "no source has this id",
                    source_ids.iter().copied(),
                );
            }
            if let Some(forward_to) = &outcome.forward_to {
                self.check_forwarding(outcome, forward_to);
                continue;
            }
            if let Some(forward) = &flow.forward_warning
                && let Some(at) = outcome.warnings.iter().find(|w| w.id == forward.id)
            {
                self.push(
                    self.error(
                        format!(
                            "outcome `{}` carries `{}` but names no `forward-to`",
                            outcome.id.id, forward.id
                        ),
                        at,
                    )
                    .with_label("this warning allows sending the material to a reporting number")
                    .with_help(
                        "carry the warnings its reader needs instead, or name the contact that \
                         takes the material with `forward-to`",
                    ),
                );
            }
            for required in flow.warnings_required_for(outcome) {
                if !outcome.warnings.iter().any(|w| w.id == required.id) {
                    let at = Ref::place(outcome.warnings_span.clone());
                    self.push(
                        self.error(
                            format!(
                                "outcome `{}` lacks the required warning `{}`",
                                outcome.id.id, required.id
                            ),
                            &at,
                        )
                        .with_label(
                            "every outcome carries the `required-warnings` and its audience's warnings"
                                .to_owned(),
                        ),
                    );
                }
            }
        }
    }

    /// Help by language community: an outcome that offers one community's service must
    /// offer every community something to act on, in its language or for everyone.
    fn check_communities(
        &mut self,
        outcome: &Outcome,
        list: &[Ref],
        span: &crate::source_file::Span,
        communities: &[&str],
    ) {
        let flow = self.flow;
        let contacts: Vec<_> = list.iter().filter_map(|c| flow.contact(&c.id)).collect();
        if !contacts.iter().any(|c| c.community.is_some()) {
            return;
        }
        for community in communities {
            let served = contacts.iter().any(|c| {
                (c.phone.is_some() || c.url.is_some())
                    && c.community.as_ref().is_none_or(|own| own.id == *community)
            });
            if !served {
                let at = Ref::place(span.clone());
                self.push(
                    self.error(
                        format!(
                            "outcome `{}` leaves the `{community}` community without help",
                            outcome.id.id
                        ),
                        &at,
                    )
                    .with_label("these contacts serve only other communities")
                    .with_help(format!(
                        "add a contact with `community = \"{community}\"`, or one for everyone"
                    )),
                );
            }
        }
    }

    /// No dead ends: an outcome whose contacts all exist offers a number or an address.
    fn check_actionable(&mut self, outcome: &Outcome) {
        let flow = self.flow;
        let known: Vec<_> = outcome
            .contacts
            .iter()
            .filter_map(|c| flow.contact(&c.id))
            .collect();
        if !known.is_empty()
            && known.len() == outcome.contacts.len()
            && known.iter().all(|c| c.phone.is_none() && c.url.is_none())
        {
            let at = Ref::place(outcome.contacts_span.clone());
            self.push(
                self.error(
                    format!("outcome `{}` offers nothing to act on", outcome.id.id),
                    &at,
                )
                .with_label("none of these contacts has a number or a web address")
                .with_help("every outcome needs at least one contact with a `phone` or `url`"),
            );
        }
    }

    /// An outcome that sends the material to a reporting number must say so in its warning,
    /// and must not carry a warning that forbids exactly that.
    fn check_forwarding(&mut self, outcome: &Outcome, forward_to: &Ref) {
        let flow = self.flow;
        if !outcome.contacts.iter().any(|c| c.id == forward_to.id) {
            let listed: Vec<&str> = outcome.contacts.iter().map(|c| c.id.as_str()).collect();
            self.unknown(
                "`forward-to` contact",
                forward_to,
                "not one of this outcome's contacts",
                listed,
            );
        } else if flow
            .contact(&forward_to.id)
            .is_some_and(|c| c.phone.is_none())
        {
            self.push(
                self.error(
                    format!("`forward-to` contact `{}` has no number", forward_to.id),
                    forward_to,
                )
                .with_label("the material is forwarded to a number".to_owned()),
            );
        }
        match &flow.forward_warning {
            None => self.push(
                self.error(
                    format!(
                        "outcome `{}` names `forward-to` but the flow sets no `forward-warning`",
                        outcome.id.id
                    ),
                    forward_to,
                )
                .with_help(
                    "add `forward-warning = \"...\"` to `[flow]`: the warning that allows \
                     sending the material to this number only",
                ),
            ),
            Some(forward) if !outcome.warnings.iter().any(|w| w.id == forward.id) => {
                let at = Ref::place(outcome.warnings_span.clone());
                self.push(
                    self.error(
                        format!(
                            "outcome `{}` lacks the forwarding warning `{}`",
                            outcome.id.id, forward.id
                        ),
                        &at,
                    )
                    .with_label(
                        "an outcome with `forward-to` must carry the `forward-warning`".to_owned(),
                    ),
                );
            }
            Some(_) => {}
        }
        for required in flow.warnings_required_for(outcome) {
            if let Some(at) = outcome.warnings.iter().find(|w| w.id == required.id) {
                self.push(
                    self.error(
                        format!(
                            "outcome `{}` tells the person to forward the material to `{}`, but \
                             carries `{}`",
                            outcome.id.id, forward_to.id, required.id
                        ),
                        at,
                    )
                    .with_label("this warning forbids what the advice asks")
                    .with_help("carry the `forward-warning` instead"),
                );
            }
        }
    }

    /// Advice fits its reader: once a flow declares audiences, every outcome names one,
    /// and carries no warning meant for another reader only (a victim must never read the
    /// bystander's "sharing it is a crime" about their own images).
    fn check_audience(&mut self, outcome: &Outcome) {
        let flow = self.flow;
        let ids: Vec<&str> = flow.audiences.iter().map(|a| a.id.id.as_str()).collect();
        let own = match &outcome.audience {
            None if flow.audiences.is_empty() => return,
            None => {
                self.push(
                    self.error(
                        format!("outcome `{}` names no `audience`", outcome.id.id),
                        &outcome.id,
                    )
                    .with_label("whom does this advice speak to?")
                    .with_help(format!(
                        "add `audience = \"...\"`, one of: {}",
                        ids.join(", ")
                    )),
                );
                return;
            }
            Some(audience) => {
                let Some(own) = flow.audience(&audience.id) else {
                    self.unknown("audience", audience, "no `[[audience]]` has this id", ids);
                    return;
                };
                own
            }
        };
        for warning in &outcome.warnings {
            if own.warnings.iter().any(|w| w.id == warning.id) {
                continue;
            }
            if let Some(other) = flow
                .audiences
                .iter()
                .find(|a| a.warnings.iter().any(|w| w.id == warning.id))
            {
                self.push(
                    self.error(
                        format!(
                            "outcome `{}` speaks to `{}` but carries `{}`, a warning for `{}`",
                            outcome.id.id, own.id.id, warning.id, other.id.id
                        ),
                        warning,
                    )
                    .with_label("this warning does not fit the reader")
                    .with_help(format!(
                        "carry the warnings of `{}` instead: {}",
                        own.id.id,
                        own.warnings
                            .iter()
                            .map(|w| format!("`{}`", w.id))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }
        }
    }

    fn check_reachability(&mut self) {
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
    fn check_cycles(&mut self) {
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

    fn check_messages(&mut self) {
        let used = self.check_message_references();
        self.check_locale_messages(&used);
    }

    /// Every message id the flow and the interface use exists in every locale.
    fn check_message_references(&mut self) -> HashSet<&'a str> {
        let flow = self.flow;
        let catalog = self.catalog;
        let loaded: Vec<Lang> = catalog.languages().collect();
        // A set of locales may offer fewer languages than meldwijzer speaks, but not none.
        if loaded.is_empty() && !Lang::ALL.iter().any(|&lang| catalog.is_incomplete(lang)) {
            self.found.push(Diagnostic::unlocated(
                "no messages were loaded for any locale".to_owned(),
            ));
        }
        let complete: Vec<Lang> = loaded
            .iter()
            .copied()
            .filter(|&l| !catalog.is_incomplete(l))
            .collect();
        // A flow names the same few hundred messages many times: judge each id once.
        let mut verdicts: HashMap<&'a str, (bool, Vec<Lang>)> = HashMap::default();
        for at in flow.message_refs() {
            let (valid, missing) = verdicts.entry(at.id.as_str()).or_insert_with(|| {
                let valid = is_message_id(&at.id);
                let missing = if valid {
                    complete
                        .iter()
                        .copied()
                        .filter(|&l| !catalog.has(l, &at.id))
                        .collect()
                } else {
                    Vec::new()
                };
                (valid, missing)
            });
            if !*valid {
                self.push(
                    self.error(format!("invalid message id `{}`", shown(&at.id)), at)
                        .with_label(
                            "a message id starts with a letter, then letters, digits, `-` and `_`",
                        ),
                );
            }
            for &lang in missing.iter() {
                self.push(
                    self.error(
                        format!("message `{}` is missing from locale `{lang}`", at.id),
                        at,
                    )
                    .with_help(format!(
                        "add `{} = ...` to a file in the `{lang}` locale folder",
                        at.id
                    )),
                );
            }
        }
        for &lang in &complete {
            for (id, _) in ui_text::UI_MESSAGES {
                if !catalog.has(lang, id) {
                    self.found.push(
                        Diagnostic::unlocated(format!(
                            "interface message `{id}` is missing from locale `{lang}`"
                        ))
                        .with_help(format!(
                            "add `{id} = ...` to a file in the `{lang}` locale folder"
                        )),
                    );
                }
            }
        }
        verdicts.into_keys().collect()
    }

    /// The locales' own messages: known variables, existing references, and used.
    fn check_locale_messages(&mut self, used: &HashSet<&str>) {
        let catalog = self.catalog;
        let loaded: Vec<Lang> = catalog.languages().collect();
        let messages: Vec<(Lang, &str, &crate::catalog::MessageInfo)> = loaded
            .iter()
            .flat_map(|&lang| {
                catalog
                    .messages(lang)
                    .map(move |(id, info)| (lang, id, info))
            })
            .collect();
        let first_finding = self.found.len();
        let referenced: HashSet<&str> = messages
            .iter()
            .flat_map(|(_, _, info)| info.references.iter().map(String::as_str))
            .collect();
        for (lang, id, info) in messages {
            let span = info.offset..info.offset + info.id_len;
            let allowed = ui_text::variables(id).unwrap_or(&[]);
            for variable in &info.variables {
                if !allowed.contains(&variable.as_str()) {
                    let help = if allowed.is_empty() {
                        "this message gets no variables".to_owned()
                    } else {
                        format!(
                            "it may use: {}",
                            allowed
                                .iter()
                                .map(|v| format!("${v}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    self.found.push(
                        Diagnostic::error(
                            format!("message `{id}` uses unknown variable `${variable}`"),
                            &info.file,
                            span.clone(),
                        )
                        .with_help(help),
                    );
                }
            }
            for reference in &info.references {
                if !catalog.has(lang, reference) {
                    self.found.push(Diagnostic::error(
                        format!("message `{id}` refers to `{reference}`, which locale `{lang}` does not define"),
                        &info.file,
                        span.clone(),
                    ));
                }
            }
            if !used.contains(id) && ui_text::variables(id).is_none() && !referenced.contains(id) {
                self.found.push(
                    Diagnostic::warning(format!("message `{id}` is never used"), &info.file, span)
                        .with_label("neither the flow nor the interface uses it"),
                );
            }
        }
        // Messages come out of hash maps in no order: report the findings in file order.
        self.found[first_finding..].sort_by(|a, b| {
            let place = |d: &Diagnostic| {
                d.location
                    .as_ref()
                    .map(|l| (l.file.name().to_owned(), l.span.start))
            };
            place(a).cmp(&place(b))
        });
    }
}

/// `a → b → c → a`, with the middle left out of very long cycles.
fn shorten_path(path: &[&str]) -> String {
    if path.len() <= 8 {
        return path.join(" → ");
    }
    let head = path[..3].join(" → ");
    let tail = path[path.len() - 3..].join(" → ");
    format!("{head} → … ({} more) … → {tail}", path.len() - 6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_letters_digits_dashes_and_underscores() {
        assert!(is_valid_id("nl-what_2"));
        assert!(!is_valid_id("a=b"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn dates_are_iso() {
        assert!(is_date("2026-11-25"));
        assert!(!is_date("25-11-2026"));
    }

    #[test]
    fn long_cycles_are_shortened() {
        let path: Vec<String> = (0..20).map(|i| format!("q{i}")).collect();
        let refs: Vec<&str> = path.iter().map(String::as_str).collect();
        assert_eq!(
            shorten_path(&refs),
            "q0 → q1 → q2 → … (14 more) … → q17 → q18 → q19"
        );
    }
}
