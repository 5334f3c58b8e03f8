import Diagnostics
import EDIFACT
import Foundation
import Testing

/// Character repertoires: UNOA/UNOB enforcement, ISO 8859 parts for UNOC..UNOK, UTF-8 for
/// UNOY, CP949 for KECA; refusals carry code 21 and the element/component.
@Suite struct SyntaxCharacterSetTests {
    func interchange(_ repertoire: String, version: Int = 3, value: [UInt8]) -> [UInt8] {
        let date = version >= 4 ? "20260101" : "260101"
        return Array("UNB+\(repertoire):\(version)+S+R+\(date):1200+1'UNH+1+CUSCAR:D:96B:UN'FTX+AAA+++".utf8) + value
            + Array(":X'UNT+3+1'UNZ+1+1'".utf8)
    }

    func text(_ bytes: [UInt8]) -> (String?, [Diagnostic]) {
        let result = InterchangeParser().parse(bytes)
        return (result.interchange?.messages.first?.segments[1][element: 4], result.diagnostics.errors)
    }

    @Test func levelARefusesLowerCase() throws {
        let (_, errors) = text(interchange("UNOA", value: Array("Abc".utf8)))
        let error = try #require(errors.first)
        #expect(error.code == "21")
        #expect(error.location.segment == 2 && error.location.element == 4 && error.location.component == 1)
        #expect(error.location.column == 63 && error.location.byteOffset == 62)
        #expect(errors.count == 1)
    }

    @Test func levelBAcceptsLowerCaseButNotLatin1() {
        #expect(text(interchange("UNOB", value: Array("Abc".utf8))).1.isEmpty)
        #expect(text(interchange("UNOB", value: [0x41, 0xE9])).1.first?.code == "21")
        #expect(text(interchange("UNOA", value: [0x41, 0x09])).1.first?.code == "21")
    }

    @Test func iso8859Parts() {
        #expect(text(interchange("UNOC", value: [0x43, 0x61, 0x66, 0xE9])).0 == "Café")
        #expect(text(interchange("UNOD", value: [0xB1, 0xE6])).0 == "ąć")
        #expect(text(interchange("UNOE", value: [0xBC, 0xDE, 0xE1, 0xDA, 0xD2, 0xD0])).0 == "Москва")
        #expect(text(interchange("UNOF", value: [0xC1, 0xE8, 0xDE, 0xED, 0xE1])).0 == "Αθήνα")
        #expect(text(interchange("UNOK", version: 4, value: [0xDD, 0xFD])).0 == "İı")
        // C1 controls are not characters of any ISO 8859 part; 0xA5 is undefined in 8859-3.
        #expect(text(interchange("UNOC", value: [0x41, 0x85])).1.first?.code == "21")
        #expect(text(interchange("UNOG", version: 4, value: [0x41, 0xA5])).1.first?.code == "21")
        #expect(text(interchange("UNOG", version: 4, value: [0x41, 0xA1])).1.isEmpty)
    }

    @Test func utf8ForUNOY() {
        let (value, errors) = text(interchange("UNOY", version: 4, value: Array("서울 Zürich".utf8)))
        #expect(value == "서울 Zürich" && errors.isEmpty)
        #expect(text(interchange("UNOY", version: 4, value: [0x41, 0xC3, 0x28])).1.first?.code == "21")
        #expect(text(interchange("UNOY", version: 4, value: [0xED, 0xA0, 0x80])).1.first?.code == "21")
    }

    @Test func koreanKECAFromRealCP949Bytes() throws {
        // "한국관세청" (Korea Customs Service) in CP949, as KTNET partners send it.
        let bytes: [UInt8] = [0xC7, 0xD1, 0xB1, 0xB9, 0xB0, 0xFC, 0xBC, 0xBC, 0xC3, 0xBB]
        let (value, errors) = text(interchange("KECA", value: bytes))
        #expect(errors.isEmpty)
        #expect(value == "한국관세청")
        // ISO 9735 counts characters, not bytes: five, although CP949 used ten bytes.
        #expect(CharacterRepertoire.keca.length(of: try #require(value)) == 5)
        // A CP949 extension syllable (UHC range, lead 0x81) decodes too: "똠" is 0x8C 0x63.
        #expect(text(interchange("KECA", value: [0x8C, 0x63])).0 == "똠")
        // A lead byte followed by an invalid trail byte is refused.
        #expect(text(interchange("KECA", value: [0xC7, 0x20])).1.first?.code == "21")
        #expect(CharacterRepertoire.keca.encode("한국") == [0xC7, 0xD1, 0xB1, 0xB9])
    }

    @Test func repertoireParts_matchTheServiceCodeList() throws {
        // UNSL.96B data element 0001 names the ISO 8859 part behind each UNO level.
        let unsl = String(decoding: try Data(contentsOf: SyntaxFixtures.shared.appendingPathComponent("edifact-directories/D96B/UNSL.96B")), as: UTF8.self)
        let lines = unsl.components(separatedBy: .newlines)
        var checked = 0
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("UNO"), trimmed.count > 4, let repertoire = CharacterRepertoire(rawValue: String(trimmed.prefix(4))) else { continue }
            let definition = lines[(index + 1)...].prefix(2).joined(separator: " ")
            if let range = definition.range(of: "ISO 8859-") {
                let part = Int(definition[range.upperBound...].prefix { $0.isNumber })
                #expect(repertoire.iso8859Part == part, "\(repertoire)")
                checked += 1
            } else {
                #expect(repertoire.iso8859Part == nil && definition.contains("ISO 9735"), "\(repertoire)")
            }
        }
        #expect(checked == 4)
    }

    @Test func levelACharactersMatchTheSyntaxRules() throws {
        // D422 clause 5.1 lists the level A characters; everything listed is data in UNOA.
        let listed = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>".utf8)
        let text = String(decoding: try Data(contentsOf: SyntaxFixtures.shared.appendingPathComponent("edifact-directories/D96B/D422_D.96B")), as: UTF8.self)
        #expect(text.contains("5.1 Level A Character Set"))
        for byte in UInt8(0x20)..<0x7F {
            let value = byte == UInt8(ascii: "'") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "?") ? [UInt8(ascii: "?"), byte] : [byte]
            let refused = !self.text(interchange("UNOA", value: value)).1.isEmpty
            #expect(refused == !listed.contains(byte), "byte \(byte)")
        }
    }
}
