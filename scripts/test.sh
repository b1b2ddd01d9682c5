#!/usr/bin/env bash
# The whole suite: set-up, typecheck, lint, unit tests, end-to-end tests (browser host in
# Chromium, and the Electron suite, which skips with a reason where no Electron binary exists).
# Ends with one line "N passed, N failed, N skipped" and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
results=.test-results
rm -rf "$results"; mkdir -p "$results"

bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

step() { # name, command...: a step that counts as one test
  local name=$1; shift
  echo "== $name"
  if "$@"; then echo '{"passed":1,"failed":0,"skipped":0}' > "$results/$name.count"
  else echo '{"passed":0,"failed":1,"skipped":0}' > "$results/$name.count"; fi
}

step build node scripts/build.mjs
step typecheck npx tsc --noEmit -p .
step lint npx eslint . --max-warnings 0
echo "== unit"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
echo "== e2e (browser host in Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json
echo "== e2e (Electron)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/electron.json" npx playwright test -c playwright.electron.config.ts --reporter=list,json
node scripts/test-summary.mjs "$results"
