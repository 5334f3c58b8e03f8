#!/bin/sh
# Validates every vector input against its source schema (the shared HMRC and UBL schemas are
# read in place from ../shared when present), then runs the test vectors of the WCO / HMRC / UBL / e-CO / response mappings with xsltproc and
# xmllint, the way `unipass mappings test` does it (same stylesheet parameters, output validated
# against the mapping's target schema, compared byte for byte with expected.xml).
# Use it where the unipass binary is not built; `unipass mappings test` is the reference.
#   Mappings/check-wco.sh              check every vector
#   UNIPASS_RECORD=1 Mappings/check-wco.sh   rewrite expected.xml from the current output
# Exit 0 when every vector passes, 1 otherwise.
set -u
here=$(cd "$(dirname "$0")" && pwd)
cd "$here" || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0

fail() { echo "FAIL $1: $2"; failures=$((failures + 1)); }

shared="$here/../../shared/samples"
# The schema a vector input of a mapping folder must satisfy (empty: none available).
input_schema() {
  case "$1" in
    wco-declaration-*) echo "schemas/wco-unipass/unipass-wco-declaration.xsd" ;;
    hmrc-*) [ -f "$shared/wco/hmrc-cds/schemas/customs/wrapper_submit.xsd" ] && echo "$shared/wco/hmrc-cds/schemas/customs/wrapper_submit.xsd" ;;
    ubl-*) [ -f "$shared/eco/oasis-ubl-2.1/xsd/maindoc/UBL-CertificateOfOrigin-2.1.xsd" ] && echo "$shared/eco/oasis-ubl-2.1/xsd/maindoc/UBL-CertificateOfOrigin-2.1.xsd" ;;
    eco-*|response-to-wco*) echo "canonical/unipass-canonical.xsd" ;;
  esac
}

# The shared core of the two declaration mappings must stay identical.
if ! cmp -s wco-declaration-to-canonical/wco-declaration-core.xsl hmrc-dms-declaration-to-canonical/wco-declaration-core.xsl; then
  fail core "wco-declaration-core.xsl differs between wco-declaration-to-canonical and hmrc-dms-declaration-to-canonical"
fi

for manifest in wco-*/manifest.yaml hmrc-*/manifest.yaml ubl-*/manifest.yaml eco-*/manifest.yaml response-to-wco*/manifest.yaml; do
  [ -f "$manifest" ] || continue
  folder=$(dirname "$manifest")
  schema=$(sed -n 's/^  schema: *\([^ #]*\).*/\1/p' "$manifest" | head -n 1)
  partner=$(sed -n 's/^partner: *\([A-Z][A-Z]\).*/\1/p' "$manifest" | head -n 1)
  stylesheet=$(sed -n 's/^stylesheet: *\([^ #]*\).*/\1/p' "$manifest" | head -n 1)
  for vector in "$folder"/vectors/*/; do
    [ -f "$vector/input.xml" ] || continue
    name="$folder/$(basename "$vector")"
    out="$tmp/out.xml"
    in_schema=$(input_schema "$folder")
    if [ -n "$in_schema" ] && ! xmllint --noout --nonet --schema "$in_schema" "$vector/input.xml" 2> "$tmp/err"; then
      fail "$name" "input.xml is not valid against $in_schema: $(grep -v -e validates -e 'Skipping import' "$tmp/err")"; continue
    fi
    if ! xsltproc --nonet --stringparam messageId TEST-0001 --stringparam receivedAt 2026-01-01T00:00:00Z \
        --stringparam sender '' --stringparam receiver '' --stringparam partnerCountry "$partner" \
        --stringparam sourceReference '' "$folder/$stylesheet" "$vector/input.xml" > "$out" 2> "$tmp/err"; then
      fail "$name" "transform failed: $(cat "$tmp/err")"; continue
    fi
    if ! xmllint --noout --nonet --schema "$folder/$schema" "$out" 2> "$tmp/err"; then
      fail "$name" "output does not validate against $schema: $(grep -v validates "$tmp/err")"; continue
    fi
    if [ "${UNIPASS_RECORD:-}" = 1 ]; then
      cp "$out" "$vector/expected.xml"; echo "RECORDED $name"
    elif ! cmp -s "$out" "$vector/expected.xml"; then
      fail "$name" "output differs from expected.xml:"; diff "$vector/expected.xml" "$out" | head -n 20; continue
    fi
    passes=$((passes + 1)); echo "ok   $name"
  done
done
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
