//! Identifiers and the flow's header: ids that are valid and unique, the start, the emergency
//! contact, the required warnings, dates, and text that a terminal would act on.

use rustc_hash::FxHashMap as HashMap;

use super::{Validator, is_date, is_valid_id, shown};
use crate::flow::{Node, Ref};
use crate::sanitize;

impl Validator<'_> {
    pub(super) fn check_ids(&mut self) {
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

    pub(super) fn check_header(&mut self) {
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
                let ids = flow.question_ids();
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
    pub(super) fn check_date(&mut self, date: &Ref) {
        if !is_date(&date.id) {
            self.push(
                self.error(format!("invalid date `{}`", date.id), date)
                    .with_label("expected YYYY-MM-DD".to_owned()),
            );
        }
    }

    /// Data shown as it is (numbers, addresses, paths) must be non-empty, one line, and free
    /// of anything a terminal would act on.
    pub(super) fn check_clean(&mut self, value: &Ref, what: &str, owner: &str) {
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
}
