//! Policies: stricter local or national rules written as data.
//!
//! Article 5(5) (last sentence) and Article 26(10) (last subparagraph) let member states
//! adopt more restrictive laws on remote biometric identification; cities and
//! civil-society groups state their own demands. A policy document says, rule by rule,
//! which deployments it prohibits or allows only with certain safeguards. Documents
//! are validated as strictly as a deployment: every problem is reported with its path.
//!
//! The two built-in policies (`builtin/*.json`) use the same format and the same
//! validation as a city's own document. They carry their English texts; their
//! translations are messages (`builtin-policy.<policy>.<text>` in each language's
//! catalogue), so that the WebAssembly module, which carries English only, gets them
//! with the rest of a language's texts.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/builtin_policies.rs"));
}

use crate::engine::trace::{Item, Trace};
use crate::engine::verdict::{Leaf, Reason, Verdict};
use crate::facts::errors::{Expected, InputError};
use crate::facts::knowledge::facts_of_field;
use crate::engine::ask::{Ask, Split, Tri};
use crate::facts::{Field, FieldKind, Value};
use crate::engine::ask::{known_only, safeguard_status};
use std::sync::OnceLock;

/// A validated policy document.
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    /// Identifier; the regime id is `policy:<id>`.
    pub id: String,
    /// Title by language.
    pub title: Translations,
    /// Optional summary by language.
    pub summary: Option<Translations>,
    /// Where the policy comes from.
    pub source: Source,
    /// Its rules, in order.
    pub rules: Vec<Rule>,
}

/// Where a policy comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The document's title.
    pub title: String,
    /// Its address, if published.
    pub url: Option<String>,
}

/// Text in several languages (`i18n::policies` chooses the one to show).
#[derive(Clone, Debug, PartialEq)]
pub struct Translations {
    texts: Vec<(String, String)>,
    /// For a built-in policy, the message id of the translations in the catalogues.
    message: Option<String>,
}

impl Translations {
    /// For a built-in policy, the message id of its translations in the catalogues.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The first text given, whatever its language.
    pub fn first(&self) -> Option<&str> {
        self.texts.first().map(|(_, text)| text.as_str())
    }

    /// The text given in a language, without falling back.
    pub fn given(&self, code: &str) -> Option<&str> {
        self.texts.iter().find(|(l, _)| l == code).map(|(_, text)| text.as_str())
    }
}

/// What a rule does when it matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The deployment is prohibited.
    Prohibit,
    /// The deployment is allowed only with the required safeguards.
    Require,
}

/// One rule of a policy.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// Identifier, unique within the policy.
    pub id: String,
    /// What the rule does.
    pub effect: Effect,
    /// Every clause must match.
    pub when: Vec<Clause>,
    /// If present and every clause matches, the rule does not apply.
    pub unless: Vec<Clause>,
    /// The safeguards a `require` rule asks for.
    pub requires: Vec<Field>,
    /// Why, by language.
    pub explanation: Translations,
}

/// A field and the values it must take for the clause to match.
#[derive(Clone, Debug, PartialEq)]
pub struct Clause {
    /// The field.
    pub field: Field,
    /// The accepted values as a mask over the field's options (for flags, bit 0 is
    /// false and bit 1 is true). For a set field the clause matches when the set
    /// contains any of them.
    pub accepted: u64,
}

/// The fields a policy can test: those with a closed set of values.
pub fn testable_fields() -> impl Iterator<Item = Field> {
    Field::ALL
        .iter()
        .copied()
        .filter(|field| matches!(field.kind(), FieldKind::Choice(_) | FieldKind::Choices(_) | FieldKind::Flag))
}

/// The safeguards a `require` rule can name, by their key inside `safeguards`.
pub fn safeguard_fields() -> impl Iterator<Item = Field> {
    Field::ALL.iter().copied().filter(|field| field.group() == Some("safeguards"))
}

/// The order in which built-in policies are listed.
const BUILTIN_ORDER: &[&str] = &["mass-surveillance-ban", "global-ban-call"];

const MAX_ID: usize = 64;
const MAX_TEXT: usize = 2000;
const MAX_RULES: usize = 64;

impl Policy {
    /// The regime id of the policy.
    pub fn regime_id(&self) -> String {
        format!("policy:{}", self.id)
    }

    /// Whether `id` is the policy's regime id (see [`Policy::regime_id`]).
    pub fn has_regime_id(&self, id: &str) -> bool {
        id.strip_prefix("policy:") == Some(self.id.as_str())
    }

