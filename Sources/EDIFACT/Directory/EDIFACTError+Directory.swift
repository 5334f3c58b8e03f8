extension EDIFACTError.Code {
    /// A directory file (compact definitions) is malformed; the reason names file and line.
    public static let directoryFormat = Self(rawValue: "directoryFormat")
    /// A UNECE directory file could not be understood by the importer.
    public static let directorySource = Self(rawValue: "directorySource")
    /// An XML rendering of an interchange is malformed or not the documented rendering.
    public static let xmlRendering = Self(rawValue: "xmlRendering")
}
