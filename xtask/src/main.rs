//! Build tooling: `cargo xtask serve | test | dist`.
//!
//! Every command first installs what is missing (the wasm target, the pinned
//! wasm-bindgen CLI, Debian's Chromium and ChromeDriver when running as root, and the
//! npm tools at their exact versions), so the two commands of the README work on a
//! fresh machine. Setting up is idempotent and takes well under a second when
//! everything is present. This crate uses the standard library only.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// Must match the `wasm-bindgen` version pinned in the root `Cargo.toml`.
const WASM_BINDGEN_VERSION: &str = "0.2.130";
/// The features the optimiser may use: those rustc enables for wasm32 by default.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];
type Result<T = ()> = std::result::Result<T, String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => test(args.get(1..).unwrap_or_default()),
        Some("dist") => setup(Need::Build).and_then(|()| dist()).map(|_| ()),
        Some("setup") => setup(Need::Everything),
        Some("fuzz") => fuzz(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(300)),
        _ => Err("usage: cargo xtask serve | test [native|lint|wasm|js|e2e]... | dist | setup | fuzz [SECONDS]".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------------
// Running commands

fn run(program: &str, args: &[&str]) -> Result {
    run_in(&root(), program, args, &[])
}

fn run_in(dir: &Path, program: &str, args: &[&str], envs: &[(&str, &str)]) -> Result {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(envs.iter().copied())
        .status()
        .map_err(|error| format!("cannot run {program}: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} {} failed ({status})", args.join(" ")))
    }
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).stderr(Stdio::null()).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn on_path(program: &str) -> bool {
    env::var_os("PATH").is_some_and(|paths| env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

fn cargo() -> String {
    env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

// ---------------------------------------------------------------------------------
// Set-up

#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// What building the package needs.
    Build,
    /// That, and a browser for tests.
    Everything,
}

fn setup(need: Need) -> Result {
    let started = Instant::now();
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed.lines().any(|line| line.trim() == "wasm32-unknown-unknown") {
        run("rustup", &["target", "add", "wasm32-unknown-unknown"])?;
    }
    let wanted = format!("wasm-bindgen {WASM_BINDGEN_VERSION}");
    let current = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if current.trim() != wanted {
        // No --locked: the registry lacks one version the CLI's own lock file names.
        run(&cargo(), &["install", "wasm-bindgen-cli", "--version", WASM_BINDGEN_VERSION])?;
    }
    if need == Need::Everything && !(on_path("chromium") && on_path("chromedriver")) {
        install_chromium()?;
    }
    npm_tools()?;
    eprintln!("xtask: set-up checked in {} ms", started.elapsed().as_millis());
    Ok(())
}

fn install_chromium() -> Result {
    let root_user = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    if !root_user {
        return Err("Chromium and ChromeDriver are missing: install Debian's `chromium` and `chromium-driver` \
                    (as root, `cargo xtask setup` does it)"
            .to_owned());
    }
    let env = [("DEBIAN_FRONTEND", "noninteractive")];
    run_in(&root(), "apt-get", &["update", "-qq"], &env)?;
    run_in(&root(), "apt-get", &["install", "-y", "-qq", "chromium", "chromium-driver"], &env)
}

/// Installs the npm tools at the versions `package-lock.json` pins, when the lock file
/// changed since the last install.
fn npm_tools() -> Result {
    let root = root();
    let lock = fs::read(root.join("package-lock.json")).map_err(|e| format!("package-lock.json: {e}"))?;
    let stamp = root.join("node_modules/.xtask-lock");
    let fingerprint = format!("{:016x}", fnv(&lock));
    if fs::read_to_string(&stamp).is_ok_and(|s| s == fingerprint) {
        return Ok(());
    }
    run_in(&root, "npm", &["ci", "--ignore-scripts", "--no-audit", "--no-fund"], &[])?;
    fs::write(&stamp, fingerprint).map_err(|e| e.to_string())
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

// ---------------------------------------------------------------------------------
// Building the package

struct Sizes {
    wasm: (u64, u64),
    glue: (u64, u64),
}

fn gzip_size(path: &Path) -> Result<u64> {
    let output = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .map_err(|error| format!("cannot run gzip: {error}"))?;
    Ok(output.stdout.len() as u64)
}

fn sizes(path: &Path) -> Result<(u64, u64)> {
    let raw = fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?.len();
    Ok((raw, gzip_size(path)?))
}

/// Builds `pkg/`, then the site in `target/site/` and the package's element
/// (`xtask/web.mjs`: bundled and minified by esbuild, the pages prerendered, every file
/// precompressed).
fn dist() -> Result<Sizes> {
    let root = root();
    run(&cargo(), &["build", "--profile", "wasm-release", "--target", "wasm32-unknown-unknown", "--lib"])?;
    let pkg = root.join("pkg");
    let _ = fs::remove_dir_all(&pkg);
    let built = root.join("target/wasm32-unknown-unknown/wasm-release/biometric_check.wasm");
    let built = built.to_string_lossy().into_owned();
    run("wasm-bindgen", &["--target", "web", "--out-dir", "pkg", &built])?;
    let wasm = pkg.join("biometric_check_bg.wasm");
    let wasm_opt = root.join("node_modules/.bin/wasm-opt");
    let wasm_path = wasm.to_string_lossy().into_owned();
    let mut args = vec!["-Oz", "--converge"];
    args.extend_from_slice(WASM_FEATURES);
    args.extend_from_slice(&[wasm_path.as_str(), "-o", wasm_path.as_str()]);
    run(&wasm_opt.to_string_lossy(), &args)?;
    copy(&root.join("src/wasm/index.js"), &pkg.join("index.js"))?;
    // The glue ships without comments (a fifth of its gzip size); the sources keep them.
    run_in(&root, "node", &["xtask/strip-comments.mjs", "pkg/index.js", "pkg/biometric_check.js"], &[])?;
    // Every language but English (built in) is loaded on demand from its catalogue.
    let messages = pkg.join("messages");
    fs::create_dir_all(&messages).map_err(|e| e.to_string())?;
    for entry in fs::read_dir(root.join("src/i18n")).map_err(|e| e.to_string())?.flatten() {
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        if name.ends_with(".messages") && name != "en.messages" {
            copy(&path, &messages.join(&name))?;
        }
    }
    // The declarations, generated from the crate's types (`src/typescript.rs`).
    run(&cargo(), &["test", "--quiet", "--test", "typescript"])?;
    copy(&root.join("target/typescript/index.d.ts"), &pkg.join("index.d.ts"))?;
    fs::write(pkg.join("package.json"), package_json()).map_err(|e| e.to_string())?;
    fs::write(pkg.join(".gitignore"), "*\n").map_err(|e| e.to_string())?;
    smoke_test(&pkg)?;

    // How the tool reads the law, for the site (`xtask/documents.mjs`): written by the CLI
    // from the readings next to the rules.
    run(&cargo(), &["build", "--quiet", "--bin", "biometric-check"])?;
    let cli = root.join("target/debug/biometric-check");
    let readings = output(&cli.to_string_lossy(), &["readings", "html"]).ok_or("biometric-check readings html failed")?;
    fs::write(root.join("target/readings.html"), readings).map_err(|e| e.to_string())?;

    // The site (the page in every language, the element, the example portal) in
    // target/site/, and the element in the package: bundled by esbuild (xtask/web.mjs).
    run_in(&root, "node", &["xtask/web.mjs"], &[])?;

    let sizes = Sizes { wasm: sizes(&wasm)?, glue: (0, 0) };
    let glue = [pkg.join("biometric_check.js"), pkg.join("index.js")];
    let mut glue_sizes = (0, 0);
    for file in &glue {
        let (raw, gz) = self::sizes(file)?;
        glue_sizes = (glue_sizes.0 + raw, glue_sizes.1 + gz);
    }
    let sizes = Sizes { glue: glue_sizes, ..sizes };
    eprintln!(
        "xtask: pkg/ built: wasm {} B ({} B gzip), JS glue {} B ({} B gzip), total {} B gzip",
        sizes.wasm.0,
        sizes.wasm.1,
        sizes.glue.0,
        sizes.glue.1,
        sizes.wasm.1 + sizes.glue.1
    );
    Ok(sizes)
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to).map(|_| ()).map_err(|e| format!("copy {} to {}: {e}", from.display(), to.display()))
}

fn package_json() -> String {
    let version = env!("CARGO_PKG_VERSION");
    format!(
        r#"{{
  "name": "biometric-check",
  "version": "{version}",
  "description": "How the EU AI Act's rules on biometric AI apply to a planned deployment, with every step cited (WebAssembly)",
  "license": "EUPL-1.2",
  "type": "module",
  "module": "index.js",
  "main": "index.js",
  "types": "index.d.ts",
  "exports": {{
    ".": {{ "types": "./index.d.ts", "default": "./index.js" }},
    "./element": {{ "types": "./biometric-check.d.ts", "default": "./biometric-check.js" }},
    "./element.css": "./biometric-check.css",
    "./biometric_check_bg.wasm": "./biometric_check_bg.wasm",
    "./messages/*": "./messages/*",
    "./first-screen/*": "./first-screen/*",
    "./package.json": "./package.json"
  }},
  "files": ["index.js", "index.d.ts", "biometric_check.js", "biometric_check.d.ts", "biometric_check_bg.wasm", "biometric_check_bg.wasm.d.ts", "messages/", "biometric-check.js", "biometric-check.js.map", "biometric-check.d.ts", "biometric-check.css", "first-screen/"],
  "sideEffects": ["./biometric-check.js"]
}}
"#
    )
}

