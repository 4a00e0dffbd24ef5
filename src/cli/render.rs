//! `pact render`: the portfolio as readable pages in a folder — one per
//! partnership and the portfolio page, as HTML (with the source listings
//! the paragraphs link to) or Markdown.
//!
//! Input with errors is refused, with its diagnostics, unless
//! `--allow-errors` (the pages then say so, and the exit status is still
//! 1). Each page is written like `build -o` writes its file (never over an
//! input, replaced only once complete).

use super::files;
use super::report::Stream;
use super::{check_paths, OutputArgs, EXIT_INPUT_ERRORS, EXIT_USAGE};
use clap::ValueEnum;
use pact::render::{self, Format, Options};
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    /// Self-contained HTML pages (inline CSS and SVG, no script).
    Html,
    /// Markdown for review in a repository.
    Markdown,
}

#[derive(clap::Args)]
pub struct RenderArgs {
    /// Files, folders (a folder is a portfolio) or `-`.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The pages' format.
    #[arg(long, value_enum, default_value_t = RenderFormat::Html)]
    format: RenderFormat,
    /// The folder to write the pages into (created when missing).
    #[arg(short = 'o', long = "output", required = true)]
    out: PathBuf,
    /// Render input that has errors too, marked on every page.
    #[arg(long)]
    allow_errors: bool,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn render(args: &RenderArgs) -> ExitCode {
    let checked = match check_paths(&args.paths, &args.output, true, Stream::Stdout) {
        Ok(checked) => checked,
        Err(code) => return code,
    };
    if checked.failed && !args.allow_errors {
        say!("error: nothing was rendered, because the input has errors (`--allow-errors` renders what it can, marked)");
        return ExitCode::from(EXIT_INPUT_ERRORS);
    }
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        say!(
            "error: cannot create the folder `{}`: {e}",
            args.out.display()
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let out_dir = std::fs::canonicalize(&args.out).unwrap_or_else(|_| args.out.clone());
    let links = |name: &str| -> Option<String> {
        let path = Path::new(name);
        if !path.is_file() {
            return None;
        }
        let file = std::fs::canonicalize(path).ok()?;
        Some(relative(&out_dir, &file))
    };
    let options = Options {
        format: match args.format {
            RenderFormat::Html => Format::Html,
            RenderFormat::Markdown => Format::Markdown,
        },
        with_errors: checked.failed,
        source_links: &links,
    };
    let pages = render::render(
        &checked.analysis.portfolio,
        &checked.sources,
        &checked.analysis.diagnostics,
        &options,
    );
    for page in &pages {
        let path = args.out.join(&page.path);
        if let Err(message) = files::write_output(&path, &checked.read, |w: &mut dyn Write| {
            w.write_all(page.text.as_bytes())
        }) {
            say!("error: {message}");
            return ExitCode::from(EXIT_USAGE);
        }
    }
    let code = if checked.failed {
        ExitCode::from(EXIT_INPUT_ERRORS)
    } else {
        ExitCode::SUCCESS
    };
    std::mem::forget(checked);
    code
}

/// `to` seen from the folder `from`, both absolute: `../examples/x.pact`.
fn relative(from: &Path, to: &Path) -> String {
    let a: Vec<Component> = from.components().collect();
    let b: Vec<Component> = to.components().collect();
    let common = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = Vec::new();
    for _ in common..a.len() {
        parts.push("..".to_string());
    }
    for c in b.iter().skip(common) {
        parts.push(c.as_os_str().to_string_lossy().into_owned());
    }
    parts.join("/")
}
