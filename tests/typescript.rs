//! Writes the package's TypeScript declarations, generated from the crate's types
//! (`biometric_check::typescript`), to `target/typescript/index.d.ts`, where
//! `cargo xtask dist` takes them for the package and `tsc` checks real outputs
//! against them.

#![cfg(not(target_arch = "wasm32"))]

#[test]
fn the_declarations_are_written_for_the_package() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/typescript");
    std::fs::create_dir_all(dir).expect("create dir");
    std::fs::write(format!("{dir}/index.d.ts"), biometric_check::typescript::declarations()).expect("write declarations");
}
