//! The closed vocabularies of the input contract: every enum value a deployment may use.
//!
//! Values are kebab-case keywords in JSON. Each vocabulary is a Rust enum whose
//! discriminant is also its index in the knowledge masks (see `knowledge.rs`), so the
//! order of variants here is part of the engine's layout, not of the public contract.

/// A closed set of kebab-case keywords.
pub trait Keyword: Copy + Eq + 'static {
    /// Every value, in declaration order (the order used in catalogues and masks).
    const ALL: &'static [Self];
    /// The keyword as written in JSON.
    fn keyword(self) -> &'static str;
    /// Position of the value in `ALL`.
    fn index(self) -> usize;
    /// The value at `index`, if any.
    fn from_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }
    /// Parses a keyword.
    fn from_keyword(keyword: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.keyword() == keyword)
    }
}

macro_rules! keywords {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $kw:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl Keyword for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn keyword(self) -> &'static str {
                match self { $(Self::$variant => $kw),+ }
            }
            fn index(self) -> usize {
                self as usize
            }
        }

        impl $name {
            /// Every keyword, in declaration order.
            pub const KEYWORDS: &'static [&'static str] = &[$($kw),+];
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.keyword())
            }
        }
    };
}

keywords! {
    /// Who the organisation is with respect to the AI system (Art 3(3), 3(4)).
    pub enum Role {
        /// Uses the system under its authority (Art 3(4)).
        Deployer = "deployer",
        /// Develops it and places it on the market or puts it into service (Art 3(3)).
        Provider = "provider",
        /// Both: for example a police force that builds and runs its own system.
        ProviderAndDeployer = "provider-and-deployer",
    }
}

keywords! {
    /// What kind of body operates the system.
    pub enum Operator {
        /// A law enforcement authority (Art 3(45)(a)).
        LawEnforcementAuthority = "law-enforcement-authority",
        /// A body acting on behalf of one (Art 3(45)(b), 3(46)).
        ActingForLawEnforcement = "acting-for-law-enforcement",
        /// Any other public authority, such as a city.
        PublicAuthority = "public-authority",
        /// A company or association.
        PrivateEntity = "private-entity",
        /// A natural person.
        PrivateIndividual = "private-individual",
    }
}

keywords! {
    /// Why the system is used.
    pub enum Purpose {
        /// Prevention, investigation, detection or prosecution of criminal offences (Art 3(46)).
        LawEnforcement = "law-enforcement",
        /// A public service such as a library, transport or a museum.
        PublicService = "public-service",
        /// Controlling who enters premises.
        AccessControl = "access-control",
        /// Safety and security of people or property, other than law enforcement.
        SafetyAndSecurity = "safety-and-security",
        /// A commercial service.
        Commercial = "commercial",
        /// Managing workers.
        WorkplaceManagement = "workplace-management",
        /// Education.
        Education = "education",
        /// Migration, asylum and border control.
        MigrationBorder = "migration-border",
        /// Medical care.
        Medical = "medical",
        /// Scientific research and development only (Art 2(6)).
        ScientificResearch = "scientific-research",
        /// National security or defence, not exclusively military (Art 2(3)).
        NationalSecurityDefence = "national-security-defence",
        /// Exclusively military purposes: the only exclusion of the 2021 proposal
        /// (its Art 2(3)); the adopted Regulation excludes these too (Art 2(3)).
        Military = "military",
    }
}

keywords! {
    /// What the system does with biometric data (a set: several may apply).
    pub enum Function {
        /// One-to-many identification against a reference database (Art 3(35)).
        Identification = "identification",
        /// One-to-one verification of a claimed identity (Art 3(36)).
        Verification = "verification",
        /// Assigning people to categories (Art 3(40)).
        Categorisation = "categorisation",
        /// Inferring emotions or intentions (Art 3(39)).
        EmotionRecognition = "emotion-recognition",
        /// Detecting or counting without processing biometric data.
        DetectionOnly = "detection-only",
    }
}

keywords! {
    /// Which human characteristics the system processes.
    pub enum Modality {
        /// Faces.
        Face = "face",
        /// The way people walk.
        Gait = "gait",
        /// Voices.
        Voice = "voice",
        /// Irises.
        Iris = "iris",
        /// Fingerprints.
        Fingerprint = "fingerprint",
        /// Anything else.
        Other = "other",
    }
}

keywords! {
    /// When identification happens relative to capture (Art 3(42), 3(43)).
    pub enum Timing {
        /// Capture, comparison and identification without significant delay.
        RealTime = "real-time",
        /// Identification on material captured earlier.
        Post = "post",
    }
}

