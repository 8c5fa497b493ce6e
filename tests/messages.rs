//! The message catalogues: every language has every English id with the same
//! placeholders, and every id is used by the engine, the catalogue, the reports or the
//! page. (Native builds have every language compiled in.)

#![cfg(not(target_arch = "wasm32"))]

use biometric_check::engine::verdict::Verdict;
use biometric_check::facts::country::Country;
use biometric_check::facts::vocabulary::{CountryClass, SentenceBand};
use biometric_check::facts::{Field, FieldKind};
use biometric_check::i18n::{self, Lang};
use biometric_check::law::dates;
use biometric_check::policy::Policy;
use biometric_check::presets::SHORTCUTS;
use biometric_check::regimes::{registry, Regime};
use std::collections::BTreeSet;

fn ids(lang: Lang) -> BTreeSet<&'static str> {
    i18n::ids(lang).map(|(id, _)| id).collect()
}

/// The ids of the built-in policies' texts: English is in the policy documents, every
/// other language has them in its catalogue.
fn builtin_policy_ids() -> BTreeSet<&'static str> {
    Policy::builtin().iter().flat_map(Policy::texts).map(|(id, _)| id).collect()
}

#[test]
fn every_language_has_exactly_the_english_ids() {
    let english = ids(Lang::En);
    let policies = builtin_policy_ids();
    assert!(english.is_disjoint(&policies));
    for lang in Lang::ALL {
        let mut expected = english.clone();
        if *lang != Lang::En {
            expected.extend(&policies);
        }
        let theirs = ids(*lang);
        let missing: Vec<_> = expected.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&expected).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.code());
    }
}

#[test]
fn every_message_has_the_english_placeholders() {
    for lang in Lang::ALL {
        for (id, text) in i18n::ids(*lang) {
            let mut theirs = i18n::placeholders(text);
            let mut ours = i18n::placeholders(i18n::lookup(Lang::En, id).unwrap_or_default());
            theirs.sort_unstable();
            ours.sort_unstable();
            assert_eq!(theirs, ours, "{}: {id}", lang.code());
        }
    }
}

#[test]
fn no_message_is_empty() {
    for lang in Lang::ALL {
        for (id, text) in i18n::ids(*lang) {
            assert!(!text.trim().is_empty() || id == "list.separator", "{}: {id} is empty", lang.code());
        }
    }
}

