//! The long run (not part of the test command; `cargo xtask fuzz` runs it in release):
//! one million generated deployments, valid and invalid, through the library's
//! JSON-text API. Zero panics, every output of the contract's shape, every invalid
//! input reported with a field path. Prints counts and timing.
//!
//! `cargo test --release --test million -- --ignored --nocapture` (GENERATED=n changes
//! the count).
#![expect(clippy::indexing_slicing, reason = "a test stops at the first thing that is not as expected")]

#![cfg(not(target_arch = "wasm32"))]

use biometric_check::{api, Date};
use std::time::Instant;

/// A small deterministic generator (xorshift64*), so a failing case can be replayed.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn chance(&mut self, in_100: u64) -> bool {
        self.next() % 100 < in_100
    }
}

/// A deployment as JSON text: mostly valid values, sometimes a wrong one.
fn deployment(dice: &mut Dice, invalid: bool) -> String {
    let mut fields: Vec<String> = Vec::new();
    let mut add = |dice: &mut Dice, key: &str, good: String| {
        if dice.chance(60) {
            let bad = invalid && dice.chance(15);
            let value = if bad {
                dice.pick(&["\"nonsense\"", "12", "true", "null", "[]", "{}", "\"UK\"", "-1", "\"2025-02-29\""]).to_owned()
            } else {
                good
            };
            fields.push(format!("\"{key}\": {value}"));
        }
    };
    let quoted = |s: &str| format!("\"{s}\"");
    let set = |dice: &mut Dice, items: &[&str]| {
        let chosen: Vec<String> = items.iter().filter(|_| dice.chance(30)).map(|s| format!("\"{s}\"")).collect();
        format!("[{}]", chosen.join(","))
    };
    {
        let value = quoted(dice.pick(&["SE", "IE", "DK", "US", "GB", "FR", "DE", "NO", "ES", "IT"]));
        add(dice, "country", value);
    }
    {
        let value = quoted(dice.pick(&["deployer", "provider", "provider-and-deployer"]));
        add(dice, "role", value);
    }
    let operators = ["law-enforcement-authority", "acting-for-law-enforcement", "public-authority", "private-entity", "private-individual"];
    {
        let value = quoted(dice.pick(&operators));
        add(dice, "operator", value);
    }
    let purposes = [
        "law-enforcement", "public-service", "access-control", "safety-and-security", "commercial", "workplace-management",
        "education", "migration-border", "medical", "scientific-research", "national-security-defence",
    ];
    {
        let value = quoted(dice.pick(&purposes));
        add(dice, "purpose", value);
    }
    let functions = ["identification", "verification", "categorisation", "emotion-recognition", "detection-only"];
    {
        let value = set(dice, &functions);
        add(dice, "functions", value);
    }
    {
        let value = set(dice, &["face", "gait", "voice", "iris", "fingerprint", "other"]);
        add(dice, "modalities", value);
    }
    {
        let value = quoted(dice.pick(&["publicly-accessible", "not-publicly-accessible", "online"]));
        add(dice, "space", value);
    }
    {
        let value = quoted(dice.pick(&["2024-06-01", "2025-03-01", "2026-11-23", "2027-12-02", "2028-03-01"]));
        add(dice, "date", value);
    }
    let flag = |dice: &mut Dice| if dice.chance(50) { "true".to_owned() } else { "false".to_owned() };
    let identification = format!(
        "{{\"remote\": {}, \"timing\": \"{}\", \"untargeted_scraping\": {}}}",
        flag(dice),
        dice.pick(&["real-time", "post"]),
        flag(dice)
    );
    {
        let value = identification;
        add(dice, "identification", value);
    }
    let attributes = ["race", "sex", "age", "health", "clothing", "religious-or-philosophical-beliefs", "other"];
    let categorisation = format!(
        "{{\"attributes\": {}, \"ancillary_feature\": {}, \"dataset_labelling\": {}}}",
        set(dice, &attributes),
        flag(dice),
        flag(dice)
    );
    {
        let value = categorisation;
        add(dice, "categorisation", value);
    }
    let emotion = format!("{{\"subjects\": \"{}\", \"medical_or_safety\": {}}}", dice.pick(&["workers", "students", "other"]), flag(dice));
    {
        let value = emotion;
        add(dice, "emotion_recognition", value);
    }
    let objectives = ["victim-search", "imminent-threat", "suspect-search", "other"];
    let offences = ["terrorism", "murder-or-grievous-bodily-injury", "corruption", "fraud", "rape", "criminal-organisation", "arson"];
    let law_enforcement = format!(
        "{{\"objective\": \"{}\", \"offence\": \"{}\", \"max_sentence_years\": {}, \"strictly_necessary\": {}}}",
        dice.pick(&objectives),
        dice.pick(&offences),
        dice.next() % 30,
        flag(dice)
    );
    {
        let value = law_enforcement;
        add(dice, "law_enforcement", value);
    }
    let safeguards = format!(
        "{{\"national_law\": {}, \"authorisation\": \"{}\", \"fria\": {}, \"registered\": {}, \"authorities_notified\": {}, \"limited_scope\": {}, \"two_person_check\": {}}}",
        flag(dice),
        dice.pick(&["granted", "urgent-requested", "none"]),
        flag(dice),
        flag(dice),
        flag(dice),
        flag(dice),
        flag(dice)
    );
    {
        let value = safeguards;
        add(dice, "safeguards", value);
    }
    if invalid && dice.chance(10) {
        fields.push("\"colour\": \"red\"".to_owned());
    }
    let mut text = format!("{{{}}}", fields.join(", "));
    if invalid && dice.chance(10) {
        let cut = (dice.next() as usize) % text.len().max(1);
        text.truncate(cut);
    }
    text
}

#[test]
#[ignore = "long run: cargo xtask fuzz"]
fn one_million_generated_deployments_through_the_library() {
    let count: u64 = std::env::var("GENERATED").ok().and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let today = Date::parse("2026-11-23").expect("date");
    let mut dice = Dice(0x5eed_1234_abcd_0001);
    let (mut successes, mut failures) = (0u64, 0u64);
    let started = Instant::now();
    for index in 0..count {
        let invalid = index % 2 == 1;
        let text = deployment(&mut dice, invalid);
        let output = api::json::assess(&text, "{}", today);
        if output.starts_with("{\"type\":\"success\"") {
            successes += 1;
        } else {
            assert!(output.starts_with("{\"type\":\"failure\",\"errors\":[{\"path\":"), "case {index}: {text}\n{output}");
            failures += 1;
        }
    }
    let elapsed = started.elapsed();
    println!(
        "{count} deployments: {successes} assessed, {failures} reported as errors with a path, no panic, in {:.1} s ({:.1} µs each)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / count as f64
    );
}
