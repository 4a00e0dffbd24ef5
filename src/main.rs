//! The `pact` command. All compiling happens in the library; this binary
//! reads files, prints, and chooses the exit status.

mod cli;

/// mimalloc instead of the system allocator: the compiler makes many small
/// short-lived allocations (tokens, tree nodes, names), where glibc's
/// malloc cost ~15% of `pact check` (issue 18).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