keywords! {
    /// Characteristics a categorisation system infers.
    pub enum Attribute {
        /// Race (Art 5(1)(g)).
        Race = "race",
        /// Political opinions (Art 5(1)(g)).
        PoliticalOpinions = "political-opinions",
        /// Trade union membership (Art 5(1)(g)).
        TradeUnionMembership = "trade-union-membership",
        /// Religious or philosophical beliefs (Art 5(1)(g)).
        ReligiousOrPhilosophicalBeliefs = "religious-or-philosophical-beliefs",
        /// Sex life (Art 5(1)(g)).
        SexLife = "sex-life",
        /// Sexual orientation (Art 5(1)(g)).
        SexualOrientation = "sexual-orientation",
        /// Sex (protected attribute, Annex III point 1(b)).
        Sex = "sex",
        /// Age (protected attribute).
        Age = "age",
        /// Ethnic origin (sensitive attribute, GDPR Art 9(1)).
        EthnicOrigin = "ethnic-origin",
        /// Disability (protected attribute).
        Disability = "disability",
        /// Health (sensitive attribute, GDPR Art 9(1)).
        Health = "health",
        /// Hair or eye colour (not protected).
        HairOrEyeColour = "hair-or-eye-colour",
        /// Tattoos (not protected).
        Tattoos = "tattoos",
        /// Clothing (not protected).
        Clothing = "clothing",
        /// Anything else.
        Other = "other",
    }
}

impl Attribute {
    /// The attributes whose inference Art 5(1)(g) prohibits.
    pub const ARTICLE_5_1_G: &'static [Self] = &[
        Self::Race,
        Self::PoliticalOpinions,
        Self::TradeUnionMembership,
        Self::ReligiousOrPhilosophicalBeliefs,
        Self::SexLife,
        Self::SexualOrientation,
    ];
    /// Sensitive or protected attributes that make categorisation high-risk
    /// (Annex III point 1(b), recital 54: those protected under GDPR Art 9(1) and
    /// non-discrimination law) when it is not prohibited.
    pub const PROTECTED: &'static [Self] = &[
        Self::Race,
        Self::PoliticalOpinions,
        Self::TradeUnionMembership,
        Self::ReligiousOrPhilosophicalBeliefs,
        Self::SexLife,
        Self::SexualOrientation,
        Self::Sex,
        Self::Age,
        Self::EthnicOrigin,
        Self::Disability,
        Self::Health,
    ];
    /// The attributes whose inference reveals special categories of personal data
    /// (GDPR Art 9(1): racial or ethnic origin, political opinions, religious or
    /// philosophical beliefs, trade union membership, health, sex life, sexual
    /// orientation). A disability is data concerning health (GDPR recital 35).
    pub const SPECIAL_CATEGORIES: &'static [Self] = &[
        Self::Race,
        Self::EthnicOrigin,
        Self::PoliticalOpinions,
        Self::ReligiousOrPhilosophicalBeliefs,
        Self::TradeUnionMembership,
        Self::Health,
        Self::Disability,
        Self::SexLife,
        Self::SexualOrientation,
    ];
}

keywords! {
    /// Whose emotions or intentions an emotion recognition system infers.
    pub enum Subjects {
        /// Workers, at the workplace (Art 5(1)(f)).
        Workers = "workers",
        /// Students, in education institutions (Art 5(1)(f)).
        Students = "students",
        /// Anyone else, such as customers or visitors.
        Other = "other",
    }
}

keywords! {
    /// The kind of place where people are exposed to the system (Art 3(44), recital 19).
    pub enum Space {
        /// Accessible to an undetermined number of people.
        PubliclyAccessible = "publicly-accessible",
        /// Limited to specific people; prisons and border control are in this group.
        NotPubliclyAccessible = "not-publicly-accessible",
        /// Online: not a physical space.
        Online = "online",
    }
}

keywords! {
    /// The law enforcement objective (Art 5(1)(h)(i)-(iii)).
    pub enum Objective {
        /// Targeted search for specific victims or missing persons (point (i)).
        VictimSearch = "victim-search",
        /// Preventing a specific, substantial and imminent threat (point (ii)).
        ImminentThreat = "imminent-threat",
        /// Locating or identifying a suspect (point (iii)).
        SuspectSearch = "suspect-search",
        /// Anything else.
        Other = "other",
    }
}

