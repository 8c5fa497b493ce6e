//! The API cases of `tests/scenarios/api-cases.json`, run through a JSON-text API and
//! compared byte for byte with the outputs the native library recorded in
//! `tests/scenarios/api-expected.jsonl`. Shared by the native test (which records) and
//! the WebAssembly tests (which run the module's exports).

use biometric_check::facts::Value;
use biometric_check::json_text;

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
    match case {
        Value::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

fn text(case: &Value, key: &str) -> String {
    match field(case, key) {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// Runs every case, after loading every language; returns (name, output) pairs.
pub fn run(api: &dyn Api) -> Vec<(String, String)> {
    for (lang, catalogue) in CATALOGUES {
        let registered = api.register(lang, catalogue);
        assert!(registered.contains("\"success\""), "{lang}: {registered}");
    }
    let Ok(Value::Array(cases)) = json_text::parse(CASES) else { return Vec::new() };
    cases
        .iter()
        .map(|case| {
            let as_json = |key: &str| field(case, key).map(json_text::to_string).unwrap_or_else(|| "null".to_owned());
            let output = match text(case, "call").as_str() {
                "assess" => {
                    let deployment =
                        if field(case, "deployment_text").is_some() { text(case, "deployment_text") } else { as_json("deployment") };
                    api.assess(&deployment, &as_json("options"))
                }
                "questions" => api.questions(&text(case, "lang")),
                "validate-policy" => api.validate_policy(&as_json("policy"), &text(case, "lang")),
                _ => api.version(),
            };
            (text(case, "name"), output)
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
        if output != recorded {
            let at = output.bytes().zip(recorded.bytes()).position(|(a, b)| a != b).unwrap_or(0);
            let start = at.saturating_sub(60);
            problems.push(format!(
                "{name}: differs at byte {at}:\n  got      {}\n  recorded {}",
                output.get(start..(at + 60).min(output.len())).unwrap_or_default(),
                recorded.get(start..(at + 60).min(recorded.len())).unwrap_or_default()
            ));
        }
    }
    problems
}
