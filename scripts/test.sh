#!/usr/bin/env bash
# The README's test command: sets the machine up (scripts/setup.sh) and runs every test.
# Interop tests use real peers (xmlsec1, openssl, xsltproc, xmllint, pydifact in .venv).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/setup.sh
export UNIPASS_PYTHON="$root/.venv/bin/python"
swift build --build-tests
swift test --skip-build "$@"
