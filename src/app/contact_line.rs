//! The one place a contact is put in words for a line of text: its name, its number with
//! where that number works, or its address. The advice, the call script, the routes, the
//! case summary, the card of contacts and the web page all take their lines from here.

use meldwijzer::advice::ContactView;
use meldwijzer::{Guide, Lang};

/// `Name: number` or `Name: address` (with the colon of `lang`), or just the name. A
/// number says where it works: only from one country, or how to dial it from abroad.
pub(crate) fn contact_line(guide: &Guide, lang: Lang, contact: &ContactView) -> String {
    match detail(guide, lang, contact) {
        Some(detail) => format!("{} {detail}", guide.catalog.label(lang, &contact.name)),
        None => contact.name.clone(),
    }
}

/// A line of help afterwards: the contact's line, then the language it answers in, where
/// it answers in one (Tele-Onthaal in Dutch, Télé-Accueil in French), so that nobody calls
/// a line that does not speak their language.
pub(crate) fn support_line(guide: &Guide, lang: Lang, contact: &ContactView) -> String {
    let line = contact_line(guide, lang, contact);
    match &contact.community {
        Some(community) => {
            let language = guide
                .catalog
                .format(lang, "ui-community", &[("community", community)]);
            format!("{line} · {language}")
        }
        None => line,
    }
}

/// The one detail to give first: the number (with where it works), else the address.
pub(crate) fn detail(guide: &Guide, lang: Lang, contact: &ContactView) -> Option<String> {
    phone_line(guide, lang, contact).or_else(|| contact.url.clone())
}

/// Where the contact's number works, in words: "only from Belgium", or "from abroad: +31
/// 20 261 52 75"; `None` for numbers that need no such word (112, +31 ...).
pub(crate) fn reach(guide: &Guide, lang: Lang, contact: &ContactView) -> Option<String> {
    if let Some(country) = &contact.reachable_from {
        return Some(
            guide
                .catalog
                .format(lang, "ui-only-from", &[("country", country)]),
        );
    }
    contact.from_abroad.as_ref().map(|number| {
        guide
            .catalog
            .format(lang, "ui-from-abroad", &[("number", number)])
    })
}

/// The contact's number as written, then in brackets the form a phone dials where that
/// differs, and where the number works (`1712 (only from Belgium)`, `020-261 52 75 (from
/// abroad: +31 20 261 52 75)`).
pub(crate) fn phone_line(guide: &Guide, lang: Lang, contact: &ContactView) -> Option<String> {
    let phone = contact.phone_with_dial()?;
    Some(match reach(guide, lang, contact) {
        Some(reach) => format!("{phone} ({reach})"),
        None => phone,
    })
}
