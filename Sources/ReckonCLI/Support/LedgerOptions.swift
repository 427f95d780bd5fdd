import Munitions
import Tables
import TextCore

/// The options the ledger commands share: `--claims FILE` (repeatable) to add a user's
/// claims, and the filters `--subject`, `--source` and `--date`.
enum LedgerOptions {
    /// `--claims FILE`.
    static let claims = Arguments.Option(
        name: "claims", takesValue: true, repeatable: true,
        help: "add the claims in FILE (the columns of Datasets/claims.csv; '-' reads standard input); repeatable")

    /// `--subject`, `--source`, `--date`.
    static let filters: [Arguments.Option] = [
        .init(name: "subject", takesValue: true, help: "only this subject (Datasets/subjects.csv)"),
        .init(name: "source", takesValue: true, help: "only claims whose outlet or speaker contains TEXT (any case)"),
        .init(
            name: "date", takesValue: true,
            help: "only claims whose as-of date (else publication date) lies in DAY, MONTH, YEAR or FROM/TO"),
    ]

    /// The embedded ledger plus every `--claims` file. A file that fails to load stops the
    /// command (exit 2) with its file:line:column, and nothing from it is used.
    static func ledger(_ arguments: Arguments, console: inout Console) throws(CLIError) -> ClaimLedger {
        var ledger: ClaimLedger
        do { ledger = try ClaimLedger.standard() } catch { throw CLIError.from(error) }
        for path in arguments.all("claims") {
            let bytes = try InputFile.read(path, console: &console)
            do { try ledger.addFile(bytes, origin: path == "-" ? "<stdin>" : path) } catch { throw CLIError.from(error) }
        }
        return ledger
    }

    /// The filters given, checked: an unknown subject or a bad date is a usage error.
    static func filter(
        _ arguments: Arguments, ledger: ClaimLedger, command: String
    ) throws(CLIError) -> (subject: String?, source: String?, span: DateSpan?) {
        let subject = arguments.value("subject")
        if let subject, ledger.subjects.subject(subject) == nil {
            let close = ledger.subjects.suggestions(for: subject).map { "'\($0)'" }
            let hint = close.isEmpty ? "" : "; did you mean \(close.joined(separator: " or "))?"
            throw CLIError.usage("unknown subject '\(subject)'\(hint)", command: command)
        }
        var span: DateSpan?
        if let text = arguments.value("date") {
            do { span = try DateSpan(parsing: text) } catch {
                let expected = error.isYearOutOfRange ? "years run from 0001 to 9999" : "expected YYYY-MM-DD, YYYY-MM, YYYY or FROM/TO"
                throw CLIError.usage("bad date '\(text)' (\(expected))", command: command)
            }
        }
        return (subject, arguments.value("source"), span)
    }

    /// Fails when positional words were given.
    static func noPositional(_ arguments: Arguments, command: String) throws(CLIError) {
        if let word = arguments.positional.first {
            throw CLIError.usage("unexpected argument '\(word)'", command: command)
        }
    }
}
