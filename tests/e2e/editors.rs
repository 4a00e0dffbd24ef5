//! The keyword list of the lexer is the single source of truth: every
//! editor grammar must highlight exactly these keywords.

use super::root;

#[test]
fn editor_grammars_agree_with_the_lexer_keywords() {
    let script = root().join("editors/check_keywords.py");
    let Ok(output) = std::process::Command::new("python3")
        .arg(&script)
        .current_dir(root())
        .output()
    else {
        eprintln!("python3 is not available; the keyword check runs in .ci/run");
        return;
    };
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
