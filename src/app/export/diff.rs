//! `meldwijzer diff`: the differences between two flows, route by route.

use meldwijzer::comparison::{Change, Comparison, RouteKey, rewordings};
use meldwijzer::{Guide, Lang};

use super::document::{Document, Markup};

fn route(key: &RouteKey) -> String {
    key.iter()
        .map(|(q, a)| format!("{q}={a}"))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// The comparison as text; `guide` supplies the interface texts.
pub(crate) fn render(guide: &Guide, lang: Lang, comparison: &Comparison) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| guide.catalog.label(lang, &ui(id));
    let f = |id: &str, args: &[(&str, &str)]| guide.catalog.format(lang, id, args);
    let mut doc = Document::new(Markup::Text);
    let (mut added, mut removed, mut changed) = (0, 0, 0);
    for change in &comparison.changes {
        match change {
            Change::Added(key, end) | Change::Removed(key, end) => {
                let word = if matches!(change, Change::Added(..)) {
                    added += 1;
                    "ui-diff-added"
                } else {
                    removed += 1;
                    "ui-diff-removed"
                };
                let ends_in = f("ui-diff-ends-in", &[("outcome", &end.outcome)]);
                doc.item(&format!("{} {} ({ends_in})", label(word), route(key)), 0);
            }
            Change::Changed(key, ends) => {
                changed += 1;
                let (old, new) = ends.as_ref();
                doc.item(&format!("{} {}", label("ui-diff-changed"), route(key)), 0);
                if old.outcome != new.outcome {
                    doc.item(
                        &f(
                            "ui-diff-outcome",
                            &[("old", &old.outcome), ("new", &new.outcome)],
                        ),
                        1,
                    );
                }
                if old.contacts != new.contacts {
                    doc.item(
                        &f(
                            "ui-diff-contacts",
                            &[
                                ("old", &old.contacts.join(", ")),
                                ("new", &new.contacts.join(", ")),
                            ],
                        ),
                        1,
                    );
                }
                if old.outcome == new.outcome && old.text != new.text {
                    doc.item(&ui("ui-diff-text"), 1);
                    // Each sentence that changed, before and after, in every language.
                    for change in rewordings(old, new) {
                        doc.item(
                            &f(
                                "ui-diff-reworded",
                                &[
                                    ("lang", change.lang),
                                    ("part", change.part),
                                    ("message", change.message),
                                ],
                            ),
                            2,
                        );
                        let absent = ui("ui-diff-absent");
                        let before = change.old.unwrap_or(&absent);
                        let after = change.new.unwrap_or(&absent);
                        doc.item(&f("ui-diff-before", &[("text", before)]), 3);
                        doc.item(&f("ui-diff-after", &[("text", after)]), 3);
                    }
                }
            }
        }
    }
    doc.end_list();
    if comparison.changes.is_empty() {
        doc.paragraph(&ui("ui-diff-none"));
    } else {
        let (a, r, c) = (added.to_string(), removed.to_string(), changed.to_string());
        doc.paragraph(&f(
            "ui-diff-total",
            &[("added", &a), ("removed", &r), ("changed", &c)],
        ));
    }
    if comparison.truncated {
        // Stopped by the size of the listing, not by `--limit`: a larger limit would not help.
        let answers: usize = comparison.changes.iter().map(|c| c.route().len()).sum();
        let id = if answers >= meldwijzer::comparison::ANSWER_BUDGET {
            "ui-diff-partial-long"
        } else {
            "ui-diff-partial"
        };
        doc.paragraph(&f(
            id,
            &[
                ("compared", &comparison.changes.len().to_string()),
                ("answers", &answers.to_string()),
            ],
        ));
    }
    doc.finish()
}
