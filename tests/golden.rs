//! The worked cases of `tests/scenarios/` (`dev.json`, and `law.json` for data
//! protection law, dates of use and undecided outcomes), through the library and through
//! the command line: every expected verdict and citation must hold.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assess_json, finding_refs, mismatches, regime, scenarios, Scenario};
use std::io::Write;
use std::process::{Command, Stdio};

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_biometric-check"))
}

/// Every worked case, of every file.
fn all_scenarios() -> Vec<Scenario> {
    ["dev.json", "law.json"].into_iter().flat_map(scenarios).collect()
}

#[test]
fn every_worked_case_holds_through_the_library() {
    let mut failures = Vec::new();
    for scenario in all_scenarios() {
        let assessment = assess_json(&scenario.input);
        let regimes: Vec<_> = assessment
            .regimes
            .iter()
            .map(|r| (r.id.clone(), r.verdict.keyword().to_owned(), finding_refs(r)))
            .collect();
        for problem in mismatches(&scenario, &regimes) {
            failures.push(format!("{}: {problem}", scenario.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn regimes_of(output: &serde_json::Value) -> Vec<(String, String, Vec<String>)> {
    output["regimes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let refs = r["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|f| f["citations"].as_array().into_iter().flatten())
                .filter_map(|c| c["ref"].as_str().map(str::to_owned))
                .collect();
            (r["id"].as_str().unwrap_or_default().to_owned(), r["verdict"].as_str().unwrap_or_default().to_owned(), refs)
        })
        .collect()
}

#[test]
fn every_worked_case_holds_through_the_cli() {
    let mut failures = Vec::new();
    for scenario in all_scenarios() {
        let mut child = cli().args(["assess", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("cli runs");
        child.stdin.take().expect("stdin").write_all(scenario.input.to_string().as_bytes()).expect("write");
        let output = child.wait_with_output().expect("cli finishes");
        assert!(output.status.success(), "{}: exit {:?}", scenario.id, output.status);
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("cli prints JSON");
        for problem in mismatches(&scenario, &regimes_of(&json)) {
            failures.push(format!("{}: {problem}", scenario.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_batch_gives_the_same_verdicts_line_by_line() {
    let cases = all_scenarios();
    let lines: String = cases.iter().map(|c| format!("{}\n", c.input)).collect();
    let mut child = cli().args(["batch", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().expect("cli runs");
    child.stdin.take().expect("stdin").write_all(lines.as_bytes()).expect("write");
    let output = child.wait_with_output().expect("cli finishes");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let outputs: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(outputs.len(), cases.len());
    for (scenario, output) in cases.iter().zip(&outputs) {
        assert!(mismatches(scenario, &regimes_of(output)).is_empty(), "{}", scenario.id);
    }
}

/// The overall verdict, the verdicts still possible and the provisions undecided
/// outcomes name, where a worked case expects them.
#[test]
fn every_worked_case_holds_for_the_overall_verdict_and_undecided_outcomes() {
    let mut failures = Vec::new();
    for scenario in all_scenarios() {
        let assessment = assess_json(&scenario.input);
        if let Some(overall) = scenario.expect["overall"].as_str() {
            if assessment.verdict.keyword() != overall {
                failures.push(format!("{}: overall {overall} expected, got {}", scenario.id, assessment.verdict.keyword()));
            }
        }
        for (regime_id, expected) in scenario.expect["possible"].as_object().into_iter().flatten() {
            let got: Vec<&str> = regime(&assessment, regime_id).possible.iter().map(|v| v.keyword()).collect();
            let expected: Vec<&str> = expected.as_array().into_iter().flatten().filter_map(|v| v.as_str()).collect();
            if got != expected {
                failures.push(format!("{}: {regime_id} possible {expected:?} expected, got {got:?}", scenario.id));
            }
        }
        for (regime_id, wanted) in scenario.expect["outcomes"].as_object().into_iter().flatten() {
            let named: Vec<String> = regime(&assessment, regime_id)
                .outcomes
                .iter()
                .flat_map(|o| o.citations.iter().map(|c| c.reference.to_string()))
                .collect();
            for want in wanted.as_array().into_iter().flatten().filter_map(|v| v.as_str()) {
                if !named.iter().any(|r| r.contains(want)) {
                    failures.push(format!("{}: {regime_id} outcomes do not name {want}: {named:?}", scenario.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
