#![no_main]
//! `cargo +nightly fuzz run trace`: see `pact_fuzz::trace` for what it checks.

libfuzzer_sys::fuzz_target!(|data: &[u8]| pact_fuzz::trace(data));
