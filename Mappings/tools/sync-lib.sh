#!/bin/sh
# Copy the shared EDIFACT stylesheet library (Mappings/lib) into every mapping folder that uses it.
# Mapping folders may include files only from inside themselves (INTERFACES.md section 4), so each
# folder carries a copy; Mappings/check.sh fails when a copy differs from the master.
# edifact-common.xsl includes edifact-codes.xsl; a folder may also include edifact-codes.xsl alone.
set -eu
cd "$(dirname "$0")/.."
for dir in */; do
  [ -f "$dir/manifest.yaml" ] || continue
  if grep -q 'href="edifact-common.xsl"' "$dir"/*.xsl 2>/dev/null; then
    cp lib/edifact-common.xsl lib/edifact-codes.xsl "$dir"
  elif grep -q 'href="edifact-codes.xsl"' "$dir"/*.xsl 2>/dev/null; then
    cp lib/edifact-codes.xsl "$dir"
  fi
done
