//! The translations are complete: Dutch, English and French define the same messages.

use std::collections::BTreeSet;

use meldwijzer::Lang;
use meldwijzer::guide::{FlowInput, Guide, LocalesInput};

fn ids(guide: &Guide, lang: Lang) -> BTreeSet<String> {
    guide
        .catalog
        .messages(lang)
        .map(|(id, _)| id.to_owned())
        .collect()
}

#[test]
fn every_language_defines_the_same_messages() {
    let dir = super::support::root().join("locales");
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Dir(dir))
        .expect("valid")
        .0;
    assert_eq!(
        guide.catalog.languages().collect::<Vec<_>>(),
        Lang::ALL,
        "three languages on disk"
    );
    let nl = ids(&guide, Lang::Nl);
    for lang in [Lang::En, Lang::Fr] {
        let other = ids(&guide, lang);
        assert_eq!(
            nl.difference(&other).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "only in nl, not in {lang}"
        );
        assert_eq!(
            other.difference(&nl).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "only in {lang}, not in nl"
        );
    }
}

#[test]
fn every_locale_file_on_disk_is_embedded() {
    let root = super::support::root();
    let mut on_disk = BTreeSet::new();
    for lang in Lang::ALL {
        for entry in
            std::fs::read_dir(root.join("locales").join(lang.code())).expect("locale folder")
        {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let relative = path
                    .strip_prefix(&root)
                    .expect("inside the project")
                    .display()
                    .to_string();
                on_disk.insert(relative);
            }
        }
    }
    let embedded: BTreeSet<String> = meldwijzer::embedded::LOCALES
        .iter()
        .map(|(_, name, _)| (*name).to_owned())
        .collect();
    assert_eq!(
        on_disk, embedded,
        "a locale file on disk is missing from src/embedded.rs, or the other way round"
    );
}
