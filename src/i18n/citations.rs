//! Citations in words and addresses: the reference in the user's language (`Article
//! 5(1)(h)(iii)`, `Article 9(1) GDPR`) and the EUR-Lex address in that language version,
//! built from the typed citation (`law::citation`).

use super::Lang;
use crate::i18n;
use crate::law::citation::{Citation, Instrument, Unit};
use std::borrow::Cow;

impl Instrument {
    /// The message id of the instrument's name.
    fn name_id(self) -> &'static str {
        match self {
            Instrument::AiAct => "instrument.ai-act",
            Instrument::Proposal2021 => "instrument.proposal-2021",
            Instrument::Gdpr => "instrument.gdpr",
            Instrument::Led => "instrument.led",
            Instrument::CjeuRynes => "instrument.cjeu",
            Instrument::SwedishDpaSkelleftea => "instrument.dpa-se",
            Instrument::DutchDpaSupermarket => "instrument.dpa-nl",
            Instrument::SpanishDpaMercadona => "instrument.dpa-es",
        }
    }

    /// The message id of a citation's reference to an article or recital of the
    /// instrument: the law in force and the proposal are the regimes' own texts and
    /// are cited by number alone; other instruments name themselves in the reference.
    fn reference_id(self, unit: Unit) -> &'static str {
        match (self, unit) {
            (Instrument::Gdpr, Unit::Recital(_)) => "ref.recital.gdpr",
            (Instrument::Gdpr, _) => "ref.article.gdpr",
            (Instrument::Led, Unit::Recital(_)) => "ref.recital.led",
            (Instrument::Led, _) => "ref.article.led",
            (_, Unit::Recital(_)) => "ref.recital",
            _ => "ref.article",
        }
    }

    /// The instrument's name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        i18n::text(lang, self.name_id())
    }

    /// The address of the whole instrument in a language version (empty for a decision
    /// EUR-Lex does not hold).
    pub fn url(self, lang: Lang) -> String {
        let eli = |kind: &str, year: u16, number: u16| {
            format!("https://eur-lex.europa.eu/eli/{kind}/{year}/{number}/oj/{}", lang.eur_lex().0)
        };
        match self {
            Instrument::AiAct => eli("reg", 2024, 1689),
            Instrument::Gdpr => eli("reg", 2016, 679),
            Instrument::Led => eli("dir", 2016, 680),
            // A proposal or a judgment has no ELI; EUR-Lex addresses it by CELEX number.
            Instrument::Proposal2021 | Instrument::CjeuRynes => format!(
                "https://eur-lex.europa.eu/legal-content/{}/TXT/?uri=CELEX:{}",
                lang.eur_lex().1,
                self.celex().unwrap_or_default()
            ),
            Instrument::SwedishDpaSkelleftea | Instrument::DutchDpaSupermarket | Instrument::SpanishDpaMercadona => {
                String::new()
            }
        }
    }
}

impl Citation {
    /// The reference in the form the output contract uses: `Article 5(1)(h)(iii)`,
    /// `Annex III, point 1(a)`, `Recital 19`, in the given language.
    pub fn reference(&self, lang: Lang) -> String {
        use std::fmt::Write as _;
        let mut number = String::with_capacity(16);
        match self.unit {
            Unit::Article(article) => {
                let _ = write!(number, "{article}");
                if let Some(paragraph) = self.paragraph {
                    let _ = write!(number, "({paragraph})");
                }
                self.push_points(&mut number);
                i18n::format(lang, self.instrument.reference_id(self.unit), &[("unit", &number)])
            }
            Unit::Annex(numeral) => match self.paragraph {
                Some(point) => {
                    let _ = write!(number, "{point}");
                    self.push_points(&mut number);
                    i18n::format(lang, "ref.annex-point", &[("annex", numeral), ("point", &number)])
                }
                None => i18n::format(lang, "ref.annex", &[("annex", numeral)]),
            },
            Unit::Recital(recital) => {
                let _ = write!(number, "{recital}");
                i18n::format(lang, self.instrument.reference_id(self.unit), &[("number", &number)])
            }
            Unit::Whole => i18n::text_parts(lang, &[self.instrument.name_id(), ".ref"]).to_owned(),
        }
    }

