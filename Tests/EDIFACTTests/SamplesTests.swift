import Diagnostics
import EDIFACT
import Foundation
import Testing

/// Every interchange in `Samples/edifact/` gets exactly the verdict `expectations.json`
/// records for it: the same error codes in the same order, at the recorded positions, through
/// the gateway's validator (envelope + directory structure).
@Suite("Samples/edifact verdicts")
struct SamplesTests {
    @Test("expectations.json lists every sample file, and only existing ones")
    func expectationsFileIsComplete() throws {
        let recorded = try SampleSupport.loadExpectations()
        #expect(recorded.recipient == SampleSupport.gatewayId)
        let listed = recorded.samples.map(\.file).sorted()
        #expect(Set(listed).count == listed.count, "a file is listed twice")
        #expect(listed == (try SampleSupport.sampleFiles()), "expectations.json and Samples/edifact/{valid,invalid} differ")
        #expect(recorded.samples.filter(\.valid).allSatisfy { $0.file.hasPrefix("valid/") && $0.errors.isEmpty })
        #expect(recorded.samples.filter { !$0.valid }.allSatisfy { $0.file.hasPrefix("invalid/") && !$0.errors.isEmpty })
    }

    @Test("sample gets its recorded verdict", arguments: SampleSupport.expectations)
    func sampleGetsItsVerdict(_ sample: SampleExpectation) throws {
        let result = try SampleSupport.gatewayValidator.validate(fileAt: SampleSupport.url(ofSample: sample.file).path)
        let errors = result.diagnostics.errors
        #expect(result.isValid == sample.valid, "\(sample.file): \(result.diagnostics.items)")
        #expect(errors.map(\.code) == sample.errors.map(\.code),
                "\(sample.file): got \(errors.map(\.description)), expected \(sample.errors.map(\.description))")
        for (diagnostic, expected) in zip(errors, sample.errors) {
            let wrong = expected.mismatches(diagnostic)
            #expect(wrong.isEmpty, "\(sample.file): \(diagnostic) -- \(wrong.joined(separator: "; "))")
        }
        if let warnings = sample.warnings {
            #expect(result.diagnostics.warnings.map(\.code) == warnings.map(\.code), "\(sample.file): \(result.diagnostics.warnings)")
        }
        if let types = sample.messageTypes { #expect(result.messageTypes == types) }
        if let count = sample.messages { #expect(result.summary.messageCount == count) }
    }

    @Test("without the gateway's id the wrong-recipient sample is valid: code 7 comes from the configuration")
    func recipientCheckComesFromConfiguration() throws {
        let file = SampleSupport.url(ofSample: "invalid/cuscar-d96b-air-wrong-recipient.edi").path
        let anyRecipient = InterchangeValidator(structure: MessageStructureValidator())
        #expect(try anyRecipient.validate(fileAt: file).isValid)
        let gateway = try SampleSupport.gatewayValidator.validate(fileAt: file)
        #expect(gateway.diagnostics.errors.map(\.code) == ["7"])
    }

    @Test("the KECA sample decodes its CP949 names to the Korean text")
    func kecaNamesDecode() throws {
        let result = InterchangeParser().parse(try SampleSupport.bytes(ofSample: "valid/paxlst-d05b-keca-cp949.edi"))
        let message = try #require(result.interchange?.messages.first)
        let travellers = message.segments.filter { $0.tag == "NAD" && $0[element: 1] == "FL" }
        #expect(travellers.map { "\($0[element: 4, component: 1] ?? ""):\($0[element: 4, component: 2] ?? "")" }
                == ["김:민준", "홍:길동", "TANAKA:HANAKO"])
        let sender = message.segments.first { $0.tag == "NAD" && $0[element: 1] == "MS" }
        #expect(sender?[element: 4] == "제주항공 APIS 센터")
    }

    @Test("release characters in the samples decode to the plain values")
    func releaseCharactersDecode() throws {
        let sea = InterchangeParser().parse(try SampleSupport.bytes(ofSample: "valid/cuscar-d96b-sea.edi"))
        let segments = try #require(sea.interchange?.messages.first?.segments)
        #expect(segments.contains { $0.tag == "NAD" && $0[element: 4] == "HANIL BED + BATH CO LTD" })
        #expect(segments.contains { $0.tag == "FTX" && $0[element: 4] == "CERAMIC CAPACITORS: MULTILAYER, 0402 SIZE" })
        let api = InterchangeParser().parse(try SampleSupport.bytes(ofSample: "valid/paxlst-d05b-iata-api.edi"))
        let apiSegments = try #require(api.interchange?.allMessages.first?.segments)
        #expect(apiSegments.contains { $0.tag == "NAD" && $0[element: 4] == "ASIANA APIS DESK *24H" })
        let com = try #require(apiSegments.first { $0.tag == "COM" })
        #expect(com.elements.count == 1, "COM has one data element repeated, not two elements")
        let crew = InterchangeParser().parse(try SampleSupport.bytes(ofSample: "valid/paxlst-d02b-iata-passengers-crew.edi"))
        #expect(crew.interchange?.groups.first?.messages.first?.segments.contains { $0[element: 4] == "O'BRIEN" } == true)
    }

    @Test("every rejected sample's CONTRL rejects and carries the sample's codes")
    func contrlCarriesTheCodes() throws {
        let builder = ContrlBuilder(clock: { PreparationTime(year: 2026, month: 11, day: 27, hour: 12, minute: 0) }, nextReference: { "CONTRL0001" })
        for sample in SampleSupport.expectations where !sample.valid {
            let result = try SampleSupport.gatewayValidator.validate(fileAt: SampleSupport.url(ofSample: sample.file).path)
            guard result.summary.header != nil else { continue }
            let contrl = try builder.build(answering: result.summary, diagnostics: result.diagnostics)
            let segments = contrl.allMessages.flatMap(\.segments)
            let codes = Set(segments.filter { ["UCI", "UCF", "UCM", "UCS", "UCD"].contains($0.tag) }.compactMap { codeOf($0) })
            #expect(codes.isSuperset(of: sample.errors.map(\.code)), "\(sample.file): CONTRL codes \(codes.sorted())")
            let uci = try #require(segments.first { $0.tag == "UCI" })
            let rejectedSomewhere = uci[element: 4] == "4" || segments.contains { $0.tag == "UCM" && $0[element: 3] == "4" }
            #expect(rejectedSomewhere, "\(sample.file): \(segments.map(\.description))")
        }
    }

    /// The syntax error code of a CONTRL segment: in UCI/UCF/UCM 0085 follows the action code,
    /// UCS/UCD carry it after the position.
    private func codeOf(_ segment: Segment) -> String? {
        let value: String?
        switch segment.tag {
        case "UCI", "UCF": value = segment[element: 5]
        case "UCM": value = segment[element: 4]
        case "UCS": value = segment[element: 2]
        case "UCD": value = segment[element: 1]
        default: value = nil
        }
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }
}
