//! JSON text in and out, without a JSON library: a strict reader into [`Value`] and a
//! compact writer for anything `Serialize`.
//!
//! The core needs JSON text at both ends (the CLI's files and lines, and the wasm
//! boundary, where one string crossing into JavaScript and one `JSON.parse` are
//! cheaper than building an object field by field). Carrying a general JSON library
//! into the WebAssembly module would cost more than these few hundred lines; the
//! reader is checked against serde_json by the tests and the fuzz targets.

use crate::facts::errors::{Expected, InputError};
use crate::facts::value::{limits, Value};
use serde::ser::{self, Serialize};
use std::fmt::{self, Write as _};

// ---------------------------------------------------------------------------------
// Reading

/// Parses JSON text (RFC 8259) into a value tree under the input limits.
pub fn parse(text: &str) -> Result<Value, InputError> {
    if text.len() > limits::MAX_INPUT_BYTES {
        return Err(InputError {
            path: String::new(),
            expected: Expected::Json(format!("a text of at most {} bytes", limits::MAX_INPUT_BYTES)),
            found: None,
        });
    }
    let mut reader = Reader { text, bytes: text.as_bytes(), position: 0 };
    reader.skip_whitespace();
    let value = reader.value(0)?;
    reader.skip_whitespace();
    if reader.position < reader.bytes.len() {
        return Err(reader.error("the end of the input"));
    }
    Ok(value)
}

struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    position: usize,
}

impl Reader<'_> {
    fn error(&self, expected: &str) -> InputError {
        let before = self.bytes.get(..self.position).unwrap_or_default();
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        let found = match self.bytes.get(self.position) {
            None => "the end of the input".to_owned(),
            Some(byte) if byte.is_ascii_graphic() => format!("'{}'", char::from(*byte)),
            Some(byte) => format!("byte 0x{byte:02x}"),
        };
        InputError {
            path: String::new(),
            expected: Expected::Json(format!("{expected} at line {line} column {column}, found {found}")),
            found: None,
        }
    }

    fn limit(&self, what: &str) -> InputError {
        InputError { path: String::new(), expected: Expected::Json(what.to_owned()), found: None }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.position += 1;
        }
    }

    fn expect_literal(&mut self, literal: &str, value: Value) -> Result<Value, InputError> {
        if self.bytes.get(self.position..self.position + literal.len()) == Some(literal.as_bytes()) {
            self.position += literal.len();
            Ok(value)
        } else {
            Err(self.error("a JSON value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, InputError> {
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.expect_literal("true", Value::Bool(true)),
            Some(b'f') => self.expect_literal("false", Value::Bool(false)),
            Some(b'n') => self.expect_literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("a JSON value")),
        }
    }

    fn nested(&self, depth: usize) -> Result<usize, InputError> {
        if depth >= limits::MAX_DEPTH {
            Err(self.limit(&format!("input nested more than {} levels deep", limits::MAX_DEPTH)))
        } else {
            Ok(depth + 1)
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, InputError> {
        let depth = self.nested(depth)?;
        self.position += 1;
        let mut entries = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.position += 1;
            return Ok(Value::Object(entries));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error("a key in double quotes"));
            }
            let key = self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err(self.error("':'"));
            }
            self.position += 1;
            self.skip_whitespace();
            let value = self.value(depth)?;
            if entries.len() == limits::MAX_OBJECT_LEN {
                return Err(self.limit(&format!("an object with more than {} keys", limits::MAX_OBJECT_LEN)));
            }
            entries.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.position += 1,
                Some(b'}') => {
                    self.position += 1;
                    return Ok(Value::Object(entries));
                }
                _ => return Err(self.error("',' or '}'")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, InputError> {
        let depth = self.nested(depth)?;
        self.position += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.position += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            let value = self.value(depth)?;
            if items.len() == limits::MAX_ARRAY_LEN {
                return Err(self.limit(&format!("an array with more than {} elements", limits::MAX_ARRAY_LEN)));
            }
            items.push(value);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.position += 1,
                Some(b']') => {
                    self.position += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("',' or ']'")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, InputError> {
        let digits = self.bytes.get(self.position..self.position + 4).ok_or_else(|| self.error("four hex digits"))?;
        let mut code = 0;
        for digit in digits {
            let value = char::from(*digit).to_digit(16).ok_or_else(|| self.error("four hex digits"))?;
            code = code * 16 + value;
        }
        self.position += 4;
        Ok(code)
    }

    fn string(&mut self) -> Result<String, InputError> {
        self.position += 1;
        let mut out = String::new();
        loop {
            let start = self.position;
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.position += 1;
            }
            // Runs stop only at ASCII bytes or the end, so they are whole characters.
            out.push_str(self.text.get(start..self.position).unwrap_or_default());
            if out.len() > limits::MAX_STRING_BYTES {
                return Err(self.limit(&format!("a string longer than {} bytes", limits::MAX_STRING_BYTES)));
            }
            match self.peek() {
                Some(b'"') => {
                    self.position += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.position += 1;
                    let escape = self.peek().ok_or_else(|| self.error("an escape"))?;
                    self.position += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if self.bytes.get(self.position..self.position + 2) != Some(b"\\u") {
                                    return Err(self.error("the second half of a surrogate pair"));
                                }
                                self.position += 2;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error("the second half of a surrogate pair"));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(char::from_u32(code).ok_or_else(|| self.error("a valid character escape"))?);
                        }
                        _ => {
                            self.position -= 1;
                            return Err(self.error("a valid escape"));
                        }
                    }
                }
                _ => return Err(self.error("'\"' to close the string")),
            }
        }
    }

    fn number(&mut self) -> Result<Value, InputError> {
        let start = self.position;
        if self.peek() == Some(b'-') {
            self.position += 1;
        }
        match self.peek() {
            Some(b'0') => self.position += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("a digit")),
        }
        if self.peek() == Some(b'.') {
            self.position += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("a digit after '.'"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.position += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.position += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("a digit in the exponent"));
            }
            self.digits();
        }
        let text = self.bytes.get(start..self.position).unwrap_or_default();
        match number_value(text) {
            Some(number) if number.is_finite() => Ok(Value::Number(number)),
            _ => Err(self.limit("a number JSON can hold")),
        }
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.position += 1;
        }
    }
}

