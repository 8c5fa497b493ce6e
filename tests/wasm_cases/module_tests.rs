// The tests of the wasm module's exports, included by `wasm_node.rs` (Node) and
// `wasm_browser.rs` (headless Chromium): the same tests in both hosts.

use biometric_check::wasm;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::JsValue;

/// The module's exports with the cases' JSON text turned into JavaScript values (by
/// the host's `JSON.parse`) and their results back into text (`JSON.stringify`).
struct Module;

fn value(text: &str) -> JsValue {
    JSON::parse(text).expect("the cases are JSON")
}

fn text(result: Result<JsValue, js_sys::Error>) -> String {
    let result = result.unwrap_or_else(|error| panic!("the module failed: {}", String::from(error.message())));
    JSON::stringify(&result).map(String::from).expect("results are JSON")
}

impl wasm_cases::Api for Module {
    fn assess(&self, deployment: &str, options: &str) -> String {
        text(wasm::assess(value(deployment), value(options)))
    }
    fn questions(&self, lang: &str) -> String {
        text(wasm::questions(lang))
    }
    fn validate_policy(&self, policy: &str, lang: &str) -> String {
        text(wasm::validate_policy(value(policy), lang))
    }
    fn version(&self) -> String {
        text(wasm::version())
    }
    fn register(&self, lang: &str, catalogue: &str) -> String {
        text(wasm::register_messages(lang, catalogue))
    }
    fn reads_text(&self) -> bool {
        false
    }
}

/// The result of assessing a JavaScript value, as JSON text.
fn assessed(deployment: JsValue) -> String {
    text(wasm::assess(deployment, JsValue::UNDEFINED))
}

#[wasm_bindgen_test]
fn the_module_gives_the_native_outputs() {
    let problems = wasm_cases::differences(&Module);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[wasm_bindgen_test]
fn an_unknown_language_is_refused() {
    assert!(text(wasm::register_messages("xx", "")).contains("unknown-field"));
}

#[wasm_bindgen_test]
fn missing_values_are_null_and_objects_are_plain() {
    let result = wasm::version().expect("version");
    let milestones = Reflect::get(&result, &"milestones".into()).expect("milestones");
    let first = Array::from(&milestones).get(0);
    assert_eq!(Object::get_prototype_of(&first), Object::get_prototype_of(&Object::new()));
    let previously: Vec<JsValue> =
        Array::from(&milestones).iter().map(|m| Reflect::get(&m, &"previously".into()).expect("field")).collect();
    assert!(previously.iter().any(JsValue::is_null), "no milestone without an earlier date");
    assert!(!previously.iter().any(JsValue::is_undefined));
}

#[wasm_bindgen_test]
fn values_json_cannot_hold_are_refused_as_a_whole() {
    let function = js_sys::Function::new_no_args("return 1");
    assert!(assessed(function.into()).contains("invalid-json"));
    let object = Object::new();
    Reflect::set(&object, &"name".into(), &js_sys::Symbol::for_("x").into()).expect("set");
    assert!(assessed(object.into()).contains("invalid-json"));
}

#[wasm_bindgen_test]
fn hostile_values_come_back_as_an_error_not_a_trap() {
    // Nested deeper than the limit, and a cycle.
    let deep = value(&("[".repeat(1000) + &"]".repeat(1000)));
    assert!(assessed(deep).contains("nested"));
    let cycle = Object::new();
    Reflect::set(&cycle, &"identification".into(), &cycle).expect("set");
    assert!(assessed(cycle.into()).contains("nested"));
    // Too many elements, too long a string, too large a whole.
    let wide = Array::new();
    (0..10_000).for_each(|_| {
        wide.push(&"face".into());
    });
    let object = Object::new();
    Reflect::set(&object, &"modalities".into(), &wide).expect("set");
    assert!(assessed(object.into()).contains("elements"));
    let long_name = format!("{{\"name\": \"{}\"}}", "é".repeat(100_000));
    assert!(assessed(value(&long_name)).contains("string longer"));
    // The same 60 KB string referenced 256 times on each of three levels is small as an
    // object graph and huge as JSON.
    let text: JsValue = "x".repeat(60_000).into();
    let level = |inner: &JsValue| {
        let array = Array::new();
        (0..256).for_each(|_| {
            array.push(inner);
        });
        JsValue::from(array)
    };
    let graph = level(&level(&level(&text)));
    assert!(assessed(graph).contains("at most"));
}
