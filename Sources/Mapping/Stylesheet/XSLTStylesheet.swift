import CLibXML2
import CLibXSLT
import Diagnostics
import Foundation
import XMLSupport

/// A compiled XSLT 1.0 stylesheet (libxslt + EXSLT), shareable between tasks: a compiled
/// stylesheet is read-only, and every transformation gets its own transform context.
///
/// Compiled with the forbid-all security policy: `xsl:include`/`xsl:import` (and, at run time,
/// `document()`) may read files only inside ``readableRoots`` (the mapping's folder); nothing
/// may be written (`exsl:document`, `xsl:document`) and the network is never reachable.
/// Compilation is serialized process-wide.
public final class XSLTStylesheet: @unchecked Sendable {
    let pointer: xsltStylesheetPtr
    /// The stylesheet file, resolved.
    public let path: String
    /// The folders its includes, imports and `document()` calls may read.
    public let readableRoots: [String]

    private static let compilationLock = NSLock()

    private init(pointer: xsltStylesheetPtr, path: String, readableRoots: [String]) {
        self.pointer = pointer
        self.path = path
        self.readableRoots = readableRoots
    }

    deinit { xsltFreeStylesheet(pointer) }

    /// The policy every compile and transform of this stylesheet runs under.
    var policy: ExternalResourcePolicy { .localFiles(under: readableRoots) }

    /// Compiles a stylesheet file.
    ///
    /// - Parameter readableRoots: folders it may read (default: the stylesheet's own folder).
    /// - Throws: ``MappingError`` `.stylesheetCompilation` whose diagnostics give the file and
    ///   line of each error (including an include refused by the policy).
    public static func compile(path: String, readableRoots: [String]? = nil) throws(MappingError) -> XSLTStylesheet {
        LibXSLTRuntime.ensureInitialized()
        guard let resolved = ExternalResourcePolicy.resolvedPath(path) else {
            throw MappingError(.io, "stylesheet '\(path)' does not exist")
        }
        let roots = readableRoots ?? [(resolved as NSString).deletingLastPathComponent]
        let policy = ExternalResourcePolicy.localFiles(under: roots)
        let collector = XMLMessageCollector()
        compilationLock.lock()
        defer { compilationLock.unlock() }
        let style: xsltStylesheetPtr? = XMLMessageCollector.$current.withValue(collector) {
            ExternalResourcePolicy.$current.withValue(policy) {
                LibXML2Runtime.routeThreadErrors()
                return xsltParseStylesheetFile(resolved)
            }
        }
        let refused = collector.refusedResources
        if let style, style.pointee.errors == 0, refused.isEmpty {
            return XSLTStylesheet(pointer: style, path: resolved, readableRoots: roots)
        }
        if let style { xsltFreeStylesheet(style) }
        var diagnostics = StylesheetMessages.diagnostics(from: collector.messages, defaultFile: resolved, code: MappingError.Code.stylesheetCompilation.rawValue)
        for uri in refused {
            diagnostics.append(.error(
                MappingError.Code.stylesheetCompilation.rawValue,
                "reading '\(uri)' refused: a stylesheet may include, import and read only files inside \(roots.joined(separator: ", "))",
                at: SourceLocation(file: resolved)
            ))
        }
        if !diagnostics.hasErrors {
            diagnostics.append(.error(MappingError.Code.stylesheetCompilation.rawValue, "the stylesheet does not compile", at: SourceLocation(file: resolved)))
        }
        let first = StylesheetMessages.mostTelling(diagnostics).map { "\($0.location.description): \($0.message)" } ?? ""
        throw MappingError(.stylesheetCompilation, "stylesheet does not compile: \(first)", diagnostics: diagnostics)
    }
}

/// Turns libxslt's text messages ("compilation error: file F line N element E", "F:N: ...")
/// into diagnostics with file and line.
enum StylesheetMessages {
    static func diagnostics(from messages: [String], defaultFile: String?, code: String) -> DiagnosticList {
        var list = DiagnosticList()
        var pendingLocation: SourceLocation?
        for message in messages where message != "error" && message != "warning" {
            if let location = locationHeader(message) {
                // libxslt prints the location on one line and the reason on the next.
                if let pending = pendingLocation { list.append(.error(code, message, at: pending)) }
                pendingLocation = location
                continue
            }
            let (location, text) = prefixedLocation(message) ?? (pendingLocation ?? SourceLocation(file: defaultFile), message)
            list.append(.error(code, text, at: location))
            pendingLocation = nil
        }
        if let pending = pendingLocation { list.append(.error(code, "error", at: pending)) }
        return list
    }

    /// The finding that best explains a failure: a refusal, else the first with a line, else the first.
    static func mostTelling(_ list: DiagnosticList) -> Diagnostic? {
        let errors = list.errors
        return errors.first { $0.message.contains("refused") } ?? errors.first { $0.location.line != nil } ?? errors.first
    }

    /// "compilation error: file /x/t.xsl line 12 element value-of" / "runtime error: file ... line ..."
    private static func locationHeader(_ message: String) -> SourceLocation? {
        guard message.hasPrefix("compilation error: file ") || message.hasPrefix("runtime error: file ")
            || message.hasPrefix("compilation warning: file ") else { return nil }
        let words = message.split(separator: " ").map(String.init)
        guard let fileIndex = words.firstIndex(of: "file"), fileIndex + 1 < words.count else { return nil }
        var location = SourceLocation(file: words[fileIndex + 1])
        if let lineIndex = words.firstIndex(of: "line"), lineIndex + 1 < words.count { location.line = Int(words[lineIndex + 1]) }
        if let elementIndex = words.firstIndex(of: "element"), elementIndex + 1 < words.count { location.tag = words[elementIndex + 1] }
        return location
    }

    /// "/path/file.xsl:12: parser error : ..."
    private static func prefixedLocation(_ message: String) -> (SourceLocation, String)? {
        let parts = message.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].hasPrefix("/"), let line = Int(parts[1]) else { return nil }
        return (SourceLocation(file: String(parts[0]), line: line), parts[2].trimmingCharacters(in: .whitespaces))
    }
}