/// The value of a JSON number already checked for syntax. Up to 19 significant
/// digits are used (the rest cannot change a value the contract accepts), so the
/// module needs no general decimal-to-float conversion.
fn number_value(text: &[u8]) -> Option<f64> {
    let (negative, text) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut exponent: i32 = 0;
    let mut seen_point = false;
    let mut rest = text;
    while let Some((byte, tail)) = rest.split_first() {
        match byte {
            b'0'..=b'9' => {
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    if mantissa > 0 {
                        digits += 1;
                    }
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    exponent += 1;
                }
            }
            b'.' => seen_point = true,
            b'e' | b'E' => {
                let (sign, tail) = match tail.split_first() {
                    Some((b'-', t)) => (-1, t),
                    Some((b'+', t)) => (1, t),
                    _ => (1, tail),
                };
                let mut value: i32 = 0;
                for digit in tail {
                    value = value.saturating_mul(10).saturating_add(i32::from(digit - b'0'));
                }
                exponent = exponent.saturating_add(sign * value);
                break;
            }
            _ => return None,
        }
        rest = tail;
    }
    // Beyond ±400 every double is 0 or infinite; clamping first also keeps the
    // negation below from overflowing on an exponent of i32::MIN (`1E-9999999999`).
    let exponent = exponent.clamp(-400, 400);
    let magnitude = if mantissa == 0 {
        0.0
    } else if exponent >= 0 {
        mantissa as f64 * 10f64.powi(exponent)
    } else {
        mantissa as f64 / 10f64.powi(-exponent)
    };
    Some(if negative { -magnitude } else { magnitude })
}

// ---------------------------------------------------------------------------------
// Writing

/// Writes anything serialisable as compact JSON.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = String::with_capacity(4096);
    // Writing to a String cannot fail, and every type written here is a plain tree.
    let _ = value.serialize(Writer { out: &mut out });
    out
}

