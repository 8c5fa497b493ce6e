//! User-facing text, by message id and language.
//!
//! Every sentence the engine shows lives in a catalogue per language
//! (`src/i18n/<lang>.messages`); rules and catalogues refer to message ids only, so a
//! new language never touches a rule. Placeholders are written `{name}`; a test checks
//! that every language has every id with the same placeholders as English.
//!
//! The native binary has every catalogue compiled in. The WebAssembly module carries
//! English only (the others would triple its size) and is given another language's
//! catalogue at run time with [`register`], the text of that language's `.messages`
//! file, which the package ships next to the module. Until then, and for any id a
//! catalogue lacks, English is used.

pub mod citations;
pub mod errors;
pub mod format;
pub mod policies;
pub mod regimes;

use std::sync::OnceLock;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

pub use crate::lang::Lang;

impl Lang {
    /// The catalogue of the language: compiled in (read on first use), or registered at
    /// run time.
    fn table(self) -> &'static [(&'static str, &'static str)] {
        let Some(slot) = registered(self) else { return &[] };
        if let Some(table) = slot.get() {
            return table;
        }
        match compiled(self) {
            Some(text) => slot.get_or_init(|| leak(format::parse(text).unwrap_or_default())),
            None => &[],
        }
    }

    /// Whether the language's texts are available (compiled in or registered).
    pub fn is_loaded(self) -> bool {
        !self.table().is_empty()
    }
}

/// A catalogue read from its text (compiled in, or registered at run time), leaked once
/// into a static table. Each language is read once; the table then lives as long as
/// the module.
type Registered = OnceLock<Vec<(&'static str, &'static str)>>;

/// The text of a catalogue compiled in (`build.rs` checked it).
fn compiled(lang: Lang) -> Option<&'static str> {
    generated::COMPILED.iter().find(|(code, _)| *code == lang.code()).map(|(_, text)| *text)
}

fn leak(messages: Vec<(String, String)>) -> Vec<(&'static str, &'static str)> {
    messages
        .into_iter()
        .map(|(id, value)| -> (&'static str, &'static str) { (Box::leak(id.into_boxed_str()), Box::leak(value.into_boxed_str())) })
        .collect()
}

fn registered(lang: Lang) -> Option<&'static Registered> {
    static TABLES: [Registered; 7] = [const { OnceLock::new() }; 7];
    Lang::ALL.iter().position(|l| *l == lang).and_then(|index| TABLES.get(index))
}

/// A problem with a catalogue given to [`register`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegisterError {
    /// A line that is not `id = text` (line number from 1, the problem).
    Format(usize, &'static str),
    /// An id that English does not have.
    UnknownId(String),
    /// A message whose placeholders differ from the English one.
    Placeholders(String),
}

/// Registers the catalogue of a language from the text of its `.messages` file.
/// Every id must be one English has, with the same placeholders, so that a catalogue
/// can never make a message lose a value. Registering a language that is compiled in,
/// or registered already, changes nothing.
pub fn register(lang: Lang, text: &str) -> Result<usize, RegisterError> {
    if compiled(lang).is_some() {
        return Ok(lang.table().len());
    }
    let Some(slot) = registered(lang) else { return Ok(0) };
    if let Some(table) = slot.get() {
        return Ok(table.len());
    }
    let messages = check_catalogue(text)?;
    let count = messages.len();
    let _ = slot.set(leak(messages));
    Ok(count)
}

/// Reads a catalogue and checks it against English: only English ids (or the ids of
/// the built-in policies' texts, whose English is in the policy), each with the same
/// placeholders.
pub fn check_catalogue(text: &str) -> Result<Vec<(String, String)>, RegisterError> {
    let messages = format::parse(text).map_err(|(line, problem)| RegisterError::Format(line, problem))?;
    for (id, value) in &messages {
        let english = lookup(Lang::En, id)
            .or_else(|| crate::policy::Policy::builtin_english(id))
            .ok_or_else(|| RegisterError::UnknownId(id.clone()))?;
        let mut theirs = placeholders(value);
        let mut ours = placeholders(english);
        crate::engine::sort_small_by_key(&mut theirs, |name| *name);
        crate::engine::sort_small_by_key(&mut ours, |name| *name);
        if theirs != ours {
            return Err(RegisterError::Placeholders(id.clone()));
        }
    }
    Ok(messages)
}

