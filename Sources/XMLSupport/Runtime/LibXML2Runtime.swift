package import CLibXML2

/// The guarded one-time initialisation of libxml2 and the process-wide security defaults.
///
/// `ensureInitialized()` is cheap after the first call (a `swift_once` check) and is called by
/// every entry point of `XMLSupport` and `Mapping`. It installs an external entity loader that
/// refuses every resource unless the task-local ``ExternalResourcePolicy`` allows a local file,
/// and routes libxml2's generic (printf-style) error channel to ``XMLMessageCollector`` so that
/// nothing is printed to the process's standard error.
package enum LibXML2Runtime {
    private static let initialization: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(policyEnforcingEntityLoader)
        // Defaults for threads created later; the current thread is set below.
        xmlThrDefSetGenericErrorFunc(unipass_sink_context(collectGenericMessage), unipass_generic_error_handler())
        xmlThrDefSetStructuredErrorFunc(nil, collectStructuredError)
    }()

    /// Initialises libxml2 once per process and routes this thread's fallback error channels.
    package static func ensureInitialized() {
        _ = initialization
        routeThreadErrors()
    }

    /// Points this thread's generic and structured fallback error handlers at the collector
    /// (libxml2 keeps them per thread). Idempotent and cheap.
    package static func routeThreadErrors() {
        xmlSetGenericErrorFunc(unipass_sink_context(collectGenericMessage), unipass_generic_error_handler())
        xmlSetStructuredErrorFunc(nil, collectStructuredError)
    }

    /// The C function pointer that forwards printf-style messages to the current collector;
    /// `Mapping` installs it for libxslt as well.
    package static var genericMessageSink: unipass_message_sink { collectGenericMessage }
}

/// Receives formatted libxml2/libxslt messages and hands them to the current collector.
private func collectGenericMessage(_ message: UnsafePointer<CChar>?) {
    guard let message else { return }
    XMLMessageCollector.current?.append(fragment: String(cString: message))
}

/// Fallback for structured errors that no per-context handler claimed.
private func collectStructuredError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let error, let collector = XMLMessageCollector.current else { return }
    let text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    var place = ""
    if let file = error.pointee.file { place += String(cString: file) + ":" }
    if error.pointee.line > 0 { place += "\(error.pointee.line): " }
    collector.append(fragment: place + text + (text.hasSuffix("\n") ? "" : "\n"))
}

/// The only external entity loader of the process: refuses everything that the task-local
/// policy does not allow, and never the network.
private func policyEnforcingEntityLoader(
    _ url: UnsafePointer<CChar>?,
    _ id: UnsafePointer<CChar>?,
    _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
    guard let url else {
        XMLMessageCollector.current?.recordRefusal(of: id.map { String(cString: $0) } ?? "(no system identifier)")
        return nil
    }
    let uri = String(cString: url)
    guard ExternalResourcePolicy.current.allowsRead(of: uri) else {
        XMLMessageCollector.current?.recordRefusal(of: uri)
        XMLParseSession.recordRefusal(of: uri, in: context)
        return nil
    }
    return xmlNoNetExternalEntityLoader(url, id, context)
}
