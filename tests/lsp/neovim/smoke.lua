-- Headless Neovim, with its built-in LSP client, against `pact lsp`: open a
-- file of the test portfolio and read the diagnostics the server publishes.
-- Run by run.sh (Neovim 0.7 has no `-l`, so it is a `luafile`).
-- Env: PACT (the binary), PORTFOLIO (a copy of tests/lsp/portfolio).

local pact = os.getenv("PACT")
local root = os.getenv("PORTFOLIO")

local function finish(ok, message)
  io.stdout:write(message .. "\n")
  vim.cmd(ok and "qall!" or "cquit!")
end

vim.cmd("edit " .. root .. "/parties.pact")
local buffer = vim.api.nvim_get_current_buf()
local config = {
  name = "pact",
  cmd = { pact, "lsp" },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = "portfolio" } },
}
local client
if vim.lsp.start then
  client = vim.lsp.start(config)
else -- Neovim 0.7
  client = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buffer, client)
end
if not client then
  finish(false, "FAIL: could not start pact lsp")
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local found = nil
vim.wait(20000, function()
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    if code_of(d) == "E0404" then
      found = d
      return true
    end
  end
  return false
end, 50)

if not found then
  finish(false, "FAIL: no E0404 diagnostic on parties.pact; got " .. vim.inspect(vim.diagnostic.get(buffer)))
end
-- Neovim's lines and columns are 0-based: `ops` is on line 8 of the file.
if found.lnum ~= 7 or found.col ~= 7 then
  finish(false, ("FAIL: E0404 at %d:%d, expected 7:7"):format(found.lnum, found.col))
end
if not found.message:find("over its capacity of 10 hours a month", 1, true) then
  finish(false, "FAIL: unexpected message: " .. found.message)
end
finish(true, "neovim: 1 passed, 0 failed (E0404 on parties.pact:8:8: " .. found.message:gsub("\n.*", "") .. ")")
