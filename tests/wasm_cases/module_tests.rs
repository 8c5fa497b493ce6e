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

/// A block aligned beyond its size, to check the allocator honours alignment.
#[repr(align(64))]
struct Aligned64([u8; 8]);

/// A fill pattern particular to one block, so an overlap between two live blocks shows.
fn pattern(block: usize, index: usize) -> u8 {
    (block.wrapping_mul(31) ^ index) as u8
}

#[wasm_bindgen_test]
fn the_allocator_keeps_live_blocks_apart_and_aligned() {
    // Sizes from 1 byte to past the 1 MiB growth step, held at once, half freed and
    // the freed ones reused, grown in place and moved: every byte must keep its value.
    let sizes: Vec<usize> = (0..400).map(|i| 1 + (i * 7919) % (if i % 50 == 0 { 3 << 20 } else { 5000 })).collect();
    let fill = |block: usize, size: usize| (0..size).map(|index| pattern(block, index)).collect::<Vec<u8>>();
    let mut live: Vec<Option<Vec<u8>>> = sizes.iter().enumerate().map(|(block, &size)| Some(fill(block, size))).collect();
    for block in (0..live.len()).step_by(2) {
        live[block] = None;
    }
    for block in (0..live.len()).step_by(2) {
        live[block] = Some(fill(block, sizes[block] / 2 + 1));
    }
    for (block, bytes) in live.iter_mut().enumerate().skip(1).step_by(3) {
        let Some(bytes) = bytes else { continue };
        let old = bytes.len();
        bytes.extend((old..old * 3).map(|index| pattern(block, index)));
    }
    for (block, bytes) in live.iter().enumerate() {
        let bytes = bytes.as_ref().expect("every block is live again");
        assert!(bytes.iter().enumerate().all(|(index, &byte)| byte == pattern(block, index)), "block {block} was overwritten");
    }
    let aligned: Vec<Box<Aligned64>> = (0..100).map(|i| Box::new(Aligned64([i as u8; 8]))).collect();
    assert!(aligned.iter().all(|block| (&**block as *const Aligned64 as usize) % 64 == 0));
    assert!(aligned.iter().enumerate().all(|(i, block)| block.0 == [i as u8; 8]));
}
