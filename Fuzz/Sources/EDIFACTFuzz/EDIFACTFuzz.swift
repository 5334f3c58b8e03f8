import CFuzzerDriver
import Diagnostics
import EDIFACT
import Glibc

/// libFuzzer target over the EDIFACT engine's tokenizer, envelope and structure validation,
/// CONTRL builder and serializer.
///
/// Besides crashes, sanitizer reports and timeouts, it traps (a finding) when a property the
/// engine promises breaks:
/// 1. the reader's findings and events do not depend on how the input is chunked (the whole
///    input at once versus chunks of 1 to 16 bytes, the size taken from the input);
/// 2. the CONTRL answering any interchange is itself a valid CONTRL (envelope and structure;
///    values it copies from the input may carry that input's value errors);
/// 3. a valid interchange, serialized and read again, gives the same segments;
/// 4. the streaming structure check (`InterchangeValidator(structure:)`, which reads the
///    tokenizer's bytes in place) reports exactly what the materialized one
///    (`MessageStructureValidator.validate(_:)` on each `Message`) reports.
@main
struct EDIFACTFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return 0 }
            FuzzProperties.check([UInt8](UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
    }
}

enum FuzzProperties {
    static let structure = MessageStructureValidator()
    static let contrl = ContrlBuilder(
        clock: { PreparationTime(year: 2026, month: 11, day: 27, hour: 12, minute: 0) },
        nextReference: { "FUZZ0001" }
    )

    static func check(_ bytes: [UInt8]) {
        let whole = read(bytes, chunk: bytes.count)
        let chunk = 1 + Int(bytes.first ?? 0) % 16
        let chunked = read(bytes, chunk: chunk)
        if whole.diagnostics != chunked.diagnostics || whole.events != chunked.events {
            fail("chunking changed the result (chunks of \(chunk) bytes): \(whole.diagnostics.items.count) vs \(chunked.diagnostics.items.count) findings, \(whole.events.count) vs \(chunked.events.count) events")
        }
        checkContrl(answering: whole)
        if !whole.diagnostics.hasErrors { checkRoundTrip(bytes) }
        let streaming = InterchangeValidator(structure: structure).validate(bytes)
        if streaming.diagnostics != whole.diagnostics {
            let differing = zip(streaming.diagnostics, whole.diagnostics).first { $0 != $1 }
            fail("the streaming structure check differs from the materialized one: \(streaming.diagnostics.count) vs \(whole.diagnostics.count) findings, first difference \(String(describing: differing))")
        }
    }

    struct Reading {
        var diagnostics: DiagnosticList
        var summary: InterchangeSummary
        var events: [InterchangeEvent]
    }

    static func read(_ bytes: [UInt8], chunk: Int) -> Reading {
        var reader = InterchangeReader(mode: .messages, messageCheck: structure.messageCheck)
        var events: [InterchangeEvent] = []
        var start = 0
        repeat {
            let end = min(bytes.count, start + max(chunk, 1))
            reader.feed(bytes[start..<end]) { events.append($0) }
            start = end
        } while start < bytes.count
        reader.finish { events.append($0) }
        return Reading(diagnostics: reader.diagnostics, summary: reader.summary, events: events)
    }

    static func checkContrl(answering reading: Reading) {
        guard reading.summary.header != nil,
              let answer = try? contrl.serialize(answering: reading.summary, diagnostics: reading.diagnostics)
        else { return }
        let result = InterchangeValidator(structure: structure).validate(answer)
        // A CONTRL copies the received identifiers verbatim into its UNB (parties swapped), UCI
        // (interchange reference, parties), UCF (group) and UCM (message reference and S009),
        // so what was wrong with them in the input may reappear there: value, character,
        // length and missing-component findings in those four segments are tolerated (e.g. UNB
        // qualifier `ZZ`, which the envelope check does not hold against code list 0007, or a
        // UNH S009 without version: see FuzzRegressionTests). Everything else (structure,
        // counts, references, UCS/UCD, syntax) must be clean.
        let copied: Set<String> = ["12", "13", "21", "37", "39", "40"]
        let echoing: Set<String> = ["UNB", "UCI", "UCF", "UCM"]
        let wrong = result.diagnostics.errors.filter { !(copied.contains($0.code) && echoing.contains($0.location.tag ?? "")) }
        if !wrong.isEmpty {
            fail("the CONTRL is invalid: \(wrong.prefix(3)) -- CONTRL: \(String(decoding: answer.prefix(600), as: UTF8.self))")
        }
    }

    static func checkRoundTrip(_ bytes: [UInt8]) {
        let parsed = InterchangeParser().parse(bytes)
        guard parsed.interchanges.count == 1, let interchange = parsed.interchange else { return }
        let serializer = InterchangeSerializer(
            separators: interchange.separators, repertoire: interchange.info.repertoire,
            writesServiceStringAdvice: true, omitsTrailingEmptyValues: false
        )
        guard let written = try? serializer.serialize(interchange) else {
            fail("a valid interchange could not be serialized")
        }
        let again = InterchangeParser().parse(written)
        guard let reread = again.interchange else { fail("the serialized interchange does not parse") }
        let before = segments(of: interchange)
        let after = segments(of: reread)
        if before.count != after.count || zip(before, after).contains(where: { $0.tag != $1.tag || $0.elements != $1.elements }) {
            fail("serialize + parse changed the segments: \(String(decoding: written.prefix(600), as: UTF8.self))")
        }
    }

    static func segments(of interchange: Interchange) -> [Segment] {
        var all = [interchange.header]
        for group in interchange.groups {
            all.append(group.header)
            for message in group.messages { all += message.segments }
            if let trailer = group.trailer { all.append(trailer) }
        }
        for message in interchange.messages { all += message.segments }
        if let trailer = interchange.trailer { all.append(trailer) }
        return all
    }

    static func fail(_ reason: String) -> Never {
        let text = "EDIFACTFuzz property violated: \(reason)\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        abort()
    }
}
