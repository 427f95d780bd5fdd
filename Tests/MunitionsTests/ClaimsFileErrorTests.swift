import Munitions
import Tables
import TextCore
import Testing

/// Malformed claims files: each error names the file, line and column, and a file that
/// fails adds nothing to the ledger.
@Suite struct ClaimsFileErrorTests {
    typealias Row = ClaimRow
    static let header = ClaimRow.header

    static func file(_ rows: [Row]) -> String { ClaimRow.file(rows) }

    static func error(reading text: String) throws -> DatasetError {
        let subjects = try SubjectVocabulary.standard()
        do {
            let claims = try ClaimsFile.read(text, origin: "mine.csv", subjects: subjects)
            Issue.record("read \(claims.count) claims without an error")
            return DatasetError("no error", at: nil)
        } catch {
            return error
        }
    }

    @Test func aValidRowReads() throws {
        let claims = try ClaimsFile.read(Self.file([Row()]), origin: "mine.csv", subjects: .standard())
        #expect(claims.count == 1)
        #expect(claims[0].estimate?.low == 100)
        #expect(claims[0].estimate?.high == 180)
        #expect(claims[0].location.description == "mine.csv:2:1")
    }

    @Test func theValidRowHasTheColumnsTheTestsCount() {
        // Worked out by hand: "t-1,crbm-range,quantity,100-180 km,100,,180,km,,variants,,…"
        #expect(Row().column(of: "subject") == 5)
        #expect(Row().column(of: "kind") == 16)
        #expect(Row().column(of: "low") == 36)
        #expect(Row().column(of: "unit") == 45)
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var name: String
        var column: String
        var value: String
        var message: String
        var testDescription: String { name }
    }

    static let badFields: [BadCase] = [
        .init(name: "bad date", column: "published", value: "2024-13-11", message: "'2024-13-11' is not a date (expected YYYY-MM-DD)"),
        .init(name: "day beyond the month", column: "published", value: "2023-02-29", message: "'2023-02-29' is not a date (expected YYYY-MM-DD)"),
        .init(name: "unknown unit", column: "unit", value: "kmm", message: "unknown unit 'kmm'"),
        .init(name: "unit named another way", column: "unit", value: "metres", message: "unit 'metres' (m) does not fit subject 'crbm-range' (expected km)"),
        .init(name: "unit of the wrong subject", column: "unit", value: "m", message: "unit 'm' does not fit subject 'crbm-range' (expected km)"),
        .init(name: "unknown hedge", column: "hedge", value: "aboot", message: "unknown hedge 'aboot' (known: about, around,"),
        .init(name: "low above high", column: "low", value: "200", message: "low 200 is above high 180"),
        .init(name: "number with a unit", column: "high", value: "180km", message: "bad number '180km' in column 'high'"),
        .init(name: "unknown subject", column: "subject", value: "crbm-rang", message: "unknown subject 'crbm-rang' (did you mean 'crbm-range'?"),
        .init(name: "kind of another subject", column: "kind", value: "date", message: "subject 'crbm-range' holds kind 'quantity', not 'date'"),
        .init(name: "unknown kind", column: "kind", value: "number", message: "bad kind 'number' (expected quantity, date, dateset)"),
        .init(name: "unknown meaning", column: "meaning", value: "maybe", message: "bad meaning 'maybe'"),
        .init(name: "bad id", column: "id", value: "t 1", message: "bad claim id 't 1'"),
        .init(name: "empty quote", column: "quote", value: "", message: "empty value in required column 'quote'"),
    ]

    @Test(arguments: badFields)
    func aBadFieldIsReportedAtItsLineAndColumn(_ bad: BadCase) throws {
        let good = Row().with("id", "t-0")
        let row = Row().with(bad.column, bad.value)
        let error = try Self.error(reading: Self.file([good, row]))
        #expect(error.location?.description == "mine.csv:3:\(row.column(of: bad.column))")
        #expect(error.message.hasPrefix(bad.message), "\(error.message)")
        #expect(error.description.hasPrefix("mine.csv:3:\(row.column(of: bad.column)): error: "))
    }

    @Test func aUnitIsKeptUnderTheNameTheRegistryShowsIt() throws {
        let claims = try ClaimRow.claims([
            ClaimRow().with("unit", "kilometers"),
            ClaimRow().with("id", "t-2").with("subject", "nk-122mm-munitions-to-russia").with("unit", "rockets")
                .with("meaning", "point").with("low", "").with("high", "").with("nominal", "400000")
                .with("as_written", "400000").with("quote", "400000 rockets"),
        ])
        #expect(claims.map(\.unitName) == ["km", "rocket"])
        #expect(claims[1].countedNoun == "rocket")
    }

