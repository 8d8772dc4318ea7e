//! Facts must be exact: every number and address in the default flow appears, character
//! for character, in the source file its contact names.

use meldwijzer::guide::{FlowInput, Guide, LocalesInput};

use super::support::root;

fn guide() -> Guide {
    Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0
}

fn source_text(guide: &Guide, source_id: &str) -> String {
    let source = guide.flow.source(source_id).expect("known source");
    let path = root().join(&source.file.id);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("source {} ({}): {e}", source_id, path.display()))
}

#[test]
fn every_source_file_exists() {
    let guide = guide();
    for source in &guide.flow.sources {
        assert!(
            root().join(&source.file.id).is_file(),
            "missing source file {}",
            source.file.id
        );
    }
}

#[test]
fn every_phone_number_is_written_as_in_its_source() {
    let guide = guide();
    for contact in &guide.flow.contacts {
        if let Some(phone) = &contact.phone {
            let text = source_text(&guide, &contact.source.id);
            assert!(
                text.contains(&phone.id),
                "{}: `{}` is not in its source {}",
                contact.id.id,
                phone.id,
                contact.source.id
            );
        }
    }
}

#[test]
fn every_web_address_is_written_as_in_its_source() {
    let guide = guide();
    for contact in &guide.flow.contacts {
        if let Some(url) = &contact.url {
            let text = source_text(&guide, &contact.source.id);
            // Sources cite some pages without the scheme.
            let bare = url.id.trim_start_matches("https://");
            assert!(
                text.contains(&url.id) || text.contains(bare),
                "{}: `{}` is not in its source",
                contact.id.id,
                url.id
            );
        }
    }
}

#[test]
fn facts_md_pages_named_by_sources_are_cited_in_facts_md() {
    let guide = guide();
    for source in &guide.flow.sources {
        if let Some(page) = source.page.as_ref().map(|p| &p.id) {
            let text = source_text(&guide, &source.id.id);
            assert!(
                text.contains(page.as_str()),
                "{}: page `{page}` is not cited in {}",
                source.id.id,
                source.file.id
            );
        }
    }
}

#[test]
fn unverified_facts_are_not_presented_as_numbers() {
    // facts.md lists these as still to verify: no contact may carry a number for them.
    let guide = guide();
    for contact in &guide.flow.contacts {
        if ["stop-it-now", "off-limits"].contains(&contact.id.id.as_str()) {
            assert!(
                contact.phone.is_none() && contact.url.is_none(),
                "{} has unverified details",
                contact.id.id
            );
        }
        assert_ne!(
            contact.phone.as_ref().map(|p| p.id.as_str()),
            Some("101"),
            "the Belgian 101 is unverified"
        );
    }
}
