#![cfg(not(target_arch = "wasm32"))]
//! Per-provision cases at their edges. Each case starts from a complete, realistic
//! deployment and changes one fact, so the test name states the rule and the change
//! shows what it turns on. Regime `eu-ai-act` throughout, and the 2021 proposal where it
//! differs. Where a case expects what the provision says and the engine says otherwise,
//! the test follows the provision (see the comment at the test).
#![expect(clippy::expect_used, reason = "a test stops at the first thing that is not as expected")]

mod common;

use common::{
    assert_cites, assert_finding, assess_json, assess_with, changed, condition, expect, finding_ids, ids, item, obligations,
    options, refs, regime, report, verdict, with, without,
};
use serde_json::{json, Value as Json};

const ACT: &str = "eu-ai-act";
const PROPOSAL: &str = "eu-ai-act-2021-proposal";
const CITIES: &str = "policy:mass-surveillance-ban";
const GLOBAL_CALL: &str = "policy:global-ban-call";

// ---------------------------------------------------------------------------------
// The base deployments: complete, every safeguard given.

/// A police force searching a public square live for the suspect of a terrorist
/// offence, with every condition of Article 5(2) to (5) met.
fn live_police_search() -> Json {
    json!({
        "name": "Live police search in a public square",
        "country": "SE",
        "date": "2026-11-23",
        "role": "deployer",
        "operator": "law-enforcement-authority",
        "purpose": "law-enforcement",
        "functions": ["identification"],
        "modalities": ["face"],
        "identification": { "remote": true, "timing": "real-time", "untargeted_scraping": false },
        "space": "publicly-accessible",
        "law_enforcement": {
            "objective": "suspect-search",
            "offence": "terrorism",
            "max_sentence_years": 8,
            "strictly_necessary": true
        },
        "safeguards": {
            "national_law": true,
            "authorisation": "granted",
            "fria": true,
            "registered": true,
            "authorities_notified": true,
            "limited_scope": true,
            "two_person_check": true,
            "dpia": true,
            "persons_informed": true
        }
    })
}

/// The same police force searching recorded footage afterwards.
fn post_police_search() -> Json {
    with(&live_police_search(), &json!({ "name": "Police search of recorded footage", "identification": { "timing": "post" } }))
}

/// A city museum reading visitors' emotions at an exhibition.
fn museum_emotion_recognition() -> Json {
    json!({
        "name": "City museum emotion recognition",
        "country": "NL",
        "date": "2026-11-23",
        "role": "deployer",
        "operator": "public-authority",
        "purpose": "public-service",
        "functions": ["emotion-recognition"],
        "modalities": ["face"],
        "emotion_recognition": { "subjects": "other", "medical_or_safety": false },
        "space": "publicly-accessible",
        "safeguards": { "fria": true, "registered": true, "dpia": true, "persons_informed": true }
    })
}

/// An employer sorting its staff by age from camera images in its offices.
fn employer_categorisation() -> Json {
    json!({
        "name": "Employer categorisation of staff",
        "country": "DE",
        "date": "2026-11-23",
        "role": "deployer",
        "operator": "private-entity",
        "purpose": "workplace-management",
        "functions": ["categorisation"],
        "modalities": ["face"],
        "categorisation": { "attributes": ["age"], "ancillary_feature": false, "dataset_labelling": false },
        "space": "not-publicly-accessible",
        "safeguards": { "dpia": true, "persons_informed": true, "workers_informed": true }
    })
}

/// A company that builds a face search engine from images scraped off the web.
fn face_scraping_vendor() -> Json {
    json!({
        "name": "Face search engine",
        "country": "FR",
        "date": "2026-11-23",
        "role": "provider",
        "operator": "private-entity",
        "purpose": "commercial",
        "functions": ["identification"],
        "modalities": ["face"],
        "identification": { "remote": true, "timing": "post", "untargeted_scraping": true },
        "space": "online"
    })
}

/// A city transport company watching its bus drivers for signs of fatigue.
fn driver_fatigue_detector() -> Json {
    json!({
        "name": "Bus driver fatigue detector",
        "description": "Detects eye closure and yawning in bus drivers to prevent accidents; infers no emotions.",
        "country": "FR",
        "date": "2026-11-23",
        "role": "deployer",
        "operator": "public-authority",
        "purpose": "safety-and-security",
        "functions": ["detection-only"],
        "modalities": ["face"],
        "space": "not-publicly-accessible"
    })
}

// ---------------------------------------------------------------------------------
// Article 5(1)(h)(iii): Annex II offences punishable by at least four years.

#[test]
fn suspect_of_an_annex_ii_offence_punishable_by_eight_years_is_conditional() {
    let case = live_police_search();
    expect(&case, ACT, "conditional");
    assert_finding(&case, ACT, "ai-act.art5-1-h.exception-suspect", "Article 5(1)(h)(iii)");
    assert_finding(&case, ACT, "ai-act.art5-1-h.exception-suspect", "Annex II");
}

#[test]
fn suspect_of_an_annex_ii_offence_punishable_by_exactly_four_years_is_conditional() {
    expect(&changed(live_police_search, json!({ "law_enforcement": { "max_sentence_years": 4 } })), ACT, "conditional");
}

#[test]
fn suspect_of_an_annex_ii_offence_punishable_by_3_99_years_is_prohibited() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "max_sentence_years": 3.99 } }));
    expect(&case, ACT, "prohibited");
    assert_finding(&case, ACT, "ai-act.art5-1-h.below-four-years", "Article 5(1)(h)(iii)");
}

#[test]
fn under_the_proposal_three_years_are_enough() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "max_sentence_years": 3 } }));
    expect(&case, ACT, "prohibited");
    expect(&case, PROPOSAL, "conditional");
    assert_finding(&case, PROPOSAL, "proposal.art5-1-d.exception-suspect", "Article 5(1)(d)(iii)");
}

#[test]
fn under_the_proposal_2_99_years_are_not_enough() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "max_sentence_years": 2.99 } }));
    expect(&case, PROPOSAL, "prohibited");
    assert_finding(&case, PROPOSAL, "proposal.art5-1-d.below-three-years", "Article 5(1)(d)(iii)");
}

#[test]
fn the_3_99_year_suspect_is_prohibited_under_the_act_and_conditional_under_the_proposal() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "max_sentence_years": 3.99 } }));
    expect(&case, ACT, "prohibited");
    expect(&case, PROPOSAL, "conditional");
}

// Annex II against the 32 offences of Framework Decision 2002/584/JHA.

const ANNEX_II: &[&str] = &[
    "terrorism",
    "trafficking-in-human-beings",
    "child-sexual-exploitation",
    "drug-trafficking",
    "weapons-trafficking",
    "murder-or-grievous-bodily-injury",
    "organ-trafficking",
    "nuclear-materials-trafficking",
    "kidnapping-or-hostage-taking",
    "icc-crimes",
    "aircraft-or-ship-seizure",
    "rape",
    "environmental-crime",
    "organised-or-armed-robbery",
    "sabotage",
];

const ONLY_IN_THE_FRAMEWORK_DECISION: &[&str] = &[
    "corruption",
    "fraud",
    "money-laundering",
    "counterfeiting-currency",
    "computer-crime",
    "facilitating-unauthorised-entry",
    "racism-and-xenophobia",
    "cultural-goods-trafficking",
    "swindling",
    "racketeering-and-extortion",
    "product-counterfeiting",
    "document-forgery",
    "payment-forgery",
    "hormone-trafficking",
    "stolen-vehicle-trafficking",
    "arson",
];

fn suspect_of(offence: &str) -> Json {
    changed(live_police_search, json!({ "law_enforcement": { "offence": offence } }))
}

#[test]
fn corruption_is_not_in_annex_ii_so_prohibited_under_the_act_but_conditional_under_the_proposal() {
    let case = suspect_of("corruption");
    expect(&case, ACT, "prohibited");
    assert_finding(&case, ACT, "ai-act.art5-1-h.offence-not-in-annex-ii", "Annex II");
    expect(&case, PROPOSAL, "conditional");
}

#[test]
fn fraud_is_not_in_annex_ii_so_prohibited_under_the_act_but_conditional_under_the_proposal() {
    let case = suspect_of("fraud");
    expect(&case, ACT, "prohibited");
    expect(&case, PROPOSAL, "conditional");
}

#[test]
fn every_annex_ii_offence_opens_the_suspect_exception() {
    for offence in ANNEX_II {
        let case = suspect_of(offence);
        assert_eq!(verdict(&case, ACT), "conditional", "{offence}");
        assert_eq!(verdict(&case, PROPOSAL), "conditional", "{offence}");
    }
}

#[test]
fn every_offence_only_in_the_framework_decision_is_prohibited_under_the_act_and_conditional_under_the_proposal() {
    for offence in ONLY_IN_THE_FRAMEWORK_DECISION {
        let case = suspect_of(offence);
        assert_eq!(verdict(&case, ACT), "prohibited", "{offence}");
        assert_eq!(verdict(&case, PROPOSAL), "conditional", "{offence}");
    }
}

