// Types of the biometric-check package API (index.js).
//
// Every function returns a result object and never throws. Call `init()` (browsers,
// bundlers) or `initSync({ module })` (Node) once before the others.

export { default, initSync } from './biometric_check.js';

/** Assesses a deployment under the selected regimes. */
export function assess(deployment: Deployment, options?: AssessOptions): AssessResult;
/** The question catalogue in a language (BCP 47; English when unsupported). */
export function questions(lang?: string): Catalogue;
/** Validates a policy document. */
export function validatePolicy(policy: PolicyDocument, lang?: string): PolicyResult;
/** The package version, its languages and the dates of the legal data. */
export function version(): VersionInfo;
/** Loads a language's texts from `messages/<lang>.messages` next to the module (English is built in). */
export function loadLanguage(lang: string): Promise<LanguageResult>;
/** Registers a language's texts from the text of its `.messages` file. */
export function registerMessages(lang: string, catalogue: string): LanguageResult;

export type LanguageResult =
  | { type: "success"; language: { lang: string; messages: number } }
  | { type: "failure"; errors: InputError[] };

// ---- Input: a deployment (every field optional; missing or null means "not known yet")

export type Role = "deployer" | "provider" | "provider-and-deployer";
export type Operator = "law-enforcement-authority" | "acting-for-law-enforcement" | "public-authority" | "private-entity" | "private-individual";
export type Purpose = "law-enforcement" | "public-service" | "access-control" | "safety-and-security" | "commercial" | "workplace-management" | "education" | "migration-border" | "medical" | "scientific-research" | "national-security-defence" | "military";
export type BiometricFunction = "identification" | "verification" | "categorisation" | "emotion-recognition" | "detection-only";
export type Modality = "face" | "gait" | "voice" | "iris" | "fingerprint" | "other";
export type Timing = "real-time" | "post";
export type Attribute = "race" | "political-opinions" | "trade-union-membership" | "religious-or-philosophical-beliefs" | "sex-life" | "sexual-orientation" | "sex" | "age" | "ethnic-origin" | "disability" | "health" | "hair-or-eye-colour" | "tattoos" | "clothing" | "other";
export type Subjects = "workers" | "students" | "other";
export type Space = "publicly-accessible" | "not-publicly-accessible" | "online";
export type Objective = "victim-search" | "imminent-threat" | "suspect-search" | "other";
export type Offence = "terrorism" | "trafficking-in-human-beings" | "child-sexual-exploitation" | "drug-trafficking" | "weapons-trafficking" | "murder-or-grievous-bodily-injury" | "organ-trafficking" | "nuclear-materials-trafficking" | "kidnapping-or-hostage-taking" | "icc-crimes" | "aircraft-or-ship-seizure" | "rape" | "environmental-crime" | "organised-or-armed-robbery" | "sabotage" | "criminal-organisation" | "corruption" | "fraud" | "money-laundering" | "counterfeiting-currency" | "computer-crime" | "facilitating-unauthorised-entry" | "racism-and-xenophobia" | "cultural-goods-trafficking" | "swindling" | "racketeering-and-extortion" | "product-counterfeiting" | "document-forgery" | "payment-forgery" | "hormone-trafficking" | "stolen-vehicle-trafficking" | "arson";
export type AuthorisationState = "granted" | "urgent-requested" | "none";