    /// Whether a rule of the policy reads a field (in `when`, `unless` or `requires`).
    pub fn reads(&self, field: Field) -> bool {
        self.rules.iter().any(|rule| {
            rule.when.iter().chain(&rule.unless).any(|clause| clause.field == field) || rule.requires.contains(&field)
        })
    }

    /// Reads and validates a policy document, reporting every problem found.
    pub fn from_value(value: &Value) -> Result<Policy, Vec<InputError>> {
        let mut errors = Vec::new();
        let mut doc = Document::new(value, "", &mut errors);
        let id = doc.required("id", identifier);
        let title = doc.required("title", translations);
        let summary = doc.optional("summary", translations);
        let source = doc.required("source", source);
        let rules = doc.required("rules", rules);
        doc.finish(&["id", "title", "summary", "source", "rules"]);
        match (id, title, source, rules) {
            (Some(id), Some(title), Some(source), Some(rules)) if errors.is_empty() => {
                Ok(Policy { id, title, summary: summary.flatten(), source, rules })
            }
            _ => Err(errors),
        }
    }

    /// The built-in policies, validated once. A built-in document that fails
    /// validation is left out (and a test fails).
    pub fn builtin() -> &'static [Policy] {
        static BUILTIN: OnceLock<Vec<Policy>> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let documents = Policy::builtin_documents();
            // The cities' demand first, then the wider civil-society call.
            BUILTIN_ORDER
                .iter()
                .filter_map(|id| documents.iter().find(|(name, _)| name == id))
                .filter_map(|(_, value)| Policy::from_value(value).ok())
                .map(Policy::with_translations_from_catalogues)
                .collect()
        })
    }

    /// Links each text of a built-in policy to the message id of its translations.
    fn with_translations_from_catalogues(mut self) -> Policy {
        let base = format!("builtin-policy.{}.", self.id);
        self.title.message = Some(format!("{base}title"));
        if let Some(summary) = &mut self.summary {
            summary.message = Some(format!("{base}summary"));
        }
        for rule in &mut self.rules {
            rule.explanation.message = Some(format!("{base}rule.{}", rule.id));
        }
        self
    }

    /// Every text of the policy with its message id (for built-in policies, whose
    /// translations are in the catalogues). A plain loop: it also runs in the wasm
    /// module, when a catalogue is registered.
    pub fn texts(&self) -> Vec<(&str, &Translations)> {
        let mut all = vec![&self.title];
        if let Some(summary) = &self.summary {
            all.push(summary);
        }
        for rule in &self.rules {
            all.push(&rule.explanation);
        }
        let mut texts = Vec::new();
        for translations in all {
            if let Some(id) = &translations.message {
                texts.push((id.as_str(), translations));
            }
        }
        texts
    }

    /// The English text of a built-in policy by its message id: the text a catalogue's
    /// `builtin-policy.*` message translates.
    pub fn builtin_english(id: &str) -> Option<&'static str> {
        for policy in Policy::builtin() {
            for (message, texts) in policy.texts() {
                if message == id {
                    return texts.given("en");
                }
            }
        }
        None
    }

    /// The built-in documents as JSON trees, by file name, for tests and export.
    pub fn builtin_documents() -> Vec<(&'static str, Value)> {
        generated::BUILTIN.iter().map(|(name, document)| (*name, document.to_value())).collect()
    }

    /// Evaluates the policy: `prohibited` when a prohibiting rule matches or a required
    /// safeguard is known to be missing, `conditional` when a requiring rule matches,
    /// `not-applicable` when no rule covers the deployment.
    pub fn evaluate(&self, ask: &mut Ask<'_>, out: &mut Trace) -> Result<Leaf, Split> {
        let mut prohibited_by: Option<usize> = None;
        let mut required_by: Option<usize> = None;
        let mut open = false;
        for (index, rule) in self.rules.iter().enumerate() {
            // Once prohibited, later rules are reported only where the facts decide them.
            let matched = if prohibited_by.is_some() {
                known_only(ask, out, |ask, _| rule.matches(ask)).unwrap_or(false)
            } else {
                rule.matches(ask)?
            };
            if !matched {
                continue;
            }
            out.push(Item::PolicyRule(index));
            match rule.effect {
                Effect::Prohibit => {
                    prohibited_by.get_or_insert(index);
                }
                Effect::Require => {
                    required_by.get_or_insert(index);
                    for &field in &rule.requires {
                        let status = safeguard_status(ask, field).unwrap_or(Tri::Unknown);
                        out.push(Item::PolicyRequirement { rule: index, field, status });
                        if status == Tri::Unmet {
                            prohibited_by.get_or_insert(index);
                        }
                        open |= status == Tri::Unknown;
                    }
                }
            }
        }
        Ok(match (prohibited_by, required_by) {
            (Some(rule), _) => Leaf { verdict: Verdict::Prohibited, open_conditions: false, reason: Reason::PolicyRule(rule) },
            (None, Some(rule)) => Leaf { verdict: Verdict::Conditional, open_conditions: open, reason: Reason::PolicyRule(rule) },
            (None, None) => Leaf::of(Verdict::NotApplicable),
        })
    }
}

