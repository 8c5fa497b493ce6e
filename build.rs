//! Compiles the message catalogues and the built-in policies into the crate.
//!
//! Messages: `src/i18n/<lang>.messages`, one `id = text` per line, `#` for comments.
//! They are checked here and embedded as text (without comments), which the crate reads
//! into sorted tables on first use, with the code that reads a catalogue registered at
//! run time: in the wasm module the text is smaller than a static table of pairs.
//!
//! Policies: `src/policy/builtin/*.json`, written in the same format a city uses for
//! its own policy, are embedded as minified text and read and validated at run time by
//! the same code as any city's policy: a built-in policy gets no shortcut past
//! validation. (serde_json here only checks and minifies them at build time.)

use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[path = "src/i18n/format.rs"]
mod format;

/// The languages compiled into the native crate (see `i18n::Lang`). The wasm module
/// carries English only and loads the others on demand.
const LANGUAGES: &[&str] = &["en", "sv", "es", "ca", "nl", "fr", "de"];

fn main() {
    let out_dir = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    println!("cargo:rerun-if-changed=src/i18n");
    println!("cargo:rerun-if-changed=src/policy/builtin");

    // The WebAssembly module carries English only; other languages are registered at
    // run time (see `i18n::register`).
    let wasm = env::var("TARGET").is_ok_and(|target| target.starts_with("wasm32"));
    let mut messages = String::new();
    let mut entries: Vec<_> = fs::read_dir("src/i18n").map(|d| d.flatten().collect()).unwrap_or_default();
    entries.sort_by_key(|entry| entry.path());
    for entry in entries {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("messages") {
            continue;
        }
        let lang = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        if !LANGUAGES.contains(&lang.as_str()) || (wasm && lang != "en") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_default();
        let table = match format::parse(&text) {
            Ok(table) => table,
            Err((line, problem)) => {
                println!("cargo:warning={}:{line}: {problem}", path.display());
                Vec::new()
            }
        };
        // The catalogue goes in as its own text without comments and blank lines: read
        // once on first use by the same code as a catalogue registered at run time,
        // which is smaller in the module than a static table of (id, text) pairs.
        if table.is_empty() {
            continue;
        }
        let lines: Vec<&str> =
            text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).collect();
        let _ = writeln!(messages, "    ({lang:?}, {:?}),", lines.join("\n"));
    }
    let messages = format!(
        "/// The text of each catalogue compiled in, by language code.\npub(super) static COMPILED: &[(&str, &str)] = &[\n{messages}];\n"
    );
    let _ = fs::write(Path::new(&out_dir).join("messages.rs"), messages);

    let mut policies = String::from("/// The built-in policy documents as minified JSON text, by file name.\npub(super) static BUILTIN: &[(&str, &str)] = &[\n");
    let mut files: Vec<_> = fs::read_dir("src/policy/builtin").map(|d| d.flatten().collect()).unwrap_or_default();
    files.sort_by_key(|entry| entry.path());
    for entry in files {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_default();
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(value) => {
                let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
                let _ = writeln!(policies, "    ({name:?}, {:?}),", value.to_string());
            }
            Err(error) => println!("cargo:warning={}: {error}", path.display()),
        }
    }
    policies.push_str("];\n");
    let _ = fs::write(Path::new(&out_dir).join("builtin_policies.rs"), policies);
}

