//! Writing to standard output and standard error without ever panicking.
//!
//! `println!` and `eprintln!` panic when a write fails (a closed pipe, a
//! full disk), and the process ends with status 101. Here every write to
//! stdout returns its error: a reader that went away (`| head`, `| true`)
//! ends the command quietly, with the status it would have had; any other
//! failure is reported and exits 2. On stderr there is nowhere left to
//! complain, so [`say!`] ignores failures.

use super::load::io_reason;
use super::EXIT_USAGE;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// `eprintln!` that never panics.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// Runs `body` on buffered standard output, and flushes it.
pub fn stdout(body: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    body(&mut w)?;
    w.flush()
}

/// `text` on standard output.
pub fn print(text: &str) -> io::Result<()> {
    stdout(|w| w.write_all(text.as_bytes()))
}

/// `Ok` when `written` (what was sent to `what`, such as "the output")
/// went out or its reader went away; otherwise a message and exit status 2.
pub fn written(result: io::Result<()>, what: &str) -> Result<(), ExitCode> {
    match result {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            say!("error: cannot write {what}: {}", io_reason(&e));
            Err(ExitCode::from(EXIT_USAGE))
        }
    }
}

/// [`written`] as the command's exit status: `status` when all went out.
pub fn finish(result: io::Result<()>, what: &str, status: ExitCode) -> ExitCode {
    match written(result, what) {
        Ok(()) => status,
        Err(code) => code,
    }
}
