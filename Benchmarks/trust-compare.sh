#!/usr/bin/env bash
# XML-DSig sign/verify per second, the gateway (Benchmarks/TrustBenchmarks) beside
# `xmlsec1 --repeat` on the same files, in the same run; prints ratios (ours / xmlsec1).
#
#   Benchmarks/trust-compare.sh            (release build; takes a few minutes the first time)
#   Benchmarks/trust-compare.sh --peers-only   (xmlsec1 again on the fixtures of the last run)
#
# The benchmark writes its fixtures (demo PKI, 2 KB and 1 MB documents, signed copies, xmlsec1
# templates) to $UNIPASS_TRUST_BENCH_DIR; xmlsec1 then runs on exactly those files. Both verify
# the full chain (X.509 key data only); the gateway also checks both CAs' CRLs, which the
# xmlsec1 1.2.37 command line cannot load (it has no --crl-pem), so xmlsec1 does less work.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${UNIPASS_TRUST_BENCH_DIR:-$(mktemp -d /tmp/unipass-trust-bench.XXXXXX)}"
mkdir -p "$dir"
export UNIPASS_TRUST_BENCH_DIR="$dir"

cd "$here"
if [[ "${1:-}" != "--peers-only" ]]; then  # --peers-only: reuse $dir/ours.md of an earlier run
    swift package --disable-sandbox benchmark --target TrustBenchmarks --no-progress --format markdown | tee "$dir/ours.md"
fi

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

# Operations per second of `xmlsec1 ... --repeat N`, by wall clock: (t(N) - t(1)) / (N - 1), so
# process start-up is not counted but parsing the file is (xmlsec1's own "Executed N tests in X
# msec" line leaves the document loading out, which the gateway's figures include).
xmlsec_rate() {
    local n="$1" command="$2"; shift 2
    local t0 t1 t2
    t0=$(date +%s%N); xmlsec1 "$command" --repeat 1 "$@" > /dev/null 2>&1
    t1=$(date +%s%N); xmlsec1 "$command" --repeat "$n" "$@" > "$dir/xmlsec1.log" 2>&1
    t2=$(date +%s%N)
    # wall-clock rate, then xmlsec1's own rate (its timer excludes loading the document)
    awk -v one="$((t1 - t0))" -v many="$((t2 - t1))" -v n="$n" 'BEGIN { per = (many - one) / (n - 1); if (per <= 0) per = many / n; printf "%.0f ", 1e9 / per }'
    awk -v n="$n" '/Executed/ { printf "%.0f\n", n / ($5 / 1000) }' "$dir/xmlsec1.log"
}

pki="$dir/pki"
trusted=(--trusted-pem "$pki/trust/root-ca.pem" --untrusted-pem "$pki/trust/partner-ca.pem" --enabled-key-data x509)

printf '\n%-28s %14s %14s %8s %16s\n' "operation" "ours (op/s)" "xmlsec1 (op/s)" "ratio" "xmlsec1 own timer"
for size in 2KB 1MB; do
    if [[ $size == 2KB ]]; then n=2000; else n=20; fi
    read -r theirs_verify own_verify < <(xmlsec_rate "$n" --verify "${trusted[@]}" "$dir/doc-$size.signed.xml")
    read -r theirs_sign own_sign < <(xmlsec_rate "$n" --sign --privkey-pem "$pki/keys/KCCI.key.pem,$pki/partners/KCCI.pem" --output /dev/null "$dir/doc-$size.template.xml")
    for op in verify sign; do
        mine=$(ours "XML-DSig $op $size")
        if [[ $op == verify ]]; then theirs=$theirs_verify own=$own_verify; else theirs=$theirs_sign own=$own_sign; fi
        ratio=$(awk -v a="$mine" -v b="$theirs" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
        printf '%-28s %14s %14s %8s %16s\n' "XML-DSig $op $size" "$mine" "$theirs" "$ratio" "$own"
    done
done
printf '%-28s %14s %14s %8s\n' "CMS verify 2KB" "$(ours "CMS verify 2KB")" "-" "-"
printf '%-28s %14s %14s %8s\n' "XML parse 1MB (share)" "$(ours "XML parse 1MB (share of verify)")" "-" "-"
uptime
echo "fixtures and raw report: $dir"
