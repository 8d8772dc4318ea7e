//! The case record at the end of a run, as staff notes: when, which case, the route with
//! its answer ids, the advice given, and which program and flow gave it. Compact enough to
//! paste into a case file.

use meldwijzer::record::CaseRecord;
use meldwijzer::{Guide, Lang};

use super::document::{Document, Markup};
use crate::app::contact_line::contact_line;

/// The record in `lang`, as notes.
pub(crate) fn render(guide: &Guide, lang: Lang, record: &CaseRecord, markup: Markup) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| guide.catalog.label(lang, &ui(id));
    let advice = &record.advice;
    let mut doc = Document::new(markup);
    doc.heading(&ui("ui-record-title"));
    doc.labelled(&label("ui-record-time"), &record.recorded_at);
    if let Some(case_ref) = &record.case_ref {
        doc.labelled(&label("ui-record-case-ref"), case_ref);
    }
    if let Some(note) = &record.note {
        doc.labelled(&label("ui-record-note"), note);
    }
    doc.list_label(&label("ui-record-route"));
    for answer in &advice.answers {
        doc.item(
            &format!(
                "[{}={}] {} → {}",
                answer.question, answer.answer, answer.question_text, answer.answer_text
            ),
            0,
        );
    }
    doc.end_list();
    doc.labelled(
        &label("ui-record-outcome"),
        &format!("[{}] {}", advice.outcome, advice.title),
    );
    doc.labelled(
        &label("ui-record-contacts"),
        &advice
            .contacts
            .iter()
            .map(|c| contact_line(guide, lang, c))
            .collect::<Vec<_>>()
            .join("; "),
    );
    doc.labelled(&label("ui-record-warnings"), &advice.warnings.join(" "));
    doc.labelled(&label("ui-source"), &advice.source.citation());
    doc.paragraph(&guide.catalog.format(
        lang,
        "ui-record-program",
        &[
            ("version", &record.meldwijzer_version),
            ("date", &advice.verified),
            ("fingerprint", &record.flow_fingerprint),
        ],
    ));
    doc.finish()
}