/// Loads the optimised module in Node and assesses one deployment: catches an
/// optimiser that breaks the module (as Debian's wasm-opt 108 does).
fn smoke_test(pkg: &Path) -> Result {
    let script = r#"
import { readFileSync } from 'node:fs';
import { initSync, assess, version } from './index.js';
initSync({ module: readFileSync(new URL('./biometric_check_bg.wasm', import.meta.url)) });
const result = assess({ country: 'SE', functions: ['detection-only'], purpose: 'public-service', operator: 'public-authority', role: 'deployer' });
if (result.type !== 'success' || result.assessment.verdict !== 'minimal') {
  console.error(JSON.stringify(result).slice(0, 500));
  process.exit(1);
}
console.log(`smoke test: biometric-check ${version().version} loads and assesses`);
"#;
    let path = pkg.join("smoke-test.mjs");
    fs::write(&path, script).map_err(|e| e.to_string())?;
    let result = run_in(pkg, "node", &["smoke-test.mjs"], &[]);
    let _ = fs::remove_file(&path);
    result
}

// ---------------------------------------------------------------------------------
// Tests

fn test(parts: &[String]) -> Result {
    let all = parts.is_empty();
    let wants = |part: &str| all || parts.iter().any(|p| p == part);
    setup(Need::Everything)?;
    let root = root();
    let tmp = root.join(".tmp");
    fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    // The wasm test runner writes CommonJS files here; a package.json of their own keeps
    // Node from reading them as ES modules whatever the project's package.json says.
    fs::write(tmp.join("package.json"), "{ \"type\": \"commonjs\" }\n").map_err(|e| e.to_string())?;
    let tmp = tmp.to_string_lossy().into_owned();
    if wants("native") {
        run(&cargo(), &["test", "--workspace", "--all-targets"])?;
        run(&cargo(), &["test", "--doc"])?;
    }
    if wants("lint") {
        lint()?;
    }
    if wants("wasm") || wants("js") || wants("e2e") {
        dist()?;
    }
    if wants("wasm") {
        let envs = [("WASM_BINDGEN_TEST_TIMEOUT", "60"), ("TMPDIR", tmp.as_str())];
        let wasm_test = |name: &str| {
            run_in(&root, &cargo(), &["test", "--target", "wasm32-unknown-unknown", "--test", name], &envs)
        };
        wasm_test("wasm_node")?;
        wasm_test("wasm_browser")?;
    }
    if wants("js") {
        run_in(&root, "node", &["node_modules/typescript/bin/tsc", "-p", "tests/ts/tsconfig.json"], &[])?;
        node_tests(&root, "tests/js")?;
    }
    if wants("e2e") && root.join("tests/e2e").is_dir() {
        node_tests(&root, "tests/e2e")?;
    }
    eprintln!("xtask: all tests passed");
    Ok(())
}

