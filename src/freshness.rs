//! How old the record of sources is: when each page was read, what rests on it, and whether
//! it is due for a new check. Numbers and opening hours change; the guide is only as good as
//! its last check. The caller says what day it is, so that nothing here reads the clock.

use std::fmt;

use crate::diagnostic::Diagnostic;
use crate::flow::{Contact, Flow, Outcome, Source};

/// The age, in days, after which a source is due for a new check unless told otherwise.
pub const DEFAULT_MAX_AGE_DAYS: u32 = 180;

/// A day of the proleptic Gregorian calendar, counted from 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(i64);

impl Date {
    /// The day `days` after 1970-01-01 (the Unix epoch).
    pub fn from_unix_days(days: i64) -> Self {
        Self(days)
    }

    /// A date written `YYYY-MM-DD`, if it is one (a real day of a real month).
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        let year: i64 = year.parse().ok()?;
        let month: u32 = month.parse().ok()?;
        let day: u32 = day.parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self(days_from_civil(year, month, day)))
    }

    /// Days from `earlier` to this date (negative if `earlier` is later).
    pub fn days_since(self, earlier: Self) -> i64 {
        self.0 - earlier.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_days(self.0);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms (http://howardhinnant.github.io/date_algorithms.html): eras
// of 400 years, with years starting in March so that the leap day comes last.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// One source of the record, its age and what rests on it.
#[derive(Debug)]
pub struct SourceAge<'f> {
    /// The source.
    pub source: &'f Source,
    /// Days since it was read, if its date is a date (a validated flow's always is).
    pub age_days: Option<i64>,
    /// Older than the limit (or of no known age): read the page again.
    pub due: bool,
    /// The contacts that come from it, in flow order.
    pub contacts: Vec<&'f Contact>,
    /// The outcomes whose advice rests on it, in flow order.
    pub outcomes: Vec<&'f Outcome>,
}

/// Every source of `flow`, in flow order, aged on `today`; due when older than `max_age`
/// days.
pub fn ages(flow: &Flow, today: Date, max_age: u32) -> Vec<SourceAge<'_>> {
    flow.sources
        .iter()
        .map(|source| {
            let age_days = Date::parse(&source.read.id).map(|read| today.days_since(read));
            let id = source.id.id.as_str();
            SourceAge {
                source,
                age_days,
                due: age_days.is_none_or(|age| age > i64::from(max_age)),
                contacts: flow.contacts.iter().filter(|c| c.source.id == id).collect(),
                outcomes: flow.outcomes.iter().filter(|o| o.source.id == id).collect(),
            }
        })
        .collect()
}

/// A warning, at its `read` date, for each source of `flow` past `max_age` days on `today`.
pub fn warnings(flow: &Flow, today: Date, max_age: u32) -> Vec<Diagnostic> {
    ages(flow, today, max_age)
        .into_iter()
        .filter(|age| age.due)
        .map(|age| {
            let source = age.source;
            let days = age.age_days.map_or_else(String::new, |d| format!(", {d} days ago"));
            Diagnostic::warning(
                format!(
                    "source `{}` was read on {}{days}: it is due for a new check (after {max_age} days)",
                    source.id.id, source.read.id
                ),
                &flow.file,
                source.read.span.clone(),
            )
            .with_help(
                "read the page again; then update `read` here, and `verified` on the contacts \
                 that come from it",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_print_and_count_days() {
        let day = |text: &str| Date::parse(text).expect(text);
        assert_eq!(day("1970-01-01"), Date::from_unix_days(0));
        assert_eq!(day("2026-11-27").to_string(), "2026-11-27");
        assert_eq!(day("2000-03-01").days_since(day("2000-02-28")), 2);
        assert_eq!(day("1900-03-01").days_since(day("1900-02-28")), 1);
        assert_eq!(day("2027-05-23").days_since(day("2026-11-24")), 180);
        assert_eq!(day("2024-02-29").to_string(), "2024-02-29");
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-01-01",
            "",
            "x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        for days in [-700_000, -1, 0, 59, 60, 10_957, 20_000, 2_000_000] {
            let date = Date::from_unix_days(days);
            assert_eq!(Date::parse(&date.to_string()), Some(date));
        }
    }

    #[test]
    fn a_source_is_due_only_past_the_limit() {
        let (guide, _) =
            crate::Guide::load(&crate::FlowInput::Embedded, &crate::LocalesInput::Embedded)
                .expect("the built-in flow is valid");
        let flow = &guide.flow;
        let newest = flow
            .sources
            .iter()
            .filter_map(|s| Date::parse(&s.read.id))
            .max()
            .expect("dated sources");
        let oldest = flow
            .sources
            .iter()
            .filter_map(|s| Date::parse(&s.read.id))
            .min()
            .expect("dated sources");
        let on = |today: Date| ages(flow, today, 180);
        let in_180 = Date::from_unix_days(oldest.0 + 180);
        assert!(on(in_180).iter().all(|a| !a.due));
        assert!(warnings(flow, in_180, 180).is_empty());
        let in_181 = Date::from_unix_days(newest.0 + 181);
        assert!(on(in_181).iter().all(|a| a.due));
        assert_eq!(warnings(flow, in_181, 180).len(), flow.sources.len());
        // Every contact and every outcome rests on exactly one source.
        let ages = on(in_180);
        let contacts: usize = ages.iter().map(|a| a.contacts.len()).sum();
        let outcomes: usize = ages.iter().map(|a| a.outcomes.len()).sum();
        assert_eq!(contacts, flow.contacts.len());
        assert_eq!(outcomes, flow.outcomes.len());
    }
}
