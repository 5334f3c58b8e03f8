#!/usr/bin/env bash
# XML-DSig sign/verify per second, the gateway (Benchmarks/TrustBenchmarks) beside
# `xmlsec1 --repeat` on the same files, in the same run; prints ratios (ours / xmlsec1).
#
#   Benchmarks/trust-compare.sh            (release build; takes a few minutes the first time)
#
# The benchmark writes its fixtures (demo PKI, 2 KB and 1 MB documents, signed copies, xmlsec1
# templates) to $UNIPASS_TRUST_BENCH_DIR; xmlsec1 then runs on exactly those files. Both verify
# the full chain (X.509 key data only); the gateway also checks both CAs' CRLs, which the
# xmlsec1 1.2.37 command line cannot load (it has no --crl-pem), so xmlsec1 does less work.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${UNIPASS_TRUST_BENCH_DIR:-$(mktemp -d /tmp/unipass-trust-bench.XXXXXX)}"
export UNIPASS_TRUST_BENCH_DIR="$dir"

cd "$here"
swift package --disable-sandbox benchmark --target TrustBenchmarks --no-progress --format markdown | tee "$dir/ours.md"

# The p50 throughput (operations per second) of one benchmark from the markdown report.
ours() {
    awk -v name="$1" '
        /^### / { current = substr($0, 5); sub(/ metrics$/, "", current) }
        current == name && /Throughput/ {
            n = split($0, cells, "|"); value = cells[5]; gsub(/ /, "", value)
            scale = 1; if ($0 ~ /\(K\)/) scale = 1000; if ($0 ~ /\(M\)/) scale = 1000000
            print value * scale; exit
        }' "$dir/ours.md"
}

# Operations per second of `xmlsec1 ... --repeat N` ("Executed N tests in X msec").
xmlsec_rate() {
    local n="$1"; shift
    xmlsec1 "$@" --repeat "$n" 2>&1 | awk -v n="$n" '/Executed/ { printf "%.0f\n", n / ($5 / 1000) }'
}

pki="$dir/pki"
trusted=(--trusted-pem "$pki/trust/root-ca.pem" --untrusted-pem "$pki/trust/partner-ca.pem" --enabled-key-data x509)

printf '\n%-28s %14s %14s %8s\n' "operation" "ours (op/s)" "xmlsec1 (op/s)" "ratio"
for size in 2KB 1MB; do
    if [[ $size == 2KB ]]; then n=3000; else n=30; fi
    theirs_verify=$(xmlsec_rate "$n" --verify "${trusted[@]}" "$dir/doc-$size.signed.xml")
    theirs_sign=$(xmlsec_rate "$n" --sign --privkey-pem "$pki/keys/KCCI.key.pem,$pki/partners/KCCI.pem" --output /dev/null "$dir/doc-$size.template.xml")
    for op in verify sign; do
        mine=$(ours "XML-DSig $op $size")
        if [[ $op == verify ]]; then theirs=$theirs_verify; else theirs=$theirs_sign; fi
        ratio=$(awk -v a="$mine" -v b="$theirs" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
        printf '%-28s %14s %14s %8s\n' "XML-DSig $op $size" "$mine" "$theirs" "$ratio"
    done
done
printf '%-28s %14s %14s %8s\n' "CMS verify 2KB" "$(ours "CMS verify 2KB")" "-" "-"
echo "fixtures and raw report: $dir"