/// The ids the code can ask for (exactly, or by a pattern that code builds).
fn used_ids() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut add = |id: String| {
        used.insert(id);
    };
    registry::findings().for_each(|f| add(f.id.to_owned()));
    registry::conditions().for_each(|c| add(c.id.to_owned()));
    registry::obligations().for_each(|o| add(o.id.to_owned()));
    for field in Field::ALL {
        for part in ["label", "question", "help"] {
            add(format!("field.{}.{part}", field.path()));
        }
        if let FieldKind::Number { .. } = field.kind() {
            add(format!("option.{}.max", field.path()));
            add(format!("option.{}.max.short", field.path()));
        }
        if let FieldKind::Choice(_) | FieldKind::Choices(_) | FieldKind::Flag = field.kind() {
            for keyword in field.options() {
                for suffix in ["", ".short", ".help"] {
                    add(format!("option.{}.{keyword}{suffix}", field.path()));
                }
            }
        }
        // Answers in words: the field's phrase, and one per value where there is one.
        add(format!("answer.{}", field.path()));
        add(format!("answer.{}.none-of", field.path()));
        add(format!("answer.{}.other-than", field.path()));
        let values: Vec<String> = match (field, field.kind()) {
            (Field::Country, _) => CountryClass::KEYWORDS.iter().map(|k| (*k).to_owned()).collect(),
            (Field::LawEnforcementMaxSentenceYears, _) => SentenceBand::KEYWORDS.iter().map(|k| (*k).to_owned()).collect(),
            (_, FieldKind::Flag) => vec!["yes".to_owned(), "no".to_owned()],
            (_, FieldKind::Choices(options)) => options.iter().flat_map(|o| [format!("{o}.yes"), format!("{o}.no")]).collect(),
            _ => field.options().iter().map(|k| (*k).to_owned()).collect(),
        };
        for value in values {
            add(format!("answer.{}.{value}", field.path()));
        }
    }
    for flag in ["true", "false"] {
        add(format!("option.flag.{flag}"));
    }
    for question in SHORTCUTS {
        add(format!("preset.{}.question", question.id));
        add(format!("preset.{}.help", question.id));
        for option in question.options {
            add(format!("preset.{}.{}", question.id, option.id));
            add(format!("preset.{}.{}.help", question.id, option.id));
        }
    }
    let keywords = Verdict::ALL.iter().map(|v| v.keyword()).chain(["incomplete"]);
    for keyword in keywords {
        add(format!("verdict.{keyword}"));
        add(format!("verdict.{keyword}.description"));
        for family in ["ai-act", "data-protection", "proposal", "policy"] {
            for suffix in ["", ".all-met", ".upcoming"] {
                add(format!("summary.{family}.{keyword}{suffix}"));
            }
        }
    }
    for section in ["about", "system", "context", "purpose", "safeguards"] {
        add(format!("section.{section}"));
    }
    for regime in Regime::BUILT_IN.iter().map(Regime::id) {
        add(format!("regime.{regime}.title"));
        add(format!("regime.{regime}.description"));
    }
    dates::ALL.iter().for_each(|m| add(m.id.to_owned()));
    for code in Country::all_codes().chain(["default"]) {
        add(format!("scope.law-outside-eu.{code}"));
    }
    for month in 1..=12 {
        add(format!("date.month.{month}"));
    }
    for class in CountryClass::KEYWORDS {
        add(format!("country-class.{class}"));
    }
    for band in ["under-3", "3-to-4", "4-or-more"] {
        add(format!("sentence-band.{band}"));
    }
    let fixed = [
        "list.separator", "list.or", "list.and", "value.unknown", "value.years", "decision.prohibited", "decision.prohibited-from", "decision.unmet", "decision.allowed-if-people-are-told.from",
        "answer.country.eu-member_or_ireland_or_denmark_or_eea",
        "decision.not-yet.one", "decision.not-yet.other", "decision.allowed-under-conditions",
        "decision.allowed-with-obligations", "decision.allowed-with-obligations.from", "decision.allowed-if-people-are-told",
        "decision.allowed", "decision.not-covered", "decision.undecided.one", "decision.undecided.other", "outcome.sentence",
        "outcome.sentence-without-provision", "answer.is", "answer.includes", "answer.excludes", "answer.other-than",
        "answer.country.eu-member_or_ireland_or_denmark", "answer.country.eea_or_outside-eu",
        "answer.country.ireland_or_denmark", "answer.space.not-publicly-accessible_or_online",
        "answer.operator.private-entity_or_private-individual", "answer.purpose.national-security-defence_or_military",
        "answer.law_enforcement.max_sentence_years.under-3_or_3-to-4", "answer.law_enforcement.max_sentence_years.3-to-4_or_4-or-more",
        "instrument.cjeu", "instrument.cjeu.ref", "instrument.dpa-se", "instrument.dpa-se.ref", "instrument.dpa-nl",
        "instrument.dpa-nl.ref", "instrument.dpa-es", "instrument.dpa-es.ref", "ref.article.gdpr", "ref.recital.gdpr",
        "ref.article.led", "ref.recital.led", "status.met", "status.unmet", "status.unknown",
        "instrument.ai-act", "instrument.proposal-2021", "instrument.gdpr", "instrument.led", "instrument.policy",
        "ref.article", "ref.annex", "ref.annex-point", "ref.recital", "ref.policy-rule", "summary.incomplete",
        "summary.incomplete-next", "counterfactual.sentence", "policy.no-rule-applies", "policy.requirement", "date.long",
        "date.first-day", "error.message", "error.the-input", "error.found-nothing", "report.date-source.deployment",
        "report.date-source.option", "report.date-source.today",
    ];
    fixed.iter().for_each(|id| add((*id).to_owned()));
    for expected in [
        "object", "no-duplicate-key", "known-field", "text", "date", "country", "country-suggestion", "one-of",
        "list-of", "no-repeats", "bool", "number", "json", "identifier", "translations", "url", "non-empty-list",
        "unique-id", "required", "no-requires", "catalogue",
    ] {
        add(format!("error.expected.{expected}"));
    }
    used
}

