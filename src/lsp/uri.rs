//! File paths to `file://` URIs and back, by hand (RFC 3986 percent
//! encoding), since `lsp-types` carries URIs as plain parsed strings.
//!
//! Files are known by their decoded path inside the server, so a client
//! that writes `%3A` where another writes `:` still names the same file;
//! replies about an open document use the URI the client opened it with.
//! Standard library modules that could not be written to the cache folder
//! are named `pact-std:///MODULE.pact` (see `workspace`).

use lsp_types::Uri;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The scheme of standard library modules when no cache folder is usable.
pub const STD_SCHEME: &str = "pact-std";

/// The path a `file://` URI names; `None` for any other scheme.
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let text = uri.as_str();
    let rest = text.strip_prefix("file://")?;
    // `file:///path` (empty authority) or `file://localhost/path`.
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    if !path.starts_with('/') {
        return None;
    }
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let decoded = percent_decode(path)?;
    Some(PathBuf::from(decoded))
}

/// The `file://` URI of an absolute path.
pub fn from_path(path: &Path) -> Option<Uri> {
    let text = path.to_str()?;
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~!$&'()*+,;=:@".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    Uri::from_str(&out).ok()
}

/// The `pact-std:///MODULE.pact` URI of a standard library module.
pub fn std_uri(module: &str) -> Option<Uri> {
    Uri::from_str(&format!("{STD_SCHEME}:///{module}.pact")).ok()
}

/// The module a `pact-std:` URI names.
pub fn std_module(uri: &Uri) -> Option<String> {
    let rest = uri
        .as_str()
        .strip_prefix(STD_SCHEME)?
        .strip_prefix(":///")?;
    Some(rest.strip_suffix(".pact").unwrap_or(rest).to_string())
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_through_uris() {
        for path in ["/tmp/a b/c.pact", "/x/ünïcode/%.pact", "/plain.pact"] {
            let uri = from_path(Path::new(path)).unwrap_or_else(|| panic!("{path}"));
            assert_eq!(to_path(&uri), Some(PathBuf::from(path)));
        }
        let uri = from_path(Path::new("/tmp/a b.pact")).map(|u| u.as_str().to_string());
        assert_eq!(uri.as_deref(), Some("file:///tmp/a%20b.pact"));
    }

    #[test]
    fn other_schemes_and_bad_escapes_are_not_paths() {
        let parse = |s: &str| Uri::from_str(s).ok();
        assert_eq!(parse("untitled:Untitled-1").and_then(|u| to_path(&u)), None);
        assert_eq!(parse("file:///a%zz.pact").and_then(|u| to_path(&u)), None);
        assert_eq!(
            parse("file://localhost/a.pact").and_then(|u| to_path(&u)),
            Some(PathBuf::from("/a.pact"))
        );
        let std = std_uri("disputes");
        assert_eq!(
            std.as_ref().and_then(std_module).as_deref(),
            Some("disputes")
        );
    }
}