/// The message with this id in this language, if the catalogue has it (a binary
/// search in the table `format::parse` sorted).
pub fn lookup(lang: Lang, id: &str) -> Option<&'static str> {
    lookup_bytes(lang, id.as_bytes())
}

/// [`lookup`] by the id's bytes (ids compare byte by byte, as strings do).
fn lookup_bytes(lang: Lang, id: &[u8]) -> Option<&'static str> {
    let table = lang.table();
    table.binary_search_by(|(key, _)| key.as_bytes().cmp(id)).ok().and_then(|index| table.get(index)).map(|(_, text)| *text)
}

/// The message whose id is the concatenation of `parts` (ids such as
/// `option.<field>.<keyword>` are looked up on every report), assembled on the stack.
pub fn lookup_parts(lang: Lang, parts: &[&str]) -> Option<&'static str> {
    let mut buffer = [0u8; 160];
    let mut length = 0;
    for part in parts {
        let end = length + part.len();
        buffer.get_mut(length..end)?.copy_from_slice(part.as_bytes());
        length = end;
    }
    lookup_bytes(lang, buffer.get(..length)?)
}

/// Like [`text`], for an id given in parts.
pub fn text_parts(lang: Lang, parts: &[&str]) -> &'static str {
    lookup_parts(lang, parts).or_else(|| lookup_parts(Lang::En, parts)).unwrap_or(MISSING)
}

/// Shown where a message is missing in every language (a test keeps this from happening).
pub const MISSING: &str = "[missing text]";

/// The message with this id, falling back to English, so a missing translation degrades
/// instead of failing.
pub fn text(lang: Lang, id: &str) -> &'static str {
    lookup(lang, id).or_else(|| lookup(Lang::En, id)).unwrap_or(MISSING)
}

/// The message with its placeholders filled in.
pub fn format(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let template = text(lang, id);
    if args.is_empty() {
        template.to_owned()
    } else {
        fill(template, args)
    }
}

/// The message for a count, in the plural form the language uses for it: `{id}.one` or
/// `{id}.other`, with `{count}` filled in. French uses the singular for 0 and 1, the other
/// languages for 1 only (CLDR's cardinal rules for these seven languages).
pub fn format_count(lang: Lang, id: &str, count: usize, args: &[(&str, &str)]) -> String {
    let singular = match lang {
        Lang::Fr => count <= 1,
        _ => count == 1,
    };
    let id = format!("{id}.{}", if singular { "one" } else { "other" });
    let count = count.to_string();
    let mut all: Vec<(&str, &str)> = vec![("count", &count)];
    all.extend_from_slice(args);
    format(lang, &id, &all)
}