#[test]
fn a_criminal_organisation_counts_only_if_involved_in_another_annex_ii_offence_which_stays_open() {
    let case = suspect_of("criminal-organisation");
    expect(&case, ACT, "conditional");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.criminal-organisation"), "unknown");
    let report = report(&case, ACT);
    let open = item(&report, "conditions", "ai-act.art5-1-h.condition.criminal-organisation");
    assert_eq!(refs(open), ["Annex II"]);
}

#[test]
fn under_the_proposal_any_criminal_organisation_counts() {
    let case = suspect_of("criminal-organisation");
    expect(&case, PROPOSAL, "conditional");
    let report = report(&case, PROPOSAL);
    assert!(report["conditions"].as_array().into_iter().flatten().all(|c| c["status"] == "met"), "{report:#}");
}

// The objectives of points (i) to (iii).

#[test]
fn the_search_for_a_missing_person_is_exception_i() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "objective": "victim-search" } }));
    expect(&case, ACT, "conditional");
    assert_finding(&case, ACT, "ai-act.art5-1-h.exception-victims", "Article 5(1)(h)(i)");
}

#[test]
fn an_imminent_threat_is_exception_ii() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "objective": "imminent-threat" } }));
    expect(&case, ACT, "conditional");
    assert_finding(&case, ACT, "ai-act.art5-1-h.exception-threat", "Article 5(1)(h)(ii)");
}

#[test]
fn any_other_objective_is_prohibited_whatever_the_safeguards() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "objective": "other" } }));
    expect(&case, ACT, "prohibited");
    expect(&case, PROPOSAL, "prohibited");
    assert_finding(&case, ACT, "ai-act.art5-1-h.no-exception", "Article 5(1)(h)");
}

// Article 5(2) to (5): each condition.

#[test]
fn with_every_condition_met_the_use_is_conditional_with_nothing_open() {
    let report = report(&live_police_search(), ACT);
    assert_eq!(report["verdict"], "conditional");
    let statuses: Vec<_> = report["conditions"].as_array().into_iter().flatten().map(|c| &c["status"]).collect();
    assert!(statuses.iter().all(|s| *s == "met"), "{:#}", report["conditions"]);
    assert!(statuses.len() >= 7);
}

#[test]
fn a_use_that_is_not_strictly_necessary_is_prohibited() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "strictly_necessary": false } }));
    expect(&case, ACT, "prohibited");
    expect(&case, PROPOSAL, "prohibited");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.strictly-necessary"), "unmet");
}

#[test]
fn without_a_national_law_allowing_it_the_use_is_prohibited() {
    let case = changed(live_police_search, json!({ "safeguards": { "national_law": false } }));
    expect(&case, ACT, "prohibited");
    expect(&case, PROPOSAL, "prohibited");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.national-law"), "unmet");
    let report = report(&case, ACT);
    assert_eq!(refs(item(&report, "conditions", "ai-act.art5-1-h.condition.national-law")), ["Article 5(5)"]);
    assert!(refs(item(&report, "findings", "ai-act.art5-1-h.condition-unmet")).contains(&"Article 5(5)"));
}

#[test]
fn without_any_authorisation_the_use_is_prohibited() {
    let case = changed(live_police_search, json!({ "safeguards": { "authorisation": "none" } }));
    expect(&case, ACT, "prohibited");
    expect(&case, PROPOSAL, "prohibited");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.authorisation"), "unmet");
    let report = report(&case, ACT);
    assert_eq!(refs(item(&report, "conditions", "ai-act.art5-1-h.condition.authorisation")), ["Article 5(3)"]);
}

#[test]
fn in_urgency_an_authorisation_requested_within_24_hours_keeps_the_use_conditional() {
    let case = changed(live_police_search, json!({ "safeguards": { "authorisation": "urgent-requested" } }));
    expect(&case, ACT, "conditional");
    expect(&case, PROPOSAL, "conditional");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.authorisation-urgent"), "met");
}

#[test]
fn in_urgency_the_registration_may_be_completed_later() {
    let case = changed(live_police_search, json!({ "safeguards": { "authorisation": "urgent-requested", "registered": false } }));
    expect(&case, ACT, "conditional");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.registration-urgent"), "met");
    let report = report(&case, ACT);
    assert!(refs(item(&report, "conditions", "ai-act.art5-1-h.condition.registration-urgent")).contains(&"Article 5(2)"));
}

#[test]
fn without_urgency_an_unregistered_system_is_prohibited() {
    let case = changed(live_police_search, json!({ "safeguards": { "registered": false } }));
    expect(&case, ACT, "prohibited");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.registration"), "unmet");
}

#[test]
fn urgency_does_not_excuse_a_missing_fundamental_rights_impact_assessment() {
    let case = changed(live_police_search, json!({ "safeguards": { "authorisation": "urgent-requested", "fria": false } }));
    expect(&case, ACT, "prohibited");
}

#[test]
fn without_a_fundamental_rights_impact_assessment_the_use_is_prohibited() {
    let case = changed(live_police_search, json!({ "safeguards": { "fria": false } }));
    expect(&case, ACT, "prohibited");
    let report = report(&case, ACT);
    let fria = item(&report, "conditions", "ai-act.art5-1-h.condition.fria");
    assert_eq!(fria["status"], "unmet");
    assert_eq!(refs(fria), ["Article 5(2)", "Article 27"]);
}

#[test]
fn the_proposal_had_no_impact_assessment_or_registration_precondition() {
    expect(&changed(live_police_search, json!({ "safeguards": { "fria": false } })), PROPOSAL, "conditional");
    expect(&changed(live_police_search, json!({ "safeguards": { "registered": false } })), PROPOSAL, "conditional");
}

#[test]
fn a_use_not_limited_in_time_place_and_persons_is_prohibited() {
    let case = changed(live_police_search, json!({ "safeguards": { "limited_scope": false } }));
    expect(&case, ACT, "prohibited");
    expect(&case, PROPOSAL, "prohibited");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.limited-scope"), "unmet");
}

#[test]
fn a_use_not_notified_to_the_authorities_is_prohibited() {
    let case = changed(live_police_search, json!({ "safeguards": { "authorities_notified": false } }));
    expect(&case, ACT, "prohibited");
    let report = report(&case, ACT);
    let notified = item(&report, "conditions", "ai-act.art5-1-h.condition.notified");
    assert_eq!(notified["status"], "unmet");
    assert_eq!(refs(notified), ["Article 5(4)"]);
}

#[test]
fn the_proposal_had_no_notification_condition() {
    expect(&changed(live_police_search, json!({ "safeguards": { "authorities_notified": false } })), PROPOSAL, "conditional");
}

#[test]
fn an_unknown_condition_stays_open_and_the_use_conditional() {
    let case = without(&live_police_search(), "safeguards.national_law");
    expect(&case, ACT, "conditional");
    assert_eq!(condition(&case, ACT, "ai-act.art5-1-h.condition.national-law"), "unknown");
}

#[test]
fn without_a_two_person_check_the_use_stays_conditional_and_the_5_3_duty_is_listed() {
    // Article 14(5) (two people confirm a match) is a high-risk obligation national law
    // may disapply for the police; Article 5(3) (no adverse decision on the output
    // alone) is a duty of each use. Neither is a precondition of the exception.
    let case = changed(live_police_search, json!({ "safeguards": { "two_person_check": false } }));
    expect(&case, ACT, "conditional");
    assert!(!ids(&report(&case, ACT)["conditions"]).iter().any(|id| id.contains("human-decision")));
    assert!(obligations(&case, ACT).contains(&"ai-act.art5-3.human-decision".to_owned()));
}

#[test]
fn decisions_taken_on_the_output_alone_prohibit_a_live_search_under_5_3() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "decisions_on_output_alone": true } }));
    expect(&case, ACT, "prohibited");
    assert_finding(&case, ACT, "ai-act.art5-3.decisions-on-output-alone", "Article 5(3)");
}

#[test]
fn the_5_3_duty_not_yet_answered_keeps_the_verdict_and_opens_prohibited_only_when_undecided() {
    let case = live_police_search();
    expect(&case, ACT, "conditional");
    let duty = item(&report(&case, ACT), "obligations", "ai-act.art5-3.human-decision").clone();
    assert_eq!(duty["status"], "unknown");
    let answered = changed(live_police_search, json!({ "law_enforcement": { "decisions_on_output_alone": false } }));
    let duty = item(&report(&answered, ACT), "obligations", "ai-act.art5-3.human-decision").clone();
    assert_eq!(duty["status"], "met");
}

// Who is caught by point (h).

#[test]
fn a_provider_that_only_places_a_real_time_system_on_the_market_is_not_caught_by_5_1_h() {
    let case = changed(live_police_search, json!({ "role": "provider" }));
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art5-1-h.provider-only", "Article 5(1)(h)");
    assert_finding(&case, ACT, "ai-act.annex-iii.1a", "Annex III, point 1(a)");
    assert!(obligations(&case, ACT).iter().any(|o| o.starts_with("ai-act.obligation.provider.conformity")));
}

