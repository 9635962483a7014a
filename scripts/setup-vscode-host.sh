#!/usr/bin/env bash
# Prepares a real VS Code to run Byline in, offline: code-server 4.100.3 (= VS Code 1.100.3) from npm,
# headless Chromium from Debian. Idempotent: a second run with everything in place takes < 1 s.
# See ../shared/VSCODE-TESTING.md (or docs in README) for why each step is needed.
#
#   BYLINE_HOST_DIR   where code-server is installed (default: $HOME/.cache/byline-vscode-host)
set -euo pipefail

CS_VERSION=4.100.3
RG_CACHE_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
HOST_DIR="${BYLINE_HOST_DIR:-$HOME/.cache/byline-vscode-host}"

log() { printf '[vscode-host] %s\n' "$*" >&2; }

# 1. System packages: Chromium (the browser), ripgrep (code-server's search), Kerberos headers
#    (code-server's native kerberos module builds against them).
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
[ -e /usr/include/gssapi/gssapi.h ] || [ -e /usr/include/krb5.h ] || need+=(libkrb5-dev)
command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || need+=(build-essential)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]} with apt-get"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. code-server itself, into its own folder outside the clone.
installed="$(node -p "try{require('$HOST_DIR/node_modules/code-server/package.json').version}catch{''}" 2>/dev/null || true)"
if [ "$installed" = "$CS_VERSION" ] && [ -x "$HOST_DIR/node_modules/.bin/code-server" ]; then
  log "code-server $CS_VERSION ready in $HOST_DIR"
  echo "$HOST_DIR/node_modules/.bin/code-server"
  exit 0
fi

log "installing code-server@$CS_VERSION into $HOST_DIR (about 2 minutes, 300 MB)"
mkdir -p "$HOST_DIR"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# @vscode/ripgrep downloads rg from GitHub; give it Debian's rg in its cache instead.
mkdir -p "$tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION" "$tmp/rg"
cp "$(command -v rg)" "$tmp/rg/rg"
tar -czf "$tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION/$RG_ASSET" -C "$tmp/rg" rg
[ -f "$HOST_DIR/package.json" ] || echo '{"name":"byline-vscode-host","private":true}' > "$HOST_DIR/package.json"
(
  cd "$HOST_DIR"
  export TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true
  npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2
)
log "code-server $CS_VERSION installed"
echo "$HOST_DIR/node_modules/.bin/code-server"
