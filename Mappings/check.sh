#!/bin/sh
# Run every mapping's test vectors with xsltproc + xmllint (no Swift build needed).
#
#   Mappings/check.sh [MAPPING_DIR...]      run all (or the named) mapping folders
#   UNIPASS_RECORD=1 Mappings/check.sh      re-record expected outputs
#   UNIPASS=/path/to/unipass Mappings/check.sh   render input.edi with `unipass to-xml`
#
# A vector is vectors/<name>/ with
#   input.xml                 an XML source document (xml mappings), or
#   input.edi                 an EDIFACT interchange; it is rendered to XML with `unipass to-xml`
#                             when $UNIPASS is set (or `unipass` is on PATH), else the cached
#                             rendering.xml beside it is used (INTERFACES.md section 3);
#   expected.xml              the expected canonical/XML output;
#   expected-rendering.xml    for EDIFACT targets: the XML rendering the stylesheet writes (the engine
#                             compares the serialised expected.edi, this script the rendering).
# Parameters are the fixed vector values of INTERFACES.md section 4. Every output is validated
# against the manifest's target schema (xml targets) or Mappings/edifact/edifact-xml.xsd when present.
# Also checks that the copies of lib/*.xsl in mapping folders equal the master.
set -u
cd "$(dirname "$0")"
root=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
unipass=${UNIPASS:-$(command -v unipass || true)}
fail=0; pass=0
dirs=${*:-$(ls -d */ | tr -d /)}
for dir in $dirs; do
  dir=${dir%/}
  man="$dir/manifest.yaml"; [ -f "$man" ] || continue
  for lib in lib/edifact-common.xsl lib/edifact-codes.xsl; do
    if [ -f "$dir/$(basename $lib)" ] && ! cmp -s "$lib" "$dir/$(basename $lib)"; then
      echo "FAIL $dir: $(basename $lib) differs from Mappings/$lib (run Mappings/tools/sync-lib.sh)"; fail=$((fail+1))
    fi
  done
  xsl=$(sed -n 's/^stylesheet:[[:space:]]*//p' "$man" | tr -d '"'"'")
  schema=$(awk '/^target:/{t=1;next} /^[^ ]/{t=0} t && /schema:/{sub(/.*schema:[[:space:]]*/,""); print}' "$man" | sed 's/[[:space:]]*#.*//')
  tformat=$(awk '/^target:/{t=1;next} /^[^ ]/{t=0} t && /format:/{sub(/.*format:[[:space:]]*/,""); print}' "$man" | sed 's/[[:space:]]*#.*//')
  for v in "$dir"/vectors/*/; do
    [ -d "$v" ] || continue
    v=${v%/}; name="$dir/$(basename "$v")"
    if [ -f "$v/input.xml" ]; then in="$v/input.xml"
    elif [ -f "$v/input.edi" ]; then
      if [ -n "$unipass" ]; then
        "$unipass" to-xml "$v/input.edi" > "$tmp/rendering.xml" || { echo "FAIL $name: unipass to-xml failed"; fail=$((fail+1)); continue; }
        in="$tmp/rendering.xml"
        if [ -f "$v/rendering.xml" ] && ! cmp -s "$tmp/rendering.xml" "$v/rendering.xml"; then
          if [ "${UNIPASS_RECORD:-}" = "1" ]; then cp "$tmp/rendering.xml" "$v/rendering.xml"
          else echo "FAIL $name: rendering.xml is stale (UNIPASS_RECORD=1 with UNIPASS set refreshes it)"; fail=$((fail+1)); continue; fi
        fi
      else in="$v/rendering.xml"; fi
    else echo "FAIL $name: no input"; fail=$((fail+1)); continue; fi
    if ! xsltproc --stringparam messageId TEST-0001 --stringparam receivedAt 2026-01-01T00:00:00Z \
        --stringparam sender "" --stringparam receiver "" --stringparam partnerCountry "" \
        --stringparam sourceReference "" "$dir/$xsl" "$in" > "$tmp/out.xml" 2> "$tmp/err"; then
      echo "FAIL $name: xsltproc"; cat "$tmp/err"; fail=$((fail+1)); continue
    fi
    if [ "$tformat" = "xml" ] && [ -n "$schema" ]; then
      if ! xmllint --noout --schema "$dir/$schema" "$tmp/out.xml" 2> "$tmp/err"; then
        echo "FAIL $name: output invalid against $schema"; head -20 "$tmp/err"; fail=$((fail+1)); continue
      fi
    elif [ "$tformat" = "edifact" ] && [ -f edifact/edifact-xml.xsd ]; then
      if ! xmllint --noout --schema edifact/edifact-xml.xsd "$tmp/out.xml" 2> "$tmp/err"; then
        echo "FAIL $name: output invalid against edifact/edifact-xml.xsd"; head -20 "$tmp/err"; fail=$((fail+1)); continue
      fi
    fi
    # EDIFACT targets: the engine compares expected.edi; here the rendering is compared
    if [ "$tformat" = "edifact" ]; then expected="$v/expected-rendering.xml"; else expected="$v/expected.xml"; fi
    if [ "${UNIPASS_RECORD:-}" = "1" ]; then cp "$tmp/out.xml" "$expected"; echo "RECORDED $name"; pass=$((pass+1)); continue; fi
    if [ ! -f "$expected" ]; then echo "FAIL $name: no $(basename "$expected") (UNIPASS_RECORD=1 to record)"; fail=$((fail+1)); continue; fi
    if cmp -s "$tmp/out.xml" "$expected"; then echo "ok   $name"; pass=$((pass+1))
    else echo "FAIL $name: output differs from $(basename "$expected")"; diff "$expected" "$tmp/out.xml" | head -20; fail=$((fail+1)); fi
  done
done
# docs/canonical-model.md is generated from the canonical XSDs: it must be current
if [ -f ../docs/canonical-model.md ] && [ -z "${*:-}" ]; then
  if python3 tools/canonical-doc.py > "$tmp/model.md" 2> "$tmp/err" && cmp -s "$tmp/model.md" ../docs/canonical-model.md; then :
  else echo "FAIL docs/canonical-model.md is not current (python3 Mappings/tools/canonical-doc.py > docs/canonical-model.md)"; cat "$tmp/err"; fail=$((fail+1)); fi
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
