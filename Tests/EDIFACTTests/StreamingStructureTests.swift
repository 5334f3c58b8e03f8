import Diagnostics
@testable import EDIFACT
import Foundation
import Testing

/// `InterchangeValidator(structure:)` checks each message where the tokenizer found its
/// segments (`MessageStructureCheck` over `SegmentValues`), without building `Message`
/// values; `MessageStructureValidator.validate(_:)` checks a materialized `Message`. The two
/// must report exactly the same findings, in the same order, for any input: the samples, the
/// public samples, the fuzzer's regressions, hand-made inputs that take the decoding path
/// (release characters, ISO 8859, UTF-8, CP949, syntax 4 repetitions, odd tags), and seeded
/// mutations of all of them.
@Suite("Streaming structure check")
struct StreamingStructureTests {
    /// The same validation done both ways.
    static func findingsBothWays(_ bytes: [UInt8], validator: MessageStructureValidator = MessageStructureValidator(),
                                 options: EnvelopeOptions = EnvelopeOptions()) -> (streaming: DiagnosticList, materialized: DiagnosticList) {
        let streaming = InterchangeValidator(options: options, structure: validator).validate(bytes).diagnostics
        let materialized = InterchangeValidator(options: options, messageCheck: validator.messageCheck).validate(bytes).diagnostics
        return (streaming, materialized)
    }

