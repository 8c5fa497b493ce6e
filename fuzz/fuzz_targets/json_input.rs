//! Any text as a deployment and as options through the API with JSON text.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (deployment, options) = text.split_once('\u{1f}').unwrap_or((text, "{}"));
    common::check(&biometric_check::api::json::assess(deployment, options, common::today()));
});
