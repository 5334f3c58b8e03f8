import CLibXML2
public import Diagnostics
import Foundation

/// One compiled XSD entry schema (with everything it includes and imports), shareable between
/// tasks: libxml2 treats a compiled schema as read-only, and every validation creates its own
/// validation context.
///
/// Compile through ``compile(entryAt:)`` or, better, ``SchemaCache`` (which compiles each file
/// once). Compilation is serialized process-wide because libxml2's schema parser is not
/// thread-safe; it may read local files (schemas are configuration) but never the network.
/// A schema that fails to compile, or whose import or include libxml2 skipped (libxml2 reports
/// that only as a warning), is an error.
public final class XMLSchema: @unchecked Sendable {
    private let pointer: xmlSchemaPtr
    /// The entry file, resolved.
    public let entryPath: String
    /// The entry's target namespace; nil for a no-namespace schema.
    public let targetNamespace: String?
    /// The global elements the entry declares in its target namespace (candidate roots).
    public let globalElementNames: Set<String>

    private static let compilationLock = NSLock()

    private init(pointer: xmlSchemaPtr, entryPath: String) {
        self.pointer = pointer
        self.entryPath = entryPath
        targetNamespace = pointer.pointee.targetNamespace.map { String(cString: $0) }
        var names = Set<String>()
        if let table = pointer.pointee.elemDecl {
            withUnsafeMutablePointer(to: &names) { namesPointer in
                xmlHashScan(table, { _, data, name in
                    guard let data, let name else { return }
                    data.assumingMemoryBound(to: Set<String>.self).pointee.insert(String(cString: name))
                }, namesPointer)
            }
        }
        globalElementNames = names
    }

    deinit { xmlSchemaFree(pointer) }

    /// True when this entry validates documents with this root: same namespace, and for
    /// no-namespace schemas the root is one of its global elements.
    public func accepts(root: XMLQualifiedName) -> Bool {
        guard root.namespace == targetNamespace else { return false }
        return globalElementNames.isEmpty || globalElementNames.contains(root.localName)
    }

    /// Compiles an entry XSD.
    ///
    /// - Parameter toleratingSkippedImports: accept a schema set in which libxml2 skips an
    ///   import because the namespace was already imported from another file (it then keeps the
    ///   first file's definitions). Off by default, and it should stay off: the skipped file may
    ///   define different types (HMRC's DMS notification schemas ship two different copies of
    ///   UnqualifiedDataType). The skip is then reported as a warning.
    /// - Throws: ``XMLSupportError`` `.schemaCompilation` with every error and warning of the
    ///   schema parser (file and line), or `.io` when the file does not exist.
    public static func compile(entryAt path: String, toleratingSkippedImports: Bool = false) throws(XMLSupportError) -> XMLSchema {
        LibXML2Runtime.ensureInitialized()
        guard let resolved = ExternalResourcePolicy.resolvedPath(path) else {
            throw XMLSupportError(.io, "schema '\(path)' does not exist")
        }
        compilationLock.lock()
        defer { compilationLock.unlock() }
        let collector = SchemaErrorCollector(defaultFile: resolved, toleratesSkippedImports: toleratingSkippedImports)
        let messages = XMLMessageCollector()
        let schema: xmlSchemaPtr? = XMLMessageCollector.$current.withValue(messages) {
            ExternalResourcePolicy.$current.withValue(.localFiles(under: ["/"])) {
                guard let context = xmlSchemaNewParserCtxt(resolved) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                let box = Unmanaged.passRetained(collector)
                defer { box.release() }
                xmlSchemaSetParserStructuredErrors(context, { data, error in
                    guard let data, let error else { return }
                    Unmanaged<SchemaErrorCollector>.fromOpaque(data).takeUnretainedValue().record(error.pointee, warningsAreErrors: true)
                }, box.toOpaque())
                return xmlSchemaParse(context)
            }
        }
        var diagnostics = collector.diagnostics
        for uri in messages.refusedResources {
            diagnostics.append(.error("xml.schemaCompilation", "schema resource '\(uri)' refused: schemas may read local files only", at: SourceLocation(file: resolved)))
        }
        for message in messages.messages where !diagnostics.contains(where: { $0.message.hasPrefix(message) }) {
            diagnostics.append(.error("xml.schemaCompilation", message, at: SourceLocation(file: resolved)))
        }
        guard let schema, !diagnostics.hasErrors else {
            if let schema { xmlSchemaFree(schema) }
            if diagnostics.isEmpty {
                diagnostics.append(.error("xml.schemaCompilation", "the schema did not compile", at: SourceLocation(file: resolved)))
            }
            let first = diagnostics.errors.first.map { "\($0.location.description): \($0.message)" } ?? ""
            throw XMLSupportError(.schemaCompilation, "schema '\(resolved)' does not compile: \(first)", diagnostics: diagnostics)
        }
        return XMLSchema(pointer: schema, entryPath: resolved)
    }

    /// Validates a document against this schema. Safe to call from many tasks at once.
    ///
    /// - Returns: the findings, each with line, element path and (where libxml2 knows it) column.
    public func validate(_ document: XMLDocument) -> DiagnosticList {
        LibXML2Runtime.ensureInitialized()
        let collector = SchemaErrorCollector(defaultFile: document.sourceName)
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return DiagnosticList([.error("xml.internal", "libxml2 could not allocate a validation context")])
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(context, { data, error in
            guard let data, let error else { return }
            Unmanaged<SchemaErrorCollector>.fromOpaque(data).takeUnretainedValue().record(error.pointee, warningsAreErrors: false)
        }, box.toOpaque())
        let result = ExternalResourcePolicy.$current.withValue(.refuseAll) {
            xmlSchemaValidateDoc(context, document.pointer)
        }
        var diagnostics = collector.diagnostics
        if result != 0 && !diagnostics.hasErrors {
            diagnostics.append(.error("xml.schema", "the document is not valid against \(entryPath) (libxml2 code \(result))", at: SourceLocation(file: document.sourceName)))
        }
        return diagnostics
    }
}
