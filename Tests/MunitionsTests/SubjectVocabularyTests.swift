import Munitions
import Tables
import TextCore
import Testing

/// The subject vocabulary: `Datasets/subjects.csv`, documented in `Datasets/README.md`.
@Suite struct SubjectVocabularyTests {
    /// The `subject` column of `Datasets/claims.csv`, read as plain CSV (not through the
    /// loader, which would refuse an unknown subject before this test could name it).
    static func subjectsUsedInClaims() throws -> Set<String> {
        let document = try CSVReader().read(try PackageFiles.text("Datasets/claims.csv"), origin: "Datasets/claims.csv")
        return Set(try document.records.map { try $0.text("subject") })
    }

    @Test func everySubjectUsedInTheClaimsIsDocumentedInTheDatasetsReadme() throws {
        let readme = try PackageFiles.text("Datasets/README.md")
        let used = try Self.subjectsUsedInClaims()
        #expect(!used.isEmpty)
        for subject in used.sorted() {
            #expect(readme.contains("| `\(subject)` |"), "\(subject) is not in the subject table of Datasets/README.md")
        }
    }

    @Test func everySubjectOfTheVocabularyIsDocumentedWithItsKindUnitsAndComparison() throws {
        let readme = try PackageFiles.text("Datasets/README.md")
        let vocabulary = try SubjectVocabulary.standard()
        #expect(vocabulary.subjects.count == 30)
        for subject in vocabulary.subjects {
            let units = subject.units.joined(separator: ", ")
            let row = "| `\(subject.name)` | \(subject.kind.rawValue) | \(units)"
            #expect(readme.contains(row), "Datasets/README.md has no row starting \(row)")
            #expect(readme.contains(" | \(subject.comparison.rawValue) | \(subject.description) |"), "\(subject.name)")
        }
        #expect(try Self.subjectsUsedInClaims().isSubset(of: Set(vocabulary.subjects.map(\.name))))
    }

    @Test func everyColumnOfEveryDatasetIsDocumented() throws {
        let readme = try PackageFiles.text("Datasets/README.md")
        for file in ["claims", "subjects", "munitions", "containers", "scenario", "hedges"] {
            let header = try PackageFiles.text("Datasets/\(file).csv").prefix { $0 != "\n" }
            for column in header.split(separator: ",") {
                #expect(readme.contains("`\(column)`"), "column \(column) of \(file).csv is not documented")
            }
        }
    }

    @Test func shellsAndRoundsCountOneThingAndRocketsAnother() throws {
        let subject = try #require(try SubjectVocabulary.standard().subject("nk-122mm-munitions-to-russia"))
        #expect(subject.units == ["shell", "round", "rocket"])
        #expect(subject.thing(countedBy: "round") == "shell")
        #expect(subject.thing(countedBy: "shell") == "shell")
        #expect(subject.thing(countedBy: "rocket") == "rocket")
        #expect(subject.comparison == .cumulative)
    }

    static let badVocabularies: [(String, String)] = [
        ("x,quantity,tonn,,fixed,d", "v.csv:2:12: error: unit 'tonn' does not fit a quantity subject (a unit of Datasets/units.txt)"),
        ("x,date,km,,fixed,d", "v.csv:2:8: error: unit 'km' does not fit a date subject (date)"),
        ("x,quantity,shell;rocket,shell=round,fixed,d", "v.csv:2:25: error: bad same_thing group 'shell=round' (expected two or more of its units joined by '=')"),
        ("x,quantity,km,,sometimes,d", "v.csv:2:16: error: bad compare 'sometimes' (expected cumulative, fixed, per-source)"),
        ("x,number,km,,fixed,d", "v.csv:2:3: error: bad kind 'number' (expected quantity, date, dateset)"),
    ]

    @Test(arguments: badVocabularies)
    func aMalformedVocabularyIsReportedWhereItIsWrong(row: String, message: String) {
        let text = SubjectVocabulary.columns.joined(separator: ",") + "\n" + row + "\n"
        #expect {
            _ = try SubjectVocabulary(csv: text, origin: "v.csv")
        } throws: { error in
            (error as? DatasetError)?.description == message
        }
    }
}
