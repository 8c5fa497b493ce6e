//! The API cases of `tests/scenarios/api-cases.json`, run through the package API with
//! JSON text in and out, and compared with the outputs the native library recorded in
//! `tests/scenarios/api-expected.jsonl` as parsed values (so that how a number or an
//! object is written does not matter, only what it is). Shared by the native test
//! (which records) and the WebAssembly tests (which run the module's exports).

use serde_json::Value;

/// The cases, as JSON text.
pub const CASES: &str = include_str!("../scenarios/api-cases.json");
/// The recorded outputs, one line per case.
pub const EXPECTED: &str = include_str!("../scenarios/api-expected.jsonl");

/// The API to run the cases through.
pub trait Api {
    /// `assess`.
    fn assess(&self, deployment: &str, options: &str) -> String;
    /// `questions`.
    fn questions(&self, lang: &str) -> String;
    /// `validatePolicy`.
    fn validate_policy(&self, policy: &str, lang: &str) -> String;
    /// `version`.
    fn version(&self) -> String;
    /// `registerMessages` (a build without the language compiled in needs it first).
    fn register(&self, lang: &str, catalogue: &str) -> String;
    /// Whether the API reads JSON text, so that the cases of text that is not JSON, or
    /// whose errors say where in the text they are, apply (the module reads values).
    fn reads_text(&self) -> bool;
}

/// The catalogues of the languages the wasm module loads on demand.
pub const CATALOGUES: &[(&str, &str)] = &[
    ("sv", include_str!("../../src/i18n/sv.messages")),
    ("es", include_str!("../../src/i18n/es.messages")),
    ("ca", include_str!("../../src/i18n/ca.messages")),
    ("nl", include_str!("../../src/i18n/nl.messages")),
    ("fr", include_str!("../../src/i18n/fr.messages")),
    ("de", include_str!("../../src/i18n/de.messages")),
];

fn field<'v>(case: &'v Value, key: &str) -> Option<&'v Value> {
    case.get(key)
}

fn text(case: &Value, key: &str) -> String {
    field(case, key).and_then(Value::as_str).unwrap_or_default().to_owned()
}

/// Runs every case, after loading every language; returns (name, output) pairs, the
/// output `None` for a case about JSON text when the API reads values.
pub fn run(api: &dyn Api) -> Vec<(String, Option<String>)> {
    for (lang, catalogue) in CATALOGUES {
        let registered = api.register(lang, catalogue);
        assert!(registered.contains("\"success\""), "{lang}: {registered}");
    }
    let Ok(Value::Array(cases)) = serde_json::from_str(CASES) else { return Vec::new() };
    cases
        .iter()
        .map(|case| {
            let as_json = |key: &str| field(case, key).map(Value::to_string).unwrap_or_else(|| "null".to_owned());
            let output = match text(case, "call").as_str() {
                "assess" if field(case, "deployment_text").is_some() => {
                    if !api.reads_text() {
                        return (text(case, "name"), None);
                    }
                    api.assess(&text(case, "deployment_text"), &as_json("options"))
                }
                "assess" => api.assess(&as_json("deployment"), &as_json("options")),
                "questions" => api.questions(&text(case, "lang")),
                "validate-policy" => api.validate_policy(&as_json("policy"), &text(case, "lang")),
                _ => api.version(),
            };
            (text(case, "name"), Some(output))
        })
        .collect()
}

/// The cases whose output differs from the recorded one.
pub fn differences(api: &dyn Api) -> Vec<String> {
    let outputs = run(api);
    let expected: Vec<&str> = EXPECTED.lines().collect();
    let mut problems = Vec::new();
    if outputs.len() != expected.len() {
        problems.push(format!("{} cases but {} recorded outputs", outputs.len(), expected.len()));
    }
    for ((name, output), recorded) in outputs.iter().zip(&expected) {
        let Some(output) = output else { continue };
        let parsed = |text: &str| {
            serde_json::from_str::<Value>(text).map(by_value).unwrap_or_else(|error| Value::String(error.to_string()))
        };
        let (got, want) = (parsed(output), parsed(recorded));
        if got != want {
            problems.push(format!("{name}: {}", first_difference("", &got, &want)));
        }
    }
    problems
}

/// A JSON value with every number as a double, as JSON has one kind of number
/// (`100`, `100.0` and `1e2` are the same value; serde_json tells them apart).
fn by_value(value: Value) -> Value {
    match value {
        Value::Number(number) => number.as_f64().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number),
        Value::Array(items) => Value::Array(items.into_iter().map(by_value).collect()),
        Value::Object(members) => Value::Object(members.into_iter().map(|(key, item)| (key, by_value(item))).collect()),
        other => other,
    }
}

/// Where two values first differ, by path.
fn first_difference(path: &str, got: &Value, want: &Value) -> String {
    match (got, want) {
        (Value::Object(a), Value::Object(b)) => {
            for key in a.keys().chain(b.keys()) {
                let (x, y) = (a.get(key).unwrap_or(&Value::Null), b.get(key).unwrap_or(&Value::Null));
                if x != y || a.contains_key(key) != b.contains_key(key) {
                    return first_difference(&format!("{path}.{key}"), x, y);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                if x != y {
                    return first_difference(&format!("{path}[{index}]"), x, y);
                }
            }
        }
        _ => {}
    }
    let cut = |value: &Value| value.to_string().chars().take(120).collect::<String>();
    format!("differs at {path}:\n  got      {}\n  recorded {}", cut(got), cut(want))
}
