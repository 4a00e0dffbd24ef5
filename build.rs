//! Generates the parser from `grammar/pact.lalrpop` into `OUT_DIR`; cargo
//! reruns this only when the grammar changes.
use std::env;
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=grammar/pact.lalrpop");
    let out_dir = env::var("OUT_DIR")?;
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(out_dir)
        .emit_rerun_directives(true)
        .process()
}
