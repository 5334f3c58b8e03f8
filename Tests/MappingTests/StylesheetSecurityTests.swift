import Diagnostics
import Foundation
import Mapping
import Testing
import XMLSupport

/// Every stylesheet runs under a forbid-all policy: no file outside its folder, no writing, no
/// network, bounded recursion and time.
@Suite("Stylesheet security")
struct StylesheetSecurityTests {
    let input = try! XMLDocument(parsing: "<in/>")

    func compile(_ name: String) throws -> XSLTStylesheet {
        try XSLTStylesheet.compile(path: MappingTestPaths.security + "/" + name)
    }

    @Test(arguments: ["/etc/passwd", "file:///etc/passwd", MappingTestPaths.outside + "/secret.xml", MappingTestPaths.security + "/../outside/secret.xml"])
    func documentCannotReadOutsideTheFolder(target: String) throws {
        let stylesheet = try compile("read-file.xsl")
        let error = #expect(throws: MappingError.self) {
            try stylesheet.transform(input, parameters: ["target": target])
        }
        #expect(error?.code == .transformFailed)
        #expect(error?.diagnostics.contains { $0.message.contains("refused") } == true)
        #expect(error?.description.contains("outside-the-folder") == false)
        #expect(error?.description.contains("root:x:") == false)
    }

    @Test func documentMayReadInsideTheFolder() throws {
        let output = try compile("read-inside.xsl").transform(input)
        #expect(String(decoding: output.bytes, as: UTF8.self).contains("<code>inside-the-folder</code>"))
    }

    @Test(arguments: ["write-file.xsl", "xsl-document.xsl"])
    func stylesheetsCannotWriteFiles(name: String) throws {
        let folder = try MappingTestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/owned.txt"
        let error = #expect(throws: MappingError.self) {
            try compile(name).transform(input, parameters: ["target": target])
        }
        #expect(error?.code == .transformFailed)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func stylesheetsCannotOpenURLs() throws {
        let error = #expect(throws: MappingError.self) { try compile("open-url.xsl").transform(input) }
        #expect(error?.code == .transformFailed)
        #expect(error?.diagnostics.contains { $0.message.contains("http://127.0.0.1:1/secret.xml") } == true)
    }

    @Test func includesOutsideTheFolderAreRefusedAtCompileTime() {
        let error = #expect(throws: MappingError.self) { try compile("include-outside.xsl") }
        #expect(error?.code == .stylesheetCompilation)
        #expect(error?.diagnostics.contains { $0.message.contains("evil.xsl") && $0.message.contains("refused") } == true)
    }

    @Test func importsFromTheNetworkAreRefused() {
        let error = #expect(throws: MappingError.self) { try compile("import-url.xsl") }
        #expect(error?.code == .stylesheetCompilation)
        #expect(error?.diagnostics.contains { $0.message.contains("http://127.0.0.1:1/evil.xsl") } == true)
    }

    @Test func compileErrorsNameFileAndLine() {
        let error = #expect(throws: MappingError.self) { try compile("broken.xsl") }
        #expect(error?.code == .stylesheetCompilation)
        let located = error?.diagnostics.first { $0.location.line != nil }
        #expect(located?.location.file?.hasSuffix("broken.xsl") == true)
        #expect(located?.location.line == 4)
    }

    @Test func endlessRecursionIsStopped() throws {
        let error = #expect(throws: MappingError.self) {
            try compile("recursion.xsl").transform(input, limits: TransformLimits(maxTemplateDepth: 200))
        }
        #expect(error?.code == .limitExceeded)
    }

    @Test func slowTransformationsAreStopped() throws {
        let items = "<in>" + String(repeating: "<i/>", count: 1_000) + "</in>"
        let document = try XMLDocument(parsing: items)
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: MappingError.self) {
            try compile("slow.xsl").transform(document, limits: TransformLimits(timeout: .milliseconds(200)))
        }
        #expect(error?.code == .limitExceeded)
        #expect(error?.reason.contains("longer than") == true)
        #expect(clock.now - start < .seconds(10))
    }

    @Test func outputSizeIsBounded() throws {
        let error = #expect(throws: MappingError.self) {
            try compile("read-inside.xsl").transform(input, limits: TransformLimits(maxOutputBytes: 10))
        }
        #expect(error?.code == .limitExceeded)
    }

    @Test func parametersAreLiteralStrings() throws {
        let value = #"count(//*) and "quotes" 'both'"#
        let output = try compile("params.xsl").transform(input, parameters: ["sender": value])
        #expect(String(decoding: output.bytes, as: UTF8.self) == value)
    }

    @Test func oneStylesheetServesManyTasks() async throws {
        let stylesheet = try compile("read-inside.xsl")
        let document = input
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<32 { group.addTask { try stylesheet.transform(document).bytes.count } }
            var sizes = Set<Int>()
            for try await size in group { sizes.insert(size) }
            #expect(sizes.count == 1)
        }
    }
}
