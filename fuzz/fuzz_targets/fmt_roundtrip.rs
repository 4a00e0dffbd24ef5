#![no_main]
//! `cargo +nightly fuzz run fmt_roundtrip`: see `pact_fuzz::fmt_roundtrip` for what it checks.

libfuzzer_sys::fuzz_target!(|data: &[u8]| pact_fuzz::fmt_roundtrip(data));
