import Diagnostics
import EDIFACT
import Foundation
import Testing

/// Interoperability with pydifact, a real EDIFACT library other systems use: what pydifact
/// writes, the engine accepts and decodes to the same values; the CONTRL the engine writes,
/// pydifact reads back to the same segments.
@Suite("Interop with pydifact")
struct InteropTests {
    /// One line of `pydifact_write.py`'s report.
    struct WrittenInterchange: Decodable {
        var file: String
        var messages: Int
        var references: [String]
        var names: [String]
    }

    @Test("interchanges written by pydifact (several messages, release characters, custom UNA, UNOY) are valid and decode to pydifact's values")
    func pydifactInterchangesAreAccepted() throws {
        guard let python = InteropPeer.python() else { return }
        let folder = try InteropPeer.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try InteropPeer.run("pydifact_write.py", [SampleSupport.samplesFolder.path, folder.path], python: python)
        try #require(output.status == 0, "pydifact_write.py failed: \(output.stderr)")
        let written = try String(decoding: output.stdout, as: UTF8.self).split(separator: "\n")
            .map { try JSONDecoder().decode(WrittenInterchange.self, from: Data($0.utf8)) }
        #expect(written.map(\.file) == ["pydifact-cuscar-three-messages.edi", "pydifact-cuscar-custom-una.edi", "pydifact-cuscar-unoy.edi"])

        for interchange in written {
            let url = folder.appendingPathComponent(interchange.file)
            let result = try SampleSupport.gatewayValidator.validate(fileAt: url.path)
            let errors = result.diagnostics.errors
            #expect(errors.isEmpty, "\(interchange.file): \(errors)")
            #expect(result.summary.messageCount == interchange.messages)

            let parsed = InterchangeParser().parse([UInt8](try Data(contentsOf: url)))
            let messages = try #require(parsed.interchange?.allMessages)
            #expect(messages.map(\.reference) == interchange.references, "\(interchange.file)")
            let consignees = messages.map { message in
                message.segments.first { $0.tag == "NAD" && $0[element: 1] == "CN" }?[element: 4]
            }
            #expect(consignees == interchange.names.map { Optional($0) }, "\(interchange.file): release characters and character set decode to pydifact's text")
        }
    }

    @Test("pydifact reads the engine's CONTRL back to the same segments", arguments: [
        "invalid/cuscar-d96b-sea-unt-count.edi",         // syntax 3, UCM + UCS
        "invalid/paxlst-d02b-une-count.edi",             // syntax 4 with a functional group (UCF)
        "invalid/cusdec-d96b-too-many-components.edi",   // UCD with a component position
        "valid/cusres-d96b-responses.edi",               // accepted: UCI 7
    ])
    func contrlReadsBackInPydifact(_ file: String) throws {
        guard let python = InteropPeer.python() else { return }
        let folder = try InteropPeer.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SampleSupport.gatewayValidator.validate(fileAt: SampleSupport.url(ofSample: file).path)
        let builder = ContrlBuilder(clock: { PreparationTime(year: 2026, month: 11, day: 27, hour: 12, minute: 0) }, nextReference: { "CONTRL0001" })
        let contrl = try builder.build(answering: result.summary, diagnostics: result.diagnostics)
        let bytes = try builder.serialize(answering: result.summary, diagnostics: result.diagnostics, lineBreaks: true)
        let path = folder.appendingPathComponent("contrl.edi")
        try Data(bytes).write(to: path)

        let output = try InteropPeer.run("contrl_to_json.py", [path.path], python: python)
        try #require(output.status == 0, "pydifact could not read the CONTRL: \(String(decoding: output.stdout, as: UTF8.self)) \(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any])
        #expect(json["messageTypes"] as? [String] == ["CONTRL"])
        let peerSegments = try #require(json["segments"] as? [[String: Any]])
        // The engine's reading of its own bytes (the built Interchange leaves counts to the serializer).
        let reread = try #require(InterchangeParser().parse(bytes).interchange)
        #expect(reread.allMessages.flatMap(\.segments).map(\.tag) == contrl.allMessages.flatMap(\.segments).map(\.tag))
        let ourSegments = [reread.header] + reread.allMessages.flatMap(\.segments) + [reread.trailer].compactMap { $0 }
        #expect(peerSegments.map { $0["tag"] as? String } == ourSegments.map(\.tag))
        for (peer, ours) in zip(peerSegments, ourSegments) {
            #expect(Self.flatten(peer["elements"]) == Self.flatten(ours), "\(ours.tag): pydifact \(peer["elements"] ?? "nil") vs engine \(ours)")
        }
    }

    /// A segment's elements as lists of component strings, trailing empty ones dropped (pydifact
    /// and the serializer both may omit them).
    static func flatten(_ segment: Segment) -> [[String]] {
        trim(segment.elements.map { element in trim((1...max(element.components.count, 1)).map { element[component: $0] ?? "" }) })
    }

    static func flatten(_ value: Any?) -> [[String]] {
        guard let elements = value as? [Any] else { return [] }
        return trim(elements.map { element in
            if let text = element as? String { return trim([text]) }
            return trim((element as? [Any] ?? []).map { ($0 as? String) ?? "" })
        })
    }

    private static func trim<T: Collection>(_ items: [T]) -> [T] {
        var items = items
        while let last = items.last, last.isEmpty { items.removeLast() }
        return items
    }
}
