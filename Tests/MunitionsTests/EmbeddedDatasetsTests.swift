import Munitions
import TextCore
import Testing

/// The datasets compiled into the binary are the files in `Datasets/`.
@Suite struct EmbeddedDatasetsTests {
    @Test(arguments: ["claims", "munitions", "containers", "scenario", "subjects", "nouns", "subject-cues"])
    func theEmbeddedCopyEqualsTheDatasetFile(name: String) throws {
        let embedded: String =
            switch name {
            case "claims": EmbeddedDatasets.claims
            case "munitions": EmbeddedDatasets.munitions
            case "containers": EmbeddedDatasets.containers
            case "scenario": EmbeddedDatasets.scenario
            case "nouns": EmbeddedDatasets.nouns
            case "subject-cues": EmbeddedDatasets.subjectCues
            default: EmbeddedDatasets.subjects
            }
        #expect(embedded == (try PackageFiles.text("Datasets/\(name).csv")))
        #expect(!embedded.isEmpty)
    }
}
