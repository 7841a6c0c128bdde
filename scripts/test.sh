#!/usr/bin/env bash
# The project's test command: lint, typecheck, a check that dist/ is what the sources
# build, then every unit and end-to-end test (real go, real HTTP on 127.0.0.1, dist/ under
# the runner emulator) in one node:test run.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_CHROMIUM=1 bash scripts/bootstrap.sh
export PATH="$PWD/node_modules/.bin:$PATH"

echo "== node $(node --version); go: $(ls -d /usr/lib/go-1.* 2>/dev/null | xargs -n1 basename | tr '\n' ' ')"
echo "== lint";      npm run -s lint
echo "== typecheck"; npm run -s typecheck
echo "== dist";      npm run -s build
if [ -n "$(git status --porcelain -- dist)" ]; then
  git status --short -- dist
  echo "dist/ is stale: run 'npm run build' and commit dist/" >&2
  exit 1
fi
echo "== tests"
# No --test-force-exit: it can end a file's process before its results are reported, so the
# file silently counts no tests. A file that hangs instead fails the run after 30 minutes.
timeout --kill-after=30 1800 node --test --test-concurrency=2 --test-timeout=300000 "__tests__/**/*.test.ts"
