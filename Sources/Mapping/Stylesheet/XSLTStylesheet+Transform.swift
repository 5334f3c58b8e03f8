import CLibXML2
import CLibXSLT
import Diagnostics
import Dispatch
import Foundation
public import XMLSupport

/// What a transformation produced: the serialized output (as `xsl:output` says) and its tree.
public struct TransformOutput: Sendable {
    /// The serialized result, byte for byte what `xsltproc` would write.
    public var bytes: [UInt8]
    /// The result tree (for validation and further processing).
    public var document: XMLDocument
}

extension XSLTStylesheet {
    /// Transforms a document. Safe to call from many tasks at once.
    ///
    /// - Parameters:
    ///   - parameters: string parameters (`<xsl:param>`), passed as literal strings, never
    ///     evaluated as XPath.
    /// - Throws: ``MappingError`` `.transformFailed` (an error in the stylesheet at run time, or
    ///   an action the security policy refused: reading outside the folder, writing, network),
    ///   `.limitExceeded` (time, recursion depth or output size).
    public func transform(
        _ document: XMLDocument,
        parameters: [String: String] = [:],
        limits: TransformLimits = .default
    ) throws(MappingError) -> TransformOutput {
        LibXSLTRuntime.ensureInitialized()
        guard let context = xsltNewTransformContext(pointer, document.pointer) else {
            throw MappingError(.transformFailed, "libxslt could not create a transform context")
        }
        defer { xsltFreeTransformContext(context) }
        xsltSetCtxtSecurityPrefs(LibXSLTRuntime.securityPreferences, context)
        xsltSetCtxtParseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        context.pointee.maxTemplateDepth = Int32(clamping: limits.maxTemplateDepth)
        xsltSetTransformErrorFunc(context, unipass_sink_context(LibXML2Runtime.genericMessageSink), unipass_generic_error_handler())

        let collector = XMLMessageCollector()
        let watchdog = TransformWatchdog(context: context)
        let result: xmlDocPtr? = XMLMessageCollector.$current.withValue(collector) {
            ExternalResourcePolicy.$current.withValue(policy) {
                LibXML2Runtime.routeThreadErrors()
                withParameterArray(parameters) { array in _ = xsltQuoteUserParams(context, array) }
                watchdog.arm(after: limits.timeout)
                defer { watchdog.disarm() }
                return xsltApplyStylesheetUser(pointer, document.pointer, nil, nil, nil, context)
            }
        }
        let failed = result == nil || context.pointee.state != XSLT_STATE_OK
        if watchdog.fired || failed || !collector.refusedResources.isEmpty {
            if let result { xmlFreeDoc(result) }
            throw failure(collector: collector, timedOut: watchdog.fired, limits: limits, depthLimit: limits.maxTemplateDepth)
        }
        guard let result else { throw MappingError(.transformFailed, "the transformation produced no result") }
        let output = XMLDocument(taking: result, sourceName: "output of \((path as NSString).lastPathComponent)")
        var buffer: UnsafeMutablePointer<xmlChar>?
        var length: Int32 = 0
        guard xsltSaveResultToString(&buffer, &length, result, pointer) == 0 else {
            throw MappingError(.transformFailed, "libxslt could not serialize the output of \(path)")
        }
        defer { if let buffer { unipass_xml_free(buffer) } }
        guard Int(length) <= limits.maxOutputBytes else {
            throw MappingError(.limitExceeded, "\(path) produced \(length) bytes; at most \(limits.maxOutputBytes) are accepted")
        }
        let bytes = buffer.map { Array(UnsafeBufferPointer(start: $0, count: Int(length))) } ?? []
        return TransformOutput(bytes: bytes, document: output)
    }

    private func failure(collector: XMLMessageCollector, timedOut: Bool, limits: TransformLimits, depthLimit: Int) -> MappingError {
        var diagnostics = StylesheetMessages.diagnostics(from: collector.messages, defaultFile: path, code: MappingError.Code.transformFailed.rawValue)
        for uri in collector.refusedResources {
            diagnostics.append(.error(
                MappingError.Code.transformFailed.rawValue,
                "access to '\(uri)' refused: a stylesheet may read only files inside \(readableRoots.joined(separator: ", ")) and may not write or use the network",
                at: SourceLocation(file: path)
            ))
        }
        if timedOut {
            return MappingError(.limitExceeded, "\(path) ran longer than \(limits.timeout) and was stopped", diagnostics: diagnostics)
        }
        if diagnostics.contains(where: { $0.message.contains("recursion") || $0.message.contains("xsltMaxDepth") }) {
            return MappingError(.limitExceeded, "\(path) recursed deeper than \(depthLimit) templates", diagnostics: diagnostics)
        }
        if !diagnostics.hasErrors {
            diagnostics.append(.error(MappingError.Code.transformFailed.rawValue, "the transformation failed", at: SourceLocation(file: path)))
        }
        let first = StylesheetMessages.mostTelling(diagnostics).map { "\($0.location.description): \($0.message)" } ?? ""
        return MappingError(.transformFailed, "transformation with \(path) failed: \(first)", diagnostics: diagnostics)
    }
}

/// Builds the NULL-terminated `name, value, ...` array libxslt takes, valid inside `body`.
private func withParameterArray(_ parameters: [String: String], _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>) -> Void) {
    var storage: [UnsafeMutablePointer<CChar>?] = []
    for (name, value) in parameters.sorted(by: { $0.key < $1.key }) {
        storage.append(strdup(name))
        storage.append(strdup(value))
    }
    defer { storage.forEach { free($0) } }
    var array: [UnsafePointer<CChar>?] = storage.map { UnsafePointer($0) }
    array.append(nil)
    array.withUnsafeMutableBufferPointer { buffer in
        if let base = buffer.baseAddress { body(base) }
    }
}
