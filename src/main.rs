//! `biometric-check`: the command line. Reads files and standard input, writes reports;
//! all reasoning is in the library.
//!
//! ```text
//! biometric-check assess [--format json|text|markdown] [--lang en] [--regime ID]...
//!                        [--policy FILE]... [--binding ID]... [--date YYYY-MM-DD]
//!                        [--no-counterfactuals] [FILE|-]
//! biometric-check batch [--lang en] [--policy FILE]... [--binding ID]... [--date YYYY-MM-DD] [FILE|-]
//! biometric-check questions [--lang en]
//! biometric-check validate-policy [--lang en] FILE
//! biometric-check readings [markdown|html]
//! ```
//!
//! Exit status: 0 when everything was assessed, 1 when some input was invalid,
//! 2 for usage errors.

// The command line is native only; built for wasm32 (as `cargo test` does for the
// wasm tests) it is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use biometric_check::i18n::Lang;
    use biometric_check::report::{self, Format};
    use biometric_check::{assess, batch, catalogue, json, Date, Deployment, InputError, Options, Policy};
    use std::io::{self, BufRead, BufWriter, Read, Write};
    use std::process::ExitCode;

    const USAGE: &str = "\
usage:
  biometric-check assess [--format json|text|markdown] [--lang CODE] [--regime ID]...
                         [--policy FILE]... [--binding ID]... [--date YYYY-MM-DD]
                         [--no-counterfactuals] [--verdicts-only] [FILE|-]
  biometric-check batch [--lang CODE] [--policy FILE]... [--binding ID]... [--date YYYY-MM-DD]
                        [--no-counterfactuals] [--verdicts-only] [FILE|-]
  biometric-check questions [--lang CODE]
  biometric-check validate-policy [--lang CODE] FILE
  biometric-check readings [markdown|html]

