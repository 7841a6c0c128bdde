#!/usr/bin/env bash
# Quick start: runs the action (dist/, under the runner emulator) on examples/hello
# through two local proxies, the first lacking one module, and prints the job summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh "${DEMO_GO:-1.26}" >/dev/null
exec node_modules/.bin/node scripts/demo.ts
