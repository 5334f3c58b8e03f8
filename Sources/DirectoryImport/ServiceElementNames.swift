/// Names of the ISO 9735 service segments, composites and data elements, and the
/// representation of the few elements the staedi schema data leaves without a length.
/// (Names as ISO 9735 gives them; the staedi data carries identifiers only.)
enum ServiceElementNames {
    static let segments: [String: String] = [
        "UNA": "SERVICE STRING ADVICE", "UNB": "INTERCHANGE HEADER", "UNG": "FUNCTIONAL GROUP HEADER",
        "UNH": "MESSAGE HEADER", "UNT": "MESSAGE TRAILER", "UNE": "FUNCTIONAL GROUP TRAILER",
        "UNZ": "INTERCHANGE TRAILER", "UNS": "SECTION CONTROL",
        "UCI": "INTERCHANGE RESPONSE", "UCM": "MESSAGE/PACKAGE RESPONSE", "UCS": "SEGMENT ERROR INDICATION",
        "UCD": "DATA ELEMENT ERROR INDICATION", "UCF": "GROUP RESPONSE",
    ]

    static let composites: [String: String] = [
        "S001": "SYNTAX IDENTIFIER", "S002": "INTERCHANGE SENDER", "S003": "INTERCHANGE RECIPIENT",
        "S004": "DATE AND TIME OF PREPARATION", "S005": "RECIPIENT REFERENCE/PASSWORD DETAILS",
        "S006": "APPLICATION SENDER IDENTIFICATION", "S007": "APPLICATION RECIPIENT IDENTIFICATION",
        "S008": "MESSAGE VERSION", "S009": "MESSAGE IDENTIFIER", "S010": "STATUS OF THE TRANSFER",
        "S011": "DATA ELEMENT IDENTIFICATION", "S016": "MESSAGE SUBSET IDENTIFICATION",
        "S017": "MESSAGE IMPLEMENTATION GUIDELINE IDENTIFICATION", "S018": "SCENARIO IDENTIFICATION",
        "S020": "REFERENCE IDENTIFICATION",
    ]

    static let elements: [String: String] = [
        "0001": "Syntax identifier", "0002": "Syntax version number", "0004": "Interchange sender identification",
        "0007": "Identification code qualifier", "0008": "Interchange sender internal identification",
        "0010": "Interchange recipient identification", "0013": "Service segment tag",
        "0014": "Interchange recipient internal identification", "0017": "Date", "0019": "Time",
        "0020": "Interchange control reference", "0022": "Recipient reference/password",
        "0025": "Recipient reference/password qualifier", "0026": "Application reference",
        "0029": "Processing priority code", "0031": "Acknowledgement request", "0032": "Interchange agreement identifier",
        "0035": "Test indicator", "0036": "Interchange control count", "0038": "Message group identification",
        "0040": "Application sender identification", "0042": "Interchange sender internal sub-identification",
        "0044": "Application recipient identification", "0046": "Interchange recipient internal sub-identification",
        "0048": "Group reference number", "0051": "Controlling agency, coded", "0052": "Message version number",
        "0054": "Message release number", "0057": "Association assigned code", "0058": "Application password",
        "0060": "Group control count", "0062": "Message reference number", "0065": "Message type",
        "0068": "Common access reference", "0070": "Sequence of transfers", "0073": "First and last transfer",
        "0074": "Number of segments in a message", "0076": "Syntax release number",
        "0080": "Service code list directory version number", "0081": "Section identification",
        "0083": "Action, coded", "0085": "Syntax error, coded", "0096": "Segment position in message body",
        "0098": "Erroneous data element position in segment", "0104": "Erroneous component data element position",
        "0110": "Code list directory version number", "0113": "Message type sub-function identification",
        "0115": "Message subset identification", "0116": "Message subset version number",
        "0118": "Message subset release number", "0121": "Message implementation guideline identification",
        "0122": "Message implementation guideline version number", "0124": "Message implementation guideline release number",
        "0127": "Scenario identification", "0128": "Scenario version number", "0130": "Scenario release number",
        "0133": "Character encoding, coded", "0135": "Service segment tag, coded", "0136": "Erroneous data element occurrence",
        "0138": "Security reference number", "0534": "Security reference number", "0800": "Package reference number",
        "0802": "Reference identification", "0813": "Reference qualifier",
    ]

    /// ISO 9735 representations for elements the staedi data gives without a maximum length.
    static let fallbackRepresentations: [String: String] = [
        "0002": "n1", "0029": "a1", "0031": "n1", "0035": "n1", "0073": "a1", "0013": "an..3", "0081": "a1",
    ]
}
