/// Splits UNECE directory text into its entries: the blocks between separator lines made of
/// `─` (code page 437 directories) or `-` (later ones).
enum DirectoryEntries {
    struct Entry {
        /// The entry's lines, without the separators.
        var lines: [Substring]
        /// 1-based line number of `lines[0]` in the file.
        var firstLine: Int
    }

    static func split(_ text: String) -> [Entry] {
        var entries: [Entry] = []
        var current: [Substring] = []
        var firstLine = 1
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if isSeparator(line) {
                entries.append(Entry(lines: current, firstLine: firstLine))
                current = []
                firstLine = index + 2
            } else {
                current.append(line)
            }
        }
        entries.append(Entry(lines: current, firstLine: firstLine))
        return entries
    }

    static func isSeparator(_ line: Substring) -> Bool {
        line.count >= 50 && line.allSatisfy { $0 == "─" || $0 == "-" }
    }

    /// The line without leading spaces and change indicators (`+ * # | X -`, alone or
    /// several together such as `*#|`, possibly glued to the tag as in `*#|TDT`), provided
    /// what follows them is a tag, a composite identifier or an element number.
    static func dropChangeIndicators(_ line: Substring) -> Substring {
        let trimmed = line.drop(while: { $0 == " " })
        let marks = trimmed.prefix(while: { "+*#|X-".contains($0) })
        guard !marks.isEmpty else { return trimmed }
        let candidate = trimmed.dropFirst(marks.count).drop(while: { $0 == " " })
        return startsWithIdentifier(candidate) ? candidate : trimmed
    }

    /// True when the text starts with a segment tag, composite identifier or element number
    /// followed by a space.
    static func startsWithIdentifier(_ text: Substring) -> Bool {
        let word = text.prefix(while: { $0 != " " })
        guard text.count > word.count else { return false }
        let isTag = word.count == 3 && word.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        let isElement = word.count == 4 && word.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        return isTag || isElement
    }

    /// For code values: the line without a change indicator in its first column and the
    /// spaces after it.
    static func dropColumnOneIndicator(_ line: Substring) -> Substring {
        var rest = line
        if let first = rest.first, "+*#|X-".contains(first) { rest = rest.dropFirst() }
        return rest.drop(while: { $0 == " " })
    }
}
