//! Countries: ISO 3166-1 alpha-2 codes and the class the rules see.

use super::vocabulary::CountryClass;

/// A country by its ISO 3166-1 alpha-2 code, upper case: held as the code's position
/// in the list of assigned codes, so that its text is a slice of that list.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(u8);

/// Every officially assigned ISO 3166-1 alpha-2 code.
const ISO_3166_1: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT \
MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW \
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG \
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// The 27 member states, plus the outermost regions that have codes of their own and in
/// which Union law applies as in the member state (Articles 349 and 355(1) TFEU):
/// French Guiana, Guadeloupe, Martinique, Réunion, Mayotte and Saint-Martin, and the
/// Åland Islands (part of Finland).
const EU: &str = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GF GP MQ RE YT MF AX";

/// The codes of a list such as [`ISO_3166_1`]: two letters each, one space between
/// (a test checks the lists' layout). Read by position rather than split at spaces: a
/// country is looked up on every assessment.
fn codes(list: &'static str) -> impl Iterator<Item = &'static [u8]> {
    list.as_bytes().chunks(3).map(|code| code.get(..2).unwrap_or(code))
}

/// Codes people often type for a country whose ISO code differs.
const LOOKALIKES: &[(&str, &str)] = &[("UK", "GB"), ("EL", "GR")];

impl Country {
    /// Parses an ISO 3166-1 alpha-2 code; upper case only, as the contract says.
    pub fn parse(code: &str) -> Option<Self> {
        let bytes = code.as_bytes();
        let [first, second] = bytes else { return None };
        if !first.is_ascii_uppercase() || !second.is_ascii_uppercase() {
            return None;
        }
        let position = codes(ISO_3166_1).position(|known| known == bytes)?;
        u8::try_from(position).ok().map(Self)
    }

    /// The ISO code a mistyped code probably meant ("UK" → "GB").
    pub fn suggestion_for(code: &str) -> Option<&'static str> {
        let upper = code.to_ascii_uppercase();
        LOOKALIKES
            .iter()
            .find(|(typed, _)| *typed == upper)
            .map(|(_, meant)| *meant)
            .or_else(|| ISO_3166_1.split(' ').find(|known| *known == upper))
    }

    /// The code, e.g. `"SE"`.
    pub fn code(&self) -> &'static str {
        let start = usize::from(self.0) * 3;
        ISO_3166_1.get(start..start + 2).unwrap_or("??")
    }

    /// The class of the country that the rules distinguish.
    pub fn class(&self) -> CountryClass {
        match self.code() {
            "IE" => CountryClass::Ireland,
            "DK" => CountryClass::Denmark,
            code if codes(EU).any(|member| member == code.as_bytes()) => CountryClass::EuMember,
            "NO" | "IS" | "LI" => CountryClass::Eea,
            _ => CountryClass::OutsideEu,
        }
    }

    /// Every assigned code, for catalogues.
    pub fn all_codes() -> impl Iterator<Item = &'static str> {
        ISO_3166_1.split(' ')
    }

    /// A country standing for a whole class, used when a counterfactual names one.
    pub fn representative(class: CountryClass) -> Self {
        let code = match class {
            CountryClass::EuMember => "FR",
            CountryClass::Ireland => "IE",
            CountryClass::Denmark => "DK",
            CountryClass::Eea => "NO",
            CountryClass::OutsideEu => "US",
        };
        Self::parse(code).unwrap_or(Self(0))
    }
}

impl std::fmt::Debug for Country {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Country").field(&self.code()).finish()
    }
}

impl serde::Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::vocabulary::Keyword;

    #[test]
    fn all_assigned_codes_are_known() {
        assert_eq!(Country::all_codes().count(), 249);
        assert!(Country::parse("SE").is_some());
        assert!(Country::parse("se").is_none());
        assert!(Country::parse("UK").is_none());
        assert!(Country::parse("SWE").is_none());
    }

    #[test]
    fn classes() {
        let class = |code| Country::parse(code).map(|country| country.class());
        assert_eq!(class("SE"), Some(CountryClass::EuMember));
        assert_eq!(class("IE"), Some(CountryClass::Ireland));
        assert_eq!(class("DK"), Some(CountryClass::Denmark));
        assert_eq!(class("GB"), Some(CountryClass::OutsideEu));
        assert_eq!(class("NO"), Some(CountryClass::Eea));
        assert_eq!(class("CH"), Some(CountryClass::OutsideEu));
        assert_eq!(class("RE"), Some(CountryClass::EuMember));
        assert_eq!(class("GL"), Some(CountryClass::OutsideEu));
        assert_eq!(Country::parse("ZW").map(|country| country.code()), Some("ZW"));
        for class in CountryClass::ALL.iter().copied() {
            assert_eq!(Country::representative(class).class(), class);
        }
        assert_eq!(EU.split(' ').count(), 27 + 7);
        for list in [ISO_3166_1, EU] {
            assert!(list.split(' ').all(|code| code.len() == 2), "two letters, one space between");
            assert!(codes(list).map(|code| std::str::from_utf8(code).ok()).eq(list.split(' ').map(Some)));
        }
    }

    #[test]
    fn suggestions() {
        assert_eq!(Country::suggestion_for("UK"), Some("GB"));
        assert_eq!(Country::suggestion_for("se"), Some("SE"));
        assert_eq!(Country::suggestion_for("XX"), None);
    }
}
