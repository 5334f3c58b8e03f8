import Testing

/// The verdict of one public sample, decided from ISO 9735 and the UN directories, each finding
/// with its reason. `envelope` holds the errors of the envelope-only check; `structure` the
/// further errors of the directory check. IATA/US customs document codes (`DOC+P:110:111`)
/// are not findings: their composite names a non-UN agency (3055 = 111), so UNCL 1001 does not
/// apply to them.
struct PublicSampleVerdict: Sendable, CustomTestStringConvertible {
    var file: String
    var messageType: String
    /// Valid under the full (envelope + structure) check.
    var valid: Bool
    var envelope: [FindingKey] = []
    var envelopeWarnings: [FindingKey] = []
    var structure: [FindingKey] = []
    var structureWarnings: [FindingKey] = []

    var testDescription: String { file }

    /// Syntax 4 (ISO 9735-2:2002, S004/0017) dates of preparation are n8 CCYYMMDD; the
    /// six-digit YYMMDD of syntax 3 is too short.
    private static func shortDate(line: Int, _ segment: String) -> FindingKey {
        FindingKey(code: "40", line: line, reason: "\(segment) date of preparation YYMMDD in a syntax 4 interchange: n8 expected")
    }

    /// Interchange sender and recipient identification code qualifiers (0007) that are not in
    /// the service code list of the syntax version (`02`, `01` and `ZZ` are ANSI X12 habits):
    /// accepted, and reported as warnings (code 12).
    private static func privateQualifiers(line: Int, _ sender: String, _ recipient: String) -> [FindingKey] {
        [FindingKey(code: "12", line: line, reason: "UNB sender qualifier '\(sender)' is not in code list 0007"),
         FindingKey(code: "12", line: line, reason: "UNB recipient qualifier '\(recipient)' is not in code list 0007")]
    }

    /// D.02B/D.05B PAXLST group 2 is TDT followed by a mandatory DTM (position 0110); the IATA
    /// guide's messages go straight to group 3 (LOC).
    private static func missingTransportDate(line: Int, segment: Int) -> FindingKey {
        FindingKey(code: "13", line: line, segment: segment, reason: "mandatory DTM (0110) after TDT missing")
    }

