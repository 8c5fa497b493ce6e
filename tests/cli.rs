#![cfg(not(target_arch = "wasm32"))]
//! The command line as a user runs it: `assess` in its three formats, the regime,
//! date and language options, files and standard input, usage errors (exit 2), invalid
//! input (exit 1), `batch` over JSON Lines, custom `--policy` files, `questions` and
//! `validate-policy`.
#![expect(clippy::expect_used, clippy::panic, reason = "a test stops at the first thing that is not as expected")]

mod common;

use serde_json::{json, Value as Json};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

// ---------------------------------------------------------------------------------
// Running the binary.

/// Runs the command line with arguments and standard input.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_biometric-check"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    // A command that fails before reading its input closes the pipe; that is fine.
    let _ = child.stdin.take().expect("stdin").write_all(stdin.as_bytes());
    child.wait_with_output().expect("the binary finishes")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 errors")
}

/// The JSON a command printed.
#[track_caller]
fn printed(output: &Output) -> Json {
    serde_json::from_str(&stdout(output)).unwrap_or_else(|e| panic!("{e}: {}\n{}", stdout(output), stderr(output)))
}

/// Writes a file for a test and returns its path.
fn file(name: &str, content: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write test file");
    path.to_string_lossy().into_owned()
}

fn regime_ids(assessment: &Json) -> Vec<&str> {
    assessment["regimes"].as_array().into_iter().flatten().filter_map(|r| r["id"].as_str()).collect()
}

fn regime<'a>(assessment: &'a Json, id: &str) -> &'a Json {
    assessment["regimes"].as_array().into_iter().flatten().find(|r| r["id"] == id).unwrap_or(&Json::Null)
}

// ---------------------------------------------------------------------------------
// Deployments and policies used below.

/// Real-time identification by the police at a ferry terminal, searching for a missing
/// child, with the conditions of Article 5(2) to (5) met.
fn ferry_terminal_search() -> Json {
    json!({
        "name": "Ferry terminal search", "country": "SE", "date": "2026-11-23",
        "role": "deployer", "operator": "law-enforcement-authority", "purpose": "law-enforcement",
        "functions": ["identification"], "modalities": ["face"],
        "identification": { "remote": true, "timing": "real-time", "untargeted_scraping": false },
        "space": "publicly-accessible",
        "law_enforcement": { "objective": "victim-search", "strictly_necessary": true },
        "safeguards": {
            "national_law": true, "authorisation": "granted", "fria": true, "registered": true,
            "authorities_notified": true, "limited_scope": true
        }
    })
}

/// Emotion recognition of museum visitors, without a date of use.
fn museum_visitors() -> Json {
    json!({
        "name": "Museum visitor mood", "country": "NL",
        "role": "deployer", "operator": "public-authority", "purpose": "public-service",
        "functions": ["emotion-recognition"], "modalities": ["face"],
        "emotion_recognition": { "subjects": "other" }, "space": "publicly-accessible"
    })
}

/// A city's own policy: no emotion recognition in its services.
fn city_policy() -> Json {
    json!({
        "id": "city-policy",
        "title": { "en": "City policy on biometric surveillance" },
        "source": { "title": "Council decision 2026/12", "url": "https://example.org/council/2026-12" },
        "rules": [{
            "id": "no-emotion-recognition",
            "effect": "prohibit",
            "when": { "functions": ["emotion-recognition"] },
            "explanation": { "en": "The city does not use emotion recognition." }
        }]
    })
}

// ---------------------------------------------------------------------------------
// assess

#[test]
fn assess_prints_the_assessment_as_json_by_default() {
    let input = file("ferry.json", &ferry_terminal_search().to_string());
    let output = run(&["assess", &input], "");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let assessment = printed(&output);
    assert_eq!(assessment["verdict"], "conditional");
    assert_eq!(assessment["name"], "Ferry terminal search");
    assert_eq!(
        regime_ids(&assessment),
        ["eu-ai-act", "data-protection", "eu-ai-act-2021-proposal", "policy:mass-surveillance-ban", "policy:global-ban-call"]
    );
    assert_eq!(regime(&assessment, "eu-ai-act")["binding"], true);
    assert_eq!(regime(&assessment, "data-protection")["binding"], true);
    assert_eq!(regime(&assessment, "eu-ai-act-2021-proposal")["binding"], false);
}

