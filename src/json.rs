//! JSON text, natively (the CLI, the batch, tests and benchmarks), through serde_json:
//! text is read into the same [`Value`] tree under the same limits as a JavaScript
//! value in the WebAssembly module, which carries no JSON text at all.

use crate::facts::errors::{Expected, InputError};
use crate::facts::value::{limits, Value};

/// Parses JSON text (RFC 8259) into a value tree under the input limits; a text that
/// cannot be read is one error for the input as a whole, saying where and why.
pub fn parse(text: &str) -> Result<Value, InputError> {
    if text.len() > limits::MAX_INPUT_BYTES {
        return Err(unreadable(format!("a text of at most {} bytes", limits::MAX_INPUT_BYTES)));
    }
    let mut reader = serde_json::Deserializer::from_str(text);
    Value::read(&mut reader).and_then(|value| reader.end().map(|()| value)).map_err(|error| unreadable(error.to_string()))
}

/// An error for input that is not JSON the contract can read.
fn unreadable(detail: String) -> InputError {
    InputError { path: String::new(), expected: Expected::Json(detail), found: None }
}

/// Writes anything serialisable as compact JSON.
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> String {
    written(serde_json::to_string(value))
}

/// Writes anything serialisable as JSON indented by two spaces.
pub fn to_string_pretty<T: serde::Serialize + ?Sized>(value: &T) -> String {
    written(serde_json::to_string_pretty(value))
}

/// Every type the crate writes is a tree with string keys, which serde_json always
/// writes; should that ever change, the failure is written as JSON too rather than
/// lost.
fn written(result: serde_json::Result<String>) -> String {
    result.unwrap_or_else(|error| {
        serde_json::json!({ "type": "failure", "errors": [{ "path": "", "code": "internal-error", "expected": "", "found": null, "message": error.to_string() }] })
            .to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value_in_order() {
        let value = parse(r#" {"b": [1, -2.5e1, true, false, null, "x\"\u00e9\ud83d\ude00"], "a": {}, "b": 0} "#).expect("valid");
        assert_eq!(
            value,
            Value::Object(vec![
                (
                    "b".into(),
                    Value::Array(vec![
                        Value::Number(1.0),
                        Value::Number(-25.0),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null,
                        Value::String("x\"é😀".into()),
                    ])
                ),
                ("a".into(), Value::Object(vec![])),
                // Duplicates are kept, so that validation can report them.
                ("b".into(), Value::Number(0.0)),
            ])
        );
    }

    #[test]
    fn reports_where_the_text_goes_wrong() {
        let error = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").expect_err("invalid");
        let message = error.message(crate::i18n::Lang::En);
        assert!(message.contains("line 3 column 7"), "{message}");
        assert_eq!(error.code(), "invalid-json");
        assert!(parse("[1] 2").is_err(), "trailing characters");
    }

    #[test]
    fn every_limit_holds() {
        let fine = "[".repeat(limits::MAX_DEPTH) + &"]".repeat(limits::MAX_DEPTH);
        assert!(parse(&fine).is_ok());
        let deep = "[".repeat(limits::MAX_DEPTH + 1) + &"]".repeat(limits::MAX_DEPTH + 1);
        assert!(format!("{:?}", parse(&deep)).contains("nested"));
        let wide = format!("[{}1]", "1,".repeat(limits::MAX_ARRAY_LEN));
        assert!(format!("{:?}", parse(&wide)).contains("elements"));
        let members: Vec<String> = (0..=limits::MAX_OBJECT_LEN).map(|i| format!("\"k{i}\":1")).collect();
        assert!(format!("{:?}", parse(&format!("{{{}}}", members.join(",")))).contains("keys"));
        let long = format!("\"{}\"", "x".repeat(limits::MAX_STRING_BYTES + 1));
        assert!(format!("{:?}", parse(&long)).contains("string longer"));
        let huge = format!("\"{}\"", "x".repeat(limits::MAX_INPUT_BYTES));
        assert!(format!("{:?}", parse(&huge)).contains("at most"));
    }

    #[test]
    fn numbers_are_read_and_written_exactly() {
        for (text, value) in [("0", 0.0), ("-3.5", -3.5), ("1e2", 100.0), ("2.5E-1", 0.25), ("1e-12", 1e-12)] {
            assert_eq!(parse(text).ok(), Some(Value::Number(value)), "{text}");
        }
        assert!(parse("1e400").is_err());
        // Written numbers read back as the same double, long ones included (found by
        // fuzzing: without correctly rounded reading, this one came back one step off).
        let long = "302222222222222220222222222222222222222222222222210";
        let value = parse(long).expect("a number");
        assert_eq!(parse(&to_string(&value)).ok(), Some(value));
        for (number, text) in [(4.0, "4"), (-2.5, "-2.5"), (1e-12, "1e-12"), (0.125, "0.125")] {
            assert_eq!(to_string(&Value::Number(number)), text);
        }
    }

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"a":[1,-25,true,false,null,"x\"é😀\n\u0001"],"b":{},"c":0.5}"#;
        assert_eq!(to_string(&parse(text).expect("valid")), text);
        assert_eq!(to_string_pretty(&parse(r#"{"a":[1],"c":{}}"#).expect("valid")), "{\n  \"a\": [\n    1\n  ],\n  \"c\": {}\n}");
    }
}
