/// A code list prepared for the validation hot loop: short ASCII codes (at most 7 bytes, which
/// is nearly every UN/EDIFACT code) are packed into one `UInt64` each (bytes, then the length)
/// and kept in an open-addressing hash table, so a lookup is usually one multiplication and one
/// memory read, without hashing a `String`.
///
/// Anything the packed table cannot decide exactly (a value that is not plain ASCII or longer
/// than 7 bytes, or a list holding such a code) goes to `CodeList.contains`, so the answer is
/// always the same as `CodeList.contains` (which compares by canonical equivalence).
///
/// `CompiledSegment` keeps the slots of all its lists side by side and answers lookups
/// (`codeListContains`). Immutable value type, `Sendable`.
struct CompiledCodeList: Sendable {
    let list: CodeList
    /// Power-of-two hash table of packed codes; 0 marks an empty slot.
    let slots: [UInt64]
    /// True when every code of the list is ASCII: then a packable value is decided by `slots` alone.
    let packedIsExact: Bool

    init(_ list: CodeList) {
        self.list = list
        var exact = true
        var codes: [UInt64] = []
        codes.reserveCapacity(list.entries.count)
        for entry in list.entries {
            if !entry.value.utf8.allSatisfy({ $0 < 0x80 }) { exact = false }
            // The empty code packs to 0, the empty-slot marker; empty values are never looked up.
            if let code = Self.pack(entry.value), code != 0 { codes.append(code) }
        }
        var size = 8
        while size < codes.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for code in codes {
            var slot = Self.hash(code, mask: size - 1)
            while slots[slot] != 0 && slots[slot] != code { slot = (slot + 1) & (size - 1) }
            slots[slot] = code
        }
        self.slots = slots
        packedIsExact = exact
    }

    /// First slot for a packed code in a table of `mask + 1` slots.
    @inline(__always)
    static func hash(_ code: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// True when the packed `code` is in the table at `slots` (power-of-two count).
    @inline(__always)
    static func lookup(_ code: UInt64, in slots: UnsafeBufferPointer<UInt64>) -> Bool {
        let mask = slots.count - 1
        var slot = hash(code, mask: mask)
        while true {
            let candidate = slots[slot]
            if candidate == code { return true }
            if candidate == 0 { return false }
            slot = (slot + 1) & mask
        }
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

    /// The value's bytes then length, or nil when they are not ASCII or longer than 7 bytes.
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 7 else { return nil }
        var code: UInt64 = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            code = code << 8 | UInt64(byte)
        }
        return code << 8 | UInt64(bytes.count)
    }
}
