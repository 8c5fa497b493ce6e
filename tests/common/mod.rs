//! The one place tests call the engine: build a deployment from JSON, assess it, and
//! look at what a regime says.
#![expect(clippy::expect_used, clippy::indexing_slicing, clippy::panic, reason = "a test stops at the first thing that is not as expected")]

#![allow(dead_code, reason = "each test file uses part of the helpers")]

use biometric_check::assessment::RegimeAssessment;
use biometric_check::i18n::Lang;
use biometric_check::{assess, json, Assessment, Date, Deployment, Options};
use serde_json::Value as Json;

/// The day the tests pretend it is.
pub fn today() -> Date {
    Date::parse("2026-11-23").expect("valid date")
}

/// Default options on the test day.
pub fn options() -> Options {
    Options::new(Lang::En, today())
}

/// Assesses a deployment given as JSON, with default options.
pub fn assess_json(input: &Json) -> Assessment {
    assess_with(input, &options())
}

/// Assesses a deployment given as JSON.
pub fn assess_with(input: &Json, options: &Options) -> Assessment {
    let value = json::parse(&input.to_string()).expect("test input is JSON");
    let deployment = Deployment::from_value(&value).unwrap_or_else(|errors| panic!("invalid test input: {errors:?}"));
    assess(&deployment, options).expect("options are valid")
}

/// What one regime says.
pub fn regime<'a>(assessment: &'a Assessment, id: &str) -> &'a RegimeAssessment {
    assessment.regimes.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no regime {id}"))
}

/// A regime's verdict keyword (`incomplete` included).
pub fn verdict(input: &Json, regime_id: &str) -> String {
    regime(&assess_json(input), regime_id).verdict.keyword().to_owned()
}

/// Every citation reference of a regime's findings.
pub fn finding_refs(regime: &RegimeAssessment) -> Vec<String> {
    regime.findings.iter().flat_map(|f| f.citations.iter().map(|c| c.reference.to_string())).collect()
}

/// Every finding id of a regime.
pub fn finding_ids(regime: &RegimeAssessment) -> Vec<&str> {
    regime.findings.iter().map(|f| f.id.as_ref()).collect()
}

/// `base` with `changes` merged in (objects merge key by key, anything else replaces).
pub fn with(base: &Json, changes: &Json) -> Json {
    match (base, changes) {
        (Json::Object(base), Json::Object(changes)) => {
            let mut merged = base.clone();
            for (key, value) in changes {
                let next = match merged.get(key) {
                    Some(existing) => with(existing, value),
                    None => value.clone(),
                };
                merged.insert(key.clone(), next);
            }
            Json::Object(merged)
        }
        (_, changes) => changes.clone(),
    }
}

/// A base deployment with one fact (or a few that belong together) changed.
pub fn changed(base: fn() -> Json, changes: Json) -> Json {
    with(&base(), &changes)
}

/// `base` without the field at a dotted path.
pub fn without(base: &Json, path: &str) -> Json {
    let mut copy = base.clone();
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop().unwrap_or_default();
    let mut target = &mut copy;
    for part in parts {
        target = &mut target[part];
    }
    if let Json::Object(map) = target {
        map.remove(last);
    }
    copy
}

/// A worked case of the project's scenario files.
pub struct Scenario {
    pub id: String,
    pub input: Json,
    pub expect: Json,
}

