//! Reports a person reads: plain text for a terminal and Markdown for a document.
//! Both are written from the same assessment; every label comes from the message
//! catalogue.

use crate::assessment::{Assessment, Outcome, RegimeAssessment, Standing};
use crate::engine::trace::Who;
use crate::engine::ask::Tri;
use crate::i18n::{self, Lang};
use crate::i18n::citations::CitationView;
use std::fmt::Write as _;

/// The format of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown with links.
    Markdown,
}

fn verdict_label(lang: Lang, outcome: Outcome) -> &'static str {
    i18n::text(lang, &format!("verdict.{}", outcome.keyword()))
}

fn status_label(lang: Lang, status: Tri) -> &'static str {
    let id = match status {
        Tri::Met => "status.met",
        Tri::Unmet => "status.unmet",
        Tri::Unknown => "status.unknown",
    };
    i18n::text(lang, id)
}

fn citations(format: Format, lang: Lang, citations: &[CitationView]) -> String {
    // The AI Act is the instrument of reference, and references to the GDPR and the
    // Directive name their instrument already; the others are named.
    use crate::law::Instrument;
    let named_in_reference = [Instrument::AiAct, Instrument::Gdpr, Instrument::Led].map(|i| i.name(lang));
    let parts: Vec<String> = citations
        .iter()
        .map(|c| {
            let reference = if named_in_reference.contains(&c.instrument) {
                c.reference.to_string()
            } else {
                format!("{}, {}", c.instrument, c.reference)
            };
            match format {
                Format::Markdown if !c.url.is_empty() => format!("[{reference}]({})", c.url),
                _ => reference,
            }
        })
        .collect();
    parts.join("; ")
}

/// Writes a report. It leads with what the person who decides needs: the decision in
/// words, what blocks it and what each answer would mean, and what must be done by whom
/// and from when under the law in force; the reasoning of each law follows, and the
/// comparisons (the 2021 proposal, the campaigners' demands) come last.
pub fn write(assessment: &Assessment, format: Format) -> String {
    let lang = assessment.lang;
    let t = |id: &str| i18n::text(lang, id);
    let mut out = String::new();
    let heading = |out: &mut String, level: usize, text: &str| match format {
        Format::Markdown => {
            let _ = writeln!(out, "{} {text}\n", "#".repeat(level));
        }
        Format::Text => {
            let _ = writeln!(out, "{text}\n{}\n", if level == 1 { "=" } else { "-" }.repeat(text.chars().count()));
        }
    };
    let title = match &assessment.name {
        Some(name) => i18n::format(lang, "report.title-named", &[("name", name)]),
        None => t("report.title").to_owned(),
    };
    heading(&mut out, 1, &title);
    if let Some(description) = &assessment.description {
        let _ = writeln!(out, "{description}\n");
    }
    let strong = |text: &str| match format {
        Format::Markdown => format!("**{text}**"),
        Format::Text => text.to_uppercase(),
    };
    let decision = &assessment.decision;
    let _ = writeln!(out, "{}\n", strong(&decision.headline));
    if !decision.blocking.is_empty() {
        let label = match decision.standing {
            Standing::Undecided => "report.deciding",
            Standing::Prohibited => "report.prohibiting",
            _ => "report.blocking",
        };
        let _ = writeln!(out, "{}:", t(label));
        for item in &decision.blocking {
            let _ = writeln!(out, "- {} ({})", item.text, citations(format, lang, &item.citations));
            for settling in &item.if_answered {
                let _ = writeln!(
                    out,
                    "  - {}",
                    i18n::format(lang, "counterfactual.sentence", &[("change", &settling.answer.text), ("outcome", verdict_label(lang, settling.verdict))])
                );
            }
        }
        out.push('\n');
    }
    write_checklist(&mut out, lang, format, assessment);

    let date_source = t(&format!("report.date-source.{}", match assessment.date_source {
        crate::assessment::DateSource::Deployment => "deployment",
        crate::assessment::DateSource::Option => "option",
        crate::assessment::DateSource::Today => "today",
    }));
    let _ = writeln!(out, "{}: {}", t("report.overall"), verdict_label(lang, assessment.verdict));
    if assessment.verdict == Outcome::Incomplete {
        let possible: Vec<_> = assessment.possible.iter().map(|v| verdict_label(lang, Outcome::Verdict(v))).collect();
        let _ = writeln!(out, "{}: {}", t("report.possible"), possible.join(", "));
    }
    let _ = writeln!(out, "{}: {} ({date_source})", t("report.date"), assessment.date);
    let _ = writeln!(out, "{}: {}\n", t("report.legal-data"), assessment.legal_data_date);

    for regime in assessment.regimes.iter().filter(|r| r.binding) {
        write_regime(&mut out, lang, format, regime, &heading);
    }
    if !assessment.questions.is_empty() {
        heading(&mut out, 2, t("report.questions"));
        for (number, question) in assessment.questions.iter().enumerate() {
            let options: Vec<&str> = question.options.iter().map(|o| o.label.as_str()).collect();
            let _ = writeln!(out, "{}. {}", number + 1, question.text);
            if !options.is_empty() {
                let _ = writeln!(out, "   {}: {}", t("report.options"), options.join(" / "));
            }
        }
        out.push('\n');
    }
    for regime in assessment.regimes.iter().filter(|r| !r.binding) {
        write_regime(&mut out, lang, format, regime, &heading);
    }
    let _ = writeln!(out, "{}", t("report.disclaimer"));
    out
}