    fn push_points(&self, out: &mut String) {
        for part in [self.point, self.subpoint].into_iter().flatten() {
            out.push('(');
            out.push_str(part);
            out.push(')');
        }
    }

    /// The EUR-Lex address of the provision. EUR-Lex anchors articles (`#art_5`),
    /// recitals (`#rct_19`) and annexes (`#anx_III`), not paragraphs or points, so the
    /// link opens the enclosing unit. The 2021 proposal has no anchors.
    pub fn url(&self, lang: Lang) -> String {
        use std::fmt::Write as _;
        let mut url = self.instrument.url(lang);
        if matches!(self.instrument, Instrument::AiAct | Instrument::Gdpr | Instrument::Led) {
            let _ = match self.unit {
                Unit::Article(number) => write!(url, "#art_{number}"),
                Unit::Recital(number) => write!(url, "#rct_{number}"),
                Unit::Annex(numeral) => write!(url, "#anx_{numeral}"),
                Unit::Whole => Ok(()),
            };
        }
        url
    }
}

/// A citation as the output contract shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct CitationView {
    /// The instrument's name.
    pub instrument: &'static str,
    /// The reference within it.
    #[serde(rename = "ref")]
    pub reference: Cow<'static, str>,
    /// The EUR-Lex address.
    pub url: Cow<'static, str>,
}

impl Citation {
    /// The citation as shown to a user.
    pub fn view(&self, lang: Lang) -> CitationView {
        CitationView {
            instrument: self.instrument.name(lang),
            reference: Cow::Owned(self.reference(lang)),
            url: Cow::Owned(self.url(lang)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_follow_the_output_contract() {
        let en = Lang::En;
        assert_eq!(Citation::article(5).paragraph(1).point("h").reference(en), "Article 5(1)(h)");
        assert_eq!(Citation::article(5).paragraph(1).point("h").subpoint("iii").reference(en), "Article 5(1)(h)(iii)");
        assert_eq!(Citation::article(26).paragraph(10).reference(en), "Article 26(10)");
        assert_eq!(Citation::annex("III").paragraph(1).point("a").reference(en), "Annex III, point 1(a)");
        assert_eq!(Citation::annex("II").reference(en), "Annex II");
        assert_eq!(Citation::recital(19).reference(en), "Recital 19");
        assert_eq!(Citation::article(9).paragraph(2).point("g").of(Instrument::Gdpr).reference(en), "Article 9(2)(g) GDPR");
        assert_eq!(Citation::article(10).of(Instrument::Led).reference(en), "Article 10 of Directive (EU) 2016/680");
        assert_eq!(Citation::decision(Instrument::CjeuRynes).reference(en), "Case C-212/13, Ryneš, judgment of 11 December 2014");
    }

    #[test]
    fn urls_point_at_eur_lex_anchors() {
        let en = Lang::En;
        assert_eq!(
            Citation::article(5).paragraph(1).point("h").url(en),
            "https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#art_5"
        );
        assert_eq!(Citation::annex("III").url(en), "https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#anx_III");
        assert_eq!(Citation::recital(41).url(en), "https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#rct_41");
        assert_eq!(
            Citation::article(5).of(Instrument::Proposal2021).url(en),
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021PC0206"
        );
        assert_eq!(Citation::article(9).of(Instrument::Gdpr).url(en), "https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_9");
        assert_eq!(
            Citation::decision(Instrument::CjeuRynes).url(en),
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62013CJ0212"
        );
        assert_eq!(Citation::decision(Instrument::SpanishDpaMercadona).url(en), "");
    }
}