/// The worked cases in `tests/scenarios/<file>`.
pub fn scenarios(file: &str) -> Vec<Scenario> {
    let path = format!("{}/tests/scenarios/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("scenario file");
    let cases: Vec<Json> = serde_json::from_str(&text).expect("scenario JSON");
    cases
        .into_iter()
        .map(|case| Scenario {
            id: case["id"].as_str().unwrap_or_default().to_owned(),
            input: case["input"].clone(),
            expect: case["expect"].clone(),
        })
        .collect()
}

/// The differences between what a scenario expects and what an assessment says.
/// A list of verdicts means any of them; `np` means "not prohibited".
pub fn mismatches(scenario: &Scenario, regimes: &[(String, String, Vec<String>)]) -> Vec<String> {
    let mut problems = Vec::new();
    let Json::Object(expect) = &scenario.expect else { return vec!["no expectations".into()] };
    for (regime_id, expected) in expect {
        // Checked by the library tests, which see the whole assessment.
        if ["cites", "overall", "possible", "outcomes"].contains(&regime_id.as_str()) {
            continue;
        }
        let Some((_, got, _)) = regimes.iter().find(|(id, _, _)| id == regime_id) else {
            problems.push(format!("{regime_id}: not assessed"));
            continue;
        };
        let ok = match expected {
            Json::String(s) if s == "np" => got != "prohibited",
            Json::String(s) => got == s,
            Json::Array(options) => options.iter().any(|o| o.as_str() == Some(got)),
            _ => false,
        };
        if !ok {
            problems.push(format!("{regime_id}: expected {expected}, got {got}"));
        }
    }
    if let Some(Json::Object(cites)) = expect.get("cites") {
        for (regime_id, wanted) in cites {
            let refs = regimes.iter().find(|(id, _, _)| id == regime_id).map(|(_, _, refs)| refs.clone()).unwrap_or_default();
            for want in wanted.as_array().into_iter().flatten().filter_map(Json::as_str) {
                if !refs.iter().any(|r| r.contains(want)) {
                    problems.push(format!("{regime_id}: no finding cites {want} (refs: {refs:?})"));
                }
            }
        }
    }
    problems
}

// ---------------------------------------------------------------------------------
// Looking at one regime's report.

/// Asserts a regime's verdict, showing the reasoning when it differs.
#[track_caller]
pub fn expect(input: &Json, regime_id: &str, expected: &str) {
    let assessment = assess_json(input);
    let report = regime(&assessment, regime_id);
    assert_eq!(
        report.verdict.keyword(),
        expected,
        "{regime_id}: findings {:?}, conditions {:?}",
        finding_ids(report),
        report.conditions.iter().map(|c| (c.id.to_string(), c.status)).collect::<Vec<_>>()
    );
}

/// A regime's part of the report, as the output contract writes it.
pub fn report(input: &Json, regime_id: &str) -> Json {
    serde_json::to_value(regime(&assess_json(input), regime_id)).expect("the report is JSON")
}

/// The ids of a list of findings, conditions or obligations.
pub fn ids(list: &Json) -> Vec<&str> {
    list.as_array().into_iter().flatten().filter_map(|item| item["id"].as_str()).collect()
}

/// One finding, condition or obligation of a report, by id.
#[track_caller]
pub fn item<'a>(report: &'a Json, list: &str, id: &str) -> &'a Json {
    report[list]
        .as_array()
        .into_iter()
        .flatten()
        .find(|item| item["id"] == id)
        .unwrap_or_else(|| panic!("no {list} {id} in {:?}", ids(&report[list])))
}

/// The references an item cites.
pub fn refs(item: &Json) -> Vec<&str> {
    item["citations"].as_array().into_iter().flatten().filter_map(|c| c["ref"].as_str()).collect()
}

/// Asserts that a finding is made and cites a provision.
#[track_caller]
pub fn assert_finding(input: &Json, regime_id: &str, id: &str, cites: &str) {
    let report = report(input, regime_id);
    let finding = item(&report, "findings", id);
    assert!(refs(finding).contains(&cites), "{id} cites {:?}, not {cites}", refs(finding));
}

/// Asserts that a regime's findings cite a provision somewhere.
#[track_caller]
pub fn assert_cites(input: &Json, regime_id: &str, reference: &str) {
    let assessment = assess_json(input);
    let refs = finding_refs(regime(&assessment, regime_id));
    assert!(refs.iter().any(|r| r == reference), "{regime_id} does not cite {reference}: {refs:?}");
}

/// The status of a condition.
#[track_caller]
pub fn condition(input: &Json, regime_id: &str, id: &str) -> String {
    let report = report(input, regime_id);
    item(&report, "conditions", id)["status"].as_str().unwrap_or_default().to_owned()
}

/// The obligation ids of a regime.
pub fn obligations(input: &Json, regime_id: &str) -> Vec<String> {
    ids(&report(input, regime_id)["obligations"]).into_iter().map(str::to_owned).collect()
}
