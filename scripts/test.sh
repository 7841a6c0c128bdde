#!/usr/bin/env bash
# The project's test command: lint, typecheck, a check that dist/ is what the sources
# build, then every unit and end-to-end test (real go, real HTTP on 127.0.0.1, dist/ under
# the runner emulator) in one jest run with coverage, closed by one plain line:
#   Tests: N passed, N failed, N skipped
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
# No --forceExit: it can end the run before a file's results are in. A run that hangs
# instead fails after 45 minutes (the whole run takes about 6 on 2 cores). The closing line is
# counted from jest's JSON results. Every temporary tree the tests make (runner homes,
# workspaces, module caches with read-only directories) goes under one TMPDIR, removed at the end.
results=$(mktemp -t jest-results.XXXXXX.json)
scratch=$(mktemp -d -t setup-goproxy-tests.XXXXXX)
chmod 1777 "$scratch" # like /tmp: the read-only cache tests run go as another user
# Best effort: a leftover (say, a detached go telemetry child still writing) never fails the run.
trap 'rm -f "$results"; chmod -R u+w "$scratch" 2>/dev/null || true; rm -rf "$scratch" || true' EXIT
status=0
TMPDIR="$scratch" timeout --kill-after=30 2700 node --experimental-vm-modules node_modules/jest/bin/jest.js \
  --ci --coverage --maxWorkers=2 --json --outputFile="$results" || status=$?
node scripts/jest-summary.ts "$results" || [ "$status" -ne 0 ] || status=1
exit "$status"
