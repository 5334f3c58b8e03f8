import Gateway
import Testing

@Suite struct DocumentFormatTests {
    @Test(arguments: [
        ("UNA:+.? 'UNB+UNOA:4+X+Y+20260101:1200+1'", DocumentFormat.edifact),
        ("UNB+UNOA:3+X+Y+260101:1200+1'", .edifact),
        ("\u{FEFF}  \r\nUNB+UNOA:3+X'", .edifact),
        ("<?xml version=\"1.0\"?><a/>", .xml),
        ("\u{FEFF}\n<Declaration/>", .xml),
        ("%PDF-1.7", .unknown),
        ("UNZ+1+1'", .unknown),
        ("", .unknown),
        ("   ", .unknown),
    ])
    func detectsFromTheFirstBytes(text: String, expected: DocumentFormat) {
        #expect(DocumentFormat.detect(Array(text.utf8)) == expected)
    }
}
