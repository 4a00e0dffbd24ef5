//! The wire: `Content-Length` framed JSON-RPC over a byte stream (stdio for
//! `pact lsp`), on two threads that feed `lsp_server`'s channels.
//!
//! `lsp_server::Connection::stdio` ends the connection on the first
//! malformed message. This reader does not: a frame whose header has no
//! length, whose body is not UTF-8 or not JSON-RPC is logged (to the log
//! sink, stderr for `pact lsp`) and skipped, and reading goes on with the
//! next frame. Only the end of the input, or `exit`, stops it.

use crossbeam_channel::{Receiver, Sender};
use lsp_server::{Connection, Message};
use std::io::{BufRead, BufReader, Read, Write};
use std::thread::JoinHandle;

/// Frames larger than this are refused (and skipped), so a bad length
/// cannot make the server allocate without bound. A file is at most 64
/// MiB, and JSON escapes may make its text up to twice as long; the body is
/// read as it arrives, never allocated from the length alone.
const MAX_FRAME: usize = 160 * 1024 * 1024;

/// A header line longer than this is not a header (the rest of the line
/// is dropped): a stream without newlines must not fill memory.
const MAX_HEADER_LINE: u64 = 8 * 1024;

/// Headers a frame may have before its blank line.
const MAX_HEADERS: usize = 64;

/// The reader and writer threads; join them after the main loop returns.
pub struct Threads {
    reader: JoinHandle<()>,
    writer: JoinHandle<()>,
}

impl Threads {
    pub fn join(self) {
        // The reader may be blocked on input that never comes; the writer
        // ends when every sender is gone. Neither result matters by then.
        drop(self.reader);
        let _ = self.writer.join();
    }
}

/// A connection over `input` and `output`; `log` receives one line per
/// skipped message.
pub fn connect(
    input: impl Read + Send + 'static,
    output: impl Write + Send + 'static,
    log: impl Fn(&str) + Send + 'static,
) -> (Connection, Threads) {
    let (to_server, from_client) = crossbeam_channel::unbounded::<Message>();
    let (to_client, from_server) = crossbeam_channel::unbounded::<Message>();
    let reader = std::thread::spawn(move || read_loop(input, &to_server, &log));
    let writer = std::thread::spawn(move || write_loop(output, &from_server));
    (
        Connection {
            sender: to_client,
            receiver: from_client,
        },
        Threads { reader, writer },
    )
}

fn read_loop(input: impl Read, to_server: &Sender<Message>, log: &dyn Fn(&str)) {
    let mut input = BufReader::new(input);
    loop {
        let body = match read_frame(&mut input) {
            Frame::Body(body) => body,
            Frame::Skip(why) => {
                log(&format!("skipped a message: {why}"));
                continue;
            }
            Frame::End => return,
        };
        match serde_json::from_slice::<Message>(&body) {
            Ok(message) => {
                let is_exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                if to_server.send(message).is_err() || is_exit {
                    return;
                }
            }
            Err(error) => {
                let shown: String = String::from_utf8_lossy(&body).chars().take(200).collect();
                log(&format!(
                    "skipped a message that is not JSON-RPC ({error}): {shown}"
                ));
            }
        }
    }
}

enum Frame {
    Body(Vec<u8>),
    Skip(String),
    End,
}

