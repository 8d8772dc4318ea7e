//! Phone numbers as people write them and as phones dial them.

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

#[cfg(test)]
mod tests {
    use super::*;

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
