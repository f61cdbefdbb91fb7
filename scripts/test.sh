#!/usr/bin/env bash
# Set up (Python packages, and the Node peer SHACL engine used by one test),
# then run the test suite. Extra arguments go to pytest (e.g. --runslow).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f tests/peer/package.json ] && command -v npm >/dev/null 2>&1; then
  npm ci --prefix tests/peer --silent --no-audit --no-fund
fi
# Java runs HermiT for `kg reason` and its tests; a fresh Debian machine may lack it.
if ! command -v java >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq default-jre-headless; } >/dev/null 2>&1; then
    echo "Java could not be installed from Debian: the reasoner tests will fail or skip" >&2
  fi
fi
# The browser tests of kg serve drive Debian's chromium (Playwright never downloads a browser here);
# without one they are skipped with a message, so a failed install is not an error.
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium; } >/dev/null 2>&1; then
    echo "chromium could not be installed from Debian: the browser tests will be skipped" >&2
  fi
fi
# .venv/bin first: the endpoint tests start the `oxigraph` server binary installed there.
export PATH="$PWD/.venv/bin:$PATH"
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: treating that as a failure" >&2
  exit 1
fi
exit "$status"