/// What must be done under the law in force, by whom and from when: the obligations of
/// the binding regimes, not yet known to be done, in date order.
fn write_checklist(out: &mut String, lang: Lang, format: Format, assessment: &Assessment) {
    let t = |id: &str| i18n::text(lang, id);
    for who in [Who::Deployer, Who::Provider] {
        let mut items: Vec<_> = assessment
            .regimes
            .iter()
            .filter(|r| r.binding)
            .flat_map(|r| r.obligations.iter())
            .filter(|o| o.who == who && o.status != Some(Tri::Met))
            .collect();
        if items.is_empty() {
            continue;
        }
        items.sort_by_key(|o| o.applies_from);
        let label = match who {
            Who::Deployer => t("report.to-do-deployer"),
            Who::Provider => t("report.to-do-provider"),
        };
        let _ = writeln!(out, "{label}:");
        for obligation in items {
            let _ = writeln!(out, "- [ ] {}{} ({})", obligation.text, when(lang, obligation), citations(format, lang, &obligation.citations));
        }
        out.push('\n');
    }
}

/// " — from 2 December 2027", " — in force since …", or nothing for a rule without a date.
fn when(lang: Lang, obligation: &crate::assessment::ObligationView) -> String {
    match (obligation.applies_from, obligation.in_force) {
        (Some(date), Some(true)) => format!(" — {}", i18n::format(lang, "report.in-force-since", &[("date", &i18n::long_date(lang, date))])),
        (Some(date), _) => format!(" — {}", i18n::format(lang, "report.from", &[("date", &i18n::long_date(lang, date))])),
        (None, _) => String::new(),
    }
}

