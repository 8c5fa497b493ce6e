//! The crate is layered, and imports only point down:
//!
//! 1. data: `facts`, `law`, `lang`
//! 2. `engine` (asking, tracing and exploring over the `Rules` trait)
//! 3. `regimes` and `policy`, side by side
//! 4. texts: `i18n` (message catalogues; errors, citations and titles are worded here)
//! 5. `assessment`, `catalogue`, `presets`, `report`
//! 6. adapters: `api`, `batch`, `json`, `typescript`, `wasm`, the CLI
//!
//! This test reads every `crate::` path in the crate's own code (test modules aside,
//! which may use anything) and fails on one that points up.
#![cfg(not(target_arch = "wasm32"))]

/// The layer of a top-level module.
fn layer(module: &str) -> Option<usize> {
    Some(match module {
        "facts" | "law" | "lang" => 1,
        "engine" => 2,
        "regimes" | "policy" => 3,
        "i18n" => 4,
        "assessment" | "catalogue" | "presets" | "report" => 5,
        "api" | "batch" | "json" | "typescript" | "wasm" | "main" | "lib" => 6,
        _ => return None,
    })
}

/// Every Rust file under `src/`, with its top-level module and its text up to its test
/// module.
fn sources() -> Vec<(String, String, String)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut files = Vec::new();
    let mut pending = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(root).map(|p| p.display().to_string()).unwrap_or_default();
                let module = relative.split(['/', '.']).next().unwrap_or_default().to_owned();
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // The code before the first test module (`#[cfg(test)]`, `#[cfg(all(test, ...))]`).
                let code: String = text
                    .lines()
                    .take_while(|line| !(line.starts_with("#[cfg(") && line.contains("test")))
                    .map(|line| format!("{line}\n"))
                    .collect();
                files.push((relative, module, code));
            }
        }
    }
    files
}

#[test]
fn every_module_belongs_to_a_layer() {
    for (path, module, _) in sources() {
        assert!(layer(&module).is_some(), "{path}: module {module} is in no layer");
    }
}

#[test]
fn imports_only_point_down() {
    let mut upward = Vec::new();
    for (path, module, code) in sources() {
        let Some(own) = layer(&module) else { continue };
        for (number, line) in code.lines().enumerate() {
            for part in line.split("crate::").skip(1) {
                let target: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if let Some(theirs) = layer(&target) {
                    if theirs > own {
                        upward.push(format!("{path}:{}: {module} (layer {own}) uses {target} (layer {theirs})", number + 1));
                    }
                }
            }
        }
    }
    assert!(upward.is_empty(), "imports pointing up:\n{}", upward.join("\n"));
}