keywords! {
    /// The 32 offences of Framework Decision 2002/584/JHA, Art 2(2); the first 16 are
    /// those of Annex II of the AI Act.
    pub enum Offence {
        /// Terrorism.
        Terrorism = "terrorism",
        /// Trafficking in human beings.
        TraffickingInHumanBeings = "trafficking-in-human-beings",
        /// Sexual exploitation of children and child pornography.
        ChildSexualExploitation = "child-sexual-exploitation",
        /// Illicit trafficking in narcotic drugs and psychotropic substances.
        DrugTrafficking = "drug-trafficking",
        /// Illicit trafficking in weapons, munitions and explosives.
        WeaponsTrafficking = "weapons-trafficking",
        /// Murder, grievous bodily injury.
        MurderOrGrievousBodilyInjury = "murder-or-grievous-bodily-injury",
        /// Illicit trade in human organs and tissue.
        OrganTrafficking = "organ-trafficking",
        /// Illicit trafficking in nuclear or radioactive materials.
        NuclearMaterialsTrafficking = "nuclear-materials-trafficking",
        /// Kidnapping, illegal restraint and hostage-taking.
        KidnappingOrHostageTaking = "kidnapping-or-hostage-taking",
        /// Crimes within the jurisdiction of the International Criminal Court.
        IccCrimes = "icc-crimes",
        /// Unlawful seizure of aircraft or ships.
        AircraftOrShipSeizure = "aircraft-or-ship-seizure",
        /// Rape.
        Rape = "rape",
        /// Environmental crime.
        EnvironmentalCrime = "environmental-crime",
        /// Organised or armed robbery.
        OrganisedOrArmedRobbery = "organised-or-armed-robbery",
        /// Sabotage.
        Sabotage = "sabotage",
        /// Participation in a criminal organisation.
        CriminalOrganisation = "criminal-organisation",
        /// Corruption.
        Corruption = "corruption",
        /// Fraud.
        Fraud = "fraud",
        /// Laundering of the proceeds of crime.
        MoneyLaundering = "money-laundering",
        /// Counterfeiting currency.
        CounterfeitingCurrency = "counterfeiting-currency",
        /// Computer-related crime.
        ComputerCrime = "computer-crime",
        /// Facilitation of unauthorised entry and residence.
        FacilitatingUnauthorisedEntry = "facilitating-unauthorised-entry",
        /// Racism and xenophobia.
        RacismAndXenophobia = "racism-and-xenophobia",
        /// Illicit trafficking in cultural goods.
        CulturalGoodsTrafficking = "cultural-goods-trafficking",
        /// Swindling.
        Swindling = "swindling",
        /// Racketeering and extortion.
        RacketeeringAndExtortion = "racketeering-and-extortion",
        /// Counterfeiting and piracy of products.
        ProductCounterfeiting = "product-counterfeiting",
        /// Forgery of administrative documents and trafficking therein.
        DocumentForgery = "document-forgery",
        /// Forgery of means of payment.
        PaymentForgery = "payment-forgery",
        /// Illicit trafficking in hormonal substances and other growth promoters.
        HormoneTrafficking = "hormone-trafficking",
        /// Trafficking in stolen vehicles.
        StolenVehicleTrafficking = "stolen-vehicle-trafficking",
        /// Arson.
        Arson = "arson",
    }
}

impl Offence {
    /// The offences listed in Annex II of Regulation (EU) 2024/1689. Participation in a
    /// criminal organisation is listed only where the organisation is involved in one of
    /// the others, which the engine treats as a condition.
    pub const ANNEX_II: &'static [Self] = &[
        Self::Terrorism,
        Self::TraffickingInHumanBeings,
        Self::ChildSexualExploitation,
        Self::DrugTrafficking,
        Self::WeaponsTrafficking,
        Self::MurderOrGrievousBodilyInjury,
        Self::OrganTrafficking,
        Self::NuclearMaterialsTrafficking,
        Self::KidnappingOrHostageTaking,
        Self::IccCrimes,
        Self::AircraftOrShipSeizure,
        Self::Rape,
        Self::EnvironmentalCrime,
        Self::OrganisedOrArmedRobbery,
        Self::Sabotage,
        Self::CriminalOrganisation,
    ];
}

keywords! {
    /// The state of the judicial or independent administrative authorisation.
    pub enum Authorisation {
        /// Granted before use.
        Granted = "granted",
        /// Use started in a duly justified urgency; authorisation requested in time.
        UrgentRequested = "urgent-requested",
        /// None requested or granted.
        None = "none",
    }
}

