import Diagnostics
import Foundation
import Testing
import XMLSupport

/// The hardened parser refuses every classic XML attack with a clear error, fast.
@Suite("Hardened parsing")
struct HardenedParsingTests {
    /// Both the default options and a permissive DOCTYPE setting must refuse entity tricks.
    static let optionSets: [XMLParseOptions] = [.default, XMLParseOptions(allowsDocumentTypeDeclaration: true)]

    @Test func parsesAWellFormedDocument() throws {
        let document = try XMLDocument(parsing: #"<d:Declaration xmlns:d="urn:example"><d:Id a="1">X</d:Id></d:Declaration>"#)
        #expect(document.root == XMLQualifiedName(namespace: "urn:example", localName: "Declaration"))
    }

    @Test func reportsLineAndColumnOfASyntaxError() {
        let error = #expect(throws: XMLSupportError.self) {
            try XMLDocument(parsing: "<a>\n  <b>\n</a>", sourceName: "broken.xml")
        }
        #expect(error?.code == .notWellFormed)
        let first = error?.diagnostics.errors.first
        #expect(first?.location.line == 3)
        #expect(first?.location.column != nil)
        #expect(first?.location.file == "broken.xml")
        #expect(error?.reason.contains("line 3") == true)
    }

    @Test(arguments: optionSets)
    func refusesExternalEntityToAFile(options: XMLParseOptions) {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <r>&xxe;</r>
            """
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml, options: options) }
        #expect(error?.code == .entityRefused)
        #expect(error?.description.contains("root:") == false)
    }

    @Test(arguments: optionSets)
    func refusesExternalEntityToAURL(options: XMLParseOptions) {
        let xml = #"<!DOCTYPE r [<!ENTITY net SYSTEM "http://127.0.0.1:1/secret">]><r>&net;</r>"#
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml, options: options) }
        #expect(error?.code == .entityRefused)
    }

    @Test(arguments: optionSets)
    func refusesParameterEntities(options: XMLParseOptions) {
        let xml = """
            <!DOCTYPE r [
              <!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd">
              %remote;
            ]><r/>
            """
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml, options: options) }
        #expect(error?.code == .entityRefused)
    }

    @Test func refusesAnExternalDTD() {
        let xml = #"<!DOCTYPE r SYSTEM "file:///etc/passwd"><r/>"#
        let error = #expect(throws: XMLSupportError.self) {
            try XMLDocument(parsing: xml, options: XMLParseOptions(allowsDocumentTypeDeclaration: true))
        }
        #expect(error?.code == .externalResourceRefused)
        #expect(error?.reason.contains("/etc/passwd") == true)
    }

    @Test func acceptsAnEntityFreeDoctypeOnlyWhenAllowed() throws {
        let xml = "<!DOCTYPE r><r/>"
        #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml) }
        let document = try XMLDocument(parsing: xml, options: XMLParseOptions(allowsDocumentTypeDeclaration: true))
        #expect(document.root?.localName == "r")
    }

    @Test(arguments: optionSets)
    func refusesBillionLaughsQuickly(options: XMLParseOptions) {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml, options: options) }
        #expect(error?.code == .entityRefused)
        // A hang guard, not a benchmark: expansion would take minutes and gigabytes.
        #expect(clock.now - start < .seconds(2))
    }

    @Test(arguments: optionSets)
    func refusesQuadraticBlowup(options: XMLParseOptions) {
        let big = String(repeating: "A", count: 50_000)
        let xml = "<!DOCTYPE r [<!ENTITY a \"\(big)\">]><r>" + String(repeating: "&a;", count: 50_000) + "</r>"
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml, options: options) }
        #expect(error?.code == .entityRefused)
    }

    @Test func refusesDeepNesting() {
        let depth = 10_000
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml) }
        #expect(error?.code == .limitExceeded)
        #expect(error?.reason.contains("256") == true)
    }

    @Test func depthLimitIsExact() throws {
        let options = XMLParseOptions(maxDepth: 10)
        func nested(_ depth: Int) -> String { String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) }
        _ = try XMLDocument(parsing: nested(10), options: options)
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: nested(11), options: options) }
        #expect(error?.code == .limitExceeded)
        #expect(error?.diagnostics.first?.location.line == 1)
    }

    @Test func refusesAHugeAttribute() {
        let xml = "<r a=\"" + String(repeating: "x", count: 1 << 20) + "\"/>"
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml) }
        #expect(error?.code == .limitExceeded)
        #expect(error?.reason.contains("attribute 'a'") == true)
    }

    @Test func refusesAnOversizedDocument() {
        let xml = "<r>" + String(repeating: "x", count: 2_000) + "</r>"
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: xml, options: XMLParseOptions(maxDocumentBytes: 1_000)) }
        #expect(error?.code == .limitExceeded)
    }

    @Test func refusesEmptyInput() {
        let error = #expect(throws: XMLSupportError.self) { try XMLDocument(parsing: [UInt8]()) }
        #expect(error?.code == .notWellFormed)
    }

    @Test func parsesConcurrently() async throws {
        let xml = Array("<r xmlns=\"urn:x\"><a>1</a></r>".utf8)
        try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<64 {
                group.addTask { try XMLDocument(parsing: xml).root?.namespace }
            }
            for try await namespace in group { #expect(namespace == "urn:x") }
        }
    }
}

@Suite("Serialization")
struct XMLDocumentSerializationTests {
    @Test func roundTripsTheTree() throws {
        let document = try XMLDocument(parsing: #"<r xmlns="urn:x"><a b="1">é</a></r>"#)
        let text = try document.serializedString()
        #expect(text.contains(#"<r xmlns="urn:x"><a b="1">é</a></r>"#))
        #expect(try XMLDocument(parsing: text).root == document.root)
    }
}
