//! The `pact` command. All compiling happens in the library; this binary
//! reads files, prints, and chooses the exit status.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
