// The tests of the wasm module's exports, included by `wasm_node.rs` (Node) and
// `wasm_browser.rs` (headless Chromium): the same tests in both hosts.

use biometric_check::wasm;

struct Module;

impl wasm_cases::Api for Module {
    fn assess(&self, deployment: &str, options: &str) -> String {
        wasm::assess_json(deployment, options)
    }
    fn questions(&self, lang: &str) -> String {
        wasm::questions_json(lang)
    }
    fn validate_policy(&self, policy: &str, lang: &str) -> String {
        wasm::validate_policy_json(policy, lang)
    }
    fn version(&self) -> String {
        wasm::version_json()
    }
    fn register(&self, lang: &str, catalogue: &str) -> String {
        wasm::register_messages_json(lang, catalogue)
    }
}

#[wasm_bindgen_test]
fn the_module_gives_exactly_the_native_outputs() {
    let problems = wasm_cases::differences(&Module);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[wasm_bindgen_test]
fn an_unknown_language_is_refused() {
    assert!(wasm::register_messages_json("xx", "").contains("unknown-field"));
}

#[wasm_bindgen_test]
fn hostile_input_comes_back_as_an_error_not_a_trap() {
    let deep = "[".repeat(100_000);
    assert!(wasm::assess_json(&deep, "{}").contains("\"failure\""));
    assert!(wasm::assess_json("\u{0}", "{}").contains("invalid-json"));
    assert!(wasm::assess_json("{}", "[").contains("options"));
    let long_name = format!("{{\"name\": \"{}\"}}", "é".repeat(100_000));
    assert!(wasm::assess_json(&long_name, "{}").contains("\"failure\""));
}
