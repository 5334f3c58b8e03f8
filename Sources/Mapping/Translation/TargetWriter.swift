/// Turns a transformation's output into the bytes the target format wants: XML as serialized;
/// EDIFACT targets from the XML rendering the stylesheet wrote.
enum TargetWriter {
    static func bytes(for output: TransformOutput, mapping: MappingDefinition) throws(MappingError) -> [UInt8] {
        switch mapping.manifest.target.format {
        case .xml:
            return output.bytes
        case .edifact:
            return try edifactBytes(for: output, mapping: mapping)
        }
    }

    static func edifactBytes(for output: TransformOutput, mapping: MappingDefinition) throws(MappingError) -> [UInt8] {
        try InterchangeRendering.edifact(fromRendering: output.bytes, mappingID: mapping.id)
    }
}
