//! meldwijzer's behaviour as a person or a script sees it: one test binary, one module per
//! concern, all running the real executable.

mod accessibility;
mod browser;
mod build;
mod check;
mod ecosystem;
mod exports;
mod fixtures;
mod freshness;
mod hardening;
mod interactive;
mod locales;
mod privacy;
mod properties;
mod records;
mod routes;
mod scenarios;
mod schemas;
mod scripted;
mod situations;
mod sources;
mod support;
