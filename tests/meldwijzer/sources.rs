//! Facts must be exact. The flow carries its own record of sources (publisher, public
//! address, date read, and the exact numbers and addresses each page supports); these tests
//! hold every contact and every sentence to that record, with nothing outside the project.
//!
//! One test compares the record with stored copies of the pages. It needs those copies, so
//! it is ignored by default; `.ci/run` runs it when they are there.

use std::collections::BTreeSet;
use std::path::Path;

use meldwijzer::guide::{FlowInput, Guide, LocalesInput};

use super::support::root;

fn guide() -> Guide {
    Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0
}

/// Every fact of every source in the flow's record.
fn recorded_facts(guide: &Guide) -> BTreeSet<String> {
    guide
        .flow
        .sources
        .iter()
        .flat_map(|s| s.facts.iter().map(|f| f.id.to_string()))
        .collect()
}

/// Runs of digits (with the spaces, hyphens, brackets and `+` a phone number is written
/// with) that hold at least three digits: every phone number a sentence can contain.
fn numbers_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() {
            let c = chars[end];
            let joins = matches!(c, ' ' | '-' | '(' | ')')
                && chars
                    .get(end + 1)
                    .is_some_and(|n| n.is_ascii_digit() || *n == '0' || *n == '(');
            if c.is_ascii_digit() || joins {
                end += 1;
            } else {
                break;
            }
        }
        let token: String = chars[i..end].iter().collect();
        let token = token.trim_end_matches([' ', '-', '(']).to_owned();
        if token.chars().filter(char::is_ascii_digit).count() >= 3 {
            found.push(token);
        }
        i = end;
    }
    found
}

