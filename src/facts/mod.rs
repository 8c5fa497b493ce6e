//! The facts of a deployment: the input contract, its validation, and what the rules
//! can know of it.

pub mod country;
pub mod date;
pub mod deployment;
pub mod errors;
pub mod fields;
pub mod knowledge;
pub mod value;
pub mod vocabulary;

pub use country::Country;
pub use date::Date;
pub use deployment::{Deployment, FieldValue};
pub use errors::{ErrorCode, ErrorReport, Expected, InputError};
pub use fields::{Field, FieldKind};
pub use value::{Literal, Value};
