//! Phone numbers as people write them and as phones dial them.

use crate::country::Country;

/// The form of `display` that a phone dials or a chat app accepts when pasted: `+` and
/// digits only, with the trunk prefix `(0)` of an international number left out
/// (`+31 (0)6 428 346 35` becomes `+31642834635`).
pub fn dialable(display: &str) -> String {
    let international = display.trim_start().starts_with('+');
    let without_trunk = if international {
        display.replacen("(0)", "", 1)
    } else {
        display.to_owned()
    };
    without_trunk
        .chars()
        .enumerate()
        .filter(|&(i, c)| c.is_ascii_digit() || (c == '+' && i == 0))
        .map(|(_, c)| c)
        .collect()
}

/// True if `display` cannot be dialled as written, so the dialable form should be shown
/// beside it (a trunk prefix in brackets, letters); spaces and hyphens are fine.
pub fn needs_dialable_form(display: &str) -> bool {
    !display
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0))
}

/// Prefixes of numbers given no form from abroad: free and paid service numbers (`0800`,
/// `0900`), the Dutch non-geographic `088` and, in Belgium, the national-rate `070`, `077`
/// and `078` numbers. No source says how these are reached from abroad, so none is offered.
fn national_only_prefixes(country: Country) -> &'static [&'static str] {
    match country {
        Country::Nl => &["0800", "088", "090"],
        Country::Be => &["0800", "070", "077", "078", "090"],
    }
}

/// The form of `display`, a number of `country`, that works from abroad: the country's
/// calling code instead of the trunk `0`, the rest as written with spaces (`020-261 52 75`
/// becomes `+31 20 261 52 75`). `None` where there is none: short numbers (`112`, `101`,
/// `1712`, `116 000`) and service numbers (`0800`, `0900`) work only inside the country,
/// and a number written with its `+` already is its own international form.
pub fn from_abroad(display: &str, country: Country) -> Option<String> {
    let written = display.trim();
    let digits = dialable(written);
    let national = digits.starts_with('0') && !digits.starts_with("00");
    if !national
        || national_only_prefixes(country)
            .iter()
            .any(|prefix| digits.starts_with(prefix))
    {
        return None;
    }
    // The written number without its trunk `0`, hyphens read as the spaces they stand for.
    let rest = written.get(1..)?.replace('-', " ");
    Some(format!("{} {}", country.calling_code(), rest.trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dutch_area_number_gets_its_international_form() {
        assert_eq!(
            from_abroad("020-261 52 75", Country::Nl).as_deref(),
            Some("+31 20 261 52 75")
        );
        assert_eq!(from_abroad("088 0767 000", Country::Nl), None);
        assert_eq!(
            dialable(&from_abroad("020-261 52 75", Country::Nl).unwrap_or_default()),
            "+31202615275"
        );
    }

    #[test]
    fn short_and_service_numbers_work_only_at_home() {
        for (number, country) in [
            ("112", Country::Nl),
            ("101", Country::Be),
            ("1712", Country::Be),
            ("103", Country::Be),
            ("116 000", Country::Be),
            ("0900-8844", Country::Nl),
            ("0800-7000", Country::Nl),
            ("0800 266 64 36", Country::Nl),
            ("0800 200 50", Country::Be),
            ("070 22 00 00", Country::Be),
        ] {
            assert_eq!(from_abroad(number, country), None, "{number}");
        }
    }

    #[test]
    fn an_international_number_needs_no_second_form() {
        assert_eq!(from_abroad("+31 (0)6 428 346 35", Country::Nl), None);
        assert_eq!(from_abroad("0031 20 123 45 67", Country::Nl), None);
    }

    #[test]
    fn a_belgian_area_number_gets_plus_32() {
        assert_eq!(
            from_abroad("02 475 44 11", Country::Be).as_deref(),
            Some("+32 2 475 44 11")
        );
    }

    #[test]
    fn an_international_number_loses_its_trunk_prefix() {
        assert_eq!(dialable("+31 (0)6 428 346 35"), "+31642834635");
    }

    #[test]
    fn national_numbers_keep_their_digits() {
        assert_eq!(dialable("0900-8844"), "09008844");
        assert_eq!(dialable("116 000"), "116000");
        assert_eq!(dialable("0800 266 64 36"), "08002666436");
        assert_eq!(dialable("112"), "112");
    }

    #[test]
    fn only_numbers_with_brackets_or_letters_need_a_second_form() {
        assert!(needs_dialable_form("+31 (0)6 428 346 35"));
        assert!(!needs_dialable_form("0900-8844"));
        assert!(!needs_dialable_form("020-261 52 75"));
        assert!(!needs_dialable_form("+31 20 123"));
    }
}
