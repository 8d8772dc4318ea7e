//! The default flow and locales, compiled into the binary so that an installed meldwijzer
//! works from any folder.

use crate::lang::Lang;

/// Name under which the embedded flow is reported.
pub const FLOW_NAME: &str = "flows/default.toml";

/// The default flow.
pub const FLOW: &str = include_str!("../flows/default.toml");

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
];
