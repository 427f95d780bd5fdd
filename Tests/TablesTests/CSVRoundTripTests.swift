import Testing

@testable import Tables
@testable import TextCore

/// The strict reader reads back everything the writer writes: a property over hundreds of
/// generated tables full of hostile text, for every delimiter, line ending and BOM choice.
@Suite struct CSVRoundTripTests {
    static let optionChoices: [CSVOptions] = [
        CSVOptions(),
        CSVOptions(lineEnding: .lf),
        CSVOptions(delimiter: ";", byteOrderMark: true),
        CSVOptions.tsv,
        CSVOptions(delimiter: "|", lineEnding: .lf, byteOrderMark: true),
        CSVOptions(mode: .plain),
        CSVOptions(delimiter: ";", lineEnding: .lf, mode: .plain),
        CSVOptions(delimiter: "\t", lineEnding: .lf, mode: .plain),
    ]

    static let seeds: [UInt64] = Array(1...60)

    @Test(arguments: seeds)
    func generatedTablesReadBackWithTheirColumns(seed: UInt64) throws {
        var tables = HostileTables(seed: seed)
        for (index, options) in Self.optionChoices.enumerated() {
            let table = tables.table()
            let csv = CSVWriter(options: options).render(table)
            let reader = TableCSVReader(csv: CSVReader(delimiter: options.delimiter.unicodeScalars.first ?? ","))
            let specs = table.columns.map { CSVColumnSpec($0) }
            let readBack: Table
            do {
                readBack = try reader.read(csv, origin: "seed-\(seed)-\(index).csv", columns: specs)
            } catch {
                Issue.record("seed \(seed), options \(index): \(error)\n\(csv.debugDescription)")
                continue
            }
            #expect(readBack == HostileTables.afterCSV(table), "seed \(seed), options \(index)\n\(csv.debugDescription)")
        }
    }

    @Test(arguments: seeds)
    func inferredColumnsRenderTheSameBytesAgain(seed: UInt64) throws {
        var tables = HostileTables(seed: seed &+ 1000)
        for (index, options) in Self.optionChoices.enumerated() {
            let table = tables.table()
            let writer = CSVWriter(options: options)
            let csv = writer.bytes(table)
            let reader = TableCSVReader(csv: CSVReader(delimiter: options.delimiter.unicodeScalars.first ?? ","))
            let readBack = try reader.read(String(decoding: csv, as: UTF8.self), origin: "seed-\(seed)-\(index).csv")
            let again = writer.bytes(readBack)
            if again != csv {
                Issue.record(
                    "seed \(seed), options \(index)\nfirst:  \(String(decoding: csv, as: UTF8.self).debugDescription)\nsecond: \(String(decoding: again, as: UTF8.self).debugDescription)"
                )
            }
        }
    }

    @Test func generatedTablesHoldTheHostileCasesTheyClaimTo() {
        // Guard against a generator that quietly stops producing the hard cases.
        var tables = HostileTables(seed: 7)
        var texts: [String] = []
        for _ in 0..<300 {
            for row in tables.table().rows {
                for case .text(let text) in row { texts.append(text) }
            }
        }
        let starts: [Character] = ["=", "+", "-", "@", "\t", "'"]
        for start in starts {
            #expect(texts.contains { $0.first == start }, "no text starts with \(start.debugDescription)")
        }
        #expect(texts.contains { $0.contains("\r\n") })
        #expect(texts.contains { $0.contains("\"") && $0.contains(",") })
        #expect(texts.contains { $0.unicodeScalars.contains { !$0.isASCII } })
        #expect(texts.contains { CSVNeutralisation.looksLikeValue($0) && !CSVNeutralisation.formulaTriggers.contains($0.unicodeScalars.first!) })
        #expect(texts.count > 1_000)
    }
}
