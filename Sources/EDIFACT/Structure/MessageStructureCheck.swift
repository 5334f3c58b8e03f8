import Diagnostics

/// The directory structure validation of a sequence of messages, one segment at a time: the
/// engine behind `MessageStructureValidator`, used both for a materialized `Message` and,
/// without building any `Segment`, by `InterchangeReader` straight from the tokenizer.
///
/// `begin` a message (its definition is looked up, the last one is remembered), `accept` each
/// segment from UNH to UNT, then `finish` for the findings. A disabled check (no validator)
/// does nothing; the reader keeps one either way, so that the hot path calls it in place
/// instead of unwrapping an optional copy. One per stream; not shared between threads.
///
/// A value, like the reader that holds it: its walker (a class, for speed) is copied before a
/// change whenever a copy of the check shares it, so a reader copied mid-stream goes on alone.
struct MessageStructureCheck {
    /// False when there is no structure validation to do.
    let isEnabled: Bool
    private let catalog: DirectoryCatalog
    private let options: MessageStructureValidator.Options
    private let checker: ElementChecker

    /// The identification and definition of the last message type seen.
    private var cachedIdentity: (type: String, version: String, release: String, agency: String)?
    private var cachedDefinition: Result<CompiledMessageDefinition?, any Error> = .success(nil)

    /// The walker of the current message; nil when its definition is unknown. Set through
    /// `setWalker`, which keeps the fields below in step.
    private var walker: StructureWalker?
    /// `walker` and its definition's segments again, unretained (kept alive by `walker`), so
    /// the per-segment path does no reference counting.
    private var activeWalker: Unmanaged<StructureWalker>?
    private var segmentTable = UnsafeBufferPointer<Unmanaged<CompiledSegment>>(start: nil, count: 0)
    /// The walker's last-code memory (see `CompiledSegment.codeListContains`).
    private var recentCodes: UnsafeMutablePointer<UInt64>?
    /// Kept between messages so that its tables are reused (nil while a message is open).
    private var spareWalker: StructureWalker?

    private mutating func setWalker(_ new: StructureWalker?) {
        walker = new
        activeWalker = new.map { Unmanaged.passUnretained($0) }
        segmentTable = new?.definition.segmentTable ?? UnsafeBufferPointer(start: nil, count: 0)
        recentCodes = new?.recentCodes.baseAddress
    }

    /// Makes the walker this check's own before it changes: a copy of the check (of the reader
    /// holding it) shares it until then. One reference-count read on the usual path.
    @inline(__always)
    private mutating func ownWalker() {
        if walker != nil && !isKnownUniquelyReferenced(&walker) { setWalker(walker?.copy()) }
    }
    private var values = SegmentValues()
    /// The segment being checked, then the message's last one (for findings at its end);
    /// built in place so that the hot path copies nothing.
    private var lastSegment = WalkedSegment.placeholder
    private var hasLastSegment = false
    private var findings = DiagnosticList()
    /// At most this many findings are kept per message (the rest are counted), so a hostile
    /// message of endless bad segments cannot grow memory.
    private let maximumFindings: Int
    private var droppedErrors = 0
    private var droppedOthers = 0

    /// What `finish` returns: the findings kept, and how many errors and other findings were
    /// dropped beyond `maximumFindings` (the errors still reject the message).
    struct Outcome {
        var findings: DiagnosticList
        var droppedErrors: Int
        var droppedOthers: Int
    }

    init(_ validator: MessageStructureValidator?, maximumFindings: Int = .max) {
        self.maximumFindings = max(0, maximumFindings)
        isEnabled = validator != nil
        catalog = validator?.catalog ?? .builtIn
        options = validator?.options ?? .init()
        checker = ElementChecker(codeLists: options.codeLists, advisoryCodeLists: options.advisoryCodeLists)
    }

