//! The advice as text for people: the outcome screen and the scripted text output.

use meldwijzer::advice::{Advice, ContactView};
use meldwijzer::flow::ContactKind;
use meldwijzer::{Guide, Lang};

use super::style::{Style, wrap};

/// Renders `advice` with the interface texts of `lang`.
pub(crate) fn render(guide: &Guide, lang: Lang, advice: &Advice, style: Style) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let mut lines: Vec<String> = Vec::new();
    lines.push(style.alert(&guide.emergency_line(lang)));
    lines.push(String::new());
    lines.extend(wrap(&advice.title, "", "").iter().map(|l| style.title(l)));
    lines.extend(wrap(&advice.summary, "", ""));

    lines.push(String::new());
    lines.push(style.heading(&ui("ui-contacts")));
    for (n, contact) in advice.contacts.iter().enumerate() {
        contact_lines(&mut lines, guide, lang, n + 1, contact, style);
    }
    bullets(
        &mut lines,
        &ui("ui-note-down"),
        &advice.notes,
        "-",
        style,
        false,
    );
    bullets(
        &mut lines,
        &ui("ui-after"),
        &advice.after,
        "-",
        style,
        false,
    );
    bullets(
        &mut lines,
        &ui("ui-warnings"),
        &advice.warnings,
        "!",
        style,
        true,
    );

    if !advice.answers.is_empty() {
        lines.push(String::new());
        lines.push(style.heading(&ui("ui-answers")));
        for answer in &advice.answers {
            lines.extend(wrap(&answer.question_text, "  ", "  "));
            lines.extend(wrap(&answer.answer_text, "    → ", "      "));
        }
    }

    lines.push(String::new());
    let source = format!("{}: {}", ui("ui-source"), advice.source.citation());
    lines.extend(wrap(&source, "", "  ").iter().map(|l| style.dim(l)));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

fn contact_lines(
    lines: &mut Vec<String>,
    guide: &Guide,
    lang: Lang,
    n: usize,
    contact: &ContactView,
    style: Style,
) {
    let ui = |id: &str| guide.catalog.text(lang, id);
    // The detail that makes the contact what it is is labelled with its kind ("Chat app:
    // +31 ...", "Report form: https://..."); a second detail gets a plain label.
    let kind = ui(&format!("ui-kind-{}", contact.kind.as_str()));
    let (phone_label, url_label) = match contact.kind {
        ContactKind::Phone | ContactKind::Chat => (kind, ui("ui-web")),
        ContactKind::WebForm | ContactKind::Website => (ui("ui-phone"), kind),
        ContactKind::Organisation => (ui("ui-phone"), ui("ui-web")),
    };
    lines.extend(
        wrap(&format!("{n}. {}", contact.name), "  ", "     ")
            .iter()
            .map(|l| style.title(l)),
    );
    if let Some(phone) = contact.phone_with_dial() {
        lines.push(format!("     {phone_label}: {}", style.key(&phone)));
    }
    if let Some(url) = &contact.url {
        lines.push(format!("     {url_label}: {}", style.key(url)));
    }
    lines.extend(wrap(
        &format!("{}: {}", ui("ui-when"), contact.use_when),
        "     ",
        "       ",
    ));
    if let Some(hours) = &contact.hours {
        lines.extend(wrap(
            &format!("{}: {hours}", ui("ui-hours")),
            "     ",
            "       ",
        ));
    }
    lines.push(style.dim(&format!(
        "     ({} {})",
        ui("ui-verified"),
        contact.verified
    )));
}

fn bullets(
    lines: &mut Vec<String>,
    heading: &str,
    items: &[String],
    mark: &str,
    style: Style,
    alert: bool,
) {
    if items.is_empty() {
        return;
    }
    lines.push(String::new());
    lines.push(style.heading(heading));
    for item in items {
        for line in wrap(item, &format!("  {mark} "), "    ") {
            lines.push(if alert { style.alert(&line) } else { line });
        }
    }
}
