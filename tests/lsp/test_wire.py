"""`pact lsp` on the wire, without a client library: malformed messages are
logged and skipped, bad parameters answer that request with an error, and
the server goes on and shuts down cleanly."""

import json
import os
import subprocess

from conftest import CACHE, PACT


def frame(payload):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_messages(stdout):
    messages = []
    while True:
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = stdout.read(1)
            if not byte:
                return messages
            header += byte
        length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
        messages.append(json.loads(stdout.read(length)))


def test_malformed_messages_are_skipped_and_the_server_goes_on(workspace):
    uri = (workspace / "globex.pact").as_uri()
    stream = b"".join(
        [
            frame(b"{ this is not json"),
            b"X-No-Length: 1\r\n\r\n",
            frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                   "params": {"capabilities": {}, "rootUri": workspace.as_uri()}}),
            frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
            frame(b"\xff\xfe not utf-8"),
            frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover",
                   "params": {"textDocument": 3}}),
            frame({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
                   "params": {"textDocument": {"uri": uri},
                              "position": {"line": 1, "character": 14}}}),
            frame({"jsonrpc": "2.0", "id": 4, "method": "shutdown"}),
            frame({"jsonrpc": "2.0", "method": "exit"}),
        ]
    )
    server = subprocess.run(
        [PACT, "lsp"],
        input=stream,
        capture_output=True,
        timeout=60,
        env={"XDG_CACHE_HOME": str(CACHE), "PATH": os.environ.get("PATH", "")},
    )
    assert server.returncode == 0, server.stderr.decode()
    import io

    messages = read_messages(io.BytesIO(server.stdout))
    responses = {m["id"]: m for m in messages if "id" in m and "method" not in m}
    assert responses[1]["result"]["capabilities"]["positionEncoding"] == "utf-16"
    assert responses[2]["error"]["code"] == -32602  # invalid params
    assert "2027-12-31" in responses[3]["result"]["contents"]["value"]
    assert responses[4]["result"] is None
    log = server.stderr.decode()
    assert log.count("skipped a message") == 3, log
    # The capacity error was published while all this went on.
    published = [m for m in messages if m.get("method") == "textDocument/publishDiagnostics"]
    assert any(d["code"] == "E0404" for m in published for d in m["params"]["diagnostics"])
