import Diagnostics
import Testing

@Suite struct DiagnosticTests {
    @Test func descriptionNamesThePlace() {
        let diagnostic = Diagnostic.error(
            "12", "invalid value",
            at: SourceLocation(line: 3, column: 7, segment: 4, tag: "NAD", element: 2, component: 1)
        )
        #expect(diagnostic.description == "error: line 3, column 7, segment 4 (NAD), element 2.1: invalid value [code 12]")
    }

    @Test func listKnowsWhetherItHasErrors() {
        var list = DiagnosticList()
        list.append(.warning("BOM", "byte-order mark before UNB"))
        #expect(!list.hasErrors)
        list.append(.error("13", "missing"))
        #expect(list.hasErrors)
        #expect(list.errors.count == 1)
        #expect(list.warnings.count == 1)
    }

    @Test func severityOrders() {
        #expect(Diagnostic.Severity.note < .warning)
        #expect(Diagnostic.Severity.warning < .error)
    }
}