export interface Deployment {
  /** Free text, at most 200 characters. */
  name?: string | null;
  /** Free text, at most 5000 characters. */
  description?: string | null;
  /** YYYY-MM-DD: when the use takes place. */
  date?: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string | null;
  role?: Role | null;
  operator?: Operator | null;
  purpose?: Purpose | null;
  functions?: BiometricFunction[] | null;
  modalities?: Modality[] | null;
  identification?: {
    remote?: boolean | null;
    timing?: Timing | null;
    untargeted_scraping?: boolean | null;
  } | null;
  categorisation?: {
    attributes?: Attribute[] | null;
    ancillary_feature?: boolean | null;
    dataset_labelling?: boolean | null;
  } | null;
  emotion_recognition?: {
    subjects?: Subjects | null;
    medical_or_safety?: boolean | null;
  } | null;
  space?: Space | null;
  law_enforcement?: {
    objective?: Objective | null;
    offence?: Offence | null;
    /** 0 to 100. */
    max_sentence_years?: number | null;
    strictly_necessary?: boolean | null;
    /** Post identification used without a link to an offence, proceedings, threat or missing person (Art 26(10)). */
    untargeted?: boolean | null;
    /** The initial identification of a potential suspect (no authorisation under Art 26(10)). */
    initial_identification?: boolean | null;
    /** Decisions with an adverse legal effect will be taken on the output alone (Art 5(3), 26(10)). */
    decisions_on_output_alone?: boolean | null;
  } | null;
  data_protection?: {
    /** The exception of GDPR Article 9(2) relied on. */
    ground?: Ground | null;
  } | null;
  safeguards?: {
    national_law?: boolean | null;
    authorisation?: AuthorisationState | null;
    fria?: boolean | null;
    registered?: boolean | null;
    authorities_notified?: boolean | null;
    limited_scope?: boolean | null;
    two_person_check?: boolean | null;
    dpia?: boolean | null;
    persons_informed?: boolean | null;
    workers_informed?: boolean | null;
  } | null;
}

export type Ground = "explicit-consent" | "employment-law" | "vital-interests" | "not-for-profit-body" | "made-public" | "legal-claims" | "substantial-public-interest" | "health-care" | "public-health" | "research-or-statistics" | "none";

// ---- Policies

export type Translations = { [lang: string]: string };
export type SafeguardKey = "national_law" | "authorisation" | "fria" | "registered" | "authorities_notified" | "limited_scope" | "two_person_check" | "dpia" | "persons_informed" | "workers_informed";
/** Field path → accepted values (booleans for yes/no fields, keywords otherwise). */
export type PolicyConditions = { [field: string]: (string | boolean)[] };

export interface PolicyRule {
  id: string;
  effect: "prohibit" | "require";
  when: PolicyConditions;
  unless?: PolicyConditions | null;
  requires?: SafeguardKey[] | null;
  explanation: Translations;
}

export interface PolicyDocument {
  id: string;
  title: Translations;
  summary?: Translations | null;
  source: { title: string; url?: string | null };
  rules: PolicyRule[];
}

export interface AssessOptions {
  /** A BCP 47 tag; unsupported languages fall back to English. */
  lang?: string;
  /** YYYY-MM-DD: the date of use when the deployment gives none (default: today). */
  date?: string;
  /** Regime ids to include (default: every built-in regime and every policy given). */
  regimes?: string[];
  /** Regime ids that count towards the overall verdict (default: ["eu-ai-act", "data-protection"]). */
  binding?: string[];
  policies?: PolicyDocument[];
  /** Work out what would change each verdict (default: true). */
  counterfactuals?: boolean;
  /** Explain each verdict: findings, conditions, obligations, counterfactuals, questions (default: true). */
  explain?: boolean;
}

// ---- Output

export type Verdict = "prohibited" | "conditional" | "high-risk" | "transparency" | "minimal" | "not-applicable";
export type Outcome = Verdict | "incomplete";
export type Status = "met" | "unmet" | "unknown";
export type FindingKind = "scope" | "classification" | "prohibition" | "exception" | "obligation" | "transparency" | "other-law" | "note";

export interface Citation { instrument: string; ref: string; url: string }

export interface Finding {
  id: string;
  kind: FindingKind;
  text: string;
  applies_from: string | null;
  in_force: boolean | null;
  citations: Citation[];
}

/** An answer to an open condition or duty that would change the regime's verdict. */
export interface SettlingAnswer { answer: Answer; verdict: Outcome }

export interface Condition {
  id: string;
  status: Status;
  text: string;
  field: string | null;
  citations: Citation[];
  if_answered: SettlingAnswer[];
}

export interface Obligation {
  id: string;
  who: "deployer" | "provider";
  text: string;
  applies_from: string | null;
  in_force: boolean | null;
  status: Status | null;
  field: string | null;
  citations: Citation[];
  if_answered: SettlingAnswer[];
}