#[test]
fn assess_json_format_is_the_same_as_the_default() {
    let input = file("ferry-json.json", &ferry_terminal_search().to_string());
    let default = run(&["assess", &input], "");
    let json = run(&["assess", "--format", "json", &input], "");
    assert_eq!(code(&json), 0);
    assert_eq!(printed(&json), printed(&default));
}

#[test]
fn assess_text_report_states_the_verdict_and_the_references() {
    let input = file("ferry-text.json", &ferry_terminal_search().to_string());
    let output = run(&["assess", "--format", "text", &input], "");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Ferry terminal search"), "{text}");
    assert!(text.contains("Allowed only under conditions"), "{text}");
    assert!(text.contains("Article 5(1)(h)(i)"), "{text}");
    assert!(text.contains("Article 5(3)"), "{text}");
    assert!(text.contains("Annex III, point 1(a)"), "{text}");
    assert!(!text.trim_start().starts_with('{'), "{text}");
}

#[test]
fn assess_markdown_report_links_to_eur_lex() {
    let input = file("ferry-markdown.json", &ferry_terminal_search().to_string());
    let output = run(&["assess", "--format", "markdown", &input], "");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let markdown = stdout(&output);
    assert!(markdown.starts_with("# "), "{markdown}");
    assert!(markdown.contains("[Article 5(1)(h)(i)](https://eur-lex.europa.eu/eli/reg/2024/1689/oj"), "{markdown}");
    assert!(markdown.contains("](https://eur-lex.europa.eu/"), "{markdown}");
}

#[test]
fn regime_restricts_the_regimes_assessed() {
    let input = file("ferry-regime.json", &ferry_terminal_search().to_string());
    let output = run(&["assess", "--regime", "eu-ai-act", &input], "");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(regime_ids(&printed(&output)), ["eu-ai-act"]);

    let two = run(&["assess", "--regime", "policy:global-ban-call", "--regime", "eu-ai-act", &input], "");
    assert_eq!(code(&two), 0, "{}", stderr(&two));
    let assessment = printed(&two);
    assert_eq!(regime_ids(&assessment), ["policy:global-ban-call", "eu-ai-act"]);
    assert_eq!(assessment["verdict"], "conditional", "the ban is shown, not binding");
}

#[test]
fn date_sets_the_date_of_use_when_the_deployment_has_none() {
    let output = run(&["assess", "--date", "2028-01-01", "-"], &museum_visitors().to_string());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let assessment = printed(&output);
    assert_eq!(assessment["date"], "2028-01-01");
    assert_eq!(assessment["date_source"], "option");
    let act = regime(&assessment, "eu-ai-act");
    let classification = act["findings"].as_array().into_iter().flatten().find(|f| f["id"] == "ai-act.annex-iii.1c");
    assert_eq!(classification.map(|f| f["in_force"].clone()), Some(json!(true)));
}

#[test]
fn the_deployments_own_date_wins_over_date() {
    let output = run(&["assess", "--date", "2028-01-01", "-"], &ferry_terminal_search().to_string());
    let assessment = printed(&output);
    assert_eq!(assessment["date"], "2026-11-23");
    assert_eq!(assessment["date_source"], "deployment");
}

#[test]
fn lang_en_writes_english() {
    let output = run(&["assess", "--lang", "en", "--format", "text", "-"], &ferry_terminal_search().to_string());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("Overall verdict"), "{}", stdout(&output));
    let json = run(&["assess", "--lang", "en", "-"], &ferry_terminal_search().to_string());
    assert_eq!(printed(&json)["lang"], "en");
}

#[test]
fn assess_reads_standard_input_with_a_dash_or_without_a_file() {
    let dash = run(&["assess", "-"], &ferry_terminal_search().to_string());
    assert_eq!(code(&dash), 0, "{}", stderr(&dash));
    assert_eq!(printed(&dash)["verdict"], "conditional");
    let none = run(&["assess"], &ferry_terminal_search().to_string());
    assert_eq!(code(&none), 0, "{}", stderr(&none));
    assert_eq!(printed(&none)["verdict"], "conditional");
}

