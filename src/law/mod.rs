//! Legal data shared by the regimes: citations and application dates.

pub mod citation;
pub mod dates;

pub use citation::{Citation, CitationView, Instrument, Unit};
pub use dates::Milestone;