    @Test func aRowWithAFieldMissingIsReportedAtTheEndOfItsLine() throws {
        var line = Row().line
        line.removeLast()  // the empty notes field and its comma go
        let text = Self.header + "\n" + Row().with("id", "t-0").line + "\n" + line + "\n"
        let error = try Self.error(reading: text)
        #expect(error.description == "mine.csv:3:\(line.unicodeScalars.count + 1): error: expected 19 fields, found 18")
    }

    @Test func aDuplicateIdIsReportedAtTheSecondWithTheFirstInTheMessage() throws {
        let error = try Self.error(reading: Self.file([Row(), Row().with("id", "t-2"), Row()]))
        #expect(error.description == "mine.csv:4:1: error: duplicate claim id 't-1' (first at mine.csv:2:1)")
    }

    @Test func aDateSetWhoseLowIsNotItsFirstDayIsReported() throws {
        let row = Row().with("subject", "nk-missile-attacks-dates").with("kind", "dateset").with("unit", "date")
            .with("as_written", "Dec. 30 and Jan. 2").with("low", "2023-12-29").with("nominal", "2023-12-30;2024-01-02")
            .with("high", "2024-01-02").with("meaning", "point")
        let error = try Self.error(reading: Self.file([row]))
        #expect(error.description == "mine.csv:2:\(row.column(of: "low")): error: low 2023-12-29 is not the first date of the set (2023-12-30)")
    }

    @Test func aNominalOutsideItsRangeIsReported() throws {
        let row = Row().with("nominal", "190")
        let error = try Self.error(reading: Self.file([row]))
        #expect(error.description == "mine.csv:2:\(row.column(of: "nominal")): error: nominal 190 lies outside 100 to 180")
    }

    @Test func anUnterminatedQuoteIsReportedWhereTheFieldStarts() throws {
        let row = Row().with("notes", "\"never closed")
        let error = try Self.error(reading: Self.file([row]))
        #expect(error.description == "mine.csv:2:\(row.column(of: "notes")): error: unterminated quoted field (no closing '\"')")
    }

    @Test func aMissingColumnIsReportedAtTheHeader() throws {
        let header = ClaimsFile.columns.filter { $0 != "as_of" }.joined(separator: ",")
        let error = try Self.error(reading: header + "\n")
        #expect(error.description == "mine.csv:1:1: error: the header has no column 'as_of'")
    }

    @Test func invalidUTF8IsReportedAtItsByte() throws {
        var bytes = Array((Self.header + "\n" + "t-1,crbm-range,").utf8)
        bytes.append(0xFF)
        let subjects = try SubjectVocabulary.standard()
        do {
            _ = try ClaimsFile.read(bytes: bytes, origin: "mine.csv", subjects: subjects)
            Issue.record("no error")
        } catch {
            #expect(error.description == "mine.csv:2:16: error: the file is not valid UTF-8")
            guard case .file = error.reason else { return #expect(Bool(false), "a malformed file is a CSV error: \(error.reason)") }
        }
    }

    @Test func aFileThatFailsAddsNothingToTheLedger() throws {
        var ledger = try ClaimLedger.standard()
        let before = ledger.claims.count
        let text = Self.file([Row().with("id", "mine-good"), Row().with("id", "mine-bad").with("unit", "kmm")])
        #expect(throws: DatasetError.self) { try ledger.addFile(Array(text.utf8), origin: "mine.csv") }
        #expect(ledger.claims.count == before)
        #expect(throws: DatasetError.self) { try ledger.claim(id: "mine-good") }
    }

    @Test func anIdAlreadyInTheEmbeddedLedgerIsReportedAndNothingIsAdded() throws {
        var ledger = try ClaimLedger.standard()
        let before = ledger.claims.count
        let embedded = try ledger.claim(id: "liga-20240111-crbm-range")
        let text = Self.file([Row().with("id", "mine-good"), Row().with("id", "liga-20240111-crbm-range")])
        let expected = DatasetError(
            "claim id 'liga-20240111-crbm-range' is already in the ledger (at \(embedded.location))",
            at: SourceLocation(origin: "mine.csv", line: 3, column: 1))
        #expect(embedded.location.description == "Datasets/claims.csv:5:1")
        #expect(throws: expected) { try ledger.addFile(Array(text.utf8), origin: "mine.csv") }
        #expect(ledger.claims.count == before)
    }
}
