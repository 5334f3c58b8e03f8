#!/usr/bin/env bash
# The README's "run the gateway" command, until the gateway service exists: runs the gateway's
# main job on its embedded defaults over every sample in Samples/. For each document it
#   1. detects the format and validates it (EDIFACT syntax, envelope and directory structure; XML
#      hardened parse and XSD), writing validation.jsonl;
#   2. answers EDIFACT with its CONTRL (accepted or rejected, with UCM/UCS/UCD detail);
#   3. translates every valid document that has a mapping into the canonical UNI-PASS model,
#      validated against the canonical XSD;
#   4. seals each canonical document with the gateway's XML-DSig signature (demo PKI) and
#      verifies the seal against the trust store, as a receiving back end would;
#   5. signs each EDIFACT interchange with a detached CMS signature and verifies it;
#   6. runs every mapping's test vectors.
# Output lands in var/demo/. Exit 0 when every step behaved as the samples' expectations say.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/setup.sh
swift build --product unipass 2>&1 | grep -E "error|warning: unre|Compiling|Build" | tail -n 3
bin="$(swift build --show-bin-path)/unipass"

out=var/demo
rm -rf "$out"
mkdir -p "$out"/{contrl,xml,canonical,sealed,cms}
pki=Certificates/demo
failures=0
fail() { echo "  FAILED: $*"; failures=$((failures + 1)); }

shopt -s nullglob
samples=(Samples/edifact/valid/*.edi Samples/edifact/invalid/*.edi Samples/xml/*.xml)
echo "== 1. validate (${#samples[@]} samples) -> $out/validation.jsonl"
"$bin" validate --json --recipient KRCUS "${samples[@]}" > "$out/validation.jsonl" || true
valid=()
while IFS=$'\t' read -r file verdict type; do
    printf '  %-60s %-8s %s\n' "$file" "$verdict" "$type"
    [ "$verdict" = valid ] && valid+=("$file")
done < <(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print("%s\t%s\t%s" % (r["file"], "valid" if r["valid"] else "invalid", r.get("messageType") or "-"))
' "$out/validation.jsonl")

echo "== 2. acknowledge EDIFACT -> $out/contrl/"
for file in Samples/edifact/valid/*.edi Samples/edifact/invalid/*.edi; do
    name=$(basename "$file" .edi)
    if "$bin" contrl "$file" > "$out/contrl/$name.contrl.edi" 2> "$out/contrl/$name.err"; then
        action=$(grep -o "UCI[^']*'" "$out/contrl/$name.contrl.edi" | head -1 | cut -c1-60 || true)
        printf '  %-45s %s\n' "$name" "$action"
    else
        fail "contrl $file: $(head -1 "$out/contrl/$name.err")"
    fi
done

echo "== 3. translate valid documents -> $out/canonical/"
translated=()
for file in "${valid[@]}"; do
    name=$(basename "$file"); name=${name%.*}
    if "$bin" translate "$file" > "$out/canonical/$name.xml" 2> "$out/canonical/$name.err"; then
        translated+=("$out/canonical/$name.xml")
        printf '  %-45s %s\n' "$name" "$(grep -o '<[a-zA-Z:]*DocumentType>[^<]*' "$out/canonical/$name.xml" | head -1 | sed 's/.*>//')"
    else
        rm -f "$out/canonical/$name.xml"
        printf '  %-45s no translation: %s\n' "$name" "$(head -1 "$out/canonical/$name.err")"
    fi
done

echo "== 4. seal canonical documents and verify the seals -> $out/sealed/"
for file in "${translated[@]}"; do
    name=$(basename "$file")
    if "$bin" sign "$file" --key "$pki/gateway.key.pem" --cert "$pki/gateway.cert.pem" -o "$out/sealed/$name" \
        && "$bin" verify "$out/sealed/$name" --trust "$pki" > "$out/sealed/$name.verify" 2>&1; then
        printf '  %-45s sealed, %s\n' "$name" "$(head -1 "$out/sealed/$name.verify")"
    else
        fail "seal/verify $name: $(cat "$out/sealed/$name.verify" 2>/dev/null | head -1)"
    fi
done

echo "== 5. detached CMS signatures on EDIFACT -> $out/cms/"
for file in "${valid[@]}"; do
    case "$file" in *.edi) ;; *) continue ;; esac
    name=$(basename "$file")
    cp "$file" "$out/cms/$name"
    if "$bin" sign "$out/cms/$name" --key "$pki/gateway.key.pem" --cert "$pki/gateway.cert.pem" \
        && "$bin" verify "$out/cms/$name" --trust "$pki" > "$out/cms/$name.verify" 2>&1; then
        printf '  %-45s %s\n' "$name.p7s" "$(head -1 "$out/cms/$name.verify")"
    else
        fail "CMS $name: $(head -1 "$out/cms/$name.verify" 2>/dev/null)"
    fi
done

echo "== 6. mapping test vectors"
"$bin" mappings test | tail -n 3 || fail "mappings test"

echo
if ((failures)); then
    echo "demo: $failures step(s) failed"
    exit 1
fi
echo "demo: ${#samples[@]} documents validated, ${#translated[@]} translated, sealed and verified; output in $out/"
