//! A plain JSON tree that any serde source can produce (serde_json natively, a JS object
//! through serde-wasm-bindgen in the browser), so that validation is written once,
//! generic over the field table, and reports every error with its field path whatever
//! the caller.
//!
//! Reading a tree is already bounded: nesting depth, array length, object size and
//! string length are capped here, so that a hostile input stays cheap however it
//! arrives. The caps are far above anything a valid deployment or policy needs.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::fmt;

/// Limits on the shape of any input tree.
pub mod limits {
    /// Deepest nesting of arrays and objects accepted (a policy document needs 5).
    pub const MAX_DEPTH: usize = 16;
    /// Most elements in one array.
    pub const MAX_ARRAY_LEN: usize = 256;
    /// Most keys in one object.
    pub const MAX_OBJECT_LEN: usize = 256;
    /// Longest string, in bytes (free-text fields have their own, smaller, limits).
    pub const MAX_STRING_BYTES: usize = 65_536;
    /// Largest input accepted, in bytes of JSON text (a JavaScript value is counted
    /// as its strings' bytes plus one for every value).
    pub const MAX_INPUT_BYTES: usize = 1 << 20;
}

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number (JSON has one number type).
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object; keys keep their order and duplicates are kept so they can be reported.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// A short description of the value for error messages: its JSON form, cut short.
    pub fn describe(&self) -> String {
        const MAX: usize = 40;
        let full = match self {
            Value::Null => "null".to_owned(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => format_number(*n),
            Value::String(s) => format!("\"{s}\""),
            Value::Array(items) if items.is_empty() => "[]".to_owned(),
            Value::Array(_) => "[…]".to_owned(),
            Value::Object(entries) if entries.is_empty() => "{}".to_owned(),
            Value::Object(_) => "{…}".to_owned(),
        };
        if full.chars().count() > MAX {
            let cut: String = full.chars().take(MAX - 1).collect();
            format!("{cut}…")
        } else {
            full
        }
    }
}

/// Formats a number for messages: integers as integers, anything else rounded to two
/// decimals. Written by hand so the WebAssembly module carries no general float
/// formatting.
pub fn format_number(n: f64) -> String {
    if !n.is_finite() {
        return "NaN".to_owned();
    }
    let hundredths = (n.abs() * 100.0).round();
    if hundredths >= 1e17 {
        return if n < 0.0 { "-huge".to_owned() } else { "huge".to_owned() };
    }
    let hundredths = hundredths as u64;
    let sign = if n < 0.0 && hundredths > 0 { "-" } else { "" };
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    match fraction {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(format_number(4.0), "4");
        assert_eq!(format_number(3.5), "3.5");
        assert_eq!(format_number(2.25), "2.25");
        assert_eq!(format_number(-1.0), "-1");
        assert_eq!(format_number(0.001), "0");
        assert_eq!(format_number(f64::NAN), "NaN");
    }
}

impl Value {
    /// Reads a value tree from any serde source: serde_json natively, a JavaScript
    /// value through serde-wasm-bindgen in the module. Every limit of [`limits`] holds
    /// whatever the source, so a hostile input costs little however it arrives.
    pub fn read<'de, D: Deserializer<'de>>(source: D) -> Result<Value, D::Error> {
        let budget = Cell::new(limits::MAX_INPUT_BYTES);
        Reader { depth: 0, budget: &budget }.deserialize(source)
    }
}

/// Reads one value at a given depth, drawing on the budget of the whole input.
#[derive(Clone, Copy)]
struct Reader<'b> {
    depth: usize,
    /// Bytes the rest of the input may still take, counted as JSON text would be
    /// (a string's bytes, one for any other value): a JavaScript value has no text
    /// whose length could be checked first.
    budget: &'b Cell<usize>,
}

impl Reader<'_> {
    fn nested<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= limits::MAX_DEPTH {
            return Err(E::custom(format_args!("input nested more than {} levels deep", limits::MAX_DEPTH)));
        }
        Ok(Self { depth: self.depth + 1, ..self })
    }

    fn spend<E: de::Error>(self, bytes: usize) -> Result<(), E> {
        match self.budget.get().checked_sub(bytes.saturating_add(1)) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => Err(E::custom(format_args!("an input of at most {} bytes", limits::MAX_INPUT_BYTES))),
        }
    }

    fn string<E: de::Error>(self, text: &str) -> Result<(), E> {
        if text.len() > limits::MAX_STRING_BYTES {
            return Err(E::custom(format_args!("a string longer than {} bytes", limits::MAX_STRING_BYTES)));
        }
        self.spend(text.len())
    }
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        self.spend(0)?;
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.visit_f64(v as f64)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.visit_f64(v as f64)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.spend(0)?;
        Ok(Value::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        self.string(v)?;
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        self.string(&v)?;
        Ok(Value::String(v))
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.spend(0)?;
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.spend(0)?;
        let inner = self.nested()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(16));
        while let Some(item) = seq.next_element_seed(inner)? {
            if items.len() == limits::MAX_ARRAY_LEN {
                return Err(de::Error::custom(format_args!(
                    "an array with more than {} elements",
                    limits::MAX_ARRAY_LEN
                )));
            }
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.spend(0)?;
        let inner = self.nested()?;
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(16));
        while let Some(key) = map.next_key::<String>()? {
            if entries.len() == limits::MAX_OBJECT_LEN {
                return Err(de::Error::custom(format_args!(
                    "an object with more than {} keys",
                    limits::MAX_OBJECT_LEN
                )));
            }
            inner.string(&key)?;
            let value = map.next_value_seed(inner)?;
            entries.push((key, value));
        }
        Ok(Value::Object(entries))
    }
}

/// A JSON value written in the crate's own source (the quick-start fragments) or
/// generated from its data files (the built-in policies): constant data that becomes a
/// [`Value`] when needed, so that the WebAssembly module carries no JSON reader.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Literal {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(&'static str),
    /// An array.
    Array(&'static [Literal]),
    /// An object, keys in order.
    Object(&'static [(&'static str, Literal)]),
}

impl Literal {
    /// The value tree.
    pub fn to_value(self) -> Value {
        match self {
            Literal::Null => Value::Null,
            Literal::Bool(flag) => Value::Bool(flag),
            Literal::Number(number) => Value::Number(number),
            Literal::String(text) => Value::String(text.to_owned()),
            Literal::Array(items) => Value::Array(items.iter().map(|item| item.to_value()).collect()),
            Literal::Object(entries) => {
                Value::Object(entries.iter().map(|(key, value)| ((*key).to_owned(), value.to_value())).collect())
            }
        }
    }
}

/// A [`Literal`] written as JSON: `literal!({"functions": ["identification"], "remote": true})`.
/// Strings, booleans, `null`, arrays and objects (the quick starts need no numbers).
#[macro_export]
macro_rules! literal {
    (null) => { $crate::facts::value::Literal::Null };
    (true) => { $crate::facts::value::Literal::Bool(true) };
    (false) => { $crate::facts::value::Literal::Bool(false) };
    ([$($item:tt),* $(,)?]) => { $crate::facts::value::Literal::Array(&[$($crate::literal!($item)),*]) };
    ({$($key:literal : $value:tt),* $(,)?}) => {
        $crate::facts::value::Literal::Object(&[$(($key, $crate::literal!($value))),*])
    };
    ($text:literal) => { $crate::facts::value::Literal::String($text) };
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
                serializer.serialize_i64(*n as i64)
            }
            Value::Number(n) => serializer.serialize_f64(*n),
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}
