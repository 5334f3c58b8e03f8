#!/usr/bin/env bash
# XSD validation and XSLT translation of a ~12 KB WCO import declaration per second, one core:
# the gateway (Benchmarks/XMLBenchmarks, ordo-one/benchmark, p50) beside `xmllint --schema`
# and `xsltproc` on the same files, in the same run; prints ratios (ours / peer).
#
#   Benchmarks/xml-compare.sh            (release build; a few minutes the first time)
#
# The machine is shared, so wall time is noisy: both sides are compared in operations per CPU
# second (user + system), ours from the benchmark's "Time (total CPU)" p50, the peers' from the
# shell's `time` of the whole tool run. Throughput (wall, p50) is printed in the report too.
# Fairness: both sides compile the schema / stylesheet once and then loop over the document.
# xmllint gets the file N times on one command line with --repeat (100 parses+validations per
# file argument); xsltproc gets it N times with --repeat (20 transformations per file argument,
# output to /dev/null). Process start and the single compilation are included in the peers'
# wall time, which is why N is large enough (thousands of operations) to make them negligible.
# The full pipeline (parse, validate input, transform, validate output) has no single-tool peer;
# its peer figure is the harmonic combination of the three tool rates (xmllint input,
# xsltproc, xmllint output), i.e. the tools run back to back on one core.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
input="${UNIPASS_XML_BENCH_INPUT:-$root/Samples/xml/wco-import-declaration.xml}"
mapping="$root/Mappings/wco-declaration-to-canonical"
input_schema="$root/Mappings/schemas/wco-unipass/unipass-wco-declaration.xsd"
canonical_schema="$root/Mappings/canonical/unipass-canonical.xsd"
dir="$(mktemp -d /tmp/unipass-xml-bench.XXXXXX)"
trap 'rm -rf "$dir"' EXIT

cd "$here"
swift package --disable-sandbox benchmark --target XMLBenchmarks --no-progress --format markdown | tee "$dir/ours.md"

# Operations per CPU second of one benchmark: 1 / p50 of "Time (total CPU)" in the markdown report.
ours() {
    awk -v name="$1" '
        /^### / { current = substr($0, 5); sub(/ metrics$/, "", current) }
        current == name && /Time \(total CPU\)/ {
            n = split($0, cells, "|"); value = cells[5]; gsub(/ /, "", value)
            unit = 1e-9
            if ($0 ~ /\(us\)/ || $0 ~ /\(μs\)/) unit = 1e-6
            if ($0 ~ /\(ms\)/) unit = 1e-3
            if ($0 ~ /\(s\)/) unit = 1
            printf "%.0f\n", 1 / (value * unit); exit
        }' "$dir/ours.md"
}

# CPU seconds (user + system) of a command, its output discarded.
TIMEFORMAT='%3U %3S'
cpu() { { time "$@" > /dev/null 2>&1 ; } 2>&1 | awk '{ print ($1 + $2) * 1e9 }'; }
rate() { awk -v ops="$1" -v ns="$2" 'BEGIN { printf "%.0f\n", ops / (ns / 1e9) }'; }

files=40
args=(); for _ in $(seq "$files"); do args+=("$input"); done

# xmllint: compile once, then parse + validate each argument 100 times (--repeat).
xmllint_rate=$(rate $((files * 100)) "$(cpu xmllint --noout --nonet --repeat --schema "$input_schema" "${args[@]}")")

# xsltproc: compile once, then parse + transform + serialize each argument 20 times (--repeat).
params=(--stringparam messageId TEST-0001 --stringparam receivedAt 2026-01-01T00:00:00Z --stringparam sender ''
        --stringparam receiver '' --stringparam partnerCountry '' --stringparam sourceReference '')
xsltproc_rate=$(rate $((files * 20)) "$(cpu xsltproc --nonet --repeat "${params[@]}" "$mapping/transform.xsl" "${args[@]}")")

# xmllint on the canonical output (the output validation step of a translation).
xsltproc --nonet "${params[@]}" "$mapping/transform.xsl" "$input" > "$dir/output.xml"
outs=(); for _ in $(seq "$files"); do outs+=("$dir/output.xml"); done
output_rate=$(rate $((files * 100)) "$(cpu xmllint --noout --nonet --repeat --schema "$canonical_schema" "${outs[@]}")")
pipeline_rate=$(awk -v a="$xmllint_rate" -v b="$xsltproc_rate" -v c="$output_rate" 'BEGIN { printf "%.0f\n", 1 / (1/a + 1/b + 1/c) }')

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
row() { printf '%-58s %12s %12s %7s\n' "$1" "$2" "$3" "$(ratio "$2" "$3")"; }

echo
echo "input: $input ($(wc -c < "$input") bytes); operations per CPU second (ours: 1 / p50 CPU time)"
printf '%-58s %12s %12s %7s\n' "operation" "ours" "peer" "ratio"
row "XSD validate (parse + validate) vs xmllint --schema" "$(ours "XSD validate declaration (parse + validate)")" "$xmllint_rate"
row "XSLT transform (parse + transform + serialize) vs xsltproc" "$(ours "XSLT transform declaration (parse + transform + serialize)")" "$xsltproc_rate"
row "Translate (validate in, transform, validate out) vs tools" "$(ours "Translate declaration (parse, validate input, transform, validate output)")" "$pipeline_rate"
echo "peer detail: xmllint input $xmllint_rate/s, xsltproc $xsltproc_rate/s, xmllint canonical output $output_rate/s"
