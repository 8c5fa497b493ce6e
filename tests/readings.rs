//! How this tool reads the law: every reading the code states is in the document, and
//! every place the code marks as an interpretation names a reading that exists.
#![cfg(not(target_arch = "wasm32"))]
#![expect(clippy::expect_used, reason = "a test stops at the first thing that is not as expected")]

use biometric_check::regimes::registry;
use biometric_check::report;

/// Every Rust source file of the crate, with its text.
fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut pending = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push((path.display().to_string(), std::fs::read_to_string(&path).expect("source")));
            }
        }
    }
    files
}

/// The names of the `Reading` statics the code declares.
fn declared() -> Vec<String> {
    sources()
        .iter()
        .flat_map(|(_, text)| text.lines().filter_map(|line| line.trim().strip_prefix("pub static ")).map(str::to_owned).collect::<Vec<_>>())
        .filter(|rest| rest.contains(": Reading ="))
        .filter_map(|rest| rest.split(':').next().map(str::to_owned))
        .collect()
}

#[test]
fn every_reading_the_code_states_is_in_the_document() {
    let declared = declared();
    let listed = registry::readings().count();
    assert_eq!(declared.len(), listed, "declared {declared:?}, listed {listed}");
    let document = report::readings_markdown();
    for reading in registry::readings() {
        assert!(document.contains(reading.id), "{} missing from the document", reading.id);
        assert!(!reading.text.is_empty() && !reading.reading.is_empty() && !reading.not_taken.is_empty(), "{}", reading.id);
    }
}

#[test]
fn every_reading_has_a_unique_id() {
    let mut ids: Vec<&str> = registry::readings().map(|r| r.id).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
}

#[test]
fn every_interpretation_marked_in_the_code_names_a_stated_reading() {
    let declared = declared();
    for (path, text) in sources() {
        for line in text.lines().filter(|line| line.contains("INTERPRETATION (")) {
            let names = line.split("INTERPRETATION (").nth(1).and_then(|rest| rest.split(')').next()).expect("a name");
            for name in names.split(',').map(|n| n.trim().trim_matches('`')) {
                let name = name.rsplit("::").next().unwrap_or(name);
                assert!(declared.iter().any(|d| d == name), "{path}: {line} names no reading");
            }
        }
    }
}

#[test]
fn the_html_page_escapes_and_links_each_reading() {
    let page = report::readings_html("style.css");
    assert!(page.starts_with("<!doctype html>"));
    assert_eq!(page.matches("<section id=").count(), registry::readings().count());
    assert!(!page.contains("<script"));
}
