import Estimates
import TextCore
import Foundation
import Munitions
import Testing

/// `Datasets/nouns.csv`: nouns and verbs that name a registry unit.
@Suite struct NounTableTests {
    @Test func theEmbeddedTableIsTheFileAndEveryUnitIsACountedNoun() throws {
        let text = try String(contentsOf: ExtractionFixtures.root.appendingPathComponent("Datasets/nouns.csv"), encoding: .utf8)
        #expect(EmbeddedDatasets.nouns == text)
        let table = NounTable.standard
        #expect(table.entries.count == text.split(separator: "\n").count - 1)
        #expect(table.entries.allSatisfy { UnitRegistry.munitions.isCountedNoun($0.unit) })
        #expect(table.unit(forNoun: "Allies") == "country")
        #expect(table.unit(forNoun: "troops") == "person")
        #expect(table.unit(forVerb: "attacked") == "attack")
        #expect(table.unit(forNoun: "attacked") == nil, "verbs and nouns are apart")
    }

    @Test(arguments: [
        ("word,kind,unit,note\nallies,noun,tonne,x\n", 2, 13, "'tonne' is not a counted noun of the unit registry"),
        ("word,kind,unit,note\nallies,adjective,country,x\n", 2, 8, "bad kind 'adjective' (expected noun or verb)"),
        ("word,kind,unit,note\nallies,noun,country,x\nAllies,noun,country,y\n", 3, 1, "'allies' is listed twice"),
    ])
    func aBadRowIsReportedAtItsField(csv: String, line: Int, column: Int, message: String) {
        #expect(throws: DatasetError(message, at: .init(origin: "nouns.csv", line: line, column: column))) {
            try NounTable(csv: csv, origin: "nouns.csv", registry: .munitions)
        }
    }
}