/// Providers are usually companies: what counts is the system's intended purpose. The
/// market surveillance authority acts as notified body for systems put into service by
/// law enforcement authorities (Art 43(1), last subparagraph), and the registration is in
/// the non-public section (Art 49(4)).
#[test]
fn a_company_supplying_a_live_system_to_the_police_is_a_provider_in_the_law_enforcement_area() {
    let case = changed(live_police_search, json!({ "role": "provider", "operator": "private-entity" }));
    expect(&case, ACT, "high-risk");
    expect(&case, PROPOSAL, "high-risk");
    assert_finding(&case, ACT, "ai-act.art5-1-h.provider-only", "Article 5(1)(h)");
    let report = report(&case, ACT);
    assert!(!ids(&report["findings"]).contains(&"ai-act.art5-1-h.not-law-enforcement"));
    let duties = obligations(&case, ACT);
    for id in ["ai-act.obligation.provider.conformity-law-enforcement", "ai-act.obligation.provider.registration-restricted"] {
        assert!(duties.iter().any(|o| o == id), "{id} in {duties:?}");
    }
}

#[test]
fn a_police_force_that_builds_and_runs_its_own_system_is_caught_by_5_1_h() {
    expect(&changed(live_police_search, json!({ "role": "provider-and-deployer" })), ACT, "conditional");
}

#[test]
fn a_body_acting_on_behalf_of_the_police_is_law_enforcement() {
    expect(&changed(live_police_search, json!({ "operator": "acting-for-law-enforcement" })), ACT, "conditional");
}

#[test]
fn a_private_entity_is_not_law_enforcement_whatever_it_calls_its_purpose() {
    let case = changed(live_police_search, json!({ "operator": "private-entity" }));
    expect(&case, ACT, "high-risk");
    expect(&case, PROPOSAL, "high-risk");
    assert_finding(&case, ACT, "ai-act.definition.not-law-enforcement-operator", "Article 3(46)");
    assert!(finding_ids(regime(&assess_json(&case), ACT)).contains(&"ai-act.other-law.gdpr-biometric"));
}

/// Article 3(46): law enforcement includes "safeguarding against and preventing threats
/// to public security". The verdict follows the purpose given (here safety and
/// security, so not the law enforcement rules), and the report says that the police's
/// public-security use is law enforcement, so the purpose to give may be that.
#[test]
fn the_police_giving_safety_and_security_as_purpose_are_told_that_public_security_is_law_enforcement() {
    let case = without(&changed(live_police_search, json!({ "purpose": "safety-and-security" })), "law_enforcement");
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.definition.public-security-by-law-enforcement", "Article 3(46)");
    let municipal = with(&case, &json!({ "operator": "public-authority" }));
    let findings = finding_ids(regime(&assess_json(&municipal), ACT)).into_iter().map(str::to_owned).collect::<Vec<_>>();
    assert!(!findings.iter().any(|id| id == "ai-act.definition.public-security-by-law-enforcement"), "{findings:?}");
}

/// Article 3(46): law enforcement is what law enforcement authorities do or what is
/// done on their behalf. A private entity acting on its own account is therefore not
/// using the system "for law enforcement purposes", so the law-enforcement variants of
/// Article 26(11) second sentence (Article 13 of Directive 2016/680 instead of informing
/// the persons) and of Article 14(5) second subparagraph do not apply to it.
#[test]
fn a_private_entity_claiming_a_law_enforcement_purpose_gets_the_ordinary_deployer_obligations() {
    let case = changed(live_police_search, json!({ "operator": "private-entity" }));
    let obligations = obligations(&case, ACT);
    assert!(obligations.contains(&"ai-act.obligation.deployer.inform-persons".to_owned()), "{obligations:?}");
    assert!(obligations.contains(&"ai-act.obligation.deployer.two-persons".to_owned()), "{obligations:?}");
    assert!(!obligations.iter().any(|o| o.ends_with("-law-enforcement")), "{obligations:?}");
}

// Where point (h) reaches: publicly accessible physical spaces (Art 3(44), recital 19).

#[test]
fn live_police_identification_in_a_prison_is_high_risk_not_prohibited() {
    let case = changed(live_police_search, json!({ "space": "not-publicly-accessible" }));
    expect(&case, ACT, "high-risk");
    expect(&case, PROPOSAL, "high-risk");
    assert_finding(&case, ACT, "ai-act.definition.not-public-space", "Recital 19");
}

#[test]
fn live_identification_at_border_control_is_high_risk_not_prohibited() {
    let case = changed(
        live_police_search,
        json!({ "operator": "public-authority", "purpose": "migration-border", "space": "not-publicly-accessible" }),
    );
    expect(&case, ACT, "high-risk");
    assert!(obligations(&case, ACT).contains(&"ai-act.obligation.deployer.registration-restricted".to_owned()));
}

#[test]
fn online_is_not_a_physical_space() {
    let case = changed(live_police_search, json!({ "space": "online" }));
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.definition.online", "Article 3(44)");
    assert_finding(&case, ACT, "ai-act.definition.online", "Recital 19");
}

// Ireland and Denmark (recitals 40 and 41).

#[test]
fn in_ireland_live_police_identification_is_not_bound_by_5_1_h_and_is_high_risk() {
    let case = changed(live_police_search, json!({ "country": "IE", "law_enforcement": { "objective": "other" } }));
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art5-1-h.not-bound", "Recital 40");
    assert_finding(&case, ACT, "ai-act.annex-iii.1a", "Annex III, point 1(a)");
}

#[test]
fn in_denmark_live_police_identification_is_not_bound_by_5_1_h_and_is_high_risk() {
    let case = changed(live_police_search, json!({ "country": "DK", "safeguards": { "national_law": false } }));
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art5-1-h.not-bound", "Recital 41");
}

#[test]
fn in_denmark_post_identification_by_the_police_is_not_bound_by_article_26_10() {
    let case = changed(post_police_search, json!({ "country": "DK" }));
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art26-10.not-bound", "Article 26(10)");
    assert!(!obligations(&case, ACT).iter().any(|o| o.starts_with("ai-act.art26-10.")));
}

#[test]
fn in_ireland_police_categorisation_by_race_is_not_bound_by_5_1_g() {
    let case = changed(
        employer_categorisation,
        json!({
            "country": "IE", "operator": "law-enforcement-authority", "purpose": "law-enforcement",
            "categorisation": { "attributes": ["race"] }
        }),
    );
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art5-1-g.not-bound", "Recital 40");
}

#[test]
fn in_ireland_an_employer_categorising_staff_by_race_is_still_prohibited() {
    let case = changed(employer_categorisation, json!({ "country": "IE", "categorisation": { "attributes": ["race"] } }));
    expect(&case, ACT, "prohibited");
}

#[test]
fn in_ireland_untargeted_scraping_is_still_prohibited() {
    expect(&changed(face_scraping_vendor, json!({ "country": "IE" })), ACT, "prohibited");
}

// Article 5(1)(e): untargeted scraping of facial images.

#[test]
fn building_a_face_database_by_untargeted_scraping_is_prohibited_even_for_a_provider() {
    let case = face_scraping_vendor();
    expect(&case, ACT, "prohibited");
    assert_finding(&case, ACT, "ai-act.art5-1-e.prohibited", "Article 5(1)(e)");
}

/// The fact itself is about "facial images" and a "facial recognition database": the
/// modalities need not be known, nor be the face.
#[test]
fn building_a_face_database_by_untargeted_scraping_is_prohibited_whatever_the_modalities_say() {
    let case = without(&face_scraping_vendor(), "modalities");
    expect(&case, ACT, "prohibited");
    assert_eq!(assess_json(&case).verdict.keyword(), "prohibited");
    expect(&changed(face_scraping_vendor, json!({ "modalities": ["other"] })), ACT, "prohibited");
}

#[test]
fn a_face_database_not_built_by_untargeted_scraping_is_not_prohibited_by_point_e() {
    let case = changed(face_scraping_vendor, json!({ "identification": { "untargeted_scraping": false } }));
    expect(&case, ACT, "high-risk");
}

#[test]
fn whether_a_system_scrapes_faces_is_asked_only_of_systems_that_identify_people() {
    let unknown = without(&museum_emotion_recognition(), "identification");
    expect(&unknown, ACT, "high-risk");
}

#[test]
fn the_proposal_did_not_prohibit_untargeted_scraping() {
    let case = face_scraping_vendor();
    expect(&case, PROPOSAL, "high-risk");
    assert!(finding_ids(regime(&assess_json(&case), PROPOSAL)).contains(&"proposal.not-prohibited.scraping"));
}

// Article 5(1)(f): emotion recognition at work and in education.

#[test]
fn emotion_recognition_of_museum_visitors_is_high_risk_with_a_duty_to_inform() {
    let case = museum_emotion_recognition();
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.annex-iii.1c", "Annex III, point 1(c)");
    assert_finding(&case, ACT, "ai-act.art50-3.applies", "Article 50(3)");
    assert!(obligations(&case, ACT).contains(&"ai-act.art50-3.inform".to_owned()));
}

#[test]
fn emotion_recognition_of_workers_is_prohibited() {
    let case = changed(museum_emotion_recognition, json!({ "emotion_recognition": { "subjects": "workers" } }));
    expect(&case, ACT, "prohibited");
    assert_finding(&case, ACT, "ai-act.art5-1-f.prohibited", "Article 5(1)(f)");
}

#[test]
fn emotion_recognition_of_students_is_prohibited() {
    expect(&changed(museum_emotion_recognition, json!({ "emotion_recognition": { "subjects": "students" } })), ACT, "prohibited");
}

