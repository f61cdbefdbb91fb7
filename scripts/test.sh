#!/usr/bin/env bash
# Set up (Python packages; npm, Java and chromium from Debian when missing; the Node
# peer SHACL engine used by one test), then run the test suite. Extra arguments go to pytest (e.g. --runslow).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# What a fresh Debian machine may lack, from Debian (never a downloaded browser or runtime):
# install PACKAGE when COMMAND is missing; a failed install only warns, as the tests that need
# it then skip (or fail) with their own message.
from_debian() {
  if command -v "$2" >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then return 0; fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq "$1"; } >/dev/null 2>&1; then
    echo "$1 could not be installed from Debian: $3" >&2
  fi
}
# Node runs the peer SHACL engine of one test (tests/peer, from npm).
from_debian npm npm "the peer SHACL test will be skipped"
if [ -f tests/peer/package.json ] && command -v npm >/dev/null 2>&1; then
  npm ci --prefix tests/peer --silent --no-audit --no-fund
fi
# Java runs HermiT for `kg reason` and its tests.
from_debian default-jre-headless java "the reasoner tests will fail or skip"
# The browser tests of kg serve drive Debian's chromium (Playwright never downloads a browser here).
from_debian chromium chromium "the browser tests will be skipped"
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
