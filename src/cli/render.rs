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
use std::cell::RefCell;
use std::collections::BTreeMap;
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
    // Each file's path is worked out once (pages ask for every paragraph).
    let cache: RefCell<BTreeMap<String, Option<String>>> = RefCell::new(BTreeMap::new());
    let links = |name: &str| -> Option<String> {
        if let Some(known) = cache.borrow().get(name) {
            return known.clone();
        }
        let path = Path::new(name);
        let found = if path.is_file() {
            std::fs::canonicalize(path)
                .ok()
                .map(|file| relative(&out_dir, &file))
        } else {
            None
        };
        cache.borrow_mut().insert(name.to_string(), found.clone());
        found
    };
    let history = (!checked.amendments.is_empty()).then(|| {
        render::prose::amendments::History::new(
            pact::versions::Versioned::new(
                &checked.analysis.portfolio,
                &checked.amended,
                &checked.amendments,
            ),
            &checked.amendments,
        )
    });
    let options = Options {
        format: match args.format {
            RenderFormat::Html => Format::Html,
            RenderFormat::Markdown => Format::Markdown,
        },
        with_errors: checked.failed,
        source_links: &links,
        history: history.as_ref(),
    };
    let pages = render::render(
        &checked.analysis.portfolio,
        &checked.sources,
        &checked.analysis.diagnostics,
        &options,
    );
    for page in &pages {
        if let Err(message) = write_page(&args.out, &page.path, &page.text, &checked.read) {
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

/// Writes one page: into a temporary file of the folder, renamed over the
/// page, so a reader never sees half a page and a planted link is replaced,
/// not written through. Unlike `build -o`, pages are not synced one by one:
/// a thousand pages would cost a thousand disk flushes, and a page lost to
/// a crash is rendered again. An input is never replaced.
fn write_page(
    dir: &Path,
    name: &str,
    text: &str,
    inputs: &[files::Identity],
) -> Result<(), String> {
    let path = dir.join(name);
    let shown = path.display();
    if let Ok(meta) = std::fs::metadata(&path) {
        if meta.is_dir() {
            return Err(format!("cannot write `{shown}`: it is a folder"));
        }
        if files::identity(&meta).is_some_and(|id| inputs.contains(&id)) {
            return Err(format!(
                "`{shown}` is one of the inputs; render into another folder"
            ));
        }
    }
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary)
        .and_then(|mut file| file.write_all(text.as_bytes()))
        .and_then(|()| std::fs::rename(&temporary, &path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        format!("cannot write `{shown}`: {e}")
    })
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