fn write_regime(
    out: &mut String,
    lang: Lang,
    format: Format,
    regime: &RegimeAssessment,
    heading: &dyn Fn(&mut String, usize, &str),
) {
    let t = |id: &str| i18n::text(lang, id);
    let binding = if regime.binding { t("report.binding") } else { t("report.comparison") };
    heading(out, 2, &format!("{} ({binding})", regime.title));
    let _ = writeln!(out, "{}: {}", t("report.verdict"), verdict_label(lang, regime.verdict));
    let _ = writeln!(out, "{}\n", regime.summary);

    if !regime.outcomes.is_empty() {
        let _ = writeln!(out, "{}:", t("report.outcomes"));
        for outcome in &regime.outcomes {
            let _ = writeln!(out, "- {}", outcome.text);
        }
        out.push('\n');
    }

    if !regime.findings.is_empty() {
        let _ = writeln!(out, "{}:", t("report.reasons"));
        for finding in &regime.findings {
            let upcoming = match (finding.in_force, finding.applies_from) {
                (Some(false), Some(date)) => format!(" [{}]", i18n::format(lang, "report.from", &[("date", &i18n::long_date(lang, date))])),
                _ => String::new(),
            };
            let _ = writeln!(out, "- {}{upcoming} ({})", finding.text, citations(format, lang, &finding.citations));
        }
        out.push('\n');
    }
    if !regime.conditions.is_empty() {
        let _ = writeln!(out, "{}:", t("report.conditions"));
        for condition in &regime.conditions {
            let _ = writeln!(
                out,
                "- [{}] {} ({})",
                status_label(lang, condition.status),
                condition.text,
                citations(format, lang, &condition.citations)
            );
        }
        out.push('\n');
    }
    // The law in force's obligations are in the checklist at the top.
    for who in [Who::Deployer, Who::Provider].into_iter().filter(|_| !regime.binding) {
        let obligations: Vec<_> = regime.obligations.iter().filter(|o| o.who == who).collect();
        if obligations.is_empty() {
            continue;
        }
        let label = match who {
            Who::Deployer => t("report.obligations-deployer"),
            Who::Provider => t("report.obligations-provider"),
        };
        let _ = writeln!(out, "{label}:");
        for obligation in obligations {
            let status = obligation.status.map(|s| format!(" [{}]", status_label(lang, s))).unwrap_or_default();
            let when = when(lang, obligation);
            let _ = writeln!(out, "- {}{status}{when} ({})", obligation.text, citations(format, lang, &obligation.citations));
        }
        out.push('\n');
    }
    if !regime.counterfactuals.is_empty() {
        let _ = writeln!(out, "{}:", t("report.counterfactuals"));
        for counterfactual in &regime.counterfactuals {
            let _ = writeln!(out, "- {}", counterfactual.text);
        }
        out.push('\n');
    }
}

/// The document "How this tool reads the law": every reading of the law the rules rest
/// on, with the provisions, the text, the reading and the reading not taken, as Markdown.
/// In English, the language the readings are written in.
pub fn readings_markdown() -> String {
    let lang = Lang::En;
    let mut out = format!("# {READINGS_TITLE}\n\n{READINGS_INTRO}\n\n");
    for reading in crate::regimes::registry::readings() {
        let provisions: Vec<CitationView> = reading.provisions.iter().map(|c| c.view(lang)).collect();
        let _ = writeln!(out, "## {}\n", citations(Format::Markdown, lang, &provisions));
        let _ = writeln!(out, "- **The text:** {}", reading.text);
        let _ = writeln!(out, "- **How the tool reads it:** {}", reading.reading);
        let _ = writeln!(out, "- **Not taken:** {}", reading.not_taken);
        let _ = writeln!(out, "- **In the code:** `{}` (`{}`)\n", reading.code, reading.id);
    }
    out
}

/// The same document as a standalone HTML page (no script; `style` names the page's
/// style sheet), for the site to link to.
pub fn readings_html(style: &str) -> String {
    let lang = Lang::En;
    let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let mut out = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{READINGS_TITLE}</title>\n<link rel=\"stylesheet\" href=\"{}\">\n</head>\n<body>\n<main class=\"page readings\">\n<h1>{READINGS_TITLE}</h1>\n<p>{}</p>\n",
        escape(style),
        escape(READINGS_INTRO)
    );
    for reading in crate::regimes::registry::readings() {
        let links: Vec<String> = reading
            .provisions
            .iter()
            .map(|c| c.view(lang))
            .map(|c| match c.url.is_empty() {
                true => escape(&c.reference),
                false => format!("<a href=\"{}\">{}</a>", escape(&c.url), escape(&c.reference)),
            })
            .collect();
        let _ = write!(
            out,
            "<section id=\"{id}\">\n<h2>{}</h2>\n<dl>\n<dt>The text</dt><dd>{}</dd>\n<dt>How the tool reads it</dt><dd>{}</dd>\n\
             <dt>Not taken</dt><dd>{}</dd>\n<dt>In the code</dt><dd><code>{}</code></dd>\n</dl>\n</section>\n",
            links.join("; "),
            escape(reading.text),
            escape(reading.reading),
            escape(reading.not_taken),
            escape(reading.code),
            id = escape(reading.id),
        );
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

const READINGS_TITLE: &str = "How this tool reads the law";
const READINGS_INTRO: &str = "Every judgement the rules make where the text leaves room for one, stated where the code \
     makes it. A reading is a choice, not the only possible one: each entry gives the text, the reading taken, and the \
     reading not taken.";
