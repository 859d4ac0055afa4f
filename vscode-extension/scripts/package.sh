#!/usr/bin/env bash
# Builds the HvLint VS Code extension: hvlint-<version>.vsix in vscode-extension/.
# 1. the language server: a framework-dependent 'dotnet publish' of the CLI into server/
#    (the extension runs 'dotnet server/hvlint.dll lsp'; users need the .NET runtime);
# 2. the extension: settings and schema from hvlint.schema.json, then esbuild into dist/;
# 3. vsce package, without node_modules (esbuild has bundled what the extension uses).
# Needs dotnet and node; installs the npm packages from package-lock.json when missing.
set -euo pipefail
ext="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$ext/.." && pwd)"
cd "$ext"

if [ ! -x node_modules/.bin/vsce ] || [ ! -x node_modules/.bin/esbuild ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

rm -rf server dist
dotnet publish "$repo/src/HvLint.Cli" -c Release --no-self-contained -o "$ext/server" -v q -nologo
# Only what 'dotnet hvlint.dll' loads: no debug symbols or the apphost.
rm -f server/*.pdb server/hvlint

npm run --silent build
version="$(node -p "require('./package.json').version")"
out="hvlint-$version.vsix"
rm -f "$out"
npx vsce package --no-dependencies --out "$out"
echo "$ext/$out"
