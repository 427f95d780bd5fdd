import Munitions
import Testing

/// The datasets compiled into the binary are the files in `Datasets/`.
@Suite struct EmbeddedDatasetsTests {
    @Test(arguments: ["claims", "munitions", "containers", "scenario", "subjects"])
    func theEmbeddedCopyEqualsTheDatasetFile(name: String) throws {
        let embedded: String =
            switch name {
            case "claims": EmbeddedDatasets.claims
            case "munitions": EmbeddedDatasets.munitions
            case "containers": EmbeddedDatasets.containers
            case "scenario": EmbeddedDatasets.scenario
            default: EmbeddedDatasets.subjects
            }
        #expect(embedded == (try PackageFiles.text("Datasets/\(name).csv")))
        #expect(!embedded.isEmpty)
    }
}
