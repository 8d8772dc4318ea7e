//! Sources and contacts: every number and address among its source's recorded facts, and
//! only the characters a call link keeps.

use rustc_hash::FxHashSet as HashSet;

use super::{Validator, shown};
use crate::country::Country;
use crate::flow::{Contact, ContactKind};
use crate::lang::Lang;
use crate::sanitize;

impl Validator<'_> {
    pub(super) fn check_sources_and_contacts(&mut self) {
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

    /// A contact's source, date and details: reachable, clean, and in its source's record.
    pub(super) fn check_contact(&mut self, contact: &Contact, source_ids: &[&str]) {
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
    pub(super) fn check_country(&mut self, contact: &Contact) {
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

    /// A phone number holds only what people write in one: digits, spaces, `+`, `-`, `(`,
    /// `)` and `/`. Anything else would be dropped from its call link (`tel:`) without a
    /// word, so that the link and the number shown differ.
    pub(super) fn check_phone_numbers(&mut self) {
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
}
