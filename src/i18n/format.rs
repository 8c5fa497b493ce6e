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
        // Byte-level search and unescaping: this also runs in the wasm module, which
        // should not carry the general string-pattern machinery for it.
        let Some(separator) = line.as_bytes().windows(3).position(|w| w == b" = ") else {
            return Err((number + 1, "expected `id = text`"));
        };
        let (id, value) = (line.get(..separator).unwrap_or_default(), line.get(separator + 3..).unwrap_or_default());
        let id = id.trim();
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)) {
            return Err((number + 1, "an id is letters, digits, dots, hyphens and underscores"));
        }
        let value = unescape(value.trim());
        match messages.binary_search_by(|(existing, _)| existing.as_str().cmp(id)) {
            Ok(_) => return Err((number + 1, "this id appears twice")),
            Err(position) => messages.insert(position, (id.to_owned(), value)),
        }
    }
    Ok(messages)
}

/// Replaces `\n` by a line break and `\s` by a space.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('s') => out.push(' '),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_texts_and_escapes() {
        let parsed = parse("# comment\n\nb = two\\nlines\na = ends with a space\\s\nc = keeps \\x").expect("valid");
        assert_eq!(
            parsed,
            [
                ("a".to_owned(), "ends with a space ".to_owned()),
                ("b".to_owned(), "two\nlines".to_owned()),
                ("c".to_owned(), "keeps \\x".to_owned())
            ]
        );
        assert_eq!(parse("a = 1\na = 2"), Err((2, "this id appears twice")));
        assert_eq!(parse("no separator"), Err((1, "expected `id = text`")));
    }
}
