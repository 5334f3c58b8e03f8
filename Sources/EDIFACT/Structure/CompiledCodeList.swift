/// A code list prepared for the validation hot loop: short ASCII codes (at most 7 bytes, which
/// is nearly every UN/EDIFACT code) are packed into one `UInt64` each (bytes, then the length)
/// and kept sorted, so a lookup is a binary search over integers without hashing a `String`.
///
/// Anything the packed table cannot decide exactly (a value that is not plain ASCII or longer
/// than 7 bytes, or a list holding such a code) goes to `CodeList.contains`, so the answer is
/// always the same as `CodeList.contains` (which compares by canonical equivalence).
///
/// Immutable value type, `Sendable`.
struct CompiledCodeList: Sendable {
    let list: CodeList
    private let packed: [UInt64]
    /// True when every code of the list is ASCII: then a packable value is decided by `packed` alone.
    private let packedIsExact: Bool

    init(_ list: CodeList) {
        self.list = list
        var packed: [UInt64] = []
        packed.reserveCapacity(list.entries.count)
        var exact = true
        for entry in list.entries {
            if !entry.value.utf8.allSatisfy({ $0 < 0x80 }) { exact = false }
            if let code = Self.pack(entry.value) { packed.append(code) }
        }
        packed.sort()
        self.packed = packed
        packedIsExact = exact
    }

    /// The value as bytes then length, or nil when it is not ASCII or longer than 7 bytes.
    @inline(__always)
    static func pack(_ value: String) -> UInt64? {
        var code: UInt64 = 0
        var count: UInt64 = 0
        for byte in value.utf8 {
            count += 1
            if count > 7 || byte >= 0x80 { return nil }
            code = code << 8 | UInt64(byte)
        }
        return code << 8 | count
    }

    /// True when `value` is one of the list's codes (same answer as `CodeList.contains`).
    @inline(__always)
    func contains(_ value: String) -> Bool {
        guard packedIsExact, let code = Self.pack(value) else { return list.contains(value) }
        var low = 0
        var high = packed.count
        while low < high {
            let middle = (low + high) >> 1
            let candidate = packed[middle]
            if candidate == code { return true }
            if candidate < code { low = middle + 1 } else { high = middle }
        }
        return false
    }
}