#[test]
fn placing_an_emotion_recognition_system_for_workplaces_on_the_market_is_prohibited() {
    let case = changed(museum_emotion_recognition, json!({ "role": "provider", "emotion_recognition": { "subjects": "workers" } }));
    expect(&case, ACT, "prohibited");
}

#[test]
fn emotion_recognition_of_workers_for_medical_or_safety_reasons_is_high_risk() {
    let case = changed(
        museum_emotion_recognition,
        json!({ "emotion_recognition": { "subjects": "workers", "medical_or_safety": true } }),
    );
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art5-1-f.medical-or-safety", "Article 5(1)(f)");
    assert!(obligations(&case, ACT).contains(&"ai-act.obligation.deployer.inform-workers".to_owned()));
}

#[test]
fn whether_workers_emotions_are_read_for_medical_or_safety_reasons_decides() {
    let case = without(
        &changed(museum_emotion_recognition, json!({ "emotion_recognition": { "subjects": "workers" } })),
        "emotion_recognition.medical_or_safety",
    );
    let assessment = assess_json(&case);
    let act = regime(&assessment, ACT);
    assert_eq!(act.verdict.keyword(), "incomplete");
    assert_eq!(act.possible.iter().map(|v| v.keyword()).collect::<Vec<_>>(), ["prohibited", "high-risk"]);
    assert_eq!(assessment.questions.first().map(|q| q.field), Some("emotion_recognition.medical_or_safety"));
}

#[test]
fn the_proposal_did_not_prohibit_emotion_recognition_at_work() {
    let case = changed(museum_emotion_recognition, json!({ "emotion_recognition": { "subjects": "workers" } }));
    expect(&case, PROPOSAL, "transparency");
    assert_cites(&case, PROPOSAL, "Article 52(2)");
}

#[test]
fn under_the_proposal_emotion_recognition_by_the_police_is_high_risk_under_point_6b() {
    let case = changed(
        museum_emotion_recognition,
        json!({ "operator": "law-enforcement-authority", "purpose": "law-enforcement" }),
    );
    expect(&case, PROPOSAL, "high-risk");
    assert_finding(&case, PROPOSAL, "proposal.annex-iii.6b", "Annex III, point 6(b)");
    expect(&case, ACT, "high-risk");
}

#[test]
fn under_the_proposal_emotion_recognition_at_the_border_is_high_risk_under_point_7a() {
    let case = changed(
        museum_emotion_recognition,
        json!({ "purpose": "migration-border", "space": "not-publicly-accessible" }),
    );
    expect(&case, PROPOSAL, "high-risk");
    assert_finding(&case, PROPOSAL, "proposal.annex-iii.7a", "Annex III, point 7(a)");
}

#[test]
fn under_the_proposal_a_company_supplying_emotion_detection_to_the_police_is_high_risk_under_point_6b() {
    // Point 6(b) classifies systems "intended to be used by law enforcement
    // authorities": the provider that supplies one carries the provider's duties.
    let case = changed(
        museum_emotion_recognition,
        json!({ "role": "provider", "operator": "private-entity", "purpose": "law-enforcement" }),
    );
    expect(&case, PROPOSAL, "high-risk");
    assert_finding(&case, PROPOSAL, "proposal.annex-iii.6b", "Annex III, point 6(b)");
    let migration = with(&case, &json!({ "purpose": "migration-border" }));
    expect(&migration, PROPOSAL, "high-risk");
    assert_finding(&migration, PROPOSAL, "proposal.annex-iii.7a", "Annex III, point 7(a)");
}

#[test]
fn under_the_proposal_a_private_body_using_emotion_detection_on_its_own_account_is_not_under_points_6b_or_7a() {
    // Points 6(b) and 7(a) name the authorities as users; a private deployer's own use
    // carries the transparency duty of Article 52(2), whatever it calls its purpose.
    for purpose in ["law-enforcement", "migration-border"] {
        let case = changed(museum_emotion_recognition, json!({ "operator": "private-entity", "purpose": purpose }));
        expect(&case, PROPOSAL, "transparency");
    }
}

#[test]
fn a_fatigue_detector_described_as_detection_only_is_minimal() {
    let case = driver_fatigue_detector();
    expect(&case, ACT, "minimal");
    expect(&case, PROPOSAL, "minimal");
    assert_finding(&case, ACT, "ai-act.definition.detection-only", "Article 3(34)");
}

// Article 5(1)(g) and Annex III point 1(b): categorisation.

#[test]
fn categorising_staff_by_age_is_high_risk_under_annex_iii_1b() {
    let case = employer_categorisation();
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.annex-iii.1b", "Annex III, point 1(b)");
    assert!(obligations(&case, ACT).contains(&"ai-act.obligation.deployer.inform-workers".to_owned()));
}

#[test]
fn categorising_by_any_characteristic_of_5_1_g_is_prohibited() {
    for attribute in
        ["race", "political-opinions", "trade-union-membership", "religious-or-philosophical-beliefs", "sex-life", "sexual-orientation"]
    {
        let case = changed(employer_categorisation, json!({ "categorisation": { "attributes": [attribute] } }));
        assert_eq!(verdict(&case, ACT), "prohibited", "{attribute}");
        assert_eq!(verdict(&case, PROPOSAL), "transparency", "{attribute}");
    }
    assert_finding(
        &changed(employer_categorisation, json!({ "categorisation": { "attributes": ["race"] } })),
        ACT,
        "ai-act.art5-1-g.prohibited",
        "Article 5(1)(g)",
    );
}

#[test]
fn categorising_by_protected_attributes_outside_5_1_g_is_high_risk() {
    for attribute in ["sex", "age", "ethnic-origin", "disability", "health"] {
        let case = changed(employer_categorisation, json!({ "categorisation": { "attributes": [attribute] } }));
        assert_eq!(verdict(&case, ACT), "high-risk", "{attribute}");
    }
}

#[test]
fn categorising_by_hair_colour_tattoos_or_clothing_carries_only_the_duty_to_inform() {
    let case = changed(
        employer_categorisation,
        json!({ "categorisation": { "attributes": ["hair-or-eye-colour", "tattoos", "clothing"] } }),
    );
    expect(&case, ACT, "transparency");
    assert_finding(&case, ACT, "ai-act.art50-3.applies", "Article 50(3)");
}

/// Article 50(3) binds "deployers of an emotion recognition system or a biometric
/// categorisation system". A provider that only places such a system on the market has
/// no duty to inform under it (the providers' duties of Article 50(1) and (2) concern
/// other systems), so nothing AI-Act-specific is left for it.
#[test]
fn the_duty_to_inform_of_article_50_3_does_not_fall_on_a_provider_that_does_not_use_the_system() {
    let case = changed(
        employer_categorisation,
        json!({ "role": "provider", "categorisation": { "attributes": ["hair-or-eye-colour"] } }),
    );
    expect(&case, ACT, "minimal");
}

/// The same for a high-risk system: the provider carries the provider obligations, and
/// the deployers' duty of Article 50(3) is not among them.
#[test]
fn a_provider_of_an_emotion_recognition_system_is_not_given_the_deployers_duty_to_inform() {
    let case = changed(museum_emotion_recognition, json!({ "role": "provider" }));
    expect(&case, ACT, "high-risk");
    let obligations = obligations(&case, ACT);
    assert!(obligations.iter().all(|o| !o.starts_with("ai-act.obligation.deployer.")), "{obligations:?}");
    assert!(!obligations.contains(&"ai-act.art50-3.inform".to_owned()), "{obligations:?}");
}

/// Article 52(2) of the proposal likewise binds "users" of such systems.
#[test]
fn under_the_proposal_the_duty_to_inform_falls_on_users_not_on_a_provider() {
    let case = changed(
        employer_categorisation,
        json!({ "role": "provider", "categorisation": { "attributes": ["hair-or-eye-colour"] } }),
    );
    expect(&case, PROPOSAL, "minimal");
}

#[test]
fn placing_a_race_categorisation_system_on_the_market_is_prohibited() {
    let case = changed(employer_categorisation, json!({ "role": "provider", "categorisation": { "attributes": ["race"] } }));
    expect(&case, ACT, "prohibited");
}

#[test]
fn labelling_a_lawfully_acquired_dataset_by_race_is_not_prohibited_but_high_risk() {
    let case = changed(employer_categorisation, json!({ "categorisation": { "attributes": ["race"], "dataset_labelling": true } }));
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art5-1-g.dataset-labelling", "Article 5(1)(g)");
    assert_finding(&case, ACT, "ai-act.annex-iii.1b", "Annex III, point 1(b)");
}

#[test]
fn a_purely_ancillary_try_on_filter_is_not_biometric_categorisation() {
    let case = changed(
        employer_categorisation,
        json!({
            "name": "Glasses try-on filter", "purpose": "commercial", "space": "online",
            "categorisation": { "attributes": ["sex", "age"], "ancillary_feature": true }
        }),
    );
    expect(&case, ACT, "minimal");
    assert_finding(&case, ACT, "ai-act.definition.ancillary", "Article 3(40)");
    assert_finding(&case, ACT, "ai-act.definition.ancillary", "Recital 16");
}