/// Source files that name message ids directly: the CLI report and the page.
fn sources_naming_ids() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut text = std::fs::read_to_string(format!("{root}/src/report.rs")).unwrap_or_default();
    let mut pending = vec![std::path::PathBuf::from(format!("{root}/www"))];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = path.to_string_lossy().into_owned();
            if path.is_dir() && !name.ends_with("/pkg") {
                pending.push(path);
            } else if name.ends_with(".js") || name.ends_with(".mjs") || name.ends_with(".template.html") {
                text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    for page in ["prerender.mjs", "documents.mjs"] {
        text.push_str(&std::fs::read_to_string(format!("{root}/xtask/{page}")).unwrap_or_default());
    }
    text
}

#[test]
fn every_message_is_used() {
    let used = used_ids();
    let sources = sources_naming_ids();
    // Report labels are named in full in `report.rs`; the page names its texts without
    // the `ui.` prefix (`t('status.met')`), or builds the last part (`t(`status.${s}`)`).
    let named = |name: &str| {
        let quoted = ["'", "\"", "`"].iter().any(|q| sources.contains(&format!("{q}{name}{q}")))
            || sources.contains(&format!("{{{{{name}}}}}"));
        let built = name.rsplit_once('.').is_some_and(|(prefix, _)| sources.contains(&format!("{prefix}.${{")));
        // Counted texts are named without their plural form (`formatCount(…, 'guide.left', n)`).
        let counted = [".one", ".other"].iter().any(|form| {
            name.strip_suffix(form).is_some_and(|stem| sources.contains("formatCount(") && sources.contains(&format!("'{stem}'")))
        });
        quoted || built || counted
    };
    let unused: Vec<&str> = ids(Lang::En)
        .into_iter()
        .filter(|id| !used.contains(*id))
        .filter(|id| !named(id) && !id.strip_prefix("ui.").is_some_and(named))
        .collect();
    assert!(unused.is_empty(), "ids no code uses: {unused:?}");
}

#[test]
fn every_id_the_engine_asks_for_exists() {
    let english = ids(Lang::En);
    let required = registry::findings()
        .map(|f| f.id)
        .chain(registry::conditions().map(|c| c.id))
        .chain(registry::obligations().map(|o| o.id))
        .chain(dates::ALL.iter().map(|m| m.id));
    for id in required {
        assert!(english.contains(id), "no message {id}");
    }
}

#[test]
fn the_worked_cases_give_the_same_verdicts_and_citations_in_every_language() {
    use biometric_check::{assess, json, Date, Deployment, Options};
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/dev.json")).expect("cases");
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).expect("JSON");
    let today = Date::parse("2026-11-23").expect("date");
    for case in cases {
        let value = json::parse(&case["input"].to_string()).expect("input");
        let deployment = Deployment::from_value(&value).expect("valid");
        let english = assess(&deployment, &Options::new(Lang::En, today)).expect("assessed");
        for lang in Lang::ALL {
            let other = assess(&deployment, &Options::new(*lang, today)).expect("assessed");
            assert_eq!(other.verdict, english.verdict, "{} {}", case["id"], lang.code());
            for (a, b) in english.regimes.iter().zip(&other.regimes) {
                assert_eq!(a.verdict, b.verdict, "{} {} {}", case["id"], lang.code(), a.id);
                let ids = |r: &biometric_check::assessment::RegimeAssessment| {
                    r.findings.iter().map(|f| f.id.to_string()).collect::<Vec<_>>()
                };
                assert_eq!(ids(a), ids(b), "{} {} {}", case["id"], lang.code(), a.id);
                for (fa, fb) in a.findings.iter().zip(&b.findings) {
                    // The same provisions, in the language's own citation form and version of EUR-Lex.
                    assert_eq!(fa.citations.len(), fb.citations.len());
                    for (ca, cb) in fa.citations.iter().zip(&fb.citations) {
                        let tail = |r: &str| r.chars().filter(|c| c.is_ascii_digit() || "()".contains(*c)).collect::<String>();
                        assert_eq!(tail(&ca.reference), tail(&cb.reference), "{} {}", lang.code(), ca.reference);
                        assert_eq!(ca.url.split('#').nth(1), cb.url.split('#').nth(1));
                    }
                }
            }
        }
    }
}
