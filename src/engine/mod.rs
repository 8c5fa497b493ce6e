//! The reasoning machinery shared by every regime: verdicts, the record of findings,
//! and the exploration of what an incomplete description allows.

pub mod explore;
pub mod trace;
pub mod verdict;