impl Rule {
    fn matches(&self, ask: &mut Ask<'_>) -> Result<bool, Split> {
        for clause in &self.when {
            if !clause.matches(ask)? {
                return Ok(false);
            }
        }
        if self.unless.is_empty() {
            return Ok(true);
        }
        for clause in &self.unless {
            if !clause.matches(ask)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl Clause {
    fn matches(&self, ask: &mut Ask<'_>) -> Result<bool, Split> {
        let facts = facts_of_field(self.field);
        if let FieldKind::Choices(_) = self.field.kind() {
            // Any of the listed elements is present: known elements answer first.
            let elements = || facts.clone().filter(|fact| self.accepted & (1 << (fact - facts.start)) != 0);
            for fact in elements() {
                if ask.fact_within_known(fact, 0b10) == Some(true) {
                    return Ok(true);
                }
            }
            for fact in elements() {
                if ask.fact_within(fact, 0b10)? {
                    return Ok(true);
                }
            }
            Ok(false)
        } else {
            ask.fact_within(facts.start, self.accepted)
        }
    }
}

/// A JSON object being read field by field.
struct Document<'v, 'e> {
    entries: &'v [(String, Value)],
    path: String,
    errors: &'e mut Vec<InputError>,
    valid: bool,
}

impl<'v, 'e> Document<'v, 'e> {
    fn new(value: &'v Value, path: &str, errors: &'e mut Vec<InputError>) -> Self {
        match value {
            Value::Object(entries) => Self { entries, path: path.to_owned(), errors, valid: true },
            other => {
                errors.push(InputError::new(path, Expected::Object, other));
                Self { entries: &[], path: path.to_owned(), errors, valid: false }
            }
        }
    }

    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn get(&self, key: &str) -> Option<&'v Value> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, value)| value)
    }

    fn required<T>(&mut self, key: &str, read: impl FnOnce(&'v Value, &str, &mut Vec<InputError>) -> Option<T>) -> Option<T> {
        let path = self.child(key);
        match self.get(key) {
            Some(value) => read(value, &path, self.errors),
            None => {
                if self.valid {
                    self.errors.push(InputError::missing(&path));
                }
                None
            }
        }
    }

    fn optional<T>(
        &mut self,
        key: &str,
        read: impl FnOnce(&'v Value, &str, &mut Vec<InputError>) -> Option<T>,
    ) -> Option<Option<T>> {
        let path = self.child(key);
        match self.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => read(value, &path, self.errors).map(Some),
        }
    }

    /// Reports keys that are not in `known`, and keys given twice.
    fn finish(self, known: &'static [&'static str]) {
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in self.entries {
            let path = if self.path.is_empty() { key.clone() } else { format!("{}.{key}", self.path) };
            if seen.contains(&key.as_str()) {
                self.errors.push(InputError::new(&path, Expected::NoDuplicateKey, value));
            } else if !known.contains(&key.as_str()) {
                self.errors.push(InputError::unknown_field(&path, key, known.to_vec()));
            }
            seen.push(key);
        }
    }
}

fn string<'v>(value: &'v Value, path: &str, max_chars: usize, errors: &mut Vec<InputError>) -> Option<&'v str> {
    match value {
        Value::String(text) if text.chars().count() <= max_chars => Some(text),
        other => {
            errors.push(InputError::new(path, Expected::Text { max_chars }, other));
            None
        }
    }
}

fn identifier(value: &Value, path: &str, errors: &mut Vec<InputError>) -> Option<String> {
    match value {
        Value::String(id)
            if !id.is_empty()
                && id.len() <= MAX_ID
                && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
        {
            Some(id.clone())
        }
        other => {
            errors.push(InputError::new(path, Expected::Identifier, other));
            None
        }
    }
}

fn is_language_code(code: &str) -> bool {
    let (primary, region) = code.split_once('-').unwrap_or((code, ""));
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && region.len() <= 8
        && region.bytes().all(|b| b.is_ascii_alphanumeric())
        && (region.is_empty() != code.contains('-'))
}