    static let all: [PublicSampleVerdict] = [
        PublicSampleVerdict(
            file: "03_paxlst_d03b_cbp-ace_release-chars.edi", messageType: "PAXLST", valid: false,
            envelope: [shortDate(line: 1, "UNB"), shortDate(line: 1, "UNG")],
            envelopeWarnings: privateQualifiers(line: 1, "02", "02"),
            structure: [
                FindingKey(code: "12", line: 1, segment: 3, reason: "RFF 1153 'RFA' is not in UNCL 1153 (D.03B) and no agency is named"),
                FindingKey(code: "12", line: 1, segment: 9, reason: "EMP 9035 '8' is not in UNCL 9035 (D.03B)"),
                FindingKey(code: "12", line: 1, segment: 11, reason: "DOC 1001 '5K' is not in UNCL 1001 (D.03B) and no agency is named"),
            ]
        ),
        PublicSampleVerdict(
            file: "04_paxlst_d05b_iata_api.edi", messageType: "PAXLST", valid: false,
            envelope: [shortDate(line: 2, "UNB"), shortDate(line: 3, "UNG")],
            envelopeWarnings: [FindingKey(code: "33", line: 1, reason: "a space before UNA is not part of any interchange; ignored and reported. The spaces that start every other line are layout between segments and are skipped like line feeds")],
            structure: [
                FindingKey(code: "16", line: 7, segment: 5, reason: "COM has one data element (C076, repeated up to 3 times with '*'); '+...:FX' is a second element"),
                missingTransportDate(line: 9, segment: 7),
                missingTransportDate(line: 12, segment: 12),
                FindingKey(code: "35", line: 20, segment: 22, reason: "RFF in group 4 occurs at most once per traveller (0260, C 1)"),
                FindingKey(code: "35", line: 21, segment: 23, reason: "third RFF of the same traveller"),
                FindingKey(code: "35", line: 22, segment: 24, reason: "fourth RFF of the same traveller"),
                FindingKey(code: "35", line: 29, segment: 31, reason: "second RFF of the second traveller"),
            ]
        ),
        PublicSampleVerdict(
            file: "05_paxlst_d05b_iata_multileg.edi", messageType: "PAXLST", valid: false,
            envelope: [
                shortDate(line: 1, "UNB"), shortDate(line: 1, "UNG"),
                FindingKey(code: "33", line: 49, reason: "'13Nov09' after UNZ: data outside any interchange, message or group"),
                FindingKey(code: "13", line: 49, reason: "the trailing junk has no segment terminator"),
                FindingKey(code: "21", line: 49, reason: "lower-case letters are not in UNOA"),
            ],
            structure: [
                FindingKey(code: "16", line: 5, segment: 5, reason: "COM has one data element; the fax number is a second one"),
                missingTransportDate(line: 7, segment: 7),
                missingTransportDate(line: 12, segment: 12),
                missingTransportDate(line: 17, segment: 17),
                FindingKey(code: "35", line: 29, segment: 29, reason: "second RFF of the first traveller (0260, C 1)"),
                FindingKey(code: "35", line: 41, segment: 41, reason: "second RFF of the second traveller"),
            ]
        ),
        PublicSampleVerdict(
            file: "07_paxlst_d02b_iata_custom-una.edi", messageType: "PAXLST", valid: false,
            envelope: [
                shortDate(line: 2, "UNB"), shortDate(line: 3, "UNG"),
                FindingKey(code: "29", line: 114, segment: 111, reason: "UNT 0074 says 121, the message has 111 segments: control count does not match"),
                FindingKey(code: "28", line: 114, segment: 111, reason: "UNT 0062 '140211180 0' is not UNH 0062 '1402111800': references do not match (UNA position 5 is a space, i.e. no repetition separator, so the space is data)"),
            ],
            envelopeWarnings: privateQualifiers(line: 2, "ZZ", "ZZ") + [13, 23, 33, 43, 53, 63, 73, 83, 93, 103].enumerated().map { index, line in
                FindingKey(code: "45", line: line, segment: index * 10 + 10, reason: "NAD ends with a component separator ('DAVID:'): syntax 4 forbids trailing separators; a warning by the gateway's default")
            },
            structure: [
                FindingKey(code: "16", line: 7, segment: 4, reason: "COM has one data element; the fax number is a second one"),
                missingTransportDate(line: 9, segment: 6),
            ]
        ),
        PublicSampleVerdict(
            file: "09_aperak_d96a.edi", messageType: "APERAK", valid: true,
            structureWarnings: [FindingKey(code: "3", line: 2, segment: 1, reason: "D.96A is not in the catalog: message version/release not supported, envelope checked only")]
        ),
        PublicSampleVerdict(
            file: "12_baplie_d95b_smdg20.edi", messageType: "BAPLIE", valid: true,
            envelopeWarnings: privateQualifiers(line: 1, "01", "ZZ"),
            structureWarnings: [FindingKey(code: "3", line: 2, segment: 1, reason: "D.95B (SMDG20) is not in the catalog; syntax version 2 (UNOA:2) is a valid ISO 9735 version")]
        ),
        PublicSampleVerdict(
            file: "14_pnrgov_iata.edi", messageType: "PNRGOV", valid: true,
            structureWarnings: [FindingKey(code: "3", line: 3, segment: 1, reason: "PNRGOV 11:1:IA is an IATA PADIS message, not in any UN directory; `IATA:1` is accepted as IATA PADIS syntax (level B repertoire), tag-only segments (SRC', DAT') are legal")]
        ),
    ]
}
