//! The WebAssembly boundary: the JSON-text API of [`crate::api`] with the browser's
//! clock, and nothing else. No rule logic lives here, and nothing here throws.
//!
//! Text rather than JavaScript objects crosses the boundary because one string and one
//! `JSON.parse` are faster than building a large object field by field, and because the
//! module then needs no object-conversion code (serde-wasm-bindgen cost 20 KB gzip).
//! `index.js` (shipped in the package) wraps these exports so callers pass and receive
//! plain objects; `types.d.ts` (shipped as `index.d.ts`) declares every input and
//! output type.

use crate::api;
use crate::facts::Date;
use crate::law::dates;
use wasm_bindgen::prelude::*;

mod heap;

/// The module's allocator (see `heap.rs` for why not the standard one).
#[global_allocator]
static HEAP: heap::Heap = heap::Heap::new();

#[wasm_bindgen]
extern "C" {
    /// `Date.now()`: milliseconds since 1970-01-01 UTC.
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn date_now() -> f64;
}

/// Today, by the browser's clock (the core reads no clock).
fn today() -> Date {
    let days = (date_now() / 86_400_000.0).floor() as i64;
    Date::from_days_since_epoch(days).unwrap_or(dates::LEGAL_DATA_DATE)
}

/// Assesses a deployment: `deployment` and `options` are JSON text.
#[wasm_bindgen(js_name = assessJson)]
pub fn assess_json(deployment: &str, options: &str) -> String {
    api::assess_json(deployment, options, today())
}

/// The question catalogue in a language (a BCP 47 tag; English when unsupported).
#[wasm_bindgen(js_name = questionsJson)]
pub fn questions_json(lang: &str) -> String {
    api::questions_json(lang)
}

/// Validates a policy document given as JSON text.
#[wasm_bindgen(js_name = validatePolicyJson)]
pub fn validate_policy_json(policy: &str, lang: &str) -> String {
    api::validate_policy_json(policy, lang)
}

/// Registers a language's message catalogue (the text of its `.messages` file).
#[wasm_bindgen(js_name = registerMessagesJson)]
pub fn register_messages_json(lang: &str, catalogue: &str) -> String {
    api::register_messages_json(lang, catalogue)
}

/// The crate version, the languages, and the date and milestones of the legal data.
#[wasm_bindgen(js_name = versionJson)]
pub fn version_json() -> String {
    api::version_json()
}