#[test]
fn a_file_and_standard_input_give_the_same_assessment() {
    let input = file("ferry-same.json", &ferry_terminal_search().to_string());
    assert_eq!(printed(&run(&["assess", &input], "")), printed(&run(&["assess", "-"], &ferry_terminal_search().to_string())));
}

// Invalid deployments: exit 1 with the errors.

#[test]
fn an_invalid_deployment_exits_1_with_every_error_as_json() {
    let output = run(&["assess", "-"], r#"{"space": "street", "colour": "red"}"#);
    assert_eq!(code(&output), 1);
    let errors = printed(&output);
    let paths: Vec<_> = errors["errors"].as_array().into_iter().flatten().map(|e| e["path"].clone()).collect();
    assert_eq!(paths, [json!("space"), json!("colour")]);
    assert_eq!(errors["errors"][0]["code"], "invalid-value");
    assert_eq!(errors["errors"][1]["code"], "unknown-field");
    assert!(errors["errors"][0]["message"].as_str().unwrap_or_default().contains("found \"street\""));
}

#[test]
fn an_invalid_deployment_in_a_text_report_exits_1_with_the_errors_on_standard_error() {
    let output = run(&["assess", "--format", "text", "-"], r#"{"space": "street"}"#);
    assert_eq!(code(&output), 1);
    let errors = stderr(&output);
    assert!(errors.contains("space: expected one of"), "{errors}");
    assert!(errors.contains("found \"street\""), "{errors}");
}

#[test]
fn text_that_is_not_json_exits_1() {
    let output = run(&["assess", "-"], "{not json");
    assert_eq!(code(&output), 1);
    assert_eq!(printed(&output)["errors"][0]["code"], "invalid-json");
}

// Usage errors: exit 2.

#[track_caller]
fn assert_usage_error(args: &[&str], says: &str) {
    let output = run(args, &ferry_terminal_search().to_string());
    assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
    assert!(stdout(&output).is_empty(), "{args:?}: {}", stdout(&output));
    let errors = stderr(&output);
    assert!(errors.contains(says), "{args:?}: {errors}");
    assert!(errors.contains("usage:"), "{args:?}: {errors}");
}

#[test]
fn an_unknown_command_is_a_usage_error() {
    assert_usage_error(&["evaluate"], "unknown command \"evaluate\"");
}

#[test]
fn no_command_is_a_usage_error() {
    assert_usage_error(&[], "no command given");
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    assert_usage_error(&["assess", "--verbose", "-"], "unknown option --verbose");
}

#[test]
fn a_bad_format_is_a_usage_error() {
    assert_usage_error(&["assess", "--format", "yaml", "-"], "--format: expected json, text or markdown, found \"yaml\"");
}

#[test]
fn an_option_without_its_value_is_a_usage_error() {
    assert_usage_error(&["assess", "--format"], "--format needs a value");
    assert_usage_error(&["assess", "--regime"], "--regime needs a value");
    assert_usage_error(&["batch", "--date"], "--date needs a value");
}

#[test]
fn an_unknown_regime_is_a_usage_error_naming_it() {
    assert_usage_error(&["assess", "--regime", "eu-gdpr", "-"], "\"eu-gdpr\"");
}

#[test]
fn a_bad_date_or_language_is_a_usage_error() {
    assert_usage_error(&["assess", "--date", "2026-02-30", "-"], "--date: expected YYYY-MM-DD, found \"2026-02-30\"");
    assert_usage_error(&["assess", "--lang", "xx", "-"], "--lang: expected one of");
}

#[test]
fn an_unreadable_file_is_a_usage_error_naming_it() {
    let missing = format!("{}/cli-tests/no-such-file.json", env!("CARGO_TARGET_TMPDIR"));
    assert_usage_error(&["assess", &missing], &format!("cannot read {missing}"));
    assert_usage_error(&["batch", &missing], &format!("cannot read {missing}"));
}

#[test]
fn two_input_files_are_a_usage_error() {
    let input = file("ferry-twice.json", &ferry_terminal_search().to_string());
    assert_usage_error(&["assess", &input, &input], "unexpected argument");
}

// ---------------------------------------------------------------------------------
// batch

fn lines(output: &Output) -> Vec<Json> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

#[test]
fn batch_writes_one_assessment_per_line_in_order_and_exits_0() {
    let input = [
        json!({ "name": "first", "country": "US" }),
        ferry_terminal_search(),
        json!({ "name": "third", "country": "SE", "functions": ["detection-only"] }),
    ]
    .iter()
    .map(Json::to_string)
    .collect::<Vec<_>>()
    .join("\n");
    let output = run(&["batch"], &format!("{input}\n"));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let lines = lines(&output);
    let names: Vec<_> = lines.iter().map(|l| l["name"].clone()).collect();
    assert_eq!(names, [json!("first"), json!("Ferry terminal search"), json!("third")]);
    assert_eq!(lines[0]["verdict"], "not-applicable");
    assert_eq!(lines[1]["verdict"], "conditional");
    assert_eq!(stdout(&output).lines().count(), 3);
}

#[test]
fn a_bad_line_gives_an_error_on_its_line_and_the_batch_goes_on_and_exits_1() {
    let input = "{\"name\": \"good\", \"country\": \"US\"}\n{\"space\": \"street\"}\nnot json\n{\"name\": \"after\", \"country\": \"SE\"}\n";
    let output = run(&["batch", "-"], input);
    assert_eq!(code(&output), 1);
    let lines = lines(&output);
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["name"], "good");
    assert_eq!(lines[1]["error"]["path"], "space");
    assert!(lines[1]["error"]["message"].as_str().unwrap_or_default().contains("found \"street\""), "{}", lines[1]);
    assert_eq!(lines[2]["error"]["path"], "");
    assert!(lines[2]["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{}", lines[2]);
    assert_eq!(lines[3]["name"], "after");
}

#[test]
fn blank_lines_are_skipped() {
    let input = "\n{\"name\": \"a\"}\n   \n\n{\"name\": \"b\"}\r\n\t\n";
    let output = run(&["batch"], input);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let names: Vec<_> = lines(&output).iter().map(|l| l["name"].clone()).collect();
    assert_eq!(names, [json!("a"), json!("b")]);
}

#[test]
fn the_last_line_needs_no_line_break() {
    let output = run(&["batch"], "{\"name\": \"a\"}\n{\"name\": \"b\"}");
    assert_eq!(lines(&output).len(), 2);
}

#[test]
fn batch_reads_a_file_and_applies_the_date() {
    let register = file("register.jsonl", &format!("{}\n{}\n", museum_visitors(), ferry_terminal_search()));
    let output = run(&["batch", "--date", "2027-12-02", &register], "");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let lines = lines(&output);
    assert_eq!(lines[0]["date"], "2027-12-02");
    assert_eq!(lines[0]["date_source"], "option");
    assert_eq!(lines[1]["date"], "2026-11-23");
}

// ---------------------------------------------------------------------------------
// --policy

#[test]
fn a_policy_file_adds_a_binding_regime() {
    let policy = file("city-policy.json", &city_policy().to_string());
    let output = run(&["assess", "--policy", &policy, "-"], &museum_visitors().to_string());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let assessment = printed(&output);
    assert!(regime_ids(&assessment).contains(&"policy:city-policy"), "{:?}", regime_ids(&assessment));
    let city = regime(&assessment, "policy:city-policy");
    assert_eq!(city["binding"], true);
    assert_eq!(city["verdict"], "prohibited");
}

#[test]
fn a_binding_policy_can_make_the_overall_verdict_stricter() {
    let without_policy = printed(&run(&["assess", "-"], &museum_visitors().to_string()));
    assert_eq!(regime(&without_policy, "eu-ai-act")["verdict"], "high-risk");
    assert_eq!(without_policy["verdict"], "high-risk");
    let policy = file("city-policy-stricter.json", &city_policy().to_string());
    let with_policy = printed(&run(&["assess", "--policy", &policy, "-"], &museum_visitors().to_string()));
    assert_eq!(with_policy["verdict"], "prohibited");
}

#[test]
fn a_policy_file_applies_to_every_line_of_a_batch() {
    let policy = file("city-policy-batch.json", &city_policy().to_string());
    let output = run(&["batch", "--policy", &policy], &format!("{}\n{}\n", museum_visitors(), ferry_terminal_search()));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let lines = lines(&output);
    assert_eq!(lines[0]["verdict"], "prohibited");
    assert_eq!(lines[1]["verdict"], "conditional");
    assert_eq!(regime(&lines[1], "policy:city-policy")["verdict"], "not-applicable");
}

#[test]
fn an_invalid_policy_file_is_a_usage_error_naming_the_file_and_the_path() {
    let mut bad = city_policy();
    bad["rules"][0]["when"] = json!({ "space": ["street"] });
    let policy = file("bad-policy.json", &bad.to_string());
    let output = run(&["assess", "--policy", &policy, "-"], &museum_visitors().to_string());
    assert_eq!(code(&output), 2);
    let errors = stderr(&output);
    assert!(errors.contains(&policy), "{errors}");
    assert!(errors.contains("rules[0].when.space[0]"), "{errors}");
}

#[test]
fn a_policy_file_that_is_not_json_is_a_usage_error() {
    let policy = file("not-a-policy.json", "{ id: city }");
    let output = run(&["assess", "--policy", &policy, "-"], &museum_visitors().to_string());
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains(&policy), "{}", stderr(&output));
}

// ---------------------------------------------------------------------------------
// questions and validate-policy

#[test]
fn questions_prints_the_catalogue_as_json() {
    let output = run(&["questions", "--lang", "en"], "");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let catalogue = printed(&output);
    assert_eq!(catalogue["lang"], "en");
    let fields: Vec<_> = catalogue["questions"].as_array().into_iter().flatten().filter_map(|q| q["field"].as_str()).collect();
    assert!(fields.len() >= 32, "{fields:?}");
    assert_eq!(fields.first(), Some(&"name"));
    assert!(fields.contains(&"law_enforcement.objective"));
    assert!(fields.contains(&"safeguards.authorisation"));
}

#[test]
fn validate_policy_accepts_a_good_file() {
    let policy = file("good-policy.json", &city_policy().to_string());
    let output = run(&["validate-policy", &policy], "");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("policy:city-policy"), "{}", stdout(&output));
}

