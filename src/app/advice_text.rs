//! The advice as text for people: the outcome screen and the scripted text output.

use meldwijzer::advice::{Advice, ContactView};
use meldwijzer::flow::ContactKind;
use meldwijzer::{Guide, Lang};

use super::style::Style;

/// Renders `advice` with the interface texts of `lang`.
pub(crate) fn render(guide: &Guide, lang: Lang, advice: &Advice, style: Style) -> String {
    let ui = |id: &str| guide.catalog.text(lang, id);
    let label = |id: &str| guide.catalog.label(lang, &ui(id));
    let mut lines: Vec<String> = Vec::new();
    lines.extend(emergency(guide, lang, style));
    lines.push(String::new());
    // The action first: what to do and whom to contact, then why and how.
    lines.extend(
        style
            .wrap(&advice.title, "", "")
            .iter()
            .map(|l| style.title(l)),
    );
    lines.push(String::new());
    lines.push(style.heading(&ui("ui-contacts")));
    for (n, contact) in advice.contacts.iter().enumerate() {
        contact_lines(&mut lines, guide, lang, n + 1, contact, style);
    }
    lines.push(String::new());
    lines.extend(style.wrap(&advice.summary, "", ""));
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
    // Help afterwards comes last: it must never push the action off the first screen.
    let support: Vec<String> = advice
        .support
        .iter()
        .map(|c| super::contact_line::support_line(guide, lang, c))
        .collect();
    bullets(&mut lines, &ui("ui-support"), &support, "-", style, false);

    if !advice.answers.is_empty() {
        lines.push(String::new());
        lines.push(style.heading(&ui("ui-answers")));
        for answer in &advice.answers {
            lines.extend(style.wrap(&answer.question_text, "  ", "  "));
            lines.extend(style.wrap(&answer.answer_text, "    → ", "      "));
        }
    }

    lines.push(String::new());
    let source = format!("{} {}", label("ui-source"), advice.source.citation());
    lines.extend(style.wrap(&source, "", "  ").iter().map(|l| style.dim(l)));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The emergency line, wrapped and marked: the first thing on every screen.
pub(crate) fn emergency(guide: &Guide, lang: Lang, style: Style) -> Vec<String> {
    style
        .wrap(&guide.emergency_line(lang), "", "")
        .iter()
        .map(|line| style.alert(line))
        .collect()
}

/// The advice in two lines, for the bottom of a screen that has scrolled: the title, and
/// the first contact with its number or address.
pub(crate) fn recap(guide: &Guide, lang: Lang, advice: &Advice, style: Style) -> Vec<String> {
    let mut lines: Vec<String> = style
        .wrap(&advice.title, "→ ", "  ")
        .iter()
        .map(|l| style.title(l))
        .collect();
    if let Some(contact) = advice.contacts.first() {
        let text = super::contact_line::contact_line(guide, lang, contact);
        lines.extend(style.wrap(&text, "  ", "  ").iter().map(|l| style.key(l)));
    }
    lines
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
        style
            .wrap(&format!("{n}. {}", contact.name), "  ", "     ")
            .iter()
            .map(|l| style.title(l)),
    );
    let details = [
        // With where it works: "only from Belgium", or its form from abroad.
        (
            phone_label,
            super::contact_line::phone_line(guide, lang, contact),
        ),
        (url_label, contact.url.clone()),
    ];
    for (name, value) in details {
        if let Some(value) = value {
            for line in style.wrap(
                &format!("{} {value}", guide.catalog.label(lang, &name)),
                "     ",
                "       ",
            ) {
                lines.push(style.key(&line));
            }
        }
    }
    lines.extend(style.wrap(
        &format!(
            "{} {}",
            guide.catalog.label(lang, &ui("ui-when")),
            contact.use_when
        ),
        "     ",
        "       ",
    ));
    if let Some(community) = &contact.community {
        let language = guide
            .catalog
            .format(lang, "ui-community", &[("community", community)]);
        lines.extend(style.wrap(&language, "     ", "       "));
    }
    if let Some(hours) = &contact.hours {
        lines.extend(style.wrap(
            &format!("{} {hours}", guide.catalog.label(lang, &ui("ui-hours"))),
            "     ",
            "       ",
        ));
    }
    // Wrapped like every other line, so that it fits a narrow screen too.
    let verified = format!("({} {})", ui("ui-verified"), contact.verified);
    lines.extend(
        style
            .wrap(&verified, "     ", "      ")
            .iter()
            .map(|line| style.dim(line)),
    );
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
        for line in style.wrap(item, &format!("  {mark} "), "    ") {
            lines.push(if alert { style.alert(&line) } else { line });
        }
    }
}
