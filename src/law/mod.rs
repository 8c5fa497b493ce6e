//! Legal data shared by the regimes: citations, application dates, and the readings of
//! the law the rules rest on.

pub mod citation;
pub mod dates;
pub mod readings;

pub use citation::{Citation, Instrument, Unit};
pub use dates::Milestone;
pub use readings::Reading;