/// Fills `{name}` placeholders in a template. Unknown placeholders stay as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(rest.get(..start).unwrap_or_default());
        let after = rest.get(start + 1..).unwrap_or_default();
        match after.find('}') {
            Some(end) => {
                let name = after.get(..end).unwrap_or_default();
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = after.get(end + 1..).unwrap_or_default();
            }
            None => {
                out.push_str(rest.get(start..).unwrap_or_default());
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names of a template, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Joins items into a list.
pub fn list(lang: Lang, items: impl Iterator<Item = String>) -> String {
    let separator = text(lang, "list.separator");
    let mut out = String::new();
    for (index, item) in items.enumerate() {
        if index > 0 {
            out.push_str(separator);
        }
        out.push_str(&item);
    }
    out
}

/// Items joined with the language's "and": "a, b and c".
pub fn list_and(lang: Lang, items: impl Iterator<Item = String>) -> String {
    list_ending(lang, items, "list.and")
}

/// Items joined with the list separator, and the last one by the message `last_id`.
fn list_ending(lang: Lang, items: impl Iterator<Item = String>, last_id: &str) -> String {
    let mut items: Vec<String> = items.collect();
    match items.len() {
        0 => String::new(),
        1 => items.pop().unwrap_or_default(),
        _ => {
            let last = items.pop().unwrap_or_default();
            let list = list(lang, items.into_iter());
            format(lang, last_id, &[("list", &list), ("last", &last)])
        }
    }
}

/// A date written out in a language ("2 December 2027", "2. Dezember 2027").
pub fn long_date(lang: Lang, date: crate::facts::Date) -> String {
    let month = date.month().to_string();
    let day = if date.day() == 1 { text(lang, "date.first-day").to_owned() } else { date.day().to_string() };
    format(
        lang,
        "date.long",
        &[("day", &day), ("month", text_parts(lang, &["date.month.", &month])), ("year", &date.year().to_string())],
    )
}

/// Joins items into a list whose last item follows "or".
pub fn list_or(lang: Lang, items: impl Iterator<Item = String>) -> String {
    list_ending(lang, items, "list.or")
}

/// Every message id of a language, for completeness tests and for exporting UI text.
pub fn ids(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    lang.table().iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("a {x} b {y}", &[("x", "1"), ("y", "2")]), "a 1 b 2");
        assert_eq!(fill("a {z} {", &[("x", "1")]), "a {z} {");
        assert_eq!(placeholders("{a} and {b}"), ["a", "b"]);
    }

    #[test]
    fn looks_up_ids_given_in_parts() {
        assert_eq!(lookup_parts(Lang::En, &["verdict.", "prohibited"]), lookup(Lang::En, "verdict.prohibited"));
        assert_eq!(lookup_parts(Lang::En, &["verdict.", "prohibited", "x"]), None);
        assert_eq!(lookup_parts(Lang::En, &["verdict.", "prohib"]), None);
    }

    #[test]
    fn a_catalogue_must_match_english() {
        assert!(check_catalogue("verdict.prohibited = Verboden").is_ok());
        assert_eq!(check_catalogue("verdict.prohibited = Verboden\nnot a message"), Err(RegisterError::Format(2, "expected `id = text`")));
        assert_eq!(check_catalogue("no.such.id = x"), Err(RegisterError::UnknownId("no.such.id".into())));
        assert_eq!(
            check_catalogue("summary.ai-act.prohibited = Interdit ({article})"),
            Err(RegisterError::Placeholders("summary.ai-act.prohibited".into()))
        );
    }

    #[test]
    fn writes_dates_out() {
        let date = crate::facts::Date::parse("2027-12-02").expect("date");
        assert_eq!(long_date(Lang::En, date), "2 December 2027");
        assert_eq!(long_date(Lang::De, date), "2. Dezember 2027");
        assert_eq!(long_date(Lang::Es, date), "2 de diciembre de 2027");
        let first = crate::facts::Date::parse("2026-04-01").expect("date");
        assert_eq!(long_date(Lang::Ca, first), "1 d'abril de 2026");
        assert_eq!(long_date(Lang::Fr, first), "1er avril 2026");
    }

    #[test]
    fn negotiates_languages() {
        assert_eq!(Lang::negotiate("en-GB"), Some(Lang::En));
        assert_eq!(Lang::negotiate("EN"), Some(Lang::En));
        assert_eq!(Lang::negotiate("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::negotiate("ca"), Some(Lang::Ca));
        assert_eq!(Lang::negotiate("xx"), None);
    }

    #[test]
    fn looks_up_and_falls_back_to_the_id() {
        assert!(lookup(Lang::En, "verdict.prohibited").is_some());
        assert_eq!(text(Lang::En, "no.such.message"), MISSING);
    }
}