/// Web addresses and bare domain names (`stopchildporno.be`) in a sentence.
fn addresses_in(text: &str) -> Vec<String> {
    const ENDINGS: [&str; 10] = [
        ".nl",
        ".be",
        ".org",
        ".eu",
        ".brussels",
        ".de",
        ".lu",
        ".fr",
        ".net",
        ".uk",
    ];
    text.split(|c: char| c.is_whitespace() || "(),;\"'".contains(c))
        .map(|word| word.trim_end_matches(['.', ':', '!', '?']))
        .filter(|word| {
            word.starts_with("http")
                || ENDINGS.iter().any(|e| {
                    word.to_ascii_lowercase().contains(&format!("{e}/"))
                        || word.to_ascii_lowercase().ends_with(e)
                })
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_number_finder_finds_numbers_as_people_write_them() {
    assert_eq!(
        numbers_in("Bel 116 000, of 0900-8844. Stuur naar +31 (0)6 428 346 35."),
        ["116 000", "0900-8844", "+31 (0)6 428 346 35"]
    );
    assert_eq!(
        numbers_in("bel 101 of 112, 24 uur, 7 dagen"),
        ["101", "112"]
    );
    assert_eq!(
        addresses_in("het meldpunt (stopchildporno.be) en https://www.1712.be."),
        ["stopchildporno.be", "https://www.1712.be"]
    );
}

#[test]
fn every_contact_detail_is_a_fact_of_its_own_source() {
    let guide = guide();
    for contact in &guide.flow.contacts {
        let source = guide.flow.source(&contact.source.id).expect("known source");
        for value in contact.phone.iter().chain(&contact.url) {
            assert!(
                source.supports(&value.id),
                "{}: `{}` is not among the facts of {}",
                contact.id.id,
                value.id,
                source.id.id
            );
        }
    }
}

#[test]
fn every_number_and_address_in_the_texts_is_in_the_record() {
    let guide = guide();
    let facts = recorded_facts(&guide);
    let langs: Vec<_> = guide.catalog.languages().collect();
    assert!(langs.len() >= 2, "every language is checked");
    for lang in langs {
        for (id, _) in guide.catalog.messages(lang) {
            let text = guide.catalog.text(lang, id);
            for number in numbers_in(&text) {
                assert!(
                    facts.contains(&number),
                    "{}: `{id}` writes `{number}`, which no source records",
                    lang.code()
                );
            }
            for address in addresses_in(&text) {
                assert!(
                    // Domain names are case-insensitive: `StopNCII.org` is `stopncii.org`.
                    facts
                        .iter()
                        .any(|f| f.to_lowercase().contains(&address.to_lowercase())),
                    "{}: `{id}` names `{address}`, which no source records",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn every_source_names_its_publisher_a_public_address_and_the_date_it_was_read() {
    let guide = guide();
    for source in &guide.flow.sources {
        assert!(!source.publisher.id.trim().is_empty(), "{}", source.id.id);
        let address = &source.address.id;
        assert!(
            address.contains('.') && !address.contains(' ') && !address.starts_with('.'),
            "{}: `{address}` is not a public address",
            source.id.id
        );
        let is_file = Path::new(address.as_str())
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("txt"));
        assert!(
            !address.contains("shared") && !is_file,
            "{}: `{address}` is a file, not a public page",
            source.id.id
        );
        assert_eq!(source.read.id.len(), 10, "{}", source.id.id);
        assert!(!source.facts.is_empty(), "{}", source.id.id);
    }
}

#[test]
fn unverified_facts_stay_out() {
    // The record's notes mark these as unverified: Off Limits' own phone number and the
    // web address of Stop it Now! in the Netherlands.
    let guide = guide();
    let off_limits = guide.flow.contact("off-limits").expect("off-limits");
    assert!(
        off_limits.phone.is_none(),
        "Off Limits' number is unverified"
    );
    let stop_it_now = guide
        .flow
        .contact("stop-it-now-nl")
        .expect("stop-it-now-nl");
    assert!(
        stop_it_now.url.is_none(),
        "Stop it Now! NL's address is unverified"
    );
}

#[test]
fn nothing_in_the_project_points_outside_it() {
    // Built from parts, so that this file does not name the folder it forbids.
    let outside = ["..", "shared"].join("/");
    let mut offenders = Vec::new();
    for folder in [
        "flows", "locales", "src", "tests", "docs", "examples", "bench",
    ] {
        visit(&root().join(folder), &mut |path, text| {
            if text.contains(&outside) {
                offenders.push(path.display().to_string());
            }
        });
    }
    assert!(
        offenders.is_empty(),
        "these refer to {outside}: {offenders:?}"
    );
}

fn visit(dir: &Path, found: &mut dyn FnMut(&Path, &str)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, found);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            found(&path, &text);
        }
    }
}

/// The record against stored copies of the pages: every fact, and every address that the
/// copies cite, appears in them character for character. `.ci/run` sets
/// `MELDWIJZER_SOURCE_COPIES` to the folder of copies when it has one.
#[test]
#[ignore = "needs the stored page copies; .ci/run runs it when they are there"]
fn the_record_matches_the_stored_page_copies() {
    let folder = std::env::var_os("MELDWIJZER_SOURCE_COPIES")
        .expect("set MELDWIJZER_SOURCE_COPIES to the folder of stored page copies");
    let mut copies = String::new();
    for entry in std::fs::read_dir(&folder).expect("the folder of copies") {
        let path = entry.expect("an entry").path();
        copies.push_str(&std::fs::read_to_string(&path).expect("a text copy"));
        copies.push('\n');
    }
    let guide = guide();
    let mut missing = Vec::new();
    for source in &guide.flow.sources {
        for fact in &source.facts {
            if !copies.contains(fact.id.as_str()) {
                missing.push(format!("{}: fact `{}`", source.id.id, fact.id));
            }
        }
        let address = source.address.id.trim_start_matches("https://");
        if !copies.contains(address) {
            missing.push(format!("{}: address `{address}`", source.id.id));
        }
    }
    assert!(missing.is_empty(), "not in the copies: {missing:#?}");
}