#[test]
fn an_ancillary_feature_is_not_caught_by_5_1_g_either() {
    let case = changed(
        employer_categorisation,
        json!({ "categorisation": { "attributes": ["race"], "ancillary_feature": true } }),
    );
    expect(&case, ACT, "minimal");
}

// Verification and identification with the person's involvement.

#[test]
fn one_to_one_verification_is_neither_remote_identification_nor_annex_iii_1a() {
    let case = changed(live_police_search, json!({ "functions": ["verification"] }));
    expect(&case, ACT, "minimal");
    assert_finding(&case, ACT, "ai-act.definition.verification", "Article 3(36)");
    assert_finding(&case, ACT, "ai-act.definition.verification", "Annex III, point 1(a)");
    assert!(!finding_ids(regime(&assess_json(&case), ACT)).contains(&"ai-act.annex-iii.1a"));
}

#[test]
fn face_verification_at_the_office_door_is_minimal() {
    let case = json!({
        "country": "FR", "role": "deployer", "operator": "private-entity", "purpose": "access-control",
        "functions": ["verification"], "modalities": ["face"], "space": "not-publicly-accessible"
    });
    expect(&case, ACT, "minimal");
    expect(&case, PROPOSAL, "minimal");
}

#[test]
fn identification_with_the_persons_active_involvement_is_not_remote() {
    let case = changed(live_police_search, json!({ "identification": { "remote": false } }));
    expect(&case, ACT, "minimal");
    expect(&case, PROPOSAL, "minimal");
    assert_finding(&case, ACT, "ai-act.definition.not-remote", "Article 3(41)");
}

// Article 26(10): post remote identification for law enforcement.

#[test]
fn post_remote_identification_by_the_police_is_high_risk_with_the_duties_of_article_26_10() {
    let case = post_police_search();
    expect(&case, ACT, "high-risk");
    expect(&case, PROPOSAL, "high-risk");
    assert_finding(&case, ACT, "ai-act.art26-10.applies", "Article 26(10)");
    let report = report(&case, ACT);
    for id in [
        "ai-act.art26-10.authorisation",
        "ai-act.art26-10.targeted",
        "ai-act.art26-10.human-decision",
        "ai-act.art26-10.documented",
        "ai-act.art26-10.annual-report",
    ] {
        let obligation = item(&report, "obligations", id);
        assert!(refs(obligation).contains(&"Article 26(10)"), "{id}");
        assert_eq!(obligation["who"], "deployer", "{id}");
    }
    assert_eq!(item(&report, "obligations", "ai-act.art26-10.authorisation")["status"], "met");
}

#[test]
fn post_identification_without_authorisation_leaves_the_article_26_10_duty_undone_not_a_prohibition() {
    let case = changed(post_police_search, json!({ "safeguards": { "authorisation": "none" } }));
    expect(&case, ACT, "high-risk");
    let report = report(&case, ACT);
    assert_eq!(item(&report, "obligations", "ai-act.art26-10.authorisation")["status"], "unmet");
}

/// Article 26(10) asks for authorisation "in the framework of an investigation for the
/// targeted search of a person suspected or convicted"; its other duties hold for every use.
#[test]
fn post_identification_to_find_a_victim_needs_no_article_26_10_authorisation() {
    let case = changed(post_police_search, json!({ "law_enforcement": { "objective": "victim-search" } }));
    let duties = obligations(&case, ACT);
    assert!(!duties.iter().any(|o| o == "ai-act.art26-10.authorisation"), "{duties:?}");
    for id in ["ai-act.art26-10.targeted", "ai-act.art26-10.documented", "ai-act.art26-10.annual-report"] {
        assert!(duties.iter().any(|o| o == id), "{id} in {duties:?}");
    }
    let unknown = without(&post_police_search(), "law_enforcement");
    assert!(obligations(&unknown, ACT).iter().any(|o| o == "ai-act.art26-10.authorisation"));
}

#[test]
fn post_identification_by_a_shop_carries_no_article_26_10_duties() {
    let case = changed(post_police_search, json!({ "operator": "private-entity", "purpose": "safety-and-security" }));
    expect(&case, ACT, "high-risk");
    assert!(!obligations(&case, ACT).iter().any(|o| o.starts_with("ai-act.art26-10.")));
}

// Article 2: territorial and material scope.

#[test]
fn outside_the_union_the_act_does_not_apply() {
    let case = changed(live_police_search, json!({ "country": "US", "law_enforcement": { "objective": "other" } }));
    expect(&case, ACT, "not-applicable");
    expect(&case, PROPOSAL, "not-applicable");
    assert_finding(&case, ACT, "ai-act.scope.outside-union", "Article 2(1)");
}

#[test]
fn in_the_united_kingdom_the_report_points_to_the_uk_gdpr() {
    let case = changed(live_police_search, json!({ "country": "GB" }));
    expect(&case, ACT, "not-applicable");
    let report = report(&case, ACT);
    let text = item(&report, "findings", "ai-act.scope.outside-union")["text"].as_str().unwrap_or_default().to_owned();
    assert!(text.contains("UK GDPR"), "{text}");
}

#[test]
fn a_provider_outside_the_union_is_told_it_may_still_be_caught() {
    let case = changed(face_scraping_vendor, json!({ "country": "US" }));
    expect(&case, ACT, "not-applicable");
    assert_finding(&case, ACT, "ai-act.scope.outside-union-provider", "Article 2(1)(c)");
}

#[test]
fn national_security_is_outside_the_act() {
    let case = changed(live_police_search, json!({ "purpose": "national-security-defence" }));
    expect(&case, ACT, "not-applicable");
    assert_finding(&case, ACT, "ai-act.scope.national-security", "Article 2(3)");
}

#[test]
fn research_only_is_outside_the_act() {
    let case = changed(museum_emotion_recognition, json!({ "purpose": "scientific-research" }));
    expect(&case, ACT, "not-applicable");
    assert_finding(&case, ACT, "ai-act.scope.research", "Article 2(6)");
}

/// COM(2021) 206 excluded only systems used exclusively for military purposes (its
/// Article 2(3)); the research exclusion (Art 2(6) of the Regulation) came later. The
/// project's brief gives the proposal regime the Regulation's scope, so research-only
/// use is out of scope there too, and the finding says that the proposal itself had
/// no such exclusion.
#[test]
fn the_proposal_had_no_research_exclusion() {
    let case = changed(museum_emotion_recognition, json!({ "purpose": "scientific-research" }));
    expect(&case, ACT, "not-applicable");
    expect(&case, PROPOSAL, "transparency");
    assert_finding(&case, PROPOSAL, "proposal.scope.no-exclusion", "Article 2");
}

#[test]
fn the_proposal_had_no_national_security_exclusion_only_a_military_one() {
    let case = changed(live_police_search, json!({ "purpose": "national-security-defence", "operator": "public-authority" }));
    expect(&case, ACT, "not-applicable");
    expect(&case, PROPOSAL, "high-risk");
    assert_finding(&case, PROPOSAL, "proposal.scope.no-exclusion", "Article 2");
    let military = changed(live_police_search, json!({ "purpose": "military", "operator": "public-authority" }));
    expect(&military, ACT, "not-applicable");
    expect(&military, PROPOSAL, "not-applicable");
    assert_finding(&military, PROPOSAL, "proposal.scope.military", "Article 2(3)");
}

#[test]
fn under_the_proposal_a_personal_user_is_not_a_user() {
    let case = changed(
        employer_categorisation,
        json!({ "operator": "private-individual", "purpose": "safety-and-security", "categorisation": { "attributes": ["age"] } }),
    );
    expect(&case, PROPOSAL, "not-applicable");
    assert_finding(&case, PROPOSAL, "proposal.scope.personal", "Article 3(4)");
}

#[test]
fn a_private_individuals_personal_use_is_outside_the_act() {
    let case = changed(
        employer_categorisation,
        json!({ "operator": "private-individual", "purpose": "safety-and-security", "categorisation": { "attributes": ["race"] } }),
    );
    expect(&case, ACT, "not-applicable");
    assert_finding(&case, ACT, "ai-act.scope.personal", "Article 2(10)");
}

/// Law enforcement, a public service, borders or teaching are not "a purely personal
/// non-professional activity" (Art 2(10)), whoever pursues them.
#[test]
fn a_private_individual_policing_a_public_square_is_not_personal_use() {
    let case = changed(live_police_search, json!({ "operator": "private-individual" }));
    expect(&case, ACT, "high-risk");
    for purpose in ["public-service", "migration-border", "education"] {
        let case = changed(live_police_search, json!({ "operator": "private-individual", "purpose": purpose }));
        assert_ne!(regime(&assess_json(&case), ACT).verdict.keyword(), "not-applicable", "{purpose}");
    }
}

#[test]
fn when_the_operator_is_not_known_police_use_cannot_turn_out_to_be_personal_use() {
    let case = without(&live_police_search(), "operator");
    let assessment = assess_json(&case);
    let possible: Vec<&str> = regime(&assessment, ACT).possible.iter().map(|v| v.keyword()).collect();
    assert!(!possible.contains(&"not-applicable"), "{possible:?}");
}

