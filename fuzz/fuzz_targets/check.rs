#![no_main]
//! `cargo +nightly fuzz run check`: see `pact_fuzz::check` for what it checks.

libfuzzer_sys::fuzz_target!(|data: &[u8]| pact_fuzz::check(data));
