//! JSON text in and out, for native callers (the CLI, tests, benchmarks): the core's
//! own reader and writer ([`crate::json_text`]), plus indentation for people.

use crate::facts::errors::InputError;
use crate::facts::value::Value;

/// Parses JSON text into a value tree under the input limits.
pub fn parse(text: &str) -> Result<Value, InputError> {
    crate::json_text::parse(text)
}

/// Serialises anything serialisable as compact JSON.
pub fn to_string<T: serde::Serialize>(value: &T) -> String {
    crate::json_text::to_string(value)
}

/// Serialises anything serialisable as indented JSON.
pub fn to_string_pretty<T: serde::Serialize>(value: &T) -> String {
    indent(&to_string(value))
}

/// Indents compact JSON by two spaces per level.
fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    if let Some(close) = chars.next() {
                        out.push(close);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn indents_without_touching_strings() {
        let pretty = super::indent(r#"{"a":[1,{"b":"x,{y}: \"z\""}],"c":{}}"#);
        assert_eq!(pretty, "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x,{y}: \\\"z\\\"\"\n    }\n  ],\n  \"c\": {}\n}");
    }
}