/// A writing failure (never happens for the crate's own types).
#[derive(Debug)]
pub struct WriteError(String);

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for WriteError {}
impl ser::Error for WriteError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        WriteError(message.to_string())
    }
}

struct Writer<'o> {
    out: &'o mut String,
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    let mut start = 0;
    for (index, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(text.get(start..index).unwrap_or_default());
        if escape.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escape);
        }
        start = index + 1;
    }
    out.push_str(text.get(start..).unwrap_or_default());
    out.push('"');
}

/// Writes a number: integers exactly, other values with up to nine decimals, and very
/// large ones in exponent form (the crate's own numbers are years and counts; this only
/// has to stay valid JSON for anything else).
fn write_number(out: &mut String, number: f64) {
    if !number.is_finite() {
        out.push_str("null");
    } else if number.fract() == 0.0 && number.abs() < 9.0e18 {
        let _ = write!(out, "{}", number as i64);
    } else if number.abs() < 1e9 {
        write_decimal(out, number);
    } else {
        let mut mantissa = number.abs();
        let mut exponent = 0;
        while mantissa >= 10.0 {
            mantissa /= 10.0;
            exponent += 1;
        }
        write_decimal(out, if number < 0.0 { -mantissa } else { mantissa });
        let _ = write!(out, "e{exponent}");
    }
}

/// Writes a number below 10⁹ in magnitude with up to nine decimals.
fn write_decimal(out: &mut String, number: f64) {
    let scaled = (number.abs() * 1e9).round() as u64;
    if scaled == 0 {
        out.push('0');
        return;
    }
    if number < 0.0 {
        out.push('-');
    }
    let (whole, fraction) = (scaled / 1_000_000_000, scaled % 1_000_000_000);
    let _ = write!(out, "{whole}");
    if fraction != 0 {
        let digits = format!("{fraction:09}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

macro_rules! write_display {
    ($($method:ident: $type:ty),*) => {
        $(fn $method(self, value: $type) -> Result<(), WriteError> {
            let _ = write!(self.out, "{value}");
            Ok(())
        })*
    };
}

impl<'o> ser::Serializer for Writer<'o> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Compound<'o>;
    type SerializeTuple = Compound<'o>;
    type SerializeTupleStruct = Compound<'o>;
    type SerializeTupleVariant = Compound<'o>;
    type SerializeMap = Compound<'o>;
    type SerializeStruct = Compound<'o>;
    type SerializeStructVariant = Compound<'o>;

    fn serialize_bool(self, value: bool) -> Result<(), WriteError> {
        self.out.push_str(if value { "true" } else { "false" });
        Ok(())
    }
    write_display!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);
    fn serialize_f32(self, value: f32) -> Result<(), WriteError> {
        write_number(self.out, f64::from(value));
        Ok(())
    }
    fn serialize_f64(self, value: f64) -> Result<(), WriteError> {
        write_number(self.out, value);
        Ok(())
    }
    fn serialize_char(self, value: char) -> Result<(), WriteError> {
        write_string(self.out, value.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, value: &str) -> Result<(), WriteError> {
        write_string(self.out, value);
        Ok(())
    }
    fn serialize_bytes(self, value: &[u8]) -> Result<(), WriteError> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(value.len()))?;
        for byte in value {
            seq.serialize_element(byte)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), WriteError> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), WriteError> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), WriteError> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), WriteError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.out.push('{');
        write_string(self.out, variant);
        self.out.push(':');
        value.serialize(Writer { out: self.out })?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'o>, WriteError> {
        self.out.push('[');
        Ok(Compound { out: self.out, first: true, close: "]" })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'o>, WriteError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'o>, WriteError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'o>, WriteError> {
        self.out.push('{');
        write_string(self.out, variant);
        self.out.push_str(":[");
        Ok(Compound { out: self.out, first: true, close: "]}" })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'o>, WriteError> {
        self.out.push('{');
        Ok(Compound { out: self.out, first: true, close: "}" })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'o>, WriteError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'o>, WriteError> {
        self.out.push('{');
        write_string(self.out, variant);
        self.out.push_str(":{");
        Ok(Compound { out: self.out, first: true, close: "}}" })
    }
}

