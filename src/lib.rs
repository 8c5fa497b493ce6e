//! # biometric-check
//!
//! How the EU AI Act's rules on biometric uses of AI — remote biometric identification,
//! biometric categorisation and emotion recognition — apply to a planned deployment,
//! with every step cited.
//!
//! ```
//! use biometric_check::{assess, Deployment, Options, Value, Date};
//! use biometric_check::i18n::Lang;
//!
//! let input = biometric_check::json::parse(r#"{
//!     "country": "SE", "role": "deployer", "operator": "law-enforcement-authority",
//!     "purpose": "law-enforcement", "functions": ["identification"], "modalities": ["face"],
//!     "identification": {"remote": true, "timing": "real-time", "untargeted_scraping": false},
//!     "space": "publicly-accessible", "law_enforcement": {"objective": "other"}
//! }"#).unwrap();
//! let deployment = Deployment::from_value(&input).unwrap();
//! let today = Date::parse("2026-11-23").unwrap();
//! let assessment = assess(&deployment, &Options::new(Lang::En, today)).unwrap();
//! assert_eq!(assessment.verdict.keyword(), "prohibited");
//! ```
//!
//! The crate is a pure rules core (no I/O, no clock, no wasm types) with a thin
//! WebAssembly boundary ([`wasm`], only on `wasm32`) and a command-line binary.
//! See ARCHITECTURE.md for the code map.

pub mod api;
pub mod assessment;
#[cfg(not(target_arch = "wasm32"))]
pub mod batch;
pub mod catalogue;
pub mod engine;
pub mod facts;
pub mod i18n;
pub mod lang;
pub mod law;
pub mod policy;
pub mod presets;
pub mod regimes;
pub mod report;
pub mod typescript;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(not(target_arch = "wasm32"))]
pub mod json;

pub use assessment::{assess, Assessment, Options};
pub use facts::{Date, Deployment, ErrorReport, InputError, Value};
pub use policy::Policy;
