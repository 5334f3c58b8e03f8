import Diagnostics
import XMLSupport

extension SourceDocument {
    /// EDIFACT input: parsed by the EDIFACT module and rendered as XML for the stylesheet.
    static func readEDIFACT(_ bytes: [UInt8], sourceName: String?, parseOptions: XMLParseOptions) throws(MappingError) -> SourceDocument {
        throw MappingError(.unsupportedFormat, "\(sourceName ?? "input"): EDIFACT input needs the interchange XML renderer, which this build does not have yet")
    }
}
