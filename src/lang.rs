//! The languages meldwijzer speaks, and how the one to use is chosen.

use std::fmt;
use std::str::FromStr;

/// A supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Dutch, the default.
    Nl,
    /// English.
    En,
    /// French, as used in Belgium.
    Fr,
}

impl Lang {
    /// Every supported language, the default first.
    pub const ALL: [Lang; 3] = [Lang::Nl, Lang::En, Lang::Fr];

    /// The code used for folders and flags: `nl`, `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
            Self::Fr => "fr",
        }
    }

    /// The language named by the environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as
    /// POSIX orders them), or Dutch when none is set or the one set is not supported.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .and_then(|value| Self::from_locale(&value))
            .unwrap_or(Self::Nl)
    }

    /// The language of a POSIX locale name such as `en_GB.UTF-8` or `nl_BE@euro`.
    ///
    /// ```
    /// use meldwijzer::Lang;
    /// assert_eq!(Lang::from_locale("nl_BE@euro"), Some(Lang::Nl));
    /// assert_eq!(Lang::from_locale("fr_BE.UTF-8"), Some(Lang::Fr));
    /// assert_eq!(Lang::from_locale("de_DE.UTF-8"), None);
    /// ```
    pub fn from_locale(locale: &str) -> Option<Self> {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        language.parse().ok()
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "nl" => Ok(Self::Nl),
            "en" => Ok(Self::En),
            "fr" => Ok(Self::Fr),
            _ => Err(format!(
                "unsupported language `{s}` (expected `nl`, `en` or `fr`)"
            )),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn lc_all_wins_over_lang() {
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "nl_NL")])),
            Lang::En
        );
    }

    #[test]
    fn empty_values_are_skipped() {
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LC_MESSAGES", "en_US")])),
            Lang::En
        );
    }

    #[test]
    fn french_locales_choose_french() {
        assert_eq!(Lang::from_env(env(&[("LANG", "fr_BE.UTF-8")])), Lang::Fr);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", "fr_FR")])), Lang::Fr);
    }

    #[test]
    fn unsupported_or_missing_means_dutch() {
        assert_eq!(Lang::from_env(env(&[("LANG", "de_BE.UTF-8")])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[("LANG", "C")])), Lang::Nl);
        assert_eq!(Lang::from_env(env(&[])), Lang::Nl);
    }
}
