//! Compiles the message catalogues and the built-in policies into the crate.
//!
//! Messages: `src/i18n/<lang>.messages`, one `id = text` per line, `#` for comments.
//! They are checked here and embedded as text (without comments), which the crate reads
//! into sorted tables on first use, with the code that reads a catalogue registered at
//! run time: in the wasm module the text is smaller than a static table of pairs.
//!
//! Policies: `src/policy/builtin/*.json`, written in the same format a city uses for
//! its own policy, are read here with serde_json and embedded as constant JSON trees
//! (`facts::value::Literal`), which the crate validates at run time with the same code
//! as any city's policy: a built-in policy gets no shortcut past validation, and the
//! WebAssembly module needs no JSON reader for them.

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

    let mut policies = String::from(
        "/// The built-in policy documents as JSON trees, by file name.\npub(super) static BUILTIN: &[(&str, crate::facts::Literal)] = &[\n",
    );
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
                let _ = writeln!(policies, "    ({name:?}, {}),", literal(&value));
            }
            Err(error) => println!("cargo:warning={}: {error}", path.display()),
        }
    }
    policies.push_str("];\n");
    let _ = fs::write(Path::new(&out_dir).join("builtin_policies.rs"), policies);
}


/// A JSON value as the Rust expression of a `crate::facts::Literal`.
fn literal(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => "crate::facts::Literal::Null".to_owned(),
        Value::Bool(flag) => format!("crate::facts::Literal::Bool({flag})"),
        Value::Number(number) => format!("crate::facts::Literal::Number({:?})", number.as_f64().unwrap_or(f64::NAN)),
        Value::String(text) => format!("crate::facts::Literal::String({text:?})"),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(literal).collect();
            format!("crate::facts::Literal::Array(&[{}])", items.join(", "))
        }
        Value::Object(entries) => {
            let entries: Vec<String> = entries.iter().map(|(key, value)| format!("({key:?}, {})", literal(value))).collect();
            format!("crate::facts::Literal::Object(&[{}])", entries.join(", "))
        }
    }
}
