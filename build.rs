//! Compiles the message catalogues and the built-in policies into the crate.
//!
//! Messages: `src/i18n/<lang>.messages`, one `id = text` per line, `#` for comments.
//! They become sorted static tables, so a lookup is a binary search and nothing is
//! parsed at run time.
//!
//! Policies: `src/policy/builtin/*.json`, written in the same format a city uses for
//! its own policy. They become code that builds the same JSON tree, which is then
//! validated by the same code as any city's policy: a built-in policy gets no shortcut
//! past validation, and the wasm module needs no JSON text parser.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

fn main() {
    let out_dir = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    println!("cargo:rerun-if-changed=src/i18n");
    println!("cargo:rerun-if-changed=src/policy/builtin");

    let mut messages = String::new();
    let mut languages: Vec<String> = Vec::new();
    let mut entries: Vec<_> = fs::read_dir("src/i18n").map(|d| d.flatten().collect()).unwrap_or_default();
    entries.sort_by_key(|entry| entry.path());
    for entry in entries {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("messages") {
            continue;
        }
        let lang = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let text = fs::read_to_string(&path).unwrap_or_default();
        let mut table: Vec<(String, String)> = Vec::new();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((id, value)) = line.split_once(" = ") else {
                println!("cargo:warning={}:{}: expected `id = text`", path.display(), number + 1);
                continue;
            };
            if table.iter().any(|(existing, _)| existing == id.trim()) {
                println!("cargo:warning={}:{}: duplicate id {}", path.display(), number + 1, id.trim());
            }
            table.push((id.trim().to_owned(), value.trim().replace("\\n", "\n").replace("\\s", " ")));
        }
        table.sort();
        table.dedup_by(|a, b| a.0 == b.0);
        let _ = writeln!(messages, "pub(super) static {}: &[(&str, &str)] = &[", lang.to_uppercase());
        for (id, value) in &table {
            let _ = writeln!(messages, "    ({id:?}, {value:?}),");
        }
        let _ = writeln!(messages, "];");
        languages.push(lang);
    }
    let _ = fs::write(Path::new(&out_dir).join("messages.rs"), messages);

    let mut policies = String::from(
        "/// The built-in policies as JSON trees, in file order.\npub(super) fn builtin_documents() -> Vec<(&'static str, Value)> {\n    vec![\n",
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
                let _ = writeln!(policies, "        ({name:?}, {}),", value_code(&value));
            }
            Err(error) => println!("cargo:warning={}: {error}", path.display()),
        }
    }
    policies.push_str("    ]\n}\n");
    let _ = fs::write(Path::new(&out_dir).join("builtin_policies.rs"), policies);
}

/// Rust code that builds the same tree as a `crate::facts::Value`.
fn value_code(value: &serde_json::Value) -> String {
    use serde_json::Value as J;
    match value {
        J::Null => "Value::Null".into(),
        J::Bool(b) => format!("Value::Bool({b})"),
        J::Number(n) => format!("Value::Number({:?})", n.as_f64().unwrap_or(0.0)),
        J::String(s) => format!("Value::String({s:?}.to_owned())"),
        J::Array(items) => {
            let items: Vec<_> = items.iter().map(value_code).collect();
            format!("Value::Array(vec![{}])", items.join(", "))
        }
        J::Object(entries) => {
            let entries: Vec<_> = entries.iter().map(|(k, v)| format!("({k:?}.to_owned(), {})", value_code(v))).collect();
            format!("Value::Object(vec![{}])", entries.join(", "))
        }
    }
}
