mod action;
mod confirm;
mod custom_type;
#[cfg(feature = "date")]
mod dateselect;
#[cfg(feature = "editor")]
mod editor;
mod multiselect;
mod one_liners;
mod password;
mod prompt;
mod select;
#[cfg(test)]
pub(crate) mod test;
mod text;

pub use action::*;
pub use confirm::*;
pub use custom_type::*;
#[cfg(feature = "date")]
pub use dateselect::*;
#[cfg(feature = "editor")]
pub use editor::*;
pub use multiselect::*;
#[cfg(feature = "one-liners")]
pub use one_liners::*;
pub use password::*;
pub use select::*;
pub use text::*;
