//! Outcomes: contacts to act on, the warnings their reader needs, forwarding, audiences.

use super::Validator;
use crate::flow::{Outcome, Ref};

impl Validator<'_> {
    pub(super) fn check_outcomes(&mut self) {
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
    pub(super) fn check_communities(
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
    pub(super) fn check_actionable(&mut self, outcome: &Outcome) {
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
    pub(super) fn check_forwarding(&mut self, outcome: &Outcome, forward_to: &Ref) {
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
    pub(super) fn check_audience(&mut self, outcome: &Outcome) {
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
}
