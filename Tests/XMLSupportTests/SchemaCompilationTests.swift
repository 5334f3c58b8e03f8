import Diagnostics
import Foundation
import Testing
import XMLSupport

/// A schema that does not compile, or whose import/include libxml2 skipped, is an error.
@Suite("Schema compilation")
struct SchemaCompilationTests {
    private func write(_ files: [String: String]) throws -> URL {
        let folder = try TestPaths.temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    private let xs = #"xmlns:xs="http://www.w3.org/2001/XMLSchema""#

    @Test func compilesAndValidatesWithPaths() throws {
        let folder = try write([
            "order.xsd": """
                <xs:schema \(xs) targetNamespace="urn:order" xmlns="urn:order" elementFormDefault="qualified">
                  <xs:element name="Order"><xs:complexType><xs:sequence>
                    <xs:element name="Line" maxOccurs="unbounded"><xs:complexType><xs:sequence>
                      <xs:element name="Qty" type="xs:positiveInteger"/>
                    </xs:sequence></xs:complexType></xs:element>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = try SchemaRegistry.load(paths: [folder.path], cache: SchemaCache())
        #expect(registry.entries.count == 1)
        #expect(registry.entries.first?.targetNamespace == "urn:order")
        let validator = XMLDocumentValidator(registry: registry)
        let good = validator.validate(Array(#"<Order xmlns="urn:order"><Line><Qty>1</Qty></Line></Order>"#.utf8))
        #expect(good.isValid)
        let bad = validator.validate(Array("<Order xmlns=\"urn:order\">\n<Line><Qty>1</Qty></Line>\n<Line><Qty>-2</Qty></Line>\n</Order>".utf8), sourceName: "o.xml")
        #expect(!bad.isValid)
        let error = try #require(bad.diagnostics.errors.first)
        #expect(error.location.line == 3)
        #expect(error.location.path == "/Order/Line[2]/Qty")
        #expect(error.location.file == "o.xml")
        #expect(error.code == "xml.schema")
        let unknown = validator.validate(Array(#"<Other xmlns="urn:other"/>"#.utf8))
        #expect(unknown.diagnostics.errors.first?.code == "xml.noSchema")
    }

    @Test func aSchemaSyntaxErrorIsAnErrorWithFileAndLine() throws {
        let folder = try write(["broken.xsd": "<xs:schema \(xs)>\n  <xs:element name=\"A\" type=\"xs:nosuchtype\"/>\n</xs:schema>"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: XMLSupportError.self) {
            try XMLSchema.compile(entryAt: folder.appendingPathComponent("broken.xsd").path)
        }
        #expect(error?.code == .schemaCompilation)
        #expect(error?.diagnostics.errors.first?.location.line == 2)
        #expect(error?.diagnostics.errors.first?.location.file?.hasSuffix("broken.xsd") == true)
    }

    @Test func aMissingImportIsAnError() throws {
        let folder = try write([
            "entry.xsd": """
                <xs:schema \(xs) targetNamespace="urn:a">
                  <xs:import namespace="urn:b" schemaLocation="types/missing.xsd"/>
                  <xs:element name="A" type="xs:string"/>
                </xs:schema>
                """
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: XMLSupportError.self) {
            try XMLSchema.compile(entryAt: folder.appendingPathComponent("entry.xsd").path)
        }
        #expect(error?.code == .schemaCompilation)
        #expect(error?.reason.contains("missing.xsd") == true)
    }

    @Test func aSkippedImportIsAnError() throws {
        // libxml2 keeps the first schema for a namespace and only warns that it skips the second.
        let type = { (name: String) in
            "<xs:schema \(self.xs) targetNamespace=\"urn:b\"><xs:simpleType name=\"\(name)\"><xs:restriction base=\"xs:string\"/></xs:simpleType></xs:schema>"
        }
        let folder = try write([
            "entry.xsd": """
                <xs:schema \(xs) targetNamespace="urn:a" xmlns:b="urn:b">
                  <xs:import namespace="urn:b" schemaLocation="one/b.xsd"/>
                  <xs:import namespace="urn:b" schemaLocation="two/b.xsd"/>
                  <xs:element name="A" type="b:First"/>
                </xs:schema>
                """,
            "one/b.xsd": type("First"),
            "two/b.xsd": type("Second"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: XMLSupportError.self) {
            try XMLSchema.compile(entryAt: folder.appendingPathComponent("entry.xsd").path)
        }
        #expect(error?.code == .schemaCompilation)
        #expect(error?.diagnostics.contains { $0.message.contains("Skipping import") } == true)
    }

    @Test func schemasNeverReachTheNetwork() throws {
        let folder = try write([
            "entry.xsd": """
                <xs:schema \(xs) targetNamespace="urn:a">
                  <xs:import namespace="urn:b" schemaLocation="http://127.0.0.1:1/b.xsd"/>
                  <xs:element name="A" type="xs:string"/>
                </xs:schema>
                """
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: XMLSupportError.self) {
            try XMLSchema.compile(entryAt: folder.appendingPathComponent("entry.xsd").path)
        }
        #expect(error?.code == .schemaCompilation)
        #expect(error?.diagnostics.contains { $0.message.contains("http://127.0.0.1:1/b.xsd") } == true)
    }

    @Test func theCacheCompilesOnceAndRecompilesEditedFiles() throws {
        let folder = try write(["a.xsd": "<xs:schema \(xs)><xs:element name=\"A\" type=\"xs:string\"/></xs:schema>"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = SchemaCache()
        let path = folder.appendingPathComponent("a.xsd").path
        let first = try cache.schema(at: path)
        #expect(try cache.schema(at: path) === first)
        try Data("<xs:schema \(xs)><xs:element name=\"B\" type=\"xs:string\"/><xs:element name=\"C\" type=\"xs:int\"/></xs:schema>".utf8).write(to: URL(fileURLWithPath: path))
        let second = try cache.schema(at: path)
        #expect(second !== first)
        #expect(second.globalElementNames == ["B", "C"])
        #expect(second.accepts(root: XMLQualifiedName(namespace: nil, localName: "B")))
        #expect(!second.accepts(root: XMLQualifiedName(namespace: nil, localName: "A")))
    }
}
