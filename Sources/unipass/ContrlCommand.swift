import ArgumentParser
import EDIFACT
import Foundation

/// `unipass contrl`: Print the CONTRL interchange that answers an EDIFACT interchange.
///
/// Exit 0 with the CONTRL on standard output (UCI 7 or 4 with detail); 1 when the input has
/// no interchange header to answer; 2 on a usage or I/O error. `UNIPASS_FIXED_TIME`
/// (ISO 8601, e.g. `2026-01-01T00:00:00Z`) fixes the CONTRL's date, time and control
/// reference for reproducible output.
struct ContrlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contrl",
        abstract: "Print the CONTRL interchange that answers an EDIFACT interchange.")

    @Argument(help: "The EDIFACT interchange to answer.")
    var file: String

    @Option(help: "Syntax version of the CONTRL (3 or 4); default: that of the interchange (4 for 4, else 3).")
    var syntax: Int?

    @Option(help: "The gateway's interchange id: another UNB recipient is rejected with code 7.")
    var recipient: String?

    @Option(name: .customLong("sender"), help: "An accepted UNB sender id (repeatable); another is rejected with code 23.")
    var senders: [String] = []

    @Flag(help: "Answer with a receipt only (UCI action 8).")
    var receipt = false

    @Flag(name: .customLong("accept-six-digit-dates"), help: "Accept 6-digit dates in syntax 4 UNB/UNG (warning instead of error).")
    var acceptSixDigitDates = false

    @Flag(name: .customLong("line-breaks"), help: "Write a line feed after each segment.")
    var lineBreaks = false

    @Flag(name: .customLong("envelope-only"), help: "Check envelope, syntax and character set only, not the message structure.")
    var envelopeOnly = false

    func validate() throws {
        if let syntax, syntax != 3 && syntax != 4 {
            throw ValidationError("--syntax must be 3 or 4")
        }
    }

    func run() async throws {
        var builder = ContrlBuilder(syntaxVersion: syntax, isReceipt: receipt)
        if let fixed = ProcessInfo.processInfo.environment["UNIPASS_FIXED_TIME"] {
            guard let time = PreparationTime(iso8601: fixed) else {
                Self.fail("UNIPASS_FIXED_TIME '\(fixed)' is not an ISO 8601 UTC time such as 2026-01-01T00:00:00Z")
                throw ExitCode(2)
            }
            builder.clock = { time }
            builder.nextReference = { time.date(syntaxVersion: 3) + time.timeOfDay + "0001" }
        }
        var options = EnvelopeOptions(acceptsSixDigitDatesInSyntax4: acceptSixDigitDates)
        options.expectedRecipient = recipient
        options.allowedSenders = senders.isEmpty ? nil : Set(senders)
        let validator = envelopeOnly
            ? InterchangeValidator(options: options)
            : InterchangeValidator(options: options, structure: MessageStructureValidator())
        let result: InterchangeValidator.Result
        do {
            result = try validator.validate(fileAt: file)
        } catch let error as EDIFACTError {
            Self.fail(error.reason)
            throw ExitCode(2)
        }
        var bytes: [UInt8]
        do {
            bytes = try builder.serialize(answering: result.summary, diagnostics: result.diagnostics, lineBreaks: lineBreaks)
        } catch let error as EDIFACTError where error.code == .noInterchange {
            Self.fail("\(file): \(error.reason); no CONTRL can be addressed")
            throw ExitCode(1)
        }
        if bytes.last != 0x0A { bytes.append(0x0A) }
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("unipass contrl: \(message)\n".utf8))
    }
}
