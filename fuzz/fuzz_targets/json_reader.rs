//! The core's reader of JSON text (serde_json into the core's value tree, under the
//! input limits) against serde_json alone: whatever serde_json accepts, the core reads
//! to the same value, or refuses at one of its limits and says which.
#![no_main]

use biometric_check::i18n::Lang;
use biometric_check::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ours = json::parse(text);
    let theirs: Result<serde_json::Value, _> = serde_json::from_str(text);
    match (ours, theirs) {
        (Ok(value), Ok(reference)) => {
            let written: serde_json::Value = serde_json::from_str(&json::to_string(&value)).expect("valid JSON");
            assert!(same(&written, &reference), "{text:?}");
        }
        (Ok(_), Err(error)) => panic!("accepted what serde_json rejects ({error}): {text:?}"),
        (Err(error), Ok(_)) => {
            let message = error.message(Lang::En);
            let limits = ["nested", "elements", "keys", "string longer", "at most"];
            assert!(limits.iter().any(|limit| message.contains(limit)), "refused within the limits: {message}: {text:?}");
        }
        (Err(_), Err(_)) => {}
    }
});

/// Equal, numbers compared as the doubles JSON numbers are (the core keeps every
/// number as one; serde_json keeps integers apart).
fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value::*;
    match (a, b) {
        (Number(x), Number(y)) => x.as_f64() == y.as_f64(),
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Object(x), Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w))),
        _ => a == b,
    }
}
