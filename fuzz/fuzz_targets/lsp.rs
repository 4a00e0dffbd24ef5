#![no_main]
//! `cargo +nightly fuzz run lsp`: see `pact_fuzz::lsp` for what it checks.

libfuzzer_sys::fuzz_target!(|data: &[u8]| pact_fuzz::lsp(data));
