//! Case records: what a helpline files after a call, so that a record says when the advice
//! was given, by which version of meldwijzer, from which flow and words, and to which case.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

use crate::advice::Advice;
use crate::sanitize;

/// The version of the JSON formats meldwijzer writes; raised when a field changes meaning
/// or goes away (new fields may appear without it).
pub const FORMAT_VERSION: u32 = 1;

/// The version of meldwijzer that made a record.
pub const PROGRAM_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The longest case reference accepted, in characters.
pub const MAX_CASE_REF: usize = 64;

/// The longest note accepted, in characters.
pub const MAX_NOTE: usize = 1000;

/// Where the time of a record comes from.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// The zone of the records: the system's local offset, read once.
    offset: UtcOffset,
    /// A fixed moment instead of the time of day (`SOURCE_DATE_EPOCH`, for reproducible
    /// output).
    fixed: Option<OffsetDateTime>,
}

impl Default for Clock {
    fn default() -> Self {
        Self::local()
    }
}

impl Clock {
    /// The system's clock in its local zone. Read this before any thread starts: the local
    /// offset cannot be read safely later, and UTC is used then.
    pub fn local() -> Self {
        Self {
            offset: UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC),
            fixed: None,
        }
    }

    /// A clock stopped at `seconds` since 1970 (UTC), as `SOURCE_DATE_EPOCH` gives it;
    /// `None` if that is not a whole number of seconds in range.
    pub fn fixed(seconds: &str) -> Option<Self> {
        let seconds: i64 = seconds.trim().parse().ok()?;
        Some(Self {
            offset: UtcOffset::UTC,
            fixed: Some(OffsetDateTime::from_unix_timestamp(seconds).ok()?),
        })
    }

    /// The time now, to the second, with its offset (`2026-11-27T09:30:00+01:00`).
    pub fn now(&self) -> String {
        let now = self
            .fixed
            .unwrap_or_else(|| OffsetDateTime::now_utc().to_offset(self.offset));
        let whole = now.replace_nanosecond(0).unwrap_or(now);
        // RFC 3339 can format every date from year 0 to 9999, the only ones a clock gives.
        whole.format(&Rfc3339).unwrap_or_default()
    }
}

/// A value a staff member typed (a case reference, a note), made safe to store and print:
/// on one line, every control character shown as an escape. `None` if it is longer than
/// `max` characters, so that nothing is cut off unnoticed.
pub fn staff_text(value: &str, max: usize) -> Option<String> {
    let value = value.trim();
    (value.chars().count() <= max).then(|| sanitize::single_line(value).into_owned())
}

/// What a helpline files: the advice given, when, by which program and flow, for which case.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "meldwijzer case record (start --format json)")
)]
pub struct CaseRecord {
    /// The version of this format (1).
    pub format_version: u32,
    /// When the advice was given: RFC 3339, with the zone's offset.
    pub recorded_at: String,
    /// The version of meldwijzer that gave it.
    pub meldwijzer_version: String,
    /// SHA-256 (hex) of the flow and the translations of `lang`: the same print means the
    /// same questions and the same advice, word for word.
    pub flow_fingerprint: String,
    /// The case reference given with `--case-ref`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_ref: Option<String>,
    /// The note given with `--note`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The advice, with the answers that led to it.
    #[serde(flatten)]
    pub advice: Advice,
}

/// What the staff member adds to a record.
#[derive(Debug, Clone, Default)]
pub struct StaffInput {
    /// The case reference.
    pub case_ref: Option<String>,
    /// A note.
    pub note: Option<String>,
}

impl CaseRecord {
    /// The record of `advice`, given at `recorded_at` from a flow with `fingerprint`.
    pub fn new(
        advice: Advice,
        recorded_at: String,
        fingerprint: String,
        staff: StaffInput,
    ) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            recorded_at,
            meldwijzer_version: PROGRAM_VERSION.to_owned(),
            flow_fingerprint: fingerprint,
            case_ref: staff.case_ref,
            note: staff.note,
            advice,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_gives_utc_to_the_second() {
        let clock = Clock::fixed("1796000000").expect("in range");
        assert_eq!(clock.now(), "2026-11-30T00:53:20Z");
        assert!(Clock::fixed("soon").is_none());
    }

    #[test]
    fn the_local_clock_states_its_zone() {
        let now = Clock::local().now();
        // `Z` or `+hh:mm` / `-hh:mm` after the seconds.
        let zone = &now[19..];
        assert!(
            zone == "Z" || (zone.len() == 6 && zone.contains(':')),
            "{now}"
        );
    }

    #[test]
    fn staff_text_is_one_safe_line_of_bounded_length() {
        assert_eq!(
            staff_text(" case\u{1b}[2J 12\n", 64).as_deref(),
            Some("case\\u{1b}[2J 12")
        );
        assert_eq!(staff_text("a\nb", 10).as_deref(), Some("a\\u{a}b"));
        assert!(staff_text(&"x".repeat(65), 64).is_none());
        assert!(staff_text(&"é".repeat(64), 64).is_some());
    }
}
