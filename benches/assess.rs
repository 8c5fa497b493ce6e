//! Speed of the rules core.
//!
//! - `decide/<case>`: the reasoning alone: every built-in regime explored on the
//!   deployment's facts, giving the possible verdicts, with no report;
//! - `assess/<case>`: one assessment with every regime, explanations and
//!   counterfactuals, from a parsed deployment to the assessment structure;
//! - `batch-line/<case>`: the batch path for one JSON line (parse, validate, assess,
//!   serialise, exactly what `biometric-check batch` does per line) next to
//!   `serde-json-round-trip/<case>`, a bare serde_json parse and serialise of the same
//!   line: their ratio is the cost of the reasoning and the report;
//!   `batch-line-verdicts-only/<case>` the same with `--verdicts-only`.
//!
//! Run: `cargo bench --bench assess` (add `-- --quick` for a short run).

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
    let mut regimes = vec![Regime::EuAiAct, Regime::Proposal2021];
    regimes.extend(Policy::builtin().iter().map(Regime::Policy));
    let mut quick = options.clone();
    quick.counterfactuals = false;
    let mut verdicts_only = options.clone();
    verdicts_only.explain = false;
    for (name, line) in CASES {
        let value = json::parse(line).unwrap_or_else(|_| unreachable!());
        let deployment = Deployment::from_value(&value).unwrap_or_else(|_| unreachable!());
        c.bench_function(&format!("decide/{name}"), |b| {
            b.iter(|| {
                let knowledge = Knowledge::of(black_box(&deployment));
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

criterion_group!(benches, bench);
criterion_main!(benches);
