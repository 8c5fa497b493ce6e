//! The API cases through the WebAssembly module's exports, in Node: the outputs must
//! be exactly those the native library recorded.

#![cfg(target_arch = "wasm32")]

mod wasm_cases;

use wasm_bindgen_test::wasm_bindgen_test;

include!("wasm_cases/module_tests.rs");