#[test]
fn validate_policy_rejects_a_bad_file_with_every_error() {
    let mut bad = city_policy();
    bad["id"] = json!("City Policy");
    bad["rules"][0]["requires"] = json!(["dpia"]);
    let policy = file("rejected-policy.json", &bad.to_string());
    let output = run(&["validate-policy", &policy], "");
    assert_eq!(code(&output), 1);
    let errors = stderr(&output);
    assert!(errors.contains("id: expected an identifier"), "{errors}");
    assert!(errors.contains("rules[0].requires: expected no \"requires\""), "{errors}");
}

#[test]
fn validate_policy_needs_a_file() {
    assert_usage_error(&["validate-policy"], "validate-policy needs a FILE");
}

#[test]
fn verdicts_only_keeps_the_verdicts_and_leaves_out_the_explanations() {
    let output = run(&["assess", "--verdicts-only", "-"], &ferry_terminal_search().to_string());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let assessment = printed(&output);
    assert_eq!(regime(&assessment, "eu-ai-act")["verdict"], "conditional");
    assert_eq!(regime(&assessment, "eu-ai-act")["findings"], serde_json::json!([]));
    assert_eq!(assessment["questions"], serde_json::json!([]));
}

#[test]
fn a_closed_output_pipe_ends_the_batch_quietly() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let lines = format!("{}\n", ferry_terminal_search()).repeat(200);
    let mut child = Command::new(env!("CARGO_BIN_EXE_biometric-check"))
        .args(["batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(lines.as_bytes());
    });
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("finishes");
    let _ = writer.join();
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}
