//! Any bytes as JSON Lines through the batch line path.
#![no_main]

use biometric_check::batch;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let options = biometric_check::Options::new(biometric_check::i18n::Lang::En, common::today());
    for line in data.split(|b| *b == b'\n').filter(|line| !batch::is_blank(line)) {
        let written = match batch::assess_line(line, false, &options) {
            Ok(line) | Err(line) => line,
        };
        let value: serde_json::Value = serde_json::from_str(&written).expect("a JSON line");
        assert!(value["verdict"].is_string() || value["error"]["path"].is_string());
    }
});