fn read_frame(input: &mut impl BufRead) -> Frame {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    let mut headers = 0;
    loop {
        let mut line = Vec::new();
        match input
            .by_ref()
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', &mut line)
        {
            Ok(0) | Err(_) => return Frame::End,
            Ok(_) => {}
        }
        if !line.ends_with(b"\n") && line.len() as u64 == MAX_HEADER_LINE {
            // Drop the rest of the line, in pieces.
            if skip_line(input).is_err() {
                return Frame::End;
            }
            return Frame::Skip(format!("a header line longer than {MAX_HEADER_LINE} bytes"));
        }
        headers += 1;
        if headers > MAX_HEADERS {
            return Frame::Skip(format!("more than {MAX_HEADERS} header lines"));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if saw_header {
                break;
            }
            continue; // blank lines between frames
        }
        saw_header = true;
        if let Some((name, value)) = text.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().ok();
            }
        }
    }
    let Some(length) = length else {
        return Frame::Skip("a header without a valid Content-Length".to_string());
    };
    if length > MAX_FRAME {
        // Read and drop it in pieces, to stay in step with the stream.
        let mut rest = input.take(length as u64);
        if std::io::copy(&mut rest, &mut std::io::sink()).is_err() {
            return Frame::End;
        }
        return Frame::Skip(format!("a frame of {length} bytes is too large"));
    }
    // As the bytes arrive: a length the sender never fills costs nothing.
    let mut body = Vec::with_capacity(length.min(64 * 1024));
    match input.take(length as u64).read_to_end(&mut body) {
        Ok(n) if n == length => Frame::Body(body),
        _ => Frame::End,
    }
}

/// Reads up to the next newline without keeping what it reads.
fn skip_line(input: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|b| *b == b'\n') {
            Some(at) => {
                input.consume(at + 1);
                return Ok(());
            }
            None => {
                let n = buffer.len();
                input.consume(n);
            }
        }
    }
}

fn write_loop(mut output: impl Write, from_server: &Receiver<Message>) {
    for message in from_server {
        if message.write(&mut output).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn malformed_messages_are_skipped_and_reading_goes_on() {
        let mut input = String::new();
        input.push_str(&frame("{ not json"));
        input.push_str("X-Nothing: 1\r\n\r\n");
        input.push_str(&frame(r#"{"jsonrpc":"2.0","result":1}"#));
        input.push_str(&frame(
            r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
        ));
        let logged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
        let sink = logged.clone();
        let (connection, threads) = connect(
            std::io::Cursor::new(input.into_bytes()),
            std::io::sink(),
            move |line| {
                if let Ok(mut l) = sink.lock() {
                    l.push(line.to_string());
                }
            },
        );
        let first = connection.receiver.recv().ok();
        assert!(
            matches!(first, Some(Message::Notification(n)) if n.method == "initialized"),
            "the good message after three bad ones arrives"
        );
        drop(connection);
        threads.join();
        assert_eq!(logged.lock().map(|l| l.len()).unwrap_or(0), 3);
    }

    /// Hostile frames (issue 19): each is skipped or ends the input, and
    /// what the reader keeps is bounded by what it was sent.
    #[test]
    fn hostile_frames_are_skipped_with_bounded_memory() {
        let good = frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
        let deep = format!(
            r#"{{"jsonrpc":"2.0","method":"x","params":{}{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("negative length", b"Content-Length: -5\r\n\r\n".to_vec()),
            (
                "absurd length",
                b"Content-Length: 99999999999999999999999\r\n\r\n".to_vec(),
            ),
            ("a header line of 10 MB", {
                let mut v = b"Content-Length: 1".to_vec();
                v.extend(std::iter::repeat_n(b'0', 10_000_000));
                v.extend(b"\r\n\r\n");
                v
            }),
            ("too many headers", "X: 1\r\n".repeat(1_000).into_bytes()),
            ("deeply nested JSON", frame(&deep).into_bytes()),
        ];
        for (what, bad) in cases {
            let mut input = bad;
            input.extend(b"\r\n");
            input.extend(good.as_bytes());
            let (connection, threads) =
                connect(std::io::Cursor::new(input), std::io::sink(), |_| {});
            let first = connection.receiver.recv().ok();
            assert!(
                matches!(first, Some(Message::Notification(n)) if n.method == "initialized"),
                "{what}: the good message after it arrives"
            );
            drop(connection);
            threads.join();
        }
        // A length larger than the frame limit: read and dropped in pieces.
        let huge = format!("Content-Length: {}\r\n\r\n", MAX_FRAME + 1);
        let (connection, threads) = connect(
            std::io::Cursor::new(huge.into_bytes()),
            std::io::sink(),
            |_| {},
        );
        assert!(connection.receiver.recv().is_err(), "the input just ends");
        drop(connection);
        threads.join();
    }
}
