#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: npm packages (with Node 24
# from the `node` devDependency) and Go toolchains from Debian's packages. Idempotent.
# Usage: [WITH_CHROMIUM=1] scripts/bootstrap.sh [go versions…]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/install-go.sh "$@"

# Headless Chromium renders the job summary in tests (__tests__/e2e/summary-render.test.ts);
# the emoji font makes the summary's status icons visible in screenshots.
if [ "${WITH_CHROMIUM:-0}" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-noto-color-emoji >/dev/null
fi
