import EDIFACT
import Foundation

/// Reads UNECE code lists (`UNCL.16A`, `UNCL-1.96B`, `UNSL.96B`): for each data element the
/// code values listed after its `Repr:` line, with the first line of each value's name.
///
/// A value line is indented at most ten columns (after a possible change indicator in the
/// first column); descriptions and notes are indented further. `Note:` blocks at value
/// indentation run to the next blank line and are skipped.
struct CodeListParser {
    let fileName: String

    func parse(_ text: String) -> [String: CodeList] {
        var lists: [String: CodeList] = [:]
        for entry in DirectoryEntries.split(text) {
            guard let headerIndex = entry.lines.firstIndex(where: { !$0.trimmingSpaces.isEmpty }) else { continue }
            let header = DirectoryEntries.dropChangeIndicators(entry.lines[headerIndex])
            let id = String(header.prefix(4))
            guard id.count == 4, id.allSatisfy({ $0.isASCII && $0.isNumber }), header.dropFirst(4).first == " " else { continue }
            var inValues = false
            var inNote = false
            var values: [CodeList.Entry] = []
            for line in entry.lines[(headerIndex + 1)...] {
                let trimmed = line.trimmingSpaces
                if trimmed.isEmpty { inNote = false; continue }
                if trimmed.hasPrefix("Repr:") { inValues = true; continue }
                guard inValues else { continue }
                if trimmed.hasPrefix("Note:") || trimmed.hasPrefix("Desc:") { inNote = true; continue }
                if inNote { continue }
                let body = line.dropFirst()
                let indentation = 1 + body.prefix(while: { $0 == " " }).count
                guard indentation <= 10 else { continue }
                let content = DirectoryEntries.dropColumnOneIndicator(line)
                let value = content.prefix(while: { $0 != " " })
                guard !value.isEmpty else { continue }
                values.append(.init(value: String(value), name: content.dropFirst(value.count).trimmingSpaces))
            }
            if !values.isEmpty { lists[id] = CodeList(elementID: id, entries: values) }
        }
        return lists
    }
}
