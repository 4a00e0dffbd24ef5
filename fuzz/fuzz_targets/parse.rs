#![no_main]
//! `cargo +nightly fuzz run parse`: see `pact_fuzz::parse` for what it checks.

libfuzzer_sys::fuzz_target!(|data: &[u8]| pact_fuzz::parse(data));