/// A sequence, map or struct being written.
pub struct Compound<'o> {
    out: &'o mut String,
    first: bool,
    close: &'static str,
}

impl Compound<'_> {
    fn separator(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.separator();
        value.serialize(Writer { out: self.out })
    }
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), WriteError> {
        self.key(key);
        value.serialize(Writer { out: self.out })
    }
    /// A struct field's name and colon: out of line, as the one part of the twenty-odd
    /// copies of [`Self::field`] (one per field type) that does not depend on the type.
    /// Field names are the crate's own identifiers, which need no escaping.
    #[inline(never)]
    fn key(&mut self, key: &'static str) {
        self.separator();
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }
    fn finish(self) -> Result<(), WriteError> {
        self.out.push_str(self.close);
        Ok(())
    }
}

/// The sequence-like serialisers all write elements the same way.
macro_rules! sequence {
    ($($trait:ident :: $method:ident),+) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = WriteError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
                self.element(value)
            }
            fn end(self) -> Result<(), WriteError> {
                self.finish()
            }
        }
    )+};
}
sequence!(SerializeSeq::serialize_element, SerializeTuple::serialize_element, SerializeTupleStruct::serialize_field, SerializeTupleVariant::serialize_field);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), WriteError> {
        self.separator();
        // Keys are strings in every map the crate writes.
        key.serialize(Writer { out: self.out })?;
        self.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        value.serialize(Writer { out: self.out })
    }
    fn end(self) -> Result<(), WriteError> {
        self.finish()
    }
}
/// Structs and struct variants write named fields the same way.
macro_rules! fields {
    ($($trait:ident),+) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = WriteError;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), WriteError> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), WriteError> {
                self.finish()
            }
        }
    )+};
}
fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let value = parse(r#" {"a": [1, -2.5e1, true, false, null, "x\"\u00e9\ud83d\ude00"], "b": {}} "#).expect("valid");
        assert_eq!(
            value,
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number(1.0),
                        Value::Number(-25.0),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null,
                        Value::String("x\"é😀".into()),
                    ])
                ),
                ("b".into(), Value::Object(vec![])),
            ])
        );
    }

    #[test]
    fn rejects_what_json_does_not_allow() {
        for text in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"\\x\"", "\"a", "tru", "[1] 2", "\"\u{1}\"", "{'a':1}"] {
            assert!(parse(text).is_err(), "accepted {text:?}");
        }
    }

    #[test]
    fn reports_where_the_text_goes_wrong() {
        let error = parse("{\n  \"a\": tru\n}").expect_err("invalid");
        let message = error.message(crate::i18n::Lang::En);
        assert!(message.contains("line 2 column 8"), "{message}");
    }

    #[test]
    fn reads_numbers() {
        for (text, value) in [("0", 0.0), ("4", 4.0), ("-3.5", -3.5), ("1e2", 100.0), ("2.5E-1", 0.25), ("100", 100.0)] {
            assert_eq!(parse(text).ok(), Some(Value::Number(value)), "{text}");
        }
        assert!(parse("1e400").is_err());
        // Exponents far outside any double (found by fuzzing: the negation overflowed).
        assert_eq!(parse("2.5E-99999999999999").ok(), Some(Value::Number(0.0)));
        assert_eq!(parse("0.5e-2147483648").ok(), Some(Value::Number(0.0)));
        assert!(parse("2E+99999999999999").is_err());
    }

    #[test]
    fn writes_numbers_as_valid_json() {
        for (number, text) in [(4.0, "4"), (-2.5, "-2.5"), (1e20, "1e20"), (1.5e300, "1.5e300"), (1e-12, "0"), (0.125, "0.125")] {
            assert_eq!(to_string(&number), text);
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "[".repeat(limits::MAX_DEPTH + 1) + &"]".repeat(limits::MAX_DEPTH + 1);
        assert!(parse(&deep).is_err());
        let fine = "[".repeat(limits::MAX_DEPTH) + &"]".repeat(limits::MAX_DEPTH);
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"a":[1,-25,true,false,null,"x\"é😀\n\u0001"],"b":{},"c":0.5}"#;
        let value = parse(text).expect("valid");
        assert_eq!(to_string(&value), text);
    }
}
