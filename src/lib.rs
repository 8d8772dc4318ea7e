//! meldwijzer's core: the flow model, loading and validation, localisation and walking the
//! tree. Nothing in this crate knows about terminals, prompts or command-line flags; the
//! front-ends in the binary sit on top of it.
//!
//! ```
//! use meldwijzer::{Advice, FlowInput, Guide, Lang, LocalesInput, Walker};
//!
//! let (guide, _warnings) = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
//!     .expect("the built-in flow is valid");
//! let mut walker = Walker::new(&guide.flow).expect("the flow has a start");
//! walker.choose("nl").unwrap();
//! walker.choose("chat-app").unwrap();
//! let outcome = walker.outcome().expect("an outcome is reached");
//! let advice = Advice::new(&guide, Lang::En, walker.steps(), outcome);
//! assert_eq!(advice.contacts[0].phone.as_deref(), Some("+31 (0)6 428 346 35"));
//! assert_eq!(advice.contacts[0].dial.as_deref(), Some("+31642834635"));
//! ```

pub mod advice;
pub mod answers;
mod catalog;
pub mod comparison;
pub mod country;
pub mod diagnostic;
pub mod embedded;
pub mod flow;
pub mod freshness;
pub mod graph;
pub mod guide;
mod lang;
pub mod limits;
pub mod loader;
pub mod phone;
mod prepared;
pub mod record;
pub mod routes;
pub mod sanitize;
pub mod scenario;
pub mod source_file;
pub mod suggestion;
#[cfg(feature = "synthetic")]
pub mod synthetic;
mod ui_text;
mod validator;
pub mod verifier;
pub mod walker;

pub use advice::Advice;
pub use catalog::{Catalog, MessageInfo};
pub use diagnostic::{Diagnostic, Severity};
pub use flow::Flow;
pub use guide::Guide;
pub use guide::{FlowInput, LocalesInput};
pub use lang::Lang;
pub use walker::Walker;
