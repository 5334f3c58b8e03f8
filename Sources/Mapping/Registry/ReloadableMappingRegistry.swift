import Diagnostics
import Foundation

/// The registry the gateway serves from, reloadable without a restart.
///
/// ``reload()`` builds a complete new ``MappingRegistry`` and swaps it in atomically only when
/// every mapping compiles and every test vector passes; otherwise the working registry stays in
/// place and the error names the file and line that broke. Readers take ``current`` (a
/// lock-guarded reference) and keep using the registry they got even if a reload happens.
public final class ReloadableMappingRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var registry: MappingRegistry
    /// The mapping folder.
    public let directory: String
    /// Schema paths added to those installed in the folder.
    public let extraSchemas: [String]

    /// Loads the folder and requires every vector to pass.
    ///
    /// - Throws: ``MappingError`` as ``reload()`` does.
    public init(directory: String, extraSchemas: [String] = []) throws(MappingError) {
        self.directory = directory
        self.extraSchemas = extraSchemas
        registry = try Self.loadChecked(directory: directory, extraSchemas: extraSchemas)
    }

    /// The registry in force.
    public var current: MappingRegistry {
        lock.lock()
        defer { lock.unlock() }
        return registry
    }

    /// Loads the folder again; swaps only if everything compiles and every vector passes.
    ///
    /// - Returns: the new registry.
    /// - Throws: ``MappingError`` (the old registry stays in force): the load error, or
    ///   `.vectorFailed` listing the failing vectors.
    @discardableResult
    public func reload() throws(MappingError) -> MappingRegistry {
        let candidate = try Self.loadChecked(directory: directory, extraSchemas: extraSchemas)
        lock.lock()
        registry = candidate
        lock.unlock()
        return candidate
    }

    private static func loadChecked(directory: String, extraSchemas: [String]) throws(MappingError) -> MappingRegistry {
        let candidate = try MappingRegistry.load(directory: directory, extraSchemas: extraSchemas)
        let failures = candidate.runVectors(record: false).filter { !$0.passed }
        guard failures.isEmpty else {
            let diagnostics = DiagnosticList(failures.map {
                .error(MappingError.Code.vectorFailed.rawValue, $0.detail, at: SourceLocation(file: $0.vector.inputPath))
            })
            let names = failures.map { "\($0.mappingID)/\($0.vector.name)" }.joined(separator: ", ")
            throw MappingError(.vectorFailed, "test vectors fail: \(names): \(failures[0].detail)", diagnostics: diagnostics)
        }
        return candidate
    }
}
