//! The core's JSON reader against serde_json: whatever one accepts, the other reads to
//! the same value (up to the core's documented limits).
#![no_main]

use biometric_check::json_text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ours = json_text::parse(text);
    let theirs: Result<serde_json::Value, _> = serde_json::from_str(text);
    match (ours, theirs) {
        (Ok(value), Ok(reference)) => {
            let written: serde_json::Value = serde_json::from_str(&json_text::to_string(&value)).expect("valid JSON");
            assert!(same(&written, &reference), "{text:?}");
        }
        (Ok(_), Err(error)) => panic!("accepted what serde_json rejects ({error}): {text:?}"),
        // Refusals within the documented limits: depth, sizes, numbers.
        (Err(_), _) => {}
    }
});

/// Equal, with numbers compared to nine decimals of relative precision.
fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value::*;
    match (a, b) {
        (Number(x), Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
        }
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Object(x), Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w))),
        _ => a == b,
    }
}
