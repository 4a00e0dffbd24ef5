#![no_main]
//! `cargo +nightly fuzz run schedule`: see `pact_fuzz::schedule` for what it checks.

libfuzzer_sys::fuzz_target!(|data: &[u8]| pact_fuzz::schedule(data));
