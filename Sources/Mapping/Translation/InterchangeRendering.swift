import EDIFACT

/// The bridge to the EDIFACT module's XML rendering (INTERFACES.md section 3): interchange to
/// XML bytes for inbound stylesheets, the XML rendering a stylesheet wrote back to EDIFACT for
/// outbound ones.
enum InterchangeRendering {
    /// The XML rendering of an interchange (helper B's `InterchangeXMLRenderer`, built-in directories).
    static func xml(of interchange: Interchange, sourceName: String) throws(MappingError) -> [UInt8] {
        do {
            return try InterchangeXMLRenderer().render(interchange)
        } catch {
            throw MappingError(.invalidInput, "\(sourceName): the interchange cannot be rendered as XML: \(error)")
        }
    }

    /// EDIFACT bytes from an XML rendering: `InterchangeXMLReader`, then `InterchangeSerializer`
    /// with the interchange's own separators and character set, `UNA` when the rendering has one,
    /// and a line break after each segment (readable; every mainstream reader accepts it).
    static func edifact(fromRendering bytes: [UInt8], mappingID: String) throws(MappingError) -> [UInt8] {
        let interchange: Interchange
        do {
            interchange = try InterchangeXMLReader().read(bytes)
        } catch {
            throw MappingError(.invalidOutput, "the output of mapping '\(mappingID)' is not a readable XML rendering of an interchange: \(error)")
        }
        let serializer = InterchangeSerializer(
            separators: interchange.separators,
            repertoire: interchange.info.repertoire,
            writesServiceStringAdvice: interchange.hasServiceStringAdvice,
            lineBreakAfterSegment: true
        )
        do {
            return try serializer.serialize(interchange)
        } catch {
            throw MappingError(.invalidOutput, "the output of mapping '\(mappingID)' cannot be written as EDIFACT: \(error)")
        }
    }
}
