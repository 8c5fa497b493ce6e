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
