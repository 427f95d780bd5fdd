import Munitions
import Tables
import TextCore

/// The options the ledger commands share: `-c, --claims FILE` (repeatable) to add a user's
/// claims, and the filters `--subject`, `--source` and `--date`.
enum LedgerOptions {
    /// `-c, --claims FILE`.
    static let claims = Option<String>(
        "claims", short: "c", "FILE", repeatable: true, completion: .file,
        help: "add the claims in FILE (the columns of Datasets/claims.csv; '-' reads standard input); repeatable")
    /// `--subject SUBJECT`.
    static let subject = Option<String>("subject", "SUBJECT", help: "only this subject (Datasets/subjects.csv)")
    /// `--source TEXT`.
    static let source = Option<String>("source", "TEXT", help: "only claims whose outlet or speaker contains TEXT (any case)")
    /// `--date DATE`.
    static let date = Option<DateSpan>(
        "date", "DATE", help: "only claims whose as-of date (else publication date) lies in DAY, MONTH, YEAR or FROM/TO"
    ) { text throws(OptionProblem) in
        do throws(DateError) { return try DateSpan(parsing: text) } catch {
            let expected = error.isYearOutOfRange ? "years run from 0001 to 9999" : "expected YYYY-MM-DD, YYYY-MM, YYYY or FROM/TO"
            throw OptionProblem("bad date '\(text)' (\(expected))")
        }
    }

    /// `--subject`, `--source`, `--date`.
    static let filters: [OptionSpec] = [subject.spec, source.spec, date.spec]

    /// The embedded ledger plus every `--claims` file. A file that fails to load stops the
    /// command (exit 2) with its file:line:column, and nothing from it is used.
    static func ledger(_ arguments: Arguments, console: inout Console) throws(CLIError) -> ClaimLedger {
        var ledger: ClaimLedger
        do { ledger = try ClaimLedger.standard() } catch { throw CLIError.from(error) }
        for path in try arguments.values(claims) {
            let bytes = try InputFile.read(path, console: &console)
            do { try ledger.addFile(bytes, origin: InputOrigin.name(path)) } catch { throw CLIError.from(error) }
        }
        return ledger
    }

    /// The filters given, checked: an unknown subject is a usage error.
    static func filter(
        _ arguments: Arguments, ledger: ClaimLedger
    ) throws(CLIError) -> (subject: String?, source: String?, span: DateSpan?) {
        let subject = try arguments.value(Self.subject)
        if let subject, ledger.subjects.subject(subject) == nil {
            let close = ledger.subjects.suggestions(for: subject).map { "'\($0)'" }
            let hint = close.isEmpty ? "" : "; did you mean \(close.joined(separator: " or "))?"
            throw CLIError.usage("unknown subject '\(subject)'\(hint)", command: arguments.command)
        }
        return (subject, try arguments.value(source), try arguments.value(date))
    }
}