    static func files(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { ["edi", "txt"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix("SOURCES") }
            .sorted { $0.path < $1.path }
    }

    /// Inputs that exercise the decoding path of `SegmentValues` and the odd-tag path of `WalkedSegment`.
    static let handMade: [(name: String, bytes: [UInt8])] = {
        func interchange(_ charset: String, _ version: Int, _ body: [String], una: String = "UNA:+.? '") -> [UInt8] {
            var text = una + "UNB+\(charset):\(version)+SENDER+KRCUS+\(version >= 4 ? "20260101" : "260101"):1200+REF1'"
            text += body.joined() + "UNZ+1+REF1'"
            return Array(text.utf8)
        }
        let cuscarHead = ["UNH+1+CUSCAR:D:96B:UN'", "BGM+85+MF1+9'"]
        var inputs: [(String, [UInt8])] = [
            ("released values", interchange("UNOA", 3, cuscarHead + ["FTX+AAA+++A?+B?:C?'D??E'", "UNT+4+1'"])),
            ("released code and numeric", interchange("UNOA", 3, cuscarHead + ["EQD+CN+C1'", "MEA+W?T+AAB+KGM:1?+2'", "UNT+5+1'"])),
            ("repetitions, syntax 4", interchange("UNOC", 4, cuscarHead + ["FTX+AAA+++A*B*C:D+EN'", "UNT+4+1'"], una: "UNA:+.? *'")),
            ("too many repetitions", interchange("UNOC", 3, cuscarHead + ["DTM+137:20260101:102*1:2'", "UNT+4+1'"], una: "UNA:+.? *'")),
            ("long odd tag", interchange("UNOA", 3, cuscarHead + ["ABCDEFGHIJKLMNOPQRSTUVWXYZ+1'", "UNT+4+1'"])),
            ("tag with a component", interchange("UNOA", 3, cuscarHead + ["FTX:1+AAA+++TEXT'", "UNT+4+1'"])),
            ("trailing separators", interchange("UNOA", 3, cuscarHead + ["FTX+AAA+++TEXT++'", "RFF+AAZ:'", "UNT+5+1'"])),
            ("empty segment and empty elements", interchange("UNOA", 3, cuscarHead + ["RFF'", "NAD+++++'", "UNT+5+1'"])),
            ("too many elements and components", interchange("UNOA", 3, cuscarHead + ["DTM+137:20260101:102:9:9+X'", "UNT+4+1'"])),
            ("bad numeric and lengths", interchange("UNOA", 3, cuscarHead + ["EQD+CN+C1'", "MEA+WT+AAB+KGM:1.2.3'", "MEA+WT+AAB+KGM:.5'",
                                                                            "MEA+WT+AAB+KGM:12345678901234567890'", "MEA+WT+XXX+KGM:1A'",
                                                                            "CNT+7:1.2.3'", "CNT+7:.5'", "CNT+7:1?+'", "UNT+11+1'"])),
            ("codes not in the list", interchange("UNOA", 3, cuscarHead + ["DTM+999:20260101:102'", "UNT+4+1'"])),
            ("unknown directory", interchange("UNOA", 3, ["UNH+1+CUSCAR:D:77Z:UN'", "BGM+85+MF1+9'", "UNT+3+1'"])),
            ("missing UNT", interchange("UNOA", 3, cuscarHead + ["FTX+AAA+++TEXT'"])),
        ]
        // ISO 8859-1 bytes (not UTF-8) in values and in a tag.
        var latin = Array("UNA:+.? 'UNB+UNOC:3+SENDER+KRCUS+260101:1200+REF1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF".utf8)
        latin += [0xC4, 0xD6] + Array("+9'FTX+AAA+++".utf8) + [0xE9, 0xE8, 0x3F, 0x2B, 0xFC] + Array("'".utf8)
        latin += [0xC4] + Array("BC+1'UNT+5+1'UNZ+1+REF1'".utf8)
        inputs.append(("ISO 8859-1", latin))
        inputs.append(("UTF-8", interchange("UNOY", 4, cuscarHead + ["FTX+AAA+++ÉLECTRONIQUE ÜBER 한국어 ?+ ok'", "UNT+4+1'"])))
        // CP949: "한국" is B0 A1 B1 B9 ... use real CP949 bytes for 한국.
        var korean = Array("UNA:+.? 'UNB+KECA:3+SENDER+KRCUS+260101:1200+REF1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1+9'FTX+AAA+++".utf8)
        korean += [0xC7, 0xD1, 0xB1, 0xB9] + Array("?+".utf8) + [0xC7, 0xD1] + Array("'UNT+4+1'UNZ+1+REF1'".utf8)
        inputs.append(("CP949", korean))
        return inputs
    }()

    static var allInputs: [(name: String, bytes: [UInt8])] {
        var inputs = handMade
        let folders = [SampleSupport.samplesFolder, SampleSupport.publicSamplesFolder,
                       SampleSupport.repositoryRoot.appendingPathComponent("Fuzz/regressions")]
        for folder in folders {
            for file in files(in: folder) {
                if let data = try? Data(contentsOf: file) { inputs.append((file.lastPathComponent, [UInt8](data))) }
            }
        }
        return inputs
    }

    @Test("the inputs cover the samples, the public samples, the regressions and the hand-made cases")
    func inputsAreThere() {
        let inputs = Self.allInputs
        #expect(inputs.count > Self.handMade.count + 30)
        #expect(inputs.contains { $0.name.hasPrefix("12_baplie") })
    }

    @Test("streaming and materialized validation report the same findings for every input")
    func sameFindings() {
        for input in Self.allInputs {
            let (streaming, materialized) = Self.findingsBothWays(input.bytes)
            #expect(streaming == materialized, "\(input.name): streaming and materialized findings differ")
        }
    }

    @Test("the hand-made inputs do produce findings of the structure check (the comparison is not vacuous)")
    func handMadeInputsHaveStructureFindings() {
        let codes = Set(Self.handMade.flatMap { Self.findingsBothWays($0.bytes).streaming.map(\.code) })
        for code in ["12", "13", "15", "16", "37", "38", "39"] {
            #expect(codes.contains(code), "no hand-made input produced code \(code)")
        }
    }

    @Test("same findings with lenient code lists, and with segment-level checks only")
    func sameFindingsWithOptions() {
        let validators = [
            MessageStructureValidator(options: .init(codeLists: .lenient)),
            MessageStructureValidator(options: .init(codeLists: .ignore, checkElements: false)),
        ]
        for validator in validators {
            for input in Self.handMade {
                let (streaming, materialized) = Self.findingsBothWays(input.bytes, validator: validator)
                #expect(streaming == materialized, "\(input.name) (\(validator.options)): findings differ")
            }
        }
    }

    @Test("same findings for seeded mutations of every input (bytes dropped, doubled, replaced by separators)")
    func sameFindingsUnderMutation() {
        var generator = SplitMix64(seed: 0x5EED_2026)
        let replacements = Array("+:'?*A9 \u{0A}".utf8) + [0xC4, 0xFF]
        for input in Self.allInputs where !input.bytes.isEmpty {
            for round in 0..<40 {
                var bytes = input.bytes
                for _ in 0...(round % 4) {
                    let at = Int(generator.next() % UInt64(bytes.count))
                    switch generator.next() % 3 {
                    case 0: bytes.remove(at: at)
                    case 1: bytes.insert(bytes[at], at: at)
                    default: bytes[at] = replacements[Int(generator.next() % UInt64(replacements.count))]
                    }
                    if bytes.isEmpty { break }
                }
                let (streaming, materialized) = Self.findingsBothWays(bytes)
                #expect(streaming == materialized, "\(input.name), mutation round \(round): findings differ")
                if streaming != materialized { return }
            }
        }
    }
}

extension StreamingStructureTests {
    /// A message of endless misplaced segments: the open message holds at most
    /// `maximumDiagnostics` findings while it streams (memory stays bounded), the message is
    /// still rejected, the note counts what was not listed, and both ways agree.
    @Test("a hostile message's findings are capped while it streams, and it is still rejected")
    func findingsOfOneMessageAreCapped() {
        let options = EnvelopeOptions(maximumDiagnostics: 50)
        let head = Array("UNB+UNOA:3+SENDER:14+KRCUS:14+260101:1200+R1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1+9'".utf8)
        let bad = Array("XYZ+1'".utf8)
        var reader = InterchangeReader(options: options, mode: .envelope, structure: MessageStructureValidator())
        reader.feed(head) { _ in }
        for _ in 0..<2_000 {
            reader.feed(bad) { _ in }
            #expect(reader.envelope.structure.pendingFindingCount <= 50)
        }
        let tail = Array("UNT+2003+1'UNZ+1+R1'".utf8)
        reader.feed(tail) { _ in }
        reader.finish { _ in }
        let findings = reader.diagnostics
        #expect(findings.count == 51, "50 findings and the note")
        #expect(findings.items.last?.message.contains("1950 further findings") == true, "\(String(describing: findings.items.last))")
        #expect(reader.summary.rejectedMessages.map(\.reference) == ["1"])

        let whole = head + Array(repeating: bad, count: 2_000).flatMap { $0 } + tail
        let (streaming, materialized) = Self.findingsBothWays(whole, options: options)
        #expect(streaming == materialized)
        #expect(streaming == findings)
    }
}

extension StreamingStructureTests {
    /// `InterchangeReader` is a value: a copy taken in the middle of a message continues on its
    /// own, with the structure check's state (walker, counters) not shared with the original.
    @Test("a reader copied in the middle of a message validates independently of the original")
    func copiedReaderIsIndependent() {
        let head = Array("UNB+UNOA:3+SENDER:14+KRCUS:14+260101:1200+R1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1+9'".utf8)
        // The original goes on with a valid message; the copy with misplaced segments. Fed in
        // turns, so that shared state would show in both results.
        let good = ["DTM+137:202601010800:203'", "DTM+132:202601020800:203'", "UNT+5+1'UNZ+1+R1'"].map { Array($0.utf8) }
        let bad = ["NAD+CA+HDMU::172'", "TDT+20'BGM+85'", "UNT+6+1'UNZ+1+R1'"].map { Array($0.utf8) }
        var original = InterchangeReader(mode: .envelope, structure: MessageStructureValidator())
        original.feed(head) { _ in }
        var copy = original
        for (goodPart, badPart) in zip(good, bad) {
            copy.feed(badPart) { _ in }
            original.feed(goodPart) { _ in }
        }
        copy.finish { _ in }
        original.finish { _ in }
        let expectedGood = InterchangeValidator(structure: MessageStructureValidator()).validate(head + good.flatMap { $0 }).diagnostics
        let expectedBad = InterchangeValidator(structure: MessageStructureValidator()).validate(head + bad.flatMap { $0 }).diagnostics
        #expect(expectedGood.isEmpty, "\(expectedGood.items)")
        #expect(!expectedBad.isEmpty)
        #expect(original.diagnostics == expectedGood, "\(original.diagnostics.items)")
        #expect(copy.diagnostics == expectedBad)
    }
}

/// A small deterministic random generator (SplitMix64), so mutation tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
