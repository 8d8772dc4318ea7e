//! The interface's own messages: every id the front-ends ask the catalog for, with the
//! variables each may use. Validation checks every locale against this list.

/// An interface message: its id and the variables it may use.
pub type UiMessage = (&'static str, &'static [&'static str]);

/// Every interface message.
pub const UI_MESSAGES: &[UiMessage] = &[
    ("ui-emergency", &["phone"]),
    ("ui-intro", &[]),
    ("ui-back", &[]),
    ("ui-restart", &[]),
    ("ui-quit", &[]),
    ("ui-prompt-hint", &[]),
    ("ui-what-next", &[]),
    ("ui-goodbye", &[]),
    ("ui-contacts", &[]),
    ("ui-note-down", &[]),
    ("ui-after", &[]),
    ("ui-warnings", &[]),
    ("ui-answers", &[]),
    ("ui-source", &[]),
    ("ui-phone", &[]),
    ("ui-web", &[]),
    ("ui-when", &[]),
    ("ui-hours", &[]),
    ("ui-verified", &[]),
    ("ui-kind-phone", &[]),
    ("ui-kind-chat", &[]),
    ("ui-kind-web-form", &[]),
    ("ui-kind-website", &[]),
    ("ui-kind-organisation", &[]),
    ("ui-routes", &["count"]),
    ("ui-routes-many", &["count"]),
    ("ui-routes-shown", &["shown", "count"]),
    ("ui-route", &["number"]),
    ("ui-script-title", &[]),
    ("ui-script-intro", &[]),
    ("ui-step", &["number"]),
    ("ui-advice", &["number"]),
    ("ui-go-to-step", &["number"]),
    ("ui-give-advice", &["number"]),
    ("ui-flow-verified", &["date"]),
    ("ui-contacts-title", &[]),
    ("ui-summary-title", &[]),
    ("ui-summary-advice", &[]),
    ("ui-summary-written", &["file"]),
    ("ui-replay-prepared", &[]),
    ("ui-replay-continue", &[]),
    ("ui-diff-added", &[]),
    ("ui-diff-removed", &[]),
    ("ui-diff-changed", &[]),
    ("ui-diff-ends-in", &["outcome"]),
    ("ui-diff-outcome", &["old", "new"]),
    ("ui-diff-contacts", &["old", "new"]),
    ("ui-diff-text", &[]),
    ("ui-diff-none", &[]),
    ("ui-diff-total", &["added", "removed", "changed"]),
    ("ui-diff-partial", &["compared"]),
];

/// The variables interface message `id` may use, or `None` if `id` is not one.
pub fn variables(id: &str) -> Option<&'static [&'static str]> {
    UI_MESSAGES
        .iter()
        .find(|(ui, _)| *ui == id)
        .map(|(_, vars)| *vars)
}
