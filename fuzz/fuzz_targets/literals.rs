#![no_main]
//! `cargo +nightly fuzz run literals`: see `pact_fuzz::literals` for what it checks.

libfuzzer_sys::fuzz_target!(|data: &[u8]| pact_fuzz::literals(data));
