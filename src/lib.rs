//! meldwijzer's core: the flow model, loading and validation, localisation and walking the
//! tree. Nothing in this crate knows about terminals, prompts or command-line flags; the
//! front-ends in the binary sit on top of it.

pub mod advice;
pub mod catalog;
pub mod diagnostic;
pub mod embedded;
pub mod flow;
pub mod guide;
pub mod lang;
pub mod limits;
pub mod loader;
pub mod routes;
pub mod sanitize;
pub mod source_file;
pub mod suggestion;
pub mod ui_text;
pub mod validator;
pub mod walker;

pub use advice::Advice;
pub use catalog::Catalog;
pub use diagnostic::{Diagnostic, Severity};
pub use flow::Flow;
pub use guide::Guide;
pub use guide::{FlowInput, LocalesInput};
pub use lang::Lang;
pub use walker::Walker;
