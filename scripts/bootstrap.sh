#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: npm packages (with Node 24
# from the `node` devDependency) and Go toolchains from Debian's packages. Idempotent.
# Usage: scripts/bootstrap.sh [go versions…]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/install-go.sh "$@"
