import CLibXML2

extension XMLDocument {
    /// The document as UTF-8 bytes, with an XML declaration, exactly as libxml2 serializes the
    /// tree (no reformatting).
    ///
    /// - Throws: ``XMLSupportError`` `.internalFailure` if libxml2 cannot serialize.
    public func serialized() throws(XMLSupportError) -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(pointer, &memory, &size, "UTF-8")
        guard let memory, size >= 0 else {
            throw XMLSupportError(.internalFailure, "libxml2 could not serialize \(sourceName ?? "the document")")
        }
        defer { unipass_xml_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    /// The document as a string (see ``serialized()``).
    public func serializedString() throws(XMLSupportError) -> String {
        String(decoding: try serialized(), as: UTF8.self)
    }
}