/// Clippy with the workspace's lints (no `unwrap`, `expect`, `panic` or indexing in the
/// core; see Cargo.toml) on every target, native and wasm, warnings as errors.
fn lint() -> Result {
    if output(&cargo(), &["clippy", "--version"]).is_none() {
        eprintln!("xtask: clippy is not installed (rustup component add clippy): lints not checked");
        return Ok(());
    }
    run(&cargo(), &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])?;
    run(&cargo(), &["clippy", "--target", "wasm32-unknown-unknown", "--lib", "--", "-D", "warnings"])
}

fn node_tests(root: &Path, dir: &str) -> Result {
    let mut files: Vec<String> = fs::read_dir(root.join(dir))
        .map_err(|e| format!("{dir}: {e}"))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(".test.mjs"))
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    files.sort();
    if files.is_empty() {
        return Ok(());
    }
    let mut args = vec!["--test", "--test-concurrency=1"];
    args.extend(files.iter().map(String::as_str));
    run_in(root, "node", &args, &[])
}

// ---------------------------------------------------------------------------------
// Long runs

/// The fuzz targets of `fuzz/` (cargo fuzz, nightly).
const FUZZ_TARGETS: &[&str] = &["json_input", "policy", "batch_lines", "json_reader"];

/// The long runs, not part of the test command: each coverage-guided fuzz target for
/// `seconds`, then one million generated deployments through the library and through
/// the wasm API in Node.
fn fuzz(seconds: u64) -> Result {
    setup(Need::Build)?;
    let root = root();
    let toolchains = output("rustup", &["toolchain", "list"]).unwrap_or_default();
    if !toolchains.lines().any(|line| line.starts_with("nightly")) {
        return Err("cargo fuzz needs the nightly toolchain (rustup toolchain install nightly)".to_owned());
    }
    if output(&cargo(), &["fuzz", "--version"]).is_none() {
        run(&cargo(), &["install", "cargo-fuzz"])?;
    }
    // Seed every target with the worked cases.
    let cases = fs::read_to_string(root.join("tests/scenarios/dev.json")).map_err(|e| e.to_string())?;
    for target in FUZZ_TARGETS {
        let corpus = root.join("fuzz/corpus").join(target);
        fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
        for (index, chunk) in cases.split("\"input\": ").skip(1).enumerate() {
            let input = chunk.split("\"expect\"").next().unwrap_or_default().trim().trim_end_matches(',');
            fs::write(corpus.join(format!("dev-{index}.json")), input).map_err(|e| e.to_string())?;
        }
    }
    let time = format!("-max_total_time={seconds}");
    for target in FUZZ_TARGETS {
        // Through rustup: the `cargo` running xtask is the stable toolchain's own binary,
        // which does not understand `+nightly`.
        run("rustup", &["run", "nightly", "cargo", "fuzz", "run", target, "--", &time])?;
    }
    run(&cargo(), &["test", "--release", "--test", "million", "--", "--ignored", "--nocapture"])?;
    dist()?;
    run("node", &["tests/js/million.mjs"])
}

// ---------------------------------------------------------------------------------
// Serving

/// Builds everything, then runs the one development server (`xtask/serve.mjs`, the same
/// the browser tests start) on the built site until stopped.
fn serve() -> Result {
    setup(Need::Build)?;
    dist()?;
    run_in(&root(), "node", &["xtask/serve.mjs"], &[])
}