    /// Starts a message. `line` and `column` are those of its UNH (for the unknown-directory
    /// warning).
    mutating func begin(reference: String, type: String, version: String, release: String, agency: String, line: Int?, column: Int?) {
        guard isEnabled else { return }
        findings = DiagnosticList()
        droppedErrors = 0
        droppedOthers = 0
        hasLastSegment = false
        // The walker to reuse, if this check alone holds it.
        var reusable = walker ?? spareWalker
        setWalker(nil)
        spareWalker = nil
        if !isKnownUniquelyReferenced(&reusable) { reusable = nil }
        let identity = (type: type, version: version, release: release, agency: agency)
        if cachedIdentity.map({ $0 != identity }) ?? true {
            cachedIdentity = identity
            cachedDefinition = Result {
                try catalog.compiledMessage(type: type, version: version, release: release, agency: agency.isEmpty ? nil : agency)
            }
        }
        switch cachedDefinition {
        case .failure(let error):
            findings.append(.warning("3", "the directory for \(type) \(version):\(release) cannot be loaded (\(error)); only the envelope was validated",
                                     at: SourceLocation(messageReference: reference, segment: 1, tag: "UNH", element: 2)))
        case .success(nil):
            findings.append(.warning("3", "unknown directory: no definition of \(type) \(version):\(release)\(agency.isEmpty ? "" : ":" + agency) in the catalog (\(catalog.directoryNames.joined(separator: ", "))); only the envelope was validated",
                                     at: SourceLocation(line: line, column: column, messageReference: reference, segment: 1, tag: "UNH", element: 2)))
        case .success(let definition?):
            if let reusable {
                reusable.reset(definition: definition, messageReference: reference)
                setWalker(reusable)
            } else {
                setWalker(StructureWalker(definition: definition, messageReference: reference))
            }
        }
    }

    /// Takes the segment at message position `index` (UNH = 1) as the tokenizer found it.
    @inline(__always)
    mutating func accept(_ raw: RawSegment, index: Int, repertoire: CharacterRepertoire) {
        guard walker != nil else { return }
        ownWalker()
        guard let activeWalker, let recentCodes else { return }
        lastSegment = WalkedSegment(raw, index: index)
        hasLastSegment = true
        defer { if findings.count > maximumFindings { dropExcessFindings() } }
        let number = activeWalker._withUnsafeGuaranteedRef { $0.accept(lastSegment, into: &findings) }
        guard number >= 0, options.checkElements else { return }
        if SegmentValues.readsInPlace(raw) {
            let checker = checker
            segmentTable[Int(number)]._withUnsafeGuaranteedRef { definition in
                checker.check(ElementChecker.Layout(bytes: raw.bytes, words: raw.boundaries), segment: lastSegment,
                              messageReference: activeWalker.takeUnretainedValue().messageReference, against: definition,
                              recentCodes: recentCodes, into: &findings)
            }
        } else {
            values.load(raw, repertoire: repertoire)
            check(lastSegment, number: number, walker: activeWalker.takeUnretainedValue())
        }
    }

    /// Takes a materialized segment at message position `index` (UNH = 1).
    mutating func accept(_ segment: Segment, index: Int) {
        ownWalker()
        guard let walker else { return }
        let walked = WalkedSegment(segment, index: index)
        lastSegment = WalkedSegment(segment, index: segment.position.index)
        hasLastSegment = true
        defer { if findings.count > maximumFindings { dropExcessFindings() } }
        let number = walker.accept(walked, into: &findings)
        guard number >= 0, options.checkElements else { return }
        values.load(segment)
        check(walked, number: number, walker: walker)
    }

    /// Checks the elements of the segment just decoded into `values`.
    private mutating func check(_ segment: WalkedSegment, number: Int32, walker: StructureWalker) {
        let definition = walker.definition.segments[Int(number)]
        let checker = checker
        var found = DiagnosticList()
        swap(&found, &findings)
        values.withLayout { layout in
            checker.check(layout, segment: segment, messageReference: walker.messageReference, against: definition,
                          recentCodes: walker.recentCodes.baseAddress!, into: &found)
        }
        swap(&found, &findings)
    }

    /// Findings held for the open message (at most `maximumFindings`).
    var pendingFindingCount: Int { findings.count }

    /// Keeps the first `maximumFindings` findings, counting the others.
    private mutating func dropExcessFindings() {
        let excess = findings.items[maximumFindings...]
        let errors = excess.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
        droppedErrors += errors
        droppedOthers += excess.count - errors
        findings = DiagnosticList(Array(findings.items[..<maximumFindings]))
    }

    /// Ends the message: what is still open is checked for missing mandatory positions.
    /// Returns the message's findings.
    mutating func finish() -> Outcome {
        ownWalker()
        walker?.finish(lastSegment: hasLastSegment ? lastSegment : nil, into: &findings)
        if findings.count > maximumFindings { dropExcessFindings() }
        if let walker { spareWalker = walker }
        setWalker(nil)
        let result = Outcome(findings: findings, droppedErrors: droppedErrors, droppedOthers: droppedOthers)
        findings = DiagnosticList()
        droppedErrors = 0
        droppedOthers = 0
        return result
    }
}
