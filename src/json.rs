//! JSON text in and out, for native callers (the CLI, tests, benchmarks). The wasm
//! boundary takes JavaScript values instead and never parses JSON text.

use crate::facts::errors::{Expected, InputError};
use crate::facts::value::{Value, ValueSeed};
use serde::de::DeserializeSeed;

/// Parses JSON text into a value tree under the input limits.
pub fn parse(text: &str) -> Result<Value, InputError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = ValueSeed::new().deserialize(&mut deserializer).map_err(syntax_error)?;
    deserializer.end().map_err(syntax_error)?;
    Ok(value)
}

fn syntax_error(error: serde_json::Error) -> InputError {
    InputError { path: String::new(), expected: Expected::Json(error.to_string()), found: None }
}

/// Serialises anything serialisable as compact JSON.
pub fn to_string<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|error| format!("{{\"error\":{{\"message\":{:?}}}}}", error.to_string()))
}

/// Serialises anything serialisable as indented JSON.
pub fn to_string_pretty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|error| format!("{{\"error\":{{\"message\":{:?}}}}}", error.to_string()))
}
