//! The case summary at the end of a run: the answers given and the advice, compact enough
//! to paste into case notes.

use meldwijzer::{Advice, Guide, Lang};

use super::document::{Document, Markup};
use super::paths::contact_line;

/// The summary of `advice` in `lang`.
pub(crate) fn render(guide: &Guide, lang: Lang, advice: &Advice, markup: Markup) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| guide.catalog.label(lang, &ui(id));
    let mut doc = Document::new(markup);
    doc.heading(&ui("ui-summary-title"));
    doc.list_label(&label("ui-answers"));
    for answer in &advice.answers {
        doc.item(
            &format!("{} → {}", answer.question_text, answer.answer_text),
            0,
        );
    }
    doc.end_list();
    doc.labelled(&label("ui-summary-advice"), &advice.title);
    doc.labelled(
        &label("ui-contacts"),
        &advice
            .contacts
            .iter()
            .map(|c| contact_line(guide, lang, c))
            .collect::<Vec<_>>()
            .join("; "),
    );
    doc.labelled(&label("ui-warnings"), &advice.warnings.join(" "));
    doc.labelled(&label("ui-source"), &advice.source.citation());
    doc.paragraph(
        &guide
            .catalog
            .format(lang, "ui-flow-verified", &[("date", &advice.verified)]),
    );
    doc.finish()
}
