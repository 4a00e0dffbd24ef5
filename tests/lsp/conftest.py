"""A real LSP client (pytest-lsp, on pygls) driving `pact lsp` over stdio.

Each test gets a fresh copy of `portfolio/` in a temporary folder as its
workspace, and a server started with `today` fixed, so hover dates are
repeatable. `PACT` names the binary (default: target/debug/pact).
"""

import asyncio
import os
import pathlib
import shutil

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACT = os.environ.get("PACT", str(ROOT / "target" / "debug" / "pact"))
FIXTURE = pathlib.Path(__file__).resolve().parent / "portfolio"
CACHE = ROOT / "target" / "lsp-test-cache"
TODAY = "2026-03-10"


@pytest.fixture
def workspace(tmp_path):
    folder = tmp_path / "portfolio"
    shutil.copytree(FIXTURE, folder)
    return folder


def server(encodings=None):
    return ClientServerConfig(
        server_command=[PACT, "lsp"],
        server_env={"XDG_CACHE_HOME": str(CACHE), "RUST_BACKTRACE": "0"},
    )


async def start(lsp_client, workspace, encodings=None):
    # The server asks to watch `*.pact` files (the capabilities below allow
    # dynamic registration): accept, as VS Code does. Without a handler the
    # request fails inside the client and, depending on timing, the test.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def _register(params):
        return None

    capabilities = client_capabilities("visual-studio-code")
    if encodings is not None:
        capabilities.general = types.GeneralClientCapabilities(
            position_encodings=encodings
        )
    return await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=workspace.as_uri(),
            workspace_folders=[
                types.WorkspaceFolder(uri=workspace.as_uri(), name="portfolio")
            ],
            initialization_options={"today": TODAY},
        )
    )


@pytest_lsp.fixture(config=server())
async def client(lsp_client: LanguageClient, workspace):
    lsp_client.init_result = await start(lsp_client, workspace)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=server())
async def utf8_client(lsp_client: LanguageClient, workspace):
    lsp_client.init_result = await start(
        lsp_client, workspace, encodings=[types.PositionEncodingKind.Utf8]
    )
    yield
    await lsp_client.shutdown_session()


async def until(client, check, timeout=20.0):
    """Waits for diagnostics until `check(client.diagnostics)` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check(client.diagnostics):
        left = deadline - loop.time()
        if left <= 0:
            raise AssertionError(f"timed out; diagnostics: {client.diagnostics}")
        try:
            await asyncio.wait_for(
                client.wait_for_notification("textDocument/publishDiagnostics"), left
            )
        except asyncio.TimeoutError:
            pass
