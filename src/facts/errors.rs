//! Errors in user input: which field, what was expected, what was found. They are
//! data; `i18n::errors` words them in the user's language.

use super::value::Value;

/// What a field expected.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    /// A JSON object.
    Object,
    /// A key that appears once.
    NoDuplicateKey,
    /// One of the fields the contract defines.
    KnownField(Vec<String>),
    /// A string of at most this many characters.
    Text {
        /// The limit.
        max_chars: usize,
    },
    /// A `YYYY-MM-DD` date.
    Date,
    /// An ISO 3166-1 alpha-2 code, perhaps with the one that was meant.
    Country {
        /// The code the input probably meant.
        suggestion: Option<&'static str>,
    },
    /// One of these keywords.
    OneOf(&'static [&'static str]),
    /// A list of these keywords.
    ListOf(&'static [&'static str]),
    /// A list without repeated values.
    NoRepeats,
    /// `true` or `false`.
    Bool,
    /// A number in a range.
    Number {
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
    },
    /// Well-formed JSON (with the parser's explanation).
    Json(String),
    /// An identifier: lower-case letters, digits and hyphens.
    Identifier,
    /// An object of texts by language code, with English.
    Translations,
    /// An `https://` address.
    Url,
    /// A non-empty list.
    NonEmptyList,
    /// An identifier not used twice.
    UniqueId,
    /// A value that must be present.
    Required,
    /// No `requires` list: only rules with effect `require` take one.
    NoRequires,
    /// A message catalogue (with what is wrong with it).
    Catalogue(String),
}

/// The types of JSON values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum JsonType {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

/// An error in a deployment, a policy or options, tied to a field path.
#[derive(Clone, Debug, PartialEq)]
pub struct InputError {
    /// The field path, e.g. `identification.timing` or `rules[0].when.space[1]`;
    /// empty for the input as a whole.
    pub path: String,
    /// What was expected there.
    pub expected: Expected,
    /// What was found, as a short JSON excerpt; `None` when nothing was there.
    pub found: Option<String>,
}

/// The kind of an input error, a stable code for programs (written as its keyword).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ts_rs::TS)]
#[ts(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// A key the contract does not define.
    UnknownField,
    /// A key given twice.
    DuplicateField,
    /// Input that is not JSON the contract can read (or a catalogue that cannot be read).
    InvalidJson,
    /// A required value that is missing.
    MissingField,
    /// A value of the wrong JSON type.
    WrongType,
    /// A text longer than the field allows.
    TooLong,
    /// A value of the right type that the field does not accept.
    InvalidValue,
    /// The module itself failed (reported by the package's JavaScript, never by the core).
    InternalError,
}

impl ErrorCode {
    /// The code as programs see it.
    pub fn keyword(self) -> &'static str {
        match self {
            ErrorCode::UnknownField => "unknown-field",
            ErrorCode::DuplicateField => "duplicate-field",
            ErrorCode::InvalidJson => "invalid-json",
            ErrorCode::MissingField => "missing-field",
            ErrorCode::WrongType => "wrong-type",
            ErrorCode::TooLong => "too-long",
            ErrorCode::InvalidValue => "invalid-value",
            ErrorCode::InternalError => "internal-error",
        }
    }
}

impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.keyword())
    }
}

/// An input error in the user's language, ready to show next to the field.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
pub struct ErrorReport {
    /// The field path.
    pub path: String,
    /// A stable code for programs.
    pub code: ErrorCode,
    /// What was expected, in words.
    pub expected: String,
    /// What was found, as a short JSON excerpt.
    pub found: Option<String>,
    /// The whole message, in words.
    pub message: String,
}

impl InputError {
    /// An error at `path` about the value found there.
    pub fn new(path: &str, expected: Expected, found: &Value) -> Self {
        Self { path: path.to_owned(), expected, found: Some(found.describe()) }
    }

    /// A required value that is missing.
    pub fn missing(path: &str) -> Self {
        Self { path: path.to_owned(), expected: Expected::Required, found: None }
    }

    /// A key that the contract does not define.
    pub fn unknown_field<S: ToString>(path: &str, key: &str, known: impl IntoIterator<Item = S>) -> Self {
        let known = known.into_iter().map(|name| name.to_string()).collect();
        Self { path: path.to_owned(), expected: Expected::KnownField(known), found: Some(format!("\"{key}\"")) }
    }

    /// A stable code for the kind of error.
    pub fn code(&self) -> &'static str {
        self.error_code().keyword()
    }

    /// The kind of error.
    pub fn error_code(&self) -> ErrorCode {
        use ErrorCode::*;
        let found = self.found_type();
        let wrong_type = |wanted: JsonType| if found.is_some_and(|f| f != wanted) { WrongType } else { InvalidValue };
        match self.expected {
            Expected::KnownField(_) => UnknownField,
            Expected::NoDuplicateKey => DuplicateField,
            Expected::Json(_) | Expected::Catalogue(_) => InvalidJson,
            Expected::Required => MissingField,
            Expected::Object | Expected::Translations => wrong_type(JsonType::Object),
            Expected::Bool => wrong_type(JsonType::Bool),
            Expected::Number { .. } => wrong_type(JsonType::Number),
            Expected::ListOf(_) | Expected::NonEmptyList => wrong_type(JsonType::Array),
            Expected::Text { .. } if found == Some(JsonType::String) => TooLong,
            Expected::Text { .. }
            | Expected::Date
            | Expected::Country { .. }
            | Expected::OneOf(_)
            | Expected::Identifier
            | Expected::Url => wrong_type(JsonType::String),
            Expected::NoRepeats | Expected::UniqueId | Expected::NoRequires => InvalidValue,
        }
    }

    /// The JSON type of what was found, read back from its excerpt.
    fn found_type(&self) -> Option<JsonType> {
        let found = self.found.as_deref()?;
        Some(match found.as_bytes().first()? {
            b'"' => JsonType::String,
            b'[' => JsonType::Array,
            b'{' => JsonType::Object,
            b't' | b'f' => JsonType::Bool,
            b'n' => JsonType::Null,
            _ => JsonType::Number,
        })
    }

    /// The same error, one level deeper in a document (`policies[0]` + `rules[1]`).
    pub fn within(mut self, prefix: &str) -> Self {
        self.path = match (prefix.is_empty(), self.path.is_empty(), self.path.starts_with('[')) {
            (true, _, _) => self.path,
            (false, true, _) => prefix.to_owned(),
            (false, false, true) => format!("{prefix}{}", self.path),
            (false, false, false) => format!("{prefix}.{}", self.path),
        };
        self
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::ErrorCode::*;

    #[test]
    fn codes_are_declared_as_the_keywords_they_are_written_as() {
        use ts_rs::TS;
        let declared = super::ErrorCode::inline(&ts_rs::Config::new());
        let codes = [UnknownField, DuplicateField, InvalidJson, MissingField, WrongType, TooLong, InvalidValue, InternalError];
        let keywords: Vec<String> = codes.iter().map(crate::json::to_string).collect();
        assert_eq!(declared, keywords.join(" | "));
    }
}
