//! The message catalogue format, shared by `build.rs` (which compiles the catalogues
//! into the native binary and English into the wasm module) and by the run-time
//! registration of a language the wasm module loads on demand.
//!
//! One message per line, `id = text`; blank lines and lines starting with `#` are
//! ignored; in the text, `\n` is a line break and `\s` a space (for a text that ends
//! with one).

/// A problem in a catalogue: the line number (from 1) and what is wrong.
pub type FormatError = (usize, &'static str);

/// Parses a catalogue into (id, text) pairs sorted by id.
pub fn parse(text: &str) -> Result<Vec<(String, String)>, FormatError> {
    let mut messages: Vec<(String, String)> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, value)) = line.split_once(" = ") else {
            return Err((number + 1, "expected `id = text`"));
        };
        let id = id.trim();
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)) {
            return Err((number + 1, "an id is letters, digits, dots, hyphens and underscores"));
        }
        let value = value.trim().replace("\\n", "\n").replace("\\s", " ");
        match messages.binary_search_by(|(existing, _)| existing.as_str().cmp(id)) {
            Ok(_) => return Err((number + 1, "this id appears twice")),
            Err(position) => messages.insert(position, (id.to_owned(), value)),
        }
    }
    Ok(messages)
}
