-- Drives 'hvlint lsp' from Neovim's own LSP client, as a user's editor would, and writes what
-- the editor saw as JSON for NeovimTests.cs. Uses only the API of Neovim 0.7 (Debian 12):
-- vim.lsp.start_client + vim.lsp.buf_attach_client (vim.lsp.start came in 0.8), vim.diagnostic.get.
--
-- Environment (set by the test):
--   HVLINT_NVIM_CMD      the server's command line, a JSON array
--   HVLINT_NVIM_FILE     the .reg file to open
--   HVLINT_NVIM_OUT      where to write the JSON report
--   HVLINT_NVIM_WAIT_MS  how long to wait for each answer of the server

local cmd = vim.fn.json_decode(os.getenv('HVLINT_NVIM_CMD'))
local file = os.getenv('HVLINT_NVIM_FILE')
local out = os.getenv('HVLINT_NVIM_OUT')
local wait_ms = tonumber(os.getenv('HVLINT_NVIM_WAIT_MS') or '60000')

local report = { steps = {} }
local published = {}

local function step(name)
  table.insert(report.steps, name)
end

local function write_report()
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(report))
  handle:close()
end

-- What vim.diagnostic.get shows for the buffer, in plain fields.
local function shown(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = d.code,
    })
  end
  return list
end

local function wait_for(what, condition)
  if not vim.wait(wait_ms, condition, 20) then
    error('timed out waiting for ' .. what)
  end
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  report.filetype = vim.bo[bufnr].filetype
  report.fileformat = vim.bo[bufnr].fileformat

  local exit_code
  local client_id = vim.lsp.start_client({
    name = 'hvlint',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      -- Neovim's own handler shows them; the versions are noted to wait for the right one.
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        table.insert(published, result.version or vim.NIL)
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code)
      exit_code = code
    end,
  })
  if not client_id then
    error('vim.lsp.start_client failed for ' .. table.concat(cmd, ' '))
  end

  if not vim.lsp.buf_attach_client(bufnr, client_id) then
    error('vim.lsp.buf_attach_client failed')
  end

  local client = vim.lsp.get_client_by_id(client_id)
  wait_for('the server to initialize', function() return client.initialized end)
  report.offset_encoding = client.offset_encoding
  step('initialized')

  -- The findings of the file as opened.
  wait_for('the first publishDiagnostics', function() return #published > 0 end)
  report.before = shown(bufnr)
  step('diagnostics')

  local finding
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'HV0101' then
      finding = d
    end
  end
  if not finding then
    error('no HV0101 among the diagnostics')
  end

  -- Code actions at the finding, with the line's diagnostics as context (as vim.lsp.buf.code_action does).
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = {
      start = { line = finding.lnum, character = finding.col },
      ['end'] = { line = finding.end_lnum, character = finding.end_col },
    },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, finding.lnum, {}, client_id) },
  }
  local answer, request_error = client.request_sync('textDocument/codeAction', params, wait_ms, bufnr)
  if not answer then
    error('codeAction: ' .. tostring(request_error))
  end
  if answer.err then
    error('codeAction: ' .. vim.inspect(answer.err))
  end
  local actions = answer.result or {}
  report.actions = {}
  -- The preferred quick fix (a safe fix) when there is one, else the first quick fix: the one a
  -- user picks first from the menu vim.lsp.buf.code_action shows.
  local chosen
  for _, action in ipairs(actions) do
    table.insert(report.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred == true })
    if action.kind == 'quickfix' and (not chosen or (action.isPreferred and not chosen.isPreferred)) then
      chosen = action
    end
  end
  if not chosen then
    error('no quick fix among ' .. #actions .. ' code action(s)')
  end
  report.applied = chosen.title
  step('code actions')

  -- Applied as vim.lsp.buf.code_action applies the action a user picks: its edit, then its command.
  local version_before = vim.lsp.util.buf_versions[bufnr]
  if chosen.edit then
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  end
  if chosen.command then
    local command = type(chosen.command) == 'table' and chosen.command or chosen
    client.request_sync('workspace/executeCommand', command, wait_ms, bufnr)
  end
  report.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  step('applied')

  -- The server lints the edited buffer (Neovim sends the didChange) and publishes that version.
  local version_after = vim.lsp.util.buf_versions[bufnr]
  report.versions = { before = version_before, after = version_after }
  wait_for('the diagnostics of version ' .. tostring(version_after), function()
    return vim.tbl_contains(published, version_after)
  end)
  report.after = shown(bufnr)
  report.published_versions = published
  step('diagnostics after')

  -- Hover on the corrected name.
  local hover = client.request_sync('textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = finding.lnum, character = finding.col + 3 },
  }, wait_ms, bufnr)
  if not hover or hover.err then
    error('hover: ' .. vim.inspect(hover))
  end
  report.hover = hover.result or vim.NIL
  step('hover')

  -- shutdown then exit, as Neovim does when it quits.
  client.stop()
  wait_for('the server to exit', function() return exit_code ~= nil end)
  report.exit_code = exit_code
  step('stopped')
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  report.error = tostring(err)
  report.published_versions = published
end
write_report()
vim.cmd(ok and 'qall!' or 'cquit 3')
