import CLibXML2
import CLibXSLT
import XMLSupport

/// The guarded one-time initialisation of libxslt and libexslt, and the process-wide
/// forbid-all security policy.
///
/// The default security preferences (used by libxslt at compile time for `xsl:include` and
/// `xsl:import`, and installed on every transform context) forbid writing files, creating
/// folders, and reading or writing the network; reading a file is allowed only when the
/// task-local ``ExternalResourcePolicy`` allows it (the mapping's own folder). libxslt's
/// printf-style error channel goes to the task-local ``XMLMessageCollector``.
enum LibXSLTRuntime {
    /// The security preferences, created once and never changed afterwards.
    private struct SharedPreferences: @unchecked Sendable { let pointer: xsltSecurityPrefsPtr? }

    /// The shared security preferences every transform context gets.
    static var securityPreferences: xsltSecurityPrefsPtr? { initialization.pointer }

    private static let initialization: SharedPreferences = {
        LibXML2Runtime.ensureInitialized()
        xsltInit()
        exsltRegisterAll()
        unipass_xslt_set_max_depth(1_000)
        xsltSetGenericErrorFunc(unipass_sink_context(LibXML2Runtime.genericMessageSink), unipass_generic_error_handler())
        let preferences = xsltNewSecurityPrefs()
        xsltSetSecurityPrefs(preferences, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid)
        xsltSetSecurityPrefs(preferences, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid)
        xsltSetSecurityPrefs(preferences, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid)
        xsltSetSecurityPrefs(preferences, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid)
        xsltSetSecurityPrefs(preferences, XSLT_SECPREF_READ_FILE, allowReadInsidePolicyRoots)
        xsltSetDefaultSecurityPrefs(preferences)
        return SharedPreferences(pointer: preferences)
    }()

    /// Initialises libxml2, libxslt and libexslt once per process, and routes this thread's
    /// libxml2 fallback error channels (they are per thread).
    static func ensureInitialized() {
        _ = initialization
        LibXML2Runtime.ensureInitialized()
    }
}

/// READ_FILE check: only files the task-local policy allows (the mapping's folder).
private func allowReadInsidePolicyRoots(
    _ preferences: xsltSecurityPrefsPtr?,
    _ context: xsltTransformContextPtr?,
    _ value: UnsafePointer<CChar>?
) -> Int32 {
    guard let value else { return 0 }
    let uri = String(cString: value)
    if ExternalResourcePolicy.current.allowsRead(of: uri) { return 1 }
    XMLMessageCollector.current?.recordRefusal(of: uri)
    return 0
}
