#!/usr/bin/env bash
# npm run bench: the pipeline benchmarks in sequence (docs/performance.md), then one table.
#
#   bash scripts/bench.sh
#   BENCH_REPS=5 BENCH_BUILD_REPS=3 BENCH_BUILD_CACHE_REPS=3 BENCH_CHURN=10 BENCH_DOWN=50 \
#   BENCH_UP=25 BENCH_GO=1.26 bash scripts/bench.sh
#
# Needs dist/ (npm run build) and a Go from scripts/install-go.sh. Everything runs on
# 127.0.0.1. The generated workload is built once and kept in $TMPDIR (see bench/workload.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

REPS="${BENCH_REPS:-5}"
BUILD_REPS="${BENCH_BUILD_REPS:-3}"
BUILD_CACHE_REPS="${BENCH_BUILD_CACHE_REPS:-3}"
CHURN="${BENCH_CHURN:-10}"
DOWN="${BENCH_DOWN:-50}"
UP="${BENCH_UP:-25}"
GO_ARGS=()
if [[ -n "${BENCH_GO:-}" ]]; then GO_ARGS=(--go "$BENCH_GO"); fi

if [[ ! -f dist/main/index.js ]]; then
  echo "dist/main/index.js is missing: run npm run build first" >&2
  exit 1
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
started=$SECONDS

n=0
step() {
  local title="$1"
  shift
  n=$((n + 1))
  echo "== $title" >&2
  # progress goes to stderr as it comes; BENCH lines from stdout go to the results file
  if ! npx node "$@" >"$out/$n.out"; then
    cat "$out/$n.out" >&2
    echo "benchmark failed: $*" >&2
    exit 1
  fi
  grep '^BENCH ' "$out/$n.out" >>"$out/results.txt" || true
  grep -v '^BENCH ' "$out/$n.out" >&2 || true
}

step "cold pre-warm: action vs bare go mod download" \
  bench/pipeline-cold.bench.ts --reps "$REPS" "${GO_ARGS[@]}"
step "warm: our module cache vs the setup-go strategy" \
  bench/pipeline-warm.bench.ts --reps "$REPS" --build-reps "$BUILD_REPS" --down "$DOWN" --up "$UP" "${GO_ARGS[@]}"
step "build cache: the whole job against the setup-go strategy" \
  bench/build-cache.bench.ts --reps "$BUILD_CACHE_REPS" --churn "$CHURN" --down "$DOWN" --up "$UP" "${GO_ARGS[@]}"
step "restored cache verification vs go mod verify" \
  bench/verify.bench.ts "${GO_ARGS[@]}"
step "trace parser and ledger: 100,000 lines" \
  bench/trace-parser.bench.ts 100000 7
step "summary: 5,000 modules" \
  bench/summary.bench.ts --modules 5000 --runs 7

npx node bench/report.ts "$out/results.txt" "$((SECONDS - started))"
