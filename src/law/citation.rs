//! Typed citations: which instrument, which article, paragraph, point and subpoint.
//! The human-readable reference (`Article 5(1)(h)(iii)`) and the EUR-Lex address are
//! built from these parts, never written by hand (`i18n::citations`).


/// A legal instrument the engine cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Instrument {
    /// Regulation (EU) 2024/1689, the Artificial Intelligence Act.
    AiAct,
    /// The Commission's proposal, COM(2021) 206 final.
    Proposal2021,
    /// Regulation (EU) 2016/679, the General Data Protection Regulation.
    Gdpr,
    /// Directive (EU) 2016/680, the Law Enforcement Directive.
    Led,
    /// Court of Justice of the European Union, Case C-212/13, *Ryneš* (11 December 2014).
    CjeuRynes,
    /// Datainspektionen (Sweden), decision of 20 August 2019 on the municipality of
    /// Skellefteå, as reported.
    SwedishDpaSkelleftea,
    /// Autoriteit Persoonsgegevens (Netherlands), formal warning to a supermarket of
    /// December 2020, as reported.
    DutchDpaSupermarket,
    /// Agencia Española de Protección de Datos (Spain), fine on Mercadona of July 2021,
    /// as reported.
    SpanishDpaMercadona,
}

impl Instrument {
    /// The CELEX number, for the instruments EUR-Lex holds.
    pub fn celex(self) -> Option<&'static str> {
        match self {
            Instrument::AiAct => Some("32024R1689"),
            Instrument::Proposal2021 => Some("52021PC0206"),
            Instrument::Gdpr => Some("32016R0679"),
            Instrument::Led => Some("32016L0680"),
            Instrument::CjeuRynes => Some("62013CJ0212"),
            // Decisions of national authorities are not in EUR-Lex; no address is
            // given rather than one guessed.
            Instrument::SwedishDpaSkelleftea | Instrument::DutchDpaSupermarket | Instrument::SpanishDpaMercadona => None,
        }
    }

}

/// The unit of an instrument a citation points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// An article, by number.
    Article(u16),
    /// An annex, by Roman numeral.
    Annex(&'static str),
    /// A recital, by number.
    Recital(u16),
    /// The whole of a judgment or decision.
    Whole,
}

/// A citation of one provision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Citation {
    /// The instrument.
    pub instrument: Instrument,
    /// Article, annex or recital.
    pub unit: Unit,
    /// The numbered paragraph of an article, or the numbered point of an annex.
    pub paragraph: Option<u16>,
    /// The lettered point, e.g. `h`.
    pub point: Option<&'static str>,
    /// The subpoint, e.g. `iii`.
    pub subpoint: Option<&'static str>,
}

impl Citation {
    /// An article of the AI Act.
    pub const fn article(number: u16) -> Self {
        Self { instrument: Instrument::AiAct, unit: Unit::Article(number), paragraph: None, point: None, subpoint: None }
    }
    /// An annex of the AI Act.
    pub const fn annex(numeral: &'static str) -> Self {
        Self { instrument: Instrument::AiAct, unit: Unit::Annex(numeral), paragraph: None, point: None, subpoint: None }
    }
    /// A recital of the AI Act.
    pub const fn recital(number: u16) -> Self {
        Self { instrument: Instrument::AiAct, unit: Unit::Recital(number), paragraph: None, point: None, subpoint: None }
    }
    /// A judgment or decision as a whole.
    pub const fn decision(instrument: Instrument) -> Self {
        Self { instrument, unit: Unit::Whole, paragraph: None, point: None, subpoint: None }
    }
    /// The same unit in another instrument.
    pub const fn of(self, instrument: Instrument) -> Self {
        Self { instrument, ..self }
    }
    /// Narrows to a paragraph (for an annex: a numbered point).
    pub const fn paragraph(self, paragraph: u16) -> Self {
        Self { paragraph: Some(paragraph), ..self }
    }
    /// Narrows to a lettered point.
    pub const fn point(self, point: &'static str) -> Self {
        Self { point: Some(point), ..self }
    }
    /// Narrows to a subpoint.
    pub const fn subpoint(self, subpoint: &'static str) -> Self {
        Self { subpoint: Some(subpoint), ..self }
    }

}