#[test]
fn a_private_individual_in_business_is_within_the_act() {
    let case = changed(employer_categorisation, json!({ "operator": "private-individual", "purpose": "commercial" }));
    expect(&case, ACT, "high-risk");
}

/// Article 2(10) excludes only "obligations of deployers who are natural persons using
/// AI systems in the course of a purely personal non-professional activity". A natural
/// person who only provides a system (places it on the market, Art 3(3), 3(9)) is not
/// a deployer and is not exempted; Article 5(1)(e) prohibits placing a face-scraping
/// system on the market.
#[test]
fn a_private_individual_who_only_provides_a_face_scraping_tool_is_not_exempt_as_personal_use() {
    let case = changed(face_scraping_vendor, json!({ "operator": "private-individual", "purpose": "safety-and-security" }));
    expect(&case, ACT, "prohibited");
}

// Application dates (Article 113; Annex III as moved by the Digital Omnibus on AI).

fn dated(base: fn() -> Json, date: &str) -> Json {
    changed(base, json!({ "date": date }))
}

#[test]
fn the_day_before_2_december_2027_the_annex_iii_obligations_are_not_yet_in_force() {
    let report = report(&dated(museum_emotion_recognition, "2027-12-01"), ACT);
    assert_eq!(report["verdict"], "high-risk");
    let classification = item(&report, "findings", "ai-act.annex-iii.1c");
    assert_eq!(classification["applies_from"], "2027-12-02");
    assert_eq!(classification["in_force"], false);
    let annex_iii: Vec<_> = report["obligations"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|o| o["id"].as_str().is_some_and(|id| id.starts_with("ai-act.obligation.")))
        .collect();
    assert!(!annex_iii.is_empty());
    for obligation in annex_iii {
        assert_eq!(obligation["applies_from"], "2027-12-02", "{obligation}");
        assert_eq!(obligation["in_force"], false, "{obligation}");
    }
}

#[test]
fn from_2_december_2027_the_annex_iii_obligations_are_in_force() {
    let report = report(&dated(museum_emotion_recognition, "2027-12-02"), ACT);
    assert_eq!(item(&report, "findings", "ai-act.annex-iii.1c")["in_force"], true);
    for obligation in report["obligations"].as_array().into_iter().flatten() {
        assert_eq!(obligation["in_force"], true, "{obligation}");
    }
}

#[test]
fn the_article_26_10_duties_follow_the_annex_iii_date() {
    let report = report(&dated(post_police_search, "2027-12-01"), ACT);
    let authorisation = item(&report, "obligations", "ai-act.art26-10.authorisation");
    assert_eq!(authorisation["applies_from"], "2027-12-02");
    assert_eq!(authorisation["in_force"], false);
}

#[test]
fn the_prohibitions_apply_from_2_february_2025() {
    let on_the_day = report(&dated(face_scraping_vendor, "2025-02-02"), ACT);
    let prohibition = item(&on_the_day, "findings", "ai-act.art5-1-e.prohibited");
    assert_eq!(prohibition["applies_from"], "2025-02-02");
    assert_eq!(prohibition["in_force"], true);
    let the_day_before = report(&dated(face_scraping_vendor, "2025-02-01"), ACT);
    assert_eq!(item(&the_day_before, "findings", "ai-act.art5-1-e.prohibited")["in_force"], false);
}

#[test]
fn the_real_time_prohibition_and_its_exceptions_apply_from_2_february_2025() {
    let report = report(&live_police_search(), ACT);
    for id in ["ai-act.art5-1-h.prohibition", "ai-act.art5-1-h.exception-suspect", "ai-act.art5-1-h.conditional"] {
        assert_eq!(item(&report, "findings", id)["applies_from"], "2025-02-02", "{id}");
    }
}

#[test]
fn the_duty_to_inform_of_article_50_3_applies_from_2_august_2026() {
    let before = report(&dated(museum_emotion_recognition, "2026-08-01"), ACT);
    let inform = item(&before, "obligations", "ai-act.art50-3.inform");
    assert_eq!(inform["applies_from"], "2026-08-02");
    assert_eq!(inform["in_force"], false);
    let from = report(&dated(museum_emotion_recognition, "2026-08-02"), ACT);
    assert_eq!(item(&from, "obligations", "ai-act.art50-3.inform")["in_force"], true);
    assert_eq!(item(&from, "findings", "ai-act.art50-3.applies")["applies_from"], "2026-08-02");
}

#[test]
fn the_deployments_own_date_wins_over_the_date_in_the_options() {
    let mut options = options();
    options.date = biometric_check::Date::parse("2028-01-01");
    let assessment = assess_with(&museum_emotion_recognition(), &options);
    assert_eq!(assessment.date.to_string(), "2026-11-23");
    let undated = assess_with(&without(&museum_emotion_recognition(), "date"), &options);
    assert_eq!(undated.date.to_string(), "2028-01-01");
    let json = serde_json::to_value(&undated).expect("JSON");
    assert_eq!(json["date_source"], "option");
}

// Missing facts.

#[test]
fn an_unknown_objective_leaves_prohibited_and_conditional_open_and_asks_for_it_first() {
    let case = without(&live_police_search(), "law_enforcement.objective");
    let assessment = assess_json(&case);
    let act = regime(&assessment, ACT);
    assert_eq!(act.verdict.keyword(), "incomplete");
    assert_eq!(act.possible.iter().map(|v| v.keyword()).collect::<Vec<_>>(), ["prohibited", "conditional"]);
    assert_eq!(assessment.verdict.keyword(), "incomplete");
    assert_eq!(assessment.questions.first().map(|q| q.field), Some("law_enforcement.objective"));
}

#[test]
fn an_unknown_sentence_is_the_question_that_decides_a_suspect_search() {
    let case = without(&live_police_search(), "law_enforcement.max_sentence_years");
    let assessment = assess_json(&case);
    assert_eq!(regime(&assessment, ACT).verdict.keyword(), "incomplete");
    assert_eq!(assessment.questions.first().map(|q| q.field), Some("law_enforcement.max_sentence_years"));
}

#[test]
fn under_the_proposal_an_unknown_offence_does_not_matter_since_every_offence_is_one_of_the_32() {
    let case = without(&live_police_search(), "law_enforcement.offence");
    assert_eq!(verdict(&case, ACT), "incomplete");
    assert_eq!(verdict(&case, PROPOSAL), "conditional");
}

#[test]
fn an_unknown_country_leaves_not_applicable_possible() {
    let case = without(&live_police_search(), "country");
    let assessment = assess_json(&case);
    let act = regime(&assessment, ACT);
    assert_eq!(act.verdict.keyword(), "incomplete");
    assert!(act.possible.iter().any(|v| v.keyword() == "not-applicable"));
}

// The overall verdict: the strictest among binding regimes.

#[test]
fn by_default_only_the_law_in_force_is_binding() {
    let assessment = assess_json(&live_police_search());
    assert_eq!(assessment.verdict.keyword(), "conditional");
    assert_eq!(regime(&assessment, CITIES).verdict.keyword(), "prohibited");
    assert!(!regime(&assessment, CITIES).binding);
    assert!(regime(&assessment, ACT).binding);
}

#[test]
fn the_overall_verdict_is_the_strictest_binding_regime() {
    let mut options = options();
    options.binding = Some(vec![ACT.to_owned(), CITIES.to_owned()]);
    let museum = assess_with(&museum_emotion_recognition(), &options);
    assert_eq!(regime(&museum, ACT).verdict.keyword(), "high-risk");
    assert_eq!(museum.verdict.keyword(), "prohibited");

    options.binding = Some(vec![ACT.to_owned(), GLOBAL_CALL.to_owned()]);
    let museum = assess_with(&museum_emotion_recognition(), &options);
    assert_eq!(regime(&museum, GLOBAL_CALL).verdict.keyword(), "not-applicable");
    assert_eq!(museum.verdict.keyword(), "high-risk");
}

#[test]
fn a_binding_ban_settles_the_overall_verdict_even_while_the_law_is_undecided() {
    let mut options = options();
    options.binding = Some(vec![ACT.to_owned(), GLOBAL_CALL.to_owned()]);
    let assessment = assess_with(&without(&live_police_search(), "law_enforcement.objective"), &options);
    assert_eq!(regime(&assessment, ACT).verdict.keyword(), "incomplete");
    assert_eq!(assessment.verdict.keyword(), "prohibited");
}

#[test]
fn the_stricter_policies_ban_what_the_law_allows_under_conditions() {
    let case = live_police_search();
    expect(&case, CITIES, "prohibited");
    expect(&case, GLOBAL_CALL, "prohibited");
    let post = post_police_search();
    expect(&post, CITIES, "prohibited");
    expect(&post, GLOBAL_CALL, "prohibited");
    let verification = changed(live_police_search, json!({ "functions": ["verification"] }));
    expect(&verification, CITIES, "not-applicable");
    expect(&verification, GLOBAL_CALL, "not-applicable");
}