export interface Counterfactual {
  field: string;
  values: unknown[];
  change: string;
  verdict: Outcome;
  possible: Verdict[];
  text: string;
}

/** An answer to an open question: the field, for a set field the element, the values that give it. */
export interface Answer {
  field: string;
  element?: string;
  values: unknown[];
  text: string;
}

/** One way an undecided verdict can turn out. */
export interface PossibleOutcome {
  verdict: Verdict;
  answers: Answer[];
  text: string;
  citations: Citation[];
}

export interface RegimeAssessment {
  id: string;
  title: string;
  binding: boolean;
  verdict: Outcome;
  possible: Verdict[];
  summary: string;
  findings: Finding[];
  conditions: Condition[];
  obligations: Obligation[];
  counterfactuals: Counterfactual[];
  /** While `verdict` is "incomplete": each possible verdict with the answers that lead to it. */
  outcomes: PossibleOutcome[];
}

export interface QuestionOption { value: unknown; label: string; help?: string }

export interface OpenQuestion {
  field: string;
  text: string;
  help: string;
  options: { value: unknown; label: string }[];
  regimes: string[];
  /** What each answer would leave of the overall verdict. */
  if_answered: SettlingAnswer[];
  citations: Citation[];
}

export type Standing = "prohibited" | "not-yet" | "allowed-under-conditions" | "allowed-with-obligations" | "allowed-if-people-are-told" | "allowed" | "not-covered" | "undecided";

/** One thing that blocks the use, or one question that decides, with what its answers mean. */
export interface Blocker {
  regimes: string[];
  text: string;
  field: string | null;
  if_answered: SettlingAnswer[];
  citations: Citation[];
}

/** The overall verdict in words for the person who decides. */
export interface Decision {
  standing: Standing;
  headline: string;
  blocking: Blocker[];
  obligations_from: string | null;
}

export interface Assessment {
  verdict: Outcome;
  decision: Decision;
  possible: Verdict[];
  date: string;
  date_source: "deployment" | "option" | "today";
  lang: string;
  name?: string;
  description?: string;
  regimes: RegimeAssessment[];
  questions: OpenQuestion[];
  relevant: string[];
  legal_data_date: string;
}

export interface InputError {
  path: string;
  code: "unknown-field" | "duplicate-field" | "invalid-json" | "missing-field" | "wrong-type" | "too-long" | "invalid-value";
  expected: string;
  found: string | null;
  message: string;
}

export type AssessResult =
  | { type: "success"; assessment: Assessment }
  | { type: "failure"; errors: InputError[] };

export type PolicyResult =
  | { type: "success"; policy: { id: string; regime: string; title: string; rules: number } }
  | { type: "failure"; errors: InputError[] };

// ---- Catalogue

export interface CatalogueQuestion {
  field: string;
  section: "about" | "system" | "context" | "purpose" | "safeguards";
  kind: "text" | "date" | "country" | "choice" | "choices" | "flag" | "number";
  label: string;
  question: string;
  help: string;
  options: QuestionOption[];
  max_chars?: number;
  min?: number;
  max?: number;
  relevant_when: { field: string; values: unknown[] }[][];
  citations: Citation[];
}

export interface Catalogue {
  lang: string;
  version: string;
  legal_data_date: string;
  sections: { id: CatalogueQuestion["section"]; title: string }[];
  questions: CatalogueQuestion[];
  verdicts: { id: Outcome; label: string; description: string }[];
  regimes: { id: string; title: string; description: string; binding_by_default: boolean }[];
  milestones: { id: string; date: string; previously: string | null; text: string; citation: Citation }[];
  countries: { code: string; class: "eu-member" | "ireland" | "denmark" | "eea" | "outside-eu" }[];
  /** Quick-start questions; each option's `sets` is a deployment fragment to merge in. */
  shortcuts: { id: string; question: string; help: string; options: { id: string; label: string; help: string; sets: Deployment }[] }[];
  ui: { [id: string]: string };
}

export interface VersionInfo {
  version: string;
  legal_data_date: string;
  languages: string[];
  loaded_languages: string[];
  milestones: { id: string; date: string; previously: string | null }[];
}
