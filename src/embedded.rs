//! The default flow and locales, compiled into the binary so that an installed meldwijzer
//! works from any folder.

use std::sync::Arc;

use crate::lang::Lang;
use crate::source_file::SourceFile;

/// Name under which the embedded flow is reported.
pub const FLOW_NAME: &str = "flows/default.toml";

/// The default flow.
pub const FLOW: &str = include_str!("../flows/default.toml");

/// The JSON Schema of flow files, as shipped (a test keeps it equal to the generated one).
pub const FLOW_SCHEMA: &str = include_str!("../flows/flow.schema.json");

/// The JSON Schema of scenario files, as shipped (a test keeps it equal to the generated one).
pub const SCENARIO_SCHEMA: &str = include_str!("../examples/scenario.schema.json");

/// The default locale files: language, reported name, text.
pub const LOCALES: &[(Lang, &str, &str)] = &[
    (
        Lang::Nl,
        "locales/nl/flow.ftl",
        include_str!("../locales/nl/flow.ftl"),
    ),
    (
        Lang::Nl,
        "locales/nl/ui.ftl",
        include_str!("../locales/nl/ui.ftl"),
    ),
    (
        Lang::En,
        "locales/en/flow.ftl",
        include_str!("../locales/en/flow.ftl"),
    ),
    (
        Lang::En,
        "locales/en/ui.ftl",
        include_str!("../locales/en/ui.ftl"),
    ),
    (
        Lang::Fr,
        "locales/fr/flow.ftl",
        include_str!("../locales/fr/flow.ftl"),
    ),
    (
        Lang::Fr,
        "locales/fr/ui.ftl",
        include_str!("../locales/fr/ui.ftl"),
    ),
];

/// The built-in locale files of `lang`.
pub fn locale_files(lang: Lang) -> Vec<Arc<SourceFile>> {
    LOCALES
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .map(|(_, name, text)| SourceFile::new(*name, *text))
        .collect()
}