/// Each regime's summary names the next question that decides under that regime: the
/// cities' ban on categorisation in public spaces does not turn on the characteristics
/// inferred, which decide the law's verdict, but on whether the feature is ancillary.
#[test]
fn each_regime_names_the_next_question_that_decides_it() {
    let case = json!({
        "country": "SE", "role": "deployer", "operator": "private-entity", "purpose": "commercial",
        "functions": ["categorisation"], "modalities": ["face"], "space": "publicly-accessible"
    });
    let assessment = assess_json(&case);
    let question = |field: &str| biometric_check::i18n::text(biometric_check::i18n::Lang::En, &format!("field.{field}.question"));
    let law = &regime(&assessment, ACT).summary;
    let cities = &regime(&assessment, CITIES).summary;
    assert!(law.contains(question("categorisation.attributes")), "{law}");
    assert!(cities.contains(question("categorisation.ancillary_feature")), "{cities}");
    assert!(!cities.contains(question("categorisation.attributes")), "{cities}");
}

/// A city's policy that bans emotion recognition anywhere unless for medical or safety
/// reasons reads a fact the AI Act reads only at work and in education.
fn city_emotion_policy() -> biometric_check::Policy {
    let policy = json!({
        "id": "city", "title": { "en": "City policy" }, "source": { "title": "City council" },
        "rules": [{
            "id": "no-emotion-recognition", "effect": "prohibit",
            "when": { "functions": ["emotion-recognition"] },
            "unless": { "emotion_recognition.medical_or_safety": [true] },
            "explanation": { "en": "No emotion recognition, except for medical or safety reasons." }
        }]
    });
    biometric_check::Policy::from_value(&biometric_check::json::parse(&policy.to_string()).expect("JSON")).expect("valid policy")
}

#[test]
fn a_fact_only_a_citys_policy_reads_is_asked_when_it_decides_that_policy() {
    let mut options = options();
    options.policies = vec![city_emotion_policy()];
    options.binding = Some(vec![ACT.to_owned(), "policy:city".to_owned()]);
    let museum = without(&museum_emotion_recognition(), "emotion_recognition.medical_or_safety");
    let assessment = assess_with(&museum, &options);
    assert_eq!(regime(&assessment, "policy:city").verdict.keyword(), "incomplete");
    assert_eq!(assessment.questions.first().map(|q| q.field), Some("emotion_recognition.medical_or_safety"));
    assert!(assessment.relevant.contains(&"emotion_recognition.medical_or_safety"));
    // Once answered, the question stays shown (the policy still reads it).
    let answered = assess_with(&museum_emotion_recognition(), &options);
    assert_eq!(answered.verdict.keyword(), "prohibited");
    assert!(answered.relevant.contains(&"emotion_recognition.medical_or_safety"));
    // Without the policy the law does not read it for visitors, and does not ask.
    let law_only = assess_json(&museum);
    assert!(!law_only.relevant.contains(&"emotion_recognition.medical_or_safety"));
}

// Citations: every reference is typed and links to EUR-Lex.

