import EDIFACT

/// The bridge to the EDIFACT module's XML rendering (INTERFACES.md section 3): interchange to
/// XML bytes for inbound stylesheets, XML rendering back to EDIFACT for outbound ones.
enum InterchangeRendering {
    /// The XML rendering of an interchange.
    static func xml(of interchange: Interchange, sourceName: String) throws(MappingError) -> [UInt8] {
        throw MappingError(.unsupportedFormat, "\(sourceName): EDIFACT input needs the interchange XML renderer, which this build does not have yet")
    }
}