fn translations(value: &Value, path: &str, errors: &mut Vec<InputError>) -> Option<Translations> {
    let Value::Object(entries) = value else {
        errors.push(InputError::new(path, Expected::Translations, value));
        return None;
    };
    if entries.is_empty() {
        errors.push(InputError::new(path, Expected::Translations, value));
        return None;
    }
    let before = errors.len();
    let mut texts = Vec::new();
    for (code, text) in entries {
        let item_path = format!("{path}.{code}");
        if !is_language_code(code) || texts.iter().any(|(c, _)| c == code) {
            errors.push(InputError::new(&item_path, Expected::Translations, &Value::String(code.clone())));
            continue;
        }
        if let Some(text) = string(text, &item_path, MAX_TEXT, errors) {
            texts.push((code.clone(), text.to_owned()));
        }
    }
    (errors.len() == before).then_some(Translations { texts, message: None })
}

fn source(value: &Value, path: &str, errors: &mut Vec<InputError>) -> Option<Source> {
    let mut doc = Document::new(value, path, errors);
    let title = doc.required("title", |v, p, e| string(v, p, 300, e).map(str::to_owned));
    let url = doc.optional("url", |v, p, e| match v {
        Value::String(url) if url.starts_with("https://") && url.len() <= 500 && !url.contains(char::is_whitespace) => {
            Some(url.clone())
        }
        other => {
            e.push(InputError::new(p, Expected::Url, other));
            None
        }
    });
    doc.finish(&["title", "url"]);
    Some(Source { title: title?, url: url? })
}

fn rules(value: &Value, path: &str, errors: &mut Vec<InputError>) -> Option<Vec<Rule>> {
    let items = match value {
        Value::Array(items) if !items.is_empty() && items.len() <= MAX_RULES => items,
        other => {
            errors.push(InputError::new(path, Expected::NonEmptyList, other));
            return None;
        }
    };
    let before = errors.len();
    let mut rules: Vec<Rule> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let rule_path = format!("{path}[{index}]");
        if let Some(rule) = rule(item, &rule_path, errors) {
            if rules.iter().any(|existing| existing.id == rule.id) {
                errors.push(InputError::new(&format!("{rule_path}.id"), Expected::UniqueId, &Value::String(rule.id)));
            } else {
                rules.push(rule);
            }
        }
    }
    (errors.len() == before).then_some(rules)
}

fn rule(value: &Value, path: &str, errors: &mut Vec<InputError>) -> Option<Rule> {
    let mut doc = Document::new(value, path, errors);
    let id = doc.required("id", identifier);
    let effect = doc.required("effect", |v, p, e| match v {
        Value::String(s) if s == "prohibit" => Some(Effect::Prohibit),
        Value::String(s) if s == "require" => Some(Effect::Require),
        other => {
            e.push(InputError::new(p, Expected::OneOf(&["prohibit", "require"]), other));
            None
        }
    });
    let when = doc.required("when", clauses);
    let unless = doc.optional("unless", clauses);
    let requires = doc.optional("requires", requirements);
    let explanation = doc.required("explanation", translations);
    let requires_path = doc.child("requires");
    let mut missing_requirements = false;
    if let (Some(effect), Some(requires)) = (effect, &requires) {
        let given = requires.as_ref().is_some_and(|r| !r.is_empty());
        if (effect == Effect::Require) != given {
            missing_requirements = true;
            let error = match (effect, doc.get("requires")) {
                (Effect::Require, None | Some(Value::Null)) => InputError::missing(&requires_path),
                (Effect::Require, Some(found)) => InputError::new(&requires_path, Expected::NonEmptyList, found),
                (Effect::Prohibit, found) => InputError::new(&requires_path, Expected::NoRequires, found.unwrap_or(&Value::Null)),
            };
            doc.errors.push(error);
        }
    }
    doc.finish(&["id", "effect", "when", "unless", "requires", "explanation"]);
    if missing_requirements {
        return None;
    }
    Some(Rule {
        id: id?,
        effect: effect?,
        when: when?,
        unless: unless?.unwrap_or_default(),
        requires: requires?.unwrap_or_default(),
        explanation: explanation?,
    })
}