keywords! {
    /// The exception of GDPR Article 9(2) a controller relies on to process special
    /// categories of personal data (biometric data to identify people among them).
    pub enum Ground {
        /// Explicit consent for specified purposes (point (a)).
        ExplicitConsent = "explicit-consent",
        /// Obligations and rights in employment and social security law (point (b)).
        EmploymentLaw = "employment-law",
        /// Vital interests of a person incapable of giving consent (point (c)).
        VitalInterests = "vital-interests",
        /// Members of a not-for-profit body with a political, philosophical, religious
        /// or trade union aim (point (d)).
        NotForProfitBody = "not-for-profit-body",
        /// Data manifestly made public by the person (point (e)).
        MadePublic = "made-public",
        /// Legal claims, or courts acting in their judicial capacity (point (f)).
        LegalClaims = "legal-claims",
        /// Substantial public interest on the basis of Union or member state law (point (g)).
        SubstantialPublicInterest = "substantial-public-interest",
        /// Preventive or occupational medicine, diagnosis, health or social care (point (h)).
        HealthCare = "health-care",
        /// Public interest in public health (point (i)).
        PublicHealth = "public-health",
        /// Archiving in the public interest, research or statistics (point (j)).
        ResearchOrStatistics = "research-or-statistics",
        /// None of them.
        None = "none",
    }
}

keywords! {
    /// Classes of countries that the rules tell apart. The input holds the ISO code;
    /// the engine reasons over its class.
    pub enum CountryClass {
        /// A member state bound by every provision.
        EuMember = "eu-member",
        /// Ireland: not bound by the provisions adopted under Article 16 TFEU (recital 40).
        Ireland = "ireland",
        /// Denmark: likewise (recital 41).
        Denmark = "denmark",
        /// Norway, Iceland and Liechtenstein: outside the Union, inside the European
        /// Economic Area, where the GDPR applies through the EEA Agreement.
        Eea = "eea",
        /// Any other country outside the European Union.
        OutsideEu = "outside-eu",
    }
}

keywords! {
    /// Bands of the maximum custodial sentence that the thresholds of Art 5(1)(h)(iii)
    /// (four years) and of the 2021 proposal (three years) tell apart.
    pub enum SentenceBand {
        /// Less than three years.
        UnderThree = "under-3",
        /// At least three but less than four years.
        ThreeToFour = "3-to-4",
        /// Four years or more.
        FourOrMore = "4-or-more",
    }
}

impl SentenceBand {
    /// The band a maximum sentence in years falls in.
    pub fn of(years: f64) -> Self {
        if years >= 4.0 {
            Self::FourOrMore
        } else if years >= 3.0 {
            Self::ThreeToFour
        } else {
            Self::UnderThree
        }
    }

    /// A number of years inside the band, used when a counterfactual names one.
    pub fn representative_years(self) -> f64 {
        match self {
            Self::UnderThree => 2.0,
            Self::ThreeToFour => 3.0,
            Self::FourOrMore => 4.0,
        }
    }
}

/// A set of keywords, stored as a bit mask over `T::ALL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct KeywordSet {
    /// Bit `i` is set when `T::ALL[i]` is in the set.
    pub bits: u64,
}

impl KeywordSet {
    /// Whether the value with this index is in the set.
    pub fn contains_index(self, index: usize) -> bool {
        index < 64 && self.bits & (1 << index) != 0
    }

    /// Adds the value with this index.
    pub fn insert_index(&mut self, index: usize) {
        if index < 64 {
            self.bits |= 1 << index;
        }
    }

    /// The indices in the set, in ascending order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..64).filter(move |index| self.contains_index(*index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_two_offences_sixteen_in_annex_ii() {
        assert_eq!(Offence::ALL.len(), 32);
        assert_eq!(Offence::ANNEX_II.len(), 16);
        // Annex II offences come first, so the mask of Annex II is the low 16 bits.
        for (index, offence) in Offence::ANNEX_II.iter().enumerate() {
            assert_eq!(offence.index(), index);
        }
    }

    #[test]
    fn keywords_round_trip() {
        for purpose in Purpose::ALL {
            assert_eq!(Purpose::from_keyword(purpose.keyword()), Some(*purpose));
        }
        assert_eq!(Purpose::from_keyword("LAW-ENFORCEMENT"), None);
    }

    #[test]
    fn sentence_bands_follow_the_thresholds() {
        assert_eq!(SentenceBand::of(0.0), SentenceBand::UnderThree);
        assert_eq!(SentenceBand::of(2.99), SentenceBand::UnderThree);
        assert_eq!(SentenceBand::of(3.0), SentenceBand::ThreeToFour);
        assert_eq!(SentenceBand::of(3.99), SentenceBand::ThreeToFour);
        assert_eq!(SentenceBand::of(4.0), SentenceBand::FourOrMore);
    }
}
