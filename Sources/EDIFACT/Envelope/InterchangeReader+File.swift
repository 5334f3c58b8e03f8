#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension InterchangeReader {
    /// Reads a whole file through the reader in fixed-size chunks (flat memory), then
    /// finishes. Throws `EDIFACTError(.io)` when the file cannot be opened or read.
    public mutating func read(fileAt path: String, chunkSize: Int = 1 << 16, _ handle: (InterchangeEvent) -> Void) throws {
        guard let file = fopen(path, "rb") else {
            throw EDIFACTError(.io, "cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 {
                chunk.withUnsafeBytes { feed(UnsafeRawBufferPointer(rebasing: $0[0..<count]), handle) }
            }
            if count < chunk.count {
                if ferror(file) != 0 {
                    throw EDIFACTError(.io, "cannot read '\(path)': \(String(cString: strerror(errno)))")
                }
                break
            }
        }
        finish(handle)
    }
}
