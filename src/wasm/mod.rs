//! The WebAssembly boundary: the package API of [`crate::api`] with the browser's
//! clock, and nothing else. No rule logic lives here, and nothing here throws for bad
//! input: every input error comes back in the result.
//!
//! JavaScript values cross the boundary through serde-wasm-bindgen in both directions:
//! an input is read straight into the core's [`Value`] tree, under the same limits as
//! JSON text natively, and a result is built as plain objects and arrays (`null` for
//! a missing value, as in JSON). The module holds no JSON text. `index.js` (shipped in
//! the package) wraps these exports and turns a broken call into a failure result;
//! `index.d.ts`, generated from the Rust types, declares every input and output.

use crate::api;
use crate::facts::errors::{Expected, InputError};
use crate::facts::{Date, Value};
use crate::law::dates;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Today, by the browser's clock (the core reads no clock).
fn today() -> Date {
    let days = (js_sys::Date::now() / 86_400_000.0).floor() as i64;
    Date::from_days_since_epoch(days).unwrap_or(dates::LEGAL_DATA_DATE)
}

/// Reads a JavaScript value into a value tree; what cannot be read (a function, a
/// symbol, a tree past the limits) is an error for the input as a whole.
fn read(value: JsValue) -> api::Input {
    Value::read(serde_wasm_bindgen::Deserializer::from(value)).map_err(|error| InputError {
        path: String::new(),
        expected: Expected::Json(String::from(as_error(error).message())),
        found: None,
    })
}

/// Builds the JavaScript value of a result: plain objects, `null` for a missing value.
/// Only a fault of the module's own could make this fail; the caller then gets an
/// `Error` (which `index.js` reports as a failure result).
fn write<T: Serialize>(result: &T) -> Result<JsValue, js_sys::Error> {
    result
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(as_error)
}

/// A serde-wasm-bindgen error is a JavaScript `Error` inside.
fn as_error(error: serde_wasm_bindgen::Error) -> js_sys::Error {
    JsValue::from(error).dyn_into().unwrap_or_else(|_| js_sys::Error::new("a value the module could not convert"))
}

/// Assesses a deployment under options (see `index.d.ts`).
#[wasm_bindgen]
pub fn assess(deployment: JsValue, options: JsValue) -> Result<JsValue, js_sys::Error> {
    write(&api::assess(read(deployment), read(options), today()))
}

/// The question catalogue in a language (a BCP 47 tag; English when unsupported).
#[wasm_bindgen]
pub fn questions(lang: &str) -> Result<JsValue, js_sys::Error> {
    write(&api::questions(lang))
}

/// Validates a policy document.
#[wasm_bindgen(js_name = validatePolicy)]
pub fn validate_policy(policy: JsValue, lang: &str) -> Result<JsValue, js_sys::Error> {
    write(&api::validate_policy(read(policy), lang))
}

/// Registers a language's message catalogue (the text of its `.messages` file).
#[wasm_bindgen(js_name = registerMessages)]
pub fn register_messages(lang: &str, catalogue: &str) -> Result<JsValue, js_sys::Error> {
    write(&api::register_messages(lang, catalogue))
}

/// The crate version, the languages, and the date and milestones of the legal data.
#[wasm_bindgen]
pub fn version() -> Result<JsValue, js_sys::Error> {
    write(&api::version())
}
