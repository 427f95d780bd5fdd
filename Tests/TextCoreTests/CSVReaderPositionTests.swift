import Testing

@testable import TextCore

/// Where `CSVReader` places records and fields: lines and columns across quoted line breaks,
/// every line ending and a byte-order mark, and the limits on records, columns and fields.
@Suite struct CSVReaderPositionTests {
    static func location(_ line: Int, _ column: Int) -> TextCore.SourceLocation {
        TextCore.SourceLocation(origin: "t.csv", line: line, column: column)
    }

    @Test func fieldsKeepTheirLinesAndColumnsAcrossQuotedLineBreaks() throws {
        // A byte-order mark, CRLF, a quoted LF, a lone CR, a doubled quote, a final LF.
        let text = "\u{FEFF}a,b\r\n\"x\ny\",é\rlast,\"q\"\"\"\n"
        let document = try CSVReader().read(text, origin: "t.csv")
        #expect(document.header.map(\.text) == ["a", "b"])
        #expect(document.header[1].location == Self.location(1, 3))
        #expect(document.records.count == 2)
        let first = document.records[0]
        #expect(first.line == 2)
        #expect(first.fields.map(\.text) == ["x\ny", "é"])
        #expect(first.fields.map(\.wasQuoted) == [true, false])
        #expect(first.fields[0].location == Self.location(2, 1))
        #expect(first.fields[1].location == Self.location(3, 4))
        let second = document.records[1]
        #expect(second.line == 4)
        #expect(second.fields.map(\.text) == ["last", "q\""])
        #expect(second.fields[1].location == Self.location(4, 6))
    }

    @Test func aShortRecordIsReportedAtItsEnd() {
        #expect(throws: CSVError(.fieldCount(expected: 2, found: 1), at: Self.location(2, 3))) {
            try CSVReader().read("a,b\nxy\n", origin: "t.csv")
        }
    }

    @Test func aCharacterAfterAClosingQuoteIsReportedWhereItIs() {
        #expect(throws: CSVError(.characterAfterClosingQuote("é"), at: Self.location(2, 6))) {
            try CSVReader().read("a,b\n1,\"x\"é\n", origin: "t.csv")
        }
    }

    @Test func theLimitsPointAtTheFirstRecordOrFieldBeyondThem() {
        #expect(throws: CSVError(.tooManyRecords(limit: 1), at: Self.location(3, 1))) {
            try CSVReader(maximumRecords: 1).read("a\n1\n2\n", origin: "t.csv")
        }
        #expect(throws: CSVError(.tooManyColumns(limit: 2), at: Self.location(1, 5))) {
            try CSVReader(maximumColumns: 2).read("a,b,c\n", origin: "t.csv")
        }
        #expect(throws: CSVError(.tooManyFields(limit: 3), at: Self.location(2, 3))) {
            try CSVReader(maximumFields: 3).read("a,b\n1,2\n", origin: "t.csv")
        }
    }

    @Test func aDelimiterOfSeveralBytesCountsAsOneColumn() throws {
        let document = try CSVReader(delimiter: "§").read("a§b\n\"1\"§é\n", origin: "t.csv")
        #expect(document.records.map { $0.fields.map(\.text) } == [["1", "é"]])
        #expect(document.records[0].fields[1].location == Self.location(2, 5))
    }
}