#[test]
fn every_citation_of_the_act_and_the_proposal_links_to_eur_lex() {
    let cases = [
        live_police_search(),
        post_police_search(),
        museum_emotion_recognition(),
        employer_categorisation(),
        face_scraping_vendor(),
        driver_fatigue_detector(),
        changed(live_police_search, json!({ "country": "IE" })),
        changed(live_police_search, json!({ "safeguards": { "fria": false } })),
    ];
    for case in &cases {
        for regime_id in [ACT, PROPOSAL] {
            let report = report(case, regime_id);
            for list in ["findings", "conditions", "obligations"] {
                for entry in report[list].as_array().into_iter().flatten() {
                    for citation in entry["citations"].as_array().into_iter().flatten() {
                        let url = citation["url"].as_str().unwrap_or_default();
                        assert!(url.starts_with("https://eur-lex.europa.eu/"), "{}: {citation}", entry["id"]);
                        assert!(!citation["ref"].as_str().unwrap_or_default().is_empty(), "{citation}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_act_is_cited_by_its_eli_address_with_the_article_anchor() {
    let report = report(&live_police_search(), ACT);
    let prohibition = item(&report, "findings", "ai-act.art5-1-h.prohibition");
    let first = &prohibition["citations"][0];
    assert_eq!(first["ref"], "Article 5(1)(h)");
    assert_eq!(first["instrument"], "Regulation (EU) 2024/1689");
    let url = first["url"].as_str().unwrap_or_default();
    assert!(url.starts_with("https://eur-lex.europa.eu/eli/reg/2024/1689/oj"), "{url}");
    assert!(url.ends_with("#art_5"), "{url}");
}

#[test]
fn the_proposal_is_cited_by_its_celex_number() {
    let report = report(&live_police_search(), PROPOSAL);
    let prohibition = item(&report, "findings", "proposal.art5-1-d.prohibition");
    let first = &prohibition["citations"][0];
    assert_eq!(first["ref"], "Article 5(1)(d)");
    assert!(first["url"].as_str().unwrap_or_default().contains("CELEX:52021PC0206"), "{first}");
}

#[test]
fn recitals_and_annex_points_use_the_output_contracts_forms() {
    let prison = changed(live_police_search, json!({ "space": "not-publicly-accessible" }));
    assert_cites(&prison, ACT, "Recital 19");
    assert_cites(&prison, ACT, "Annex III, point 1(a)");
    let report = report(&prison, ACT);
    let recital = item(&report, "findings", "ai-act.definition.not-public-space")["citations"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["ref"] == "Recital 19")
        .cloned()
        .unwrap_or_default();
    assert!(recital["url"].as_str().unwrap_or_default().ends_with("#rct_19"), "{recital}");
}

// ---------------------------------------------------------------------------------
// Article 113: the verdict is what the law gives on the date of use.

/// A live police search with no objective the exception allows.
fn live_search_without_exception(date: &str) -> Json {
    changed(live_police_search, json!({ "date": date, "law_enforcement": { "objective": "other" } }))
}

#[test]
fn before_entry_into_force_the_act_does_not_apply() {
    for date in ["2024-06-15", "2024-07-31"] {
        let case = live_search_without_exception(date);
        expect(&case, ACT, "not-applicable");
        assert_finding(&case, ACT, "ai-act.scope.not-yet-in-force", "Article 113");
        // What will apply is shown, as upcoming.
        let prohibition = item(&report(&case, ACT), "findings", "ai-act.art5-1-h.prohibition").clone();
        assert_eq!(prohibition["in_force"], false);
    }
}

#[test]
fn between_entry_into_force_and_2_february_2025_a_prohibited_practice_is_assessed_under_the_rest() {
    for date in ["2024-08-01", "2025-02-01"] {
        let case = live_search_without_exception(date);
        expect(&case, ACT, "high-risk");
        assert_finding(&case, ACT, "ai-act.art5.upcoming", "Article 113(a)");
        assert_finding(&case, ACT, "ai-act.annex-iii.1a", "Annex III, point 1(a)");
    }
}

#[test]
fn from_2_february_2025_the_prohibition_applies() {
    let case = live_search_without_exception("2025-02-02");
    expect(&case, ACT, "prohibited");
    let prohibition = item(&report(&case, ACT), "findings", "ai-act.art5-1-h.prohibition").clone();
    assert_eq!(prohibition["in_force"], true);
}

#[test]
fn emotion_recognition_in_a_classroom_before_the_prohibition_is_high_risk_with_the_ban_upcoming() {
    let classroom = changed(
        museum_emotion_recognition,
        json!({ "date": "2024-12-01", "operator": "public-authority", "purpose": "education", "emotion_recognition": { "subjects": "students" }, "space": "not-publicly-accessible" }),
    );
    expect(&classroom, ACT, "high-risk");
    assert_finding(&classroom, ACT, "ai-act.art5-1-f.prohibited", "Article 5(1)(f)");
    assert_finding(&classroom, ACT, "ai-act.art5.upcoming", "Article 113(a)");
    let later = with(&classroom, &json!({ "date": "2025-02-02" }));
    expect(&later, ACT, "prohibited");
}

#[test]
fn a_permitted_live_search_before_the_prohibitions_apply_is_high_risk_without_conditions() {
    let case = changed(live_police_search, json!({ "date": "2024-10-01" }));
    expect(&case, ACT, "high-risk");
    assert!(ids(&report(&case, ACT)["conditions"]).is_empty());
}

#[test]
fn the_proposal_ignores_the_date() {
    let case = live_search_without_exception("2024-06-15");
    expect(&case, PROPOSAL, "prohibited");
}

// ---------------------------------------------------------------------------------
// Article 26(10): post identification by the police.

fn post_search_in_2028(changes: Json) -> Json {
    with(&changed(post_police_search, json!({ "date": "2028-01-10" })), &changes)
}

#[test]
fn an_untargeted_post_search_is_not_allowed_in_any_case() {
    let case = post_search_in_2028(json!({ "law_enforcement": { "untargeted": true } }));
    expect(&case, ACT, "prohibited");
    assert_finding(&case, ACT, "ai-act.art26-10.untargeted", "Article 26(10)");
}

#[test]
fn decisions_on_the_output_of_a_post_search_alone_are_not_allowed() {
    let case = post_search_in_2028(json!({ "law_enforcement": { "decisions_on_output_alone": true } }));
    expect(&case, ACT, "prohibited");
    assert_finding(&case, ACT, "ai-act.art26-10.decisions-on-output-alone", "Article 26(10)");
}

#[test]
fn a_targeted_post_search_is_high_risk_with_its_duties_done() {
    let case = post_search_in_2028(json!({ "law_enforcement": { "untargeted": false, "decisions_on_output_alone": false } }));
    expect(&case, ACT, "high-risk");
    let report = report(&case, ACT);
    assert_eq!(item(&report, "obligations", "ai-act.art26-10.targeted")["status"], "met");
    assert_eq!(item(&report, "obligations", "ai-act.art26-10.human-decision")["status"], "met");
}

#[test]
fn before_article_26_10_applies_an_untargeted_search_is_high_risk_with_the_rule_upcoming() {
    let case = changed(post_police_search, json!({ "date": "2026-11-23", "law_enforcement": { "untargeted": true } }));
    expect(&case, ACT, "high-risk");
    let finding = item(&report(&case, ACT), "findings", "ai-act.art26-10.untargeted").clone();
    assert_eq!(finding["in_force"], false);
}

#[test]
fn the_initial_identification_of_a_potential_suspect_needs_no_authorisation() {
    let case = post_search_in_2028(json!({ "law_enforcement": { "initial_identification": true } }));
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art26-10.initial-identification", "Article 26(10)");
    assert!(!obligations(&case, ACT).contains(&"ai-act.art26-10.authorisation".to_owned()));
    let investigation = post_search_in_2028(json!({ "law_enforcement": { "initial_identification": false } }));
    assert!(obligations(&investigation, ACT).contains(&"ai-act.art26-10.authorisation".to_owned()));
}

#[test]
fn ireland_is_not_bound_by_article_26_10() {
    let case = post_search_in_2028(json!({ "country": "IE", "law_enforcement": { "untargeted": true } }));
    expect(&case, ACT, "high-risk");
    assert_finding(&case, ACT, "ai-act.art26-10.not-bound", "Recital 40");
}

// ---------------------------------------------------------------------------------
// Undecided outcomes explained: each possible verdict, the answers that lead to it and
// the provision that decides it.

/// The live search with every condition met and the 5(3) duty answered, the timing open.
fn timing_open() -> Json {
    without(&changed(live_police_search, json!({ "law_enforcement": { "decisions_on_output_alone": false } })), "identification.timing")
}

#[test]
fn with_the_timing_open_each_outcome_names_its_answer_and_provision() {
    let case = timing_open();
    let assessment = assess_json(&case);
    let act = regime(&assessment, ACT);
    assert_eq!(act.verdict.keyword(), "incomplete");
    let outcomes: Vec<(&str, &str, &str)> = act
        .outcomes
        .iter()
        .map(|o| (o.verdict.keyword(), o.answers[0].field, o.citations[0].reference.as_ref()))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("conditional", "identification.timing", "Article 5(1)(h)(iii)"),
            ("high-risk", "identification.timing", "Annex III, point 1(a)")
        ]
    );
    assert!(act.outcomes[0].text.starts_with("If it identifies people live"), "{}", act.outcomes[0].text);
}

#[test]
fn prohibited_is_possible_only_when_an_answer_can_prohibit() {
    // No completion of the timing prohibits a use whose every condition is met.
    let assessment = assess_json(&timing_open());
    let possible: Vec<&str> = regime(&assessment, ACT).possible.iter().map(|v| v.keyword()).collect();
    assert_eq!(possible, ["conditional", "high-risk"]);
    // With the 5(3) duty unanswered, one answer does, and the outcome says which.
    let open = without(&live_police_search(), "identification.timing");
    let assessment = assess_json(&open);
    let act = regime(&assessment, ACT);
    let prohibited = act.outcomes.iter().find(|o| o.verdict.keyword() == "prohibited").expect("a way to prohibited");
    assert!(prohibited.answers.iter().any(|a| a.field == "law_enforcement.decisions_on_output_alone"));
    assert_eq!(prohibited.citations[0].reference, "Article 5(3)");
}

#[test]
fn a_decided_verdict_lists_no_outcomes() {
    let assessment = assess_json(&live_police_search());
    assert!(regime(&assessment, ACT).outcomes.is_empty());
}

// ---------------------------------------------------------------------------------
// What an open answer would mean, and what would change a decided verdict.

#[test]
fn an_open_condition_says_which_answer_would_prohibit_the_use() {
    let case = without(&live_police_search(), "safeguards.national_law");
    expect(&case, ACT, "conditional");
    let national_law = item(&report(&case, ACT), "conditions", "ai-act.art5-1-h.condition.national-law").clone();
    assert_eq!(national_law["status"], "unknown");
    let settling = national_law["if_answered"].as_array().expect("answers").clone();
    assert_eq!(settling.len(), 1, "{settling:?}");
    assert_eq!(settling[0]["verdict"], "prohibited");
    assert_eq!(settling[0]["answer"]["values"], json!([false]));
    assert_eq!(settling[0]["answer"]["text"], "no national or EU law allows this use");
}

#[test]
fn the_5_3_duty_not_answered_says_which_answer_would_prohibit_the_use() {
    let duty = item(&report(&live_police_search(), ACT), "obligations", "ai-act.art5-3.human-decision").clone();
    assert_eq!(duty["if_answered"][0]["verdict"], "prohibited");
    assert_eq!(duty["if_answered"][0]["answer"]["values"], json!([true]));
}

#[test]
fn what_ifs_are_sentences_and_lead_only_to_decided_verdicts() {
    let assessment = assess_json(&live_police_search());
    let act = regime(&assessment, ACT);
    let texts: Vec<&str> = act.counterfactuals.iter().map(|c| c.text.as_str()).collect();
    assert!(texts.contains(&"If it only runs on recorded footage: High-risk"), "{texts:?}");
    assert!(act.counterfactuals.iter().all(|c| c.verdict.keyword() != "incomplete"));
    assert!(texts.iter().all(|t| !t.contains(" were ")), "{texts:?}");
}

#[test]
fn a_life_sentence_is_the_top_of_the_range_and_said_in_words() {
    let case = changed(live_police_search, json!({ "law_enforcement": { "max_sentence_years": 100 } }));
    expect(&case, ACT, "conditional");
    let exception = item(&report(&case, ACT), "findings", "ai-act.art5-1-h.exception-suspect").clone();
    assert!(exception["text"].as_str().is_some_and(|t| t.contains("(life imprisonment)")), "{exception}");
}

#[test]
fn a_policy_rule_is_cited_by_its_number_not_its_id() {
    let refs = refs(item(&report(&live_police_search(), CITIES), "findings", "policy:mass-surveillance-ban/remote-identification")).iter().map(|r| (*r).to_owned()).collect::<Vec<_>>();
    assert!(refs.iter().all(|r| !r.contains("remote-identification")), "{refs:?}");
}

// ---------------------------------------------------------------------------------
// Article 50(3) and the proposal's Article 52(2): the law enforcement exclusion.

/// Police sorting people on a square by clothing colour to find a described suspect.
fn police_clothing_categorisation(national_law: Json) -> Json {
    json!({
        "country": "FI", "date": "2026-11-23", "role": "deployer", "operator": "law-enforcement-authority",
        "purpose": "law-enforcement", "functions": ["categorisation"], "modalities": ["face"],
        "categorisation": { "attributes": ["clothing"], "ancillary_feature": false, "dataset_labelling": false },
        "space": "publicly-accessible", "safeguards": { "national_law": national_law }
    })
}

#[test]
fn police_categorisation_permitted_by_law_owes_no_duty_to_inform() {
    let case = police_clothing_categorisation(json!(true));
    expect(&case, ACT, "minimal");
    assert_finding(&case, ACT, "ai-act.art50-3.law-enforcement-exclusion", "Article 50(3)");
    expect(&case, PROPOSAL, "minimal");
    assert_finding(&case, PROPOSAL, "proposal.art52-2.law-enforcement-exclusion", "Article 52(2)");
}

#[test]
fn police_categorisation_without_such_a_law_owes_it() {
    let case = police_clothing_categorisation(json!(false));
    expect(&case, ACT, "transparency");
    expect(&case, PROPOSAL, "transparency");
}

#[test]
fn whether_a_law_permits_police_categorisation_decides_the_duty() {
    let case = police_clothing_categorisation(Json::Null);
    expect(&case, ACT, "incomplete");
}

#[test]
fn a_try_on_filter_was_a_categorisation_system_under_the_proposal() {
    // The adopted Regulation leaves purely ancillary features out (Art 3(40), recital
    // 16); the proposal's definition had no such exception.
    let filter = json!({
        "country": "DE", "date": "2026-11-23", "role": "provider-and-deployer", "operator": "private-entity",
        "purpose": "commercial", "functions": ["categorisation"], "modalities": ["face"],
        "categorisation": { "attributes": ["other"], "ancillary_feature": true, "dataset_labelling": false }, "space": "online"
    });
    expect(&filter, ACT, "minimal");
    expect(&filter, PROPOSAL, "transparency");
}

#[test]
fn before_entry_into_force_the_act_does_not_say_it_applies() {
    let case = live_search_without_exception("2024-07-31");
    let findings = report(&case, ACT)["findings"].clone();
    assert!(!ids(&findings).contains(&"ai-act.scope.applies"));
    assert_finding(&case, ACT, "ai-act.scope.will-apply", "Article 2(1)");
}