assess     prints one assessment of the deployment in FILE (or standard input)
batch      reads one deployment per line (JSON Lines) and writes one JSON assessment
           per line, in order; an invalid line gives {\"error\": {...}} and the batch goes on
questions  prints the question catalogue as JSON
validate-policy  checks a policy document
readings   prints how this tool reads the law (every interpretive choice), as Markdown or HTML

By default every built-in regime is assessed; eu-ai-act, data-protection and every
--policy file are binding (count towards the overall verdict). --binding replaces that
list; with --regime naming none of them, the regimes named are binding.
--verdicts-only leaves out findings, conditions, obligations, counterfactuals and
questions (each regime keeps its verdict and a one-line summary): much faster for
whole registers.
Languages: en, sv, es, ca, nl, fr, de.
Exit status: 0 all assessed, 1 some input invalid, 2 usage error.";

    /// A usage error: the message and exit code 2.
    struct Usage(String);

    /// A write error: a closed pipe (`| head`) ends the program quietly, anything else
    /// is reported.
    fn write_error(error: io::Error) -> Usage {
        if error.kind() == io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        Usage(format!("cannot write: {error}"))
    }

    #[derive(Default)]
    struct Args {
        format: Option<Format>,
        json: bool,
        lang: Option<Lang>,
        regimes: Vec<String>,
        policies: Vec<String>,
        binding: Vec<String>,
        date: Option<Date>,
        counterfactuals: bool,
        explain: bool,
        input: Option<String>,
    }

    fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, Usage> {
        let mut parsed = Args { counterfactuals: true, explain: true, ..Args::default() };
        let value = |flag: &str, args: &mut dyn Iterator<Item = String>| {
            args.next().ok_or_else(|| Usage(format!("{flag} needs a value")))
        };
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--format" => match value("--format", &mut args)?.as_str() {
                    "json" => parsed.json = true,
                    "text" => parsed.format = Some(Format::Text),
                    "markdown" => parsed.format = Some(Format::Markdown),
                    other => return Err(Usage(format!("--format: expected json, text or markdown, found {other:?}"))),
                },
                "--lang" => {
                    let tag = value("--lang", &mut args)?;
                    let lang = Lang::negotiate(&tag).ok_or_else(|| {
                        let known: Vec<_> = Lang::ALL.iter().map(|l| l.code()).collect();
                        Usage(format!("--lang: expected one of {}, found {tag:?}", known.join(", ")))
                    })?;
                    parsed.lang = Some(lang);
                }
                "--regime" => parsed.regimes.push(value("--regime", &mut args)?),
                "--policy" => parsed.policies.push(value("--policy", &mut args)?),
                "--binding" => parsed.binding.push(value("--binding", &mut args)?),
                "--date" => {
                    let text = value("--date", &mut args)?;
                    parsed.date =
                        Some(Date::parse(&text).ok_or_else(|| Usage(format!("--date: expected YYYY-MM-DD, found {text:?}")))?);
                }
                "--no-counterfactuals" => parsed.counterfactuals = false,
                "--verdicts-only" => parsed.explain = false,
                "-" => parsed.input = Some(arg),
                flag if flag.starts_with("--") => return Err(Usage(format!("unknown option {flag}"))),
                _ if parsed.input.is_some() => return Err(Usage(format!("unexpected argument {arg:?}"))),
                _ => parsed.input = Some(arg),
            }
        }
        Ok(parsed)
    }

    fn today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        let days = i64::try_from(seconds / 86_400).unwrap_or_default();
        Date::from_days_since_epoch(days).unwrap_or(biometric_check::law::dates::LEGAL_DATA_DATE)
    }

    fn read_input(input: Option<&str>) -> Result<String, Usage> {
        let mut text = String::new();
        match input {
            None | Some("-") => io::stdin().read_to_string(&mut text).map(|_| ()),
            Some(path) => std::fs::read_to_string(path).map(|content| text = content),
        }
        .map_err(|error| Usage(format!("cannot read {}: {error}", input.unwrap_or("standard input"))))?;
        Ok(text)
    }

    fn error_lines(errors: &[InputError], lang: Lang) -> String {
        errors.iter().map(|e| format!("error: {}\n", e.message(lang))).collect()
    }

    /// Loads the options shared by `assess` and `batch`.
    fn options(args: &Args) -> Result<Options, Usage> {
        let lang = args.lang.unwrap_or(Lang::En);
        let mut options = Options::new(lang, today());
        options.date = args.date;
        options.counterfactuals = args.counterfactuals;
        options.explain = args.explain;
        for path in &args.policies {
            let text = std::fs::read_to_string(path).map_err(|error| Usage(format!("cannot read {path}: {error}")))?;
            let policy = json::parse(&text)
                .map_err(|error| vec![error])
                .and_then(|value| Policy::from_value(&value))
                .map_err(|errors| Usage(format!("{path}:\n{}", error_lines(&errors, lang))))?;
            options.policies.push(policy);
        }
        if !args.regimes.is_empty() {
            options.regimes = Some(args.regimes.clone());
        }
        options.binding = if args.binding.is_empty() {
            let mut binding: Vec<String> =
                biometric_check::regimes::Regime::BINDING_BY_DEFAULT.iter().map(|id| (*id).to_owned()).collect();
            binding.extend(options.policies.iter().map(Policy::regime_id));
            let included = |id: &String| options.regimes.as_ref().is_none_or(|ids| ids.contains(id));
            let binding: Vec<String> = binding.into_iter().filter(included).collect();
            // Only regimes for comparison chosen: they are what the overall verdict is about.
            Some(if binding.is_empty() { args.regimes.clone() } else { binding })
        } else {
            Some(args.binding.clone())
        };
        options.select().map_err(|errors| Usage(error_lines(&errors, lang)))?;
        Ok(options)
    }

    fn assess_command(args: &Args) -> Result<ExitCode, Usage> {
        let options = options(args)?;
        let text = read_input(args.input.as_deref())?;
        let deployment = json::parse(&text).map_err(|e| vec![e]).and_then(|value| Deployment::from_value(&value));
        let stdout = io::stdout();
        let mut out = stdout.lock();
        let written = match deployment {
            Err(errors) => {
                let written = if args.json || args.format.is_none() {
                    let reports: Vec<_> = errors.iter().map(|e| e.report(options.lang)).collect();
                    let text = json::to_string_pretty(&serde_errors(&reports));
                    writeln!(out, "{text}")
                } else {
                    write!(io::stderr(), "{}", error_lines(&errors, options.lang))
                };
                let _ = written;
                return Ok(ExitCode::from(1));
            }
            Ok(deployment) => {
                let assessment = assess(&deployment, &options).map_err(|errors| Usage(error_lines(&errors, options.lang)))?;
                match args.format {
                    Some(format) if !args.json => write!(out, "{}", report::write(&assessment, format)),
                    _ => writeln!(out, "{}", json::to_string_pretty(&assessment)),
                }
            }
        };
        written.map_err(write_error)?;
        Ok(ExitCode::SUCCESS)
    }

    fn serde_errors(reports: &[biometric_check::ErrorReport]) -> impl serde::Serialize + '_ {
        #[derive(serde::Serialize)]
        struct Errors<'a> {
            errors: &'a [biometric_check::ErrorReport],
        }
        Errors { errors: reports }
    }

    /// Reads one line of at most `batch::MAX_LINE_BYTES` bytes into `line` (without
    /// the line break), skipping the rest of a longer one. Returns whether a line was
    /// read and whether it was cut short.
    fn read_line(reader: &mut dyn BufRead, line: &mut Vec<u8>) -> io::Result<Option<bool>> {
        line.clear();
        let mut truncated = false;
        let mut read_any = false;
        loop {
            let available = reader.fill_buf()?;
            if available.is_empty() {
                return Ok(read_any.then_some(truncated));
            }
            read_any = true;
            let (chunk, found_end) = match available.iter().position(|b| *b == b'\n') {
                Some(end) => (available.get(..end).unwrap_or_default(), true),
                None => (available, false),
            };
            let room = batch::MAX_LINE_BYTES.saturating_sub(line.len());
            if chunk.len() > room {
                truncated = true;
            }
            line.extend_from_slice(chunk.get(..chunk.len().min(room)).unwrap_or_default());
            let consumed = chunk.len() + usize::from(found_end);
            reader.consume(consumed);
            if found_end {
                return Ok(Some(truncated));
            }
        }
    }

    fn batch_command(args: &Args) -> Result<ExitCode, Usage> {
        let options = options(args)?;
        let mut reader: Box<dyn BufRead> = match args.input.as_deref() {
            None | Some("-") => Box::new(io::BufReader::new(io::stdin())),
            Some(path) => Box::new(io::BufReader::new(
                std::fs::File::open(path).map_err(|error| Usage(format!("cannot read {path}: {error}")))?,
            )),
        };
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let mut failed = false;
        let mut line = Vec::new();
        while let Some(truncated) = read_line(&mut reader, &mut line).map_err(|e| Usage(format!("cannot read: {e}")))? {
            let line = line.strip_suffix(b"\r").unwrap_or(&line);
            if batch::is_blank(line) {
                continue;
            }
            let written = batch::assess_line(line, truncated, &options).unwrap_or_else(|error| {
                failed = true;
                error
            });
            writeln!(out, "{written}").map_err(write_error)?;
        }
        out.flush().map_err(write_error)?;
        Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
    }

    fn questions_command(args: &Args) -> Result<ExitCode, Usage> {
        let catalogue = catalogue::catalogue(args.lang.unwrap_or(Lang::En));
        println!("{}", json::to_string_pretty(&catalogue));
        Ok(ExitCode::SUCCESS)
    }

    fn validate_policy_command(args: &Args) -> Result<ExitCode, Usage> {
        let lang = args.lang.unwrap_or(Lang::En);
        let path = args.input.as_deref().ok_or_else(|| Usage("validate-policy needs a FILE".to_owned()))?;
        let text = read_input(Some(path))?;
        match json::parse(&text).map_err(|e| vec![e]).and_then(|value| Policy::from_value(&value)) {
            Ok(policy) => {
                println!("{}: policy {} with {} rules is valid", path, policy.regime_id(), policy.rules.len());
                Ok(ExitCode::SUCCESS)
            }
            Err(errors) => {
                eprint!("{}", error_lines(&errors, lang));
                Ok(ExitCode::from(1))
            }
        }
    }

    pub fn main() -> ExitCode {
        let mut args = std::env::args().skip(1);
        let command = args.next();
        let result = match command.as_deref() {
            Some("--help" | "-h" | "help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some("--version" | "-V") => {
                println!("biometric-check {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            Some("readings") => {
                let document = match args.next().as_deref() {
                    None | Some("markdown") => Ok(report::readings_markdown()),
                    Some("html") => Ok(report::readings_html("style.css")),
                    Some(other) => Err(Usage(format!("readings: expected markdown or html, found {other:?}"))),
                };
                document.and_then(|text| io::stdout().lock().write_all(text.as_bytes()).map_err(write_error)).map(|()| ExitCode::SUCCESS)
            }
            Some(command @ ("assess" | "batch" | "questions" | "validate-policy")) => parse_args(args).and_then(|args| match command {
                "assess" => assess_command(&args),
                "batch" => batch_command(&args),
                "questions" => questions_command(&args),
                _ => validate_policy_command(&args),
            }),
            Some(other) => Err(Usage(format!("unknown command {other:?}"))),
            None => Err(Usage("no command given".to_owned())),
        };
        match result {
            Ok(code) => code,
            Err(Usage(message)) => {
                eprintln!("biometric-check: {}\n\n{USAGE}", message.trim_end());
                ExitCode::from(2)
            }
        }
    }
}
