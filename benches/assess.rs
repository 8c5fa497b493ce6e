//! Speed of the rules core.
//!
//! - `read/<case>`: JSON text read into the value tree and validated into a deployment
//!   (serde_json and the core's validation, every error collected);
//! - `decide/<case>`: the reasoning alone: every built-in regime explored on the
//!   deployment's facts, giving the possible verdicts, with no report;
//! - `assess/<case>`: one assessment with every regime, explanations and
//!   counterfactuals, from a parsed deployment to the assessment structure;
//! - `batch-line/<case>`: the batch path for one JSON line (parse, validate, assess,
//!   serialise, exactly what `biometric-check batch` does per line) next to
//!   `serde-json-round-trip/<case>`, a bare serde_json parse and serialise of the same
//!   line: their ratio is the cost of the reasoning and the report;
//!   `batch-line-verdicts-only/<case>` the same with `--verdicts-only`;
//! - `hostile-line/<kind>`: the batch path for the most expensive inputs the limits
//!   allow (the largest valid deployment, and invalid inputs at every limit: 1 MiB of
//!   text, nesting 16 deep, 256-element arrays, over-long strings), each ending in its
//!   assessment or its error.
//!
//! Run: `cargo bench --bench assess` (add `-- --quick` for a short run).
#![expect(missing_docs, reason = "criterion_group! writes an undocumented public function")]

use biometric_check::i18n::Lang;
use biometric_check::engine::explore::explore;
use biometric_check::facts::knowledge::Knowledge;
use biometric_check::regimes::Regime;
use biometric_check::{assess, json, Date, Deployment, Options, Policy};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

const CASES: &[(&str, &str)] = &[
    (
        "live-police-search",
        r#"{"country":"SE","role":"deployer","operator":"law-enforcement-authority","purpose":"law-enforcement","functions":["identification"],"modalities":["face"],"identification":{"remote":true,"timing":"real-time","untargeted_scraping":false},"space":"publicly-accessible","law_enforcement":{"objective":"victim-search","strictly_necessary":true},"safeguards":{"national_law":true,"authorisation":"granted","fria":true,"registered":true,"authorities_notified":true,"limited_scope":true},"date":"2026-11-23"}"#,
    ),
    (
        "museum-emotions",
        r#"{"country":"ES","role":"deployer","operator":"public-authority","purpose":"public-service","functions":["emotion-recognition"],"modalities":["face"],"emotion_recognition":{"subjects":"other","medical_or_safety":false},"space":"publicly-accessible","date":"2026-11-23"}"#,
    ),
    ("nothing-known", "{}"),
    (
        "objective-undecided",
        r#"{"country":"IT","role":"deployer","operator":"law-enforcement-authority","purpose":"law-enforcement","functions":["identification"],"modalities":["face"],"identification":{"remote":true,"timing":"real-time","untargeted_scraping":false},"space":"publicly-accessible","date":"2026-11-23"}"#,
    ),
];

fn options() -> Options {
    Options::new(Lang::En, Date::parse("2026-11-23").unwrap_or_else(|| unreachable!()))
}

fn bench(c: &mut Criterion) {
    let options = options();
    let mut regimes = Regime::BUILT_IN.to_vec();
    regimes.extend(Policy::builtin().iter().map(Regime::Policy));
    let mut quick = options.clone();
    quick.counterfactuals = false;
    let mut verdicts_only = options.clone();
    verdicts_only.explain = false;
    for (name, line) in CASES {
        let value = json::parse(line).unwrap_or_else(|_| unreachable!());
        let deployment = Deployment::from_value(&value).unwrap_or_else(|_| unreachable!());
        c.bench_function(&format!("read/{name}"), |b| {
            b.iter(|| json::parse(black_box(line)).map_err(|error| vec![error]).and_then(|value| Deployment::from_value(&value)))
        });
        c.bench_function(&format!("decide/{name}"), |b| {
            b.iter(|| {
                let knowledge = Knowledge::of(black_box(&deployment), options.today);
                regimes.iter().map(|regime| explore(regime, &knowledge, false).possible()).collect::<Vec<_>>()
            })
        });
        c.bench_function(&format!("assess/{name}"), |b| b.iter(|| assess(black_box(&deployment), &options)));
        c.bench_function(&format!("assess-without-counterfactuals/{name}"), |b| {
            b.iter(|| assess(black_box(&deployment), &quick))
        });
        c.bench_function(&format!("batch-line/{name}"), |b| {
            b.iter(|| biometric_check::batch::assess_line(black_box(line.as_bytes()), false, &options))
        });
        c.bench_function(&format!("batch-line-verdicts-only/{name}"), |b| {
            b.iter(|| biometric_check::batch::assess_line(black_box(line.as_bytes()), false, &verdicts_only))
        });
        c.bench_function(&format!("serde-json-round-trip/{name}"), |b| {
            b.iter(|| {
                let value: serde_json::Value = serde_json::from_str(black_box(line)).unwrap_or_default();
                serde_json::to_string(&value).unwrap_or_default()
            })
        });
    }
}

/// The largest inputs the limits let through, valid and invalid.
fn hostile_lines() -> Vec<(&'static str, String)> {
    let long_text = "é".repeat(2_500); // 5,000 characters, the description's limit
    let valid = format!(
        r#"{{"name":"{}","description":"{long_text}","country":"SE","date":"2026-11-23","role":"provider-and-deployer","operator":"law-enforcement-authority","purpose":"law-enforcement","functions":["identification","verification","categorisation","emotion-recognition","detection-only"],"modalities":["face","gait","voice","iris","fingerprint","other"],"identification":{{"remote":true,"timing":"real-time","untargeted_scraping":false}},"categorisation":{{"attributes":["sex","age","ethnic-origin","disability","health","hair-or-eye-colour","tattoos","clothing","other"],"ancillary_feature":false,"dataset_labelling":false}},"emotion_recognition":{{"subjects":"other","medical_or_safety":false}},"space":"publicly-accessible","law_enforcement":{{"objective":"suspect-search","offence":"terrorism","max_sentence_years":20,"strictly_necessary":true}},"safeguards":{{"national_law":true,"authorisation":"granted","fria":true,"registered":true,"authorities_notified":true,"limited_scope":true,"two_person_check":true,"dpia":true,"persons_informed":true,"workers_informed":true}}}}"#,
        "n".repeat(200)
    );
    let deep = format!("{}{}", "[".repeat(16), "]".repeat(16));
    let wide = format!("{{\"functions\":[{}]}}", vec!["\"identification\""; 256].join(","));
    let megabyte = format!("{{\"description\":\"{}\"}}", "x".repeat((1 << 20) - 20));
    let strings = format!("{{{}}}", (0..15).map(|i| format!("\"k{i}\":\"{}\"", "y".repeat(65_000))).collect::<Vec<_>>().join(","));
    vec![
        ("largest-valid-deployment", valid),
        ("nested-16-deep", deep),
        ("array-of-256", wide),
        ("one-mebibyte-string", megabyte),
        ("fifteen-64k-strings", strings),
    ]
}

fn hostile(c: &mut Criterion) {
    let options = options();
    for (name, line) in hostile_lines() {
        c.bench_function(&format!("hostile-line/{name}"), |b| {
            b.iter(|| biometric_check::batch::assess_line(black_box(line.as_bytes()), false, &options))
        });
    }
}

criterion_group!(benches, bench, hostile);
criterion_main!(benches);
