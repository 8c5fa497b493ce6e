//! One line of a batch: JSON Lines in, one JSON assessment (or error) out per line.
//! The command line reads and writes; this is the part that decides what a line says,
//! so that it can be tested and fuzzed without a process.

use crate::assessment::{assess, Options};
use crate::facts::errors::{ErrorCode, ErrorReport, Expected, InputError};
use crate::facts::Deployment;
use crate::json;
use serde::Serialize;

/// The longest line a batch accepts. A deployment needs a few kilobytes at most.
pub const MAX_LINE_BYTES: usize = 1 << 20;

#[derive(Serialize)]
struct ErrorLine<'a> {
    /// The first error, so a reader that only wants one finds it at once.
    error: &'a ErrorReport,
    /// Every error of the line.
    errors: &'a [ErrorReport],
}

/// What to write for one input line: the assessment as compact JSON (`Ok`), or the
/// line's errors as `{"error": {...}, "errors": [...]}` (`Err`). `line` is the raw
/// bytes without the line break; `truncated` says the reader stopped at
/// [`MAX_LINE_BYTES`].
pub fn assess_line(line: &[u8], truncated: bool, options: &Options) -> Result<String, String> {
    let result = if truncated {
        Err(vec![InputError {
            path: String::new(),
            expected: Expected::Json(format!("a line of at most {MAX_LINE_BYTES} bytes")),
            found: None,
        }])
    } else {
        std::str::from_utf8(line)
            .map_err(|_| vec![InputError { path: String::new(), expected: Expected::Json("UTF-8 text".to_owned()), found: None }])
            .and_then(|text| json::parse(text).map_err(|error| vec![error]))
            .and_then(|value| Deployment::from_value(&value))
            .and_then(|deployment| assess(&deployment, options))
    };
    match result {
        Ok(assessment) => Ok(json::to_string(&assessment)),
        Err(errors) => {
            let reports: Vec<ErrorReport> = errors.iter().map(|error| error.report(options.lang)).collect();
            let first = reports.first().cloned().unwrap_or_else(|| ErrorReport {
                path: String::new(),
                code: ErrorCode::InvalidJson,
                expected: String::new(),
                found: None,
                message: String::new(),
            });
            Err(json::to_string(&ErrorLine { error: &first, errors: &reports }))
        }
    }
}

/// Whether a line holds nothing but white space (skipped by the batch).
pub fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|byte| byte.is_ascii_whitespace())
}