fn clauses(value: &Value, path: &str, errors: &mut Vec<InputError>) -> Option<Vec<Clause>> {
    let entries = match value {
        Value::Object(entries) if !entries.is_empty() => entries,
        other => {
            errors.push(InputError::new(path, Expected::Object, other));
            return None;
        }
    };
    let before = errors.len();
    let mut clauses: Vec<Clause> = Vec::new();
    for (key, values) in entries {
        let clause_path = format!("{path}.{key}");
        let Some(field) = Field::from_path(key).filter(|f| testable_fields().any(|t| t == *f)) else {
            errors.push(InputError::unknown_field(&clause_path, key, testable_fields().map(Field::path).collect::<Vec<_>>()));
            continue;
        };
        if clauses.iter().any(|clause| clause.field == field) {
            errors.push(InputError::new(&clause_path, Expected::NoDuplicateKey, values));
            continue;
        }
        let Value::Array(items) = values else {
            errors.push(InputError::new(&clause_path, Expected::NonEmptyList, values));
            continue;
        };
        if items.is_empty() {
            errors.push(InputError::new(&clause_path, Expected::NonEmptyList, values));
            continue;
        }
        let mut accepted = 0u64;
        for (index, item) in items.iter().enumerate() {
            let item_path = format!("{clause_path}[{index}]");
            let value = match (field.kind(), item) {
                (FieldKind::Flag, Value::Bool(flag)) => Some(usize::from(*flag)),
                (FieldKind::Choice(options) | FieldKind::Choices(options), Value::String(keyword)) => {
                    options.iter().position(|option| option == keyword)
                }
                _ => None,
            };
            match value {
                Some(value) if accepted & (1 << value) == 0 => accepted |= 1 << value,
                Some(_) => errors.push(InputError::new(&item_path, Expected::NoRepeats, item)),
                None => errors.push(InputError::new(
                    &item_path,
                    match field.kind() {
                        FieldKind::Flag => Expected::Bool,
                        _ => Expected::OneOf(field.options()),
                    },
                    item,
                )),
            }
        }
        clauses.push(Clause { field, accepted });
    }
    (errors.len() == before).then_some(clauses)
}

const SAFEGUARD_KEYS: &[&str] = &[
    "national_law",
    "authorisation",
    "fria",
    "registered",
    "authorities_notified",
    "limited_scope",
    "two_person_check",
    "dpia",
    "persons_informed",
    "workers_informed",
];

fn requirements(value: &Value, path: &str, errors: &mut Vec<InputError>) -> Option<Vec<Field>> {
    let Value::Array(items) = value else {
        errors.push(InputError::new(path, Expected::ListOf(SAFEGUARD_KEYS), value));
        return None;
    };
    let before = errors.len();
    let mut fields = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{index}]");
        let field = match item {
            Value::String(key) => safeguard_fields().find(|field| field.key() == key),
            _ => None,
        };
        match field {
            Some(field) if !fields.contains(&field) => fields.push(field),
            Some(_) => errors.push(InputError::new(&item_path, Expected::NoRepeats, item)),
            None => errors.push(InputError::new(&item_path, Expected::OneOf(SAFEGUARD_KEYS), item)),
        }
    }
    (errors.len() == before).then_some(fields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    #[test]
    fn the_builtin_documents_are_valid_policies() {
        let documents = Policy::builtin_documents();
        assert_eq!(documents.len(), 2);
        for (name, document) in &documents {
            let policy = Policy::from_value(document).unwrap_or_else(|errors| panic!("{name}: {errors:?}"));
            assert_eq!(&policy.id, name);
        }
        assert_eq!(Policy::builtin().len(), 2);
    }

    #[test]
    fn the_builtin_policies_are_translated_by_the_catalogues() {
        let policy = Policy::builtin().first().expect("a built-in policy");
        assert_eq!(policy.title.given("en"), Policy::builtin_english("builtin-policy.mass-surveillance-ban.title"));
        assert_eq!(policy.title.given("sv"), None);
        assert_eq!(Some(policy.title.get(Lang::Sv)), i18n::lookup(Lang::Sv, "builtin-policy.mass-surveillance-ban.title"));
        let ids: Vec<_> = Policy::builtin().iter().flat_map(Policy::texts).map(|(id, _)| id).collect();
        assert_eq!(ids.len(), 8);
        for lang in Lang::ALL {
            for id in &ids {
                assert!(i18n::lookup(*lang, id).is_some() || *lang == Lang::En, "{}: {id}", lang.code());
            }
        }
    }

    #[test]
    fn the_shared_safeguard_keys_are_the_contract_s() {
        let keys: Vec<_> = safeguard_fields().map(Field::key).collect();
        assert_eq!(keys, SAFEGUARD_KEYS);
    }
}
