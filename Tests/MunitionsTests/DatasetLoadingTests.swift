import Foundation
import Munitions
import Tables
import Testing

@Suite struct DatasetLoadingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: ["claims.csv", "munitions.csv", "containers.csv", "scenario.csv"])
    func theEmbeddedDatasetsAreTheFilesInDatasets(name: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Datasets/\(name)"), encoding: .utf8)
        let embedded: String
        switch name {
        case "claims.csv": embedded = EmbeddedDatasets.claims
        case "munitions.csv": embedded = EmbeddedDatasets.munitions
        case "containers.csv": embedded = EmbeddedDatasets.containers
        default: embedded = EmbeddedDatasets.scenario
        }
        #expect(embedded == text)
    }

    @Test func theSeedClaimsCarryTheirHedgeAndSource() throws {
        let ledger = try ClaimLedger.standard()
        let containers = try ledger.claim(id: "liga-20240111-containers")
        #expect(containers.hedge == "about")
        #expect(containers.estimate?.low == 3000 && containers.estimate?.high == 7000)
        #expect(containers.quote.contains("about 5,000 weapons containers"))
        #expect(containers.source.speaker.hasPrefix("Shin Won-sik"))
    }

    static let header = "id,subject,kind,as_written,low,nominal,high,unit,hedge,meaning,alternative_group,quote,speaker,outlet,article,url,published,as_of,notes"

    @Test(arguments: [
        ("x,s,quantity,about 5,,5,,tonn,about,point,,q,sp,o,a,u,2024-01-11,,", 2, 26, "unknown unit 'tonn' (did you mean 'tonne' or 'tonnes'?)"),
        ("x,s,quantity,about 5,,5,,shell,roughly speaking,point,,q,sp,o,a,u,2024-01-11,,", 2, 32, "unknown hedge 'roughly speaking'"),
        ("x,s,quantity,5,,five,,shell,,point,,q,sp,o,a,u,2024-01-11,,", 2, 17, "bad number 'five' in column 'nominal'"),
        ("x,s,date,Jan 32,,2024-01-32,,date,,point,,q,sp,o,a,u,2024-01-11,,", 2, 18, "'2024-01-32' is not a date"),
        ("x,s,quantity,5,,5,,shell,,sure,,q,sp,o,a,u,2024-01-11,,", 2, 27, "bad meaning 'sure'"),
        ("x,s,quantity,5,9,5,1,shell,,bounds,,q,sp,o,a,u,2024-01-11,,", 2, 16, "low 9.0 is above high 1.0"),
        ("x,s,quantity,6,,5,,shell,,point,,q,sp,o,a,u,2024-01-11,,", 2, 14, "as_written '6' does not state the nominal value 5"),
        ("x,s,quantity,5,,5,,shell,,point,,,sp,o,a,u,2024-01-11,,", 2, 34, "empty value in required column 'quote'"),
        ("x,s,quantity,5,,5,,shell,,point,,q,sp,o,a,u,2024-01-11", 2, 1, "expected 19 fields, found 17"),
    ])
    func malformedClaimsAreReportedWithFileLineAndColumn(row: String, line: Int, column: Int, message: String) {
        do {
            _ = try ClaimsFile.read(Self.header + "\n" + row + "\n", origin: "mine.csv")
            Issue.record("expected an error for \(row)")
        } catch {
            #expect(error.location == SourceLocation(origin: "mine.csv", line: line, column: column), "\(row)")
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    @Test func aDuplicateIdIsReportedAtTheSecondRow() {
        let row = "x,s,quantity,5,,5,,shell,,point,,q,sp,o,a,u,2024-01-11,,"
        #expect(throws: DatasetError("duplicate claim id 'x' (first at mine.csv:2:1)", at: SourceLocation(origin: "mine.csv", line: 3, column: 1))) {
            try ClaimsFile.read([Self.header, row, row].joined(separator: "\n"), origin: "mine.csv")
        }
    }
}
