#!/usr/bin/env bash
# Builds the EDIFACT libFuzzer target and runs it. See docs/fuzzing.md.
#
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]     (default 600 seconds)
#   Fuzz/run.sh crash-FILE                                (re-run one input)
#
# The working corpus (Fuzz/corpus-edifact/, not committed) is seeded from Samples/edifact and
# the public samples in ../shared/samples/edifact. Findings land in Fuzz/artifacts/.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

# SwiftPM gives every executable its own `main` (renamed with --defsym), which collides with
# libFuzzer's: so instrument with ASan + SanitizerCoverage and link libFuzzer without its main;
# the target calls LLVMFuzzerRunDriver itself.
runtime=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")/lib/clang
fuzzer_lib=$(find "$runtime" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -n 1)
[ -n "$fuzzer_lib" ] || { echo "run.sh: libclang_rt.fuzzer_no_main not found under $runtime" >&2; exit 2; }
swift build --package-path Fuzz -c release \
    -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xlinker "$fuzzer_lib" -Xlinker -lstdc++ 2>&1 | grep -v 'ld.gold: warning' >&2
binary="$here/.build/release/EDIFACTFuzz"

# Swift's own crash backtracer would run inside ASan's report and confuse it.
export SWIFT_BACKTRACE=enable=no
# The directory catalog's one-time cache is not a leak (see Fuzz/lsan.supp).
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

if [ $# -ge 1 ] && [ -f "$1" ]; then
    exec "$binary" "$@"
fi

seconds=${1:-600}
shift || true
corpus="$here/corpus-edifact"
artifacts="$here/artifacts"
mkdir -p "$corpus" "$artifacts"
for seed in Samples/edifact/valid/*.edi Samples/edifact/invalid/*.edi Fuzz/regressions/*.edi ../shared/samples/edifact/*.edi; do
    [ -f "$seed" ] && cp -n "$seed" "$corpus/seed-$(basename "$seed")"
done
exec "$binary" "$corpus" \
    -dict="$here/edifact.dict" \
    -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@"
