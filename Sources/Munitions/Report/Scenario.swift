import Estimates
import Tables
import TextCore

/// One alternative of a capacity claim ("N containers hold X of these or Y of those"): which
/// claims give the total and the containers, which munition and container type to check
/// against. Read from `Datasets/scenario.csv`, so the report types no figure itself.
public struct ScenarioAlternative: Sendable, Equatable {
    /// The label shown (`152-mm shells`).
    public var alternative: String
    /// The id of the claim stating the total.
    public var totalClaimID: String
    /// The id of the claim stating the number of containers.
    public var containersClaimID: String
    /// The munition in `Datasets/munitions.csv`.
    public var munitionID: String
    /// The container type in `Datasets/containers.csv`.
    public var containerID: String
    /// Why this reading.
    public var notes: String
    /// Where the row is.
    public var location: SourceLocation

    /// The columns of a scenario file.
    public static let columns = ["alternative", "total_claim", "containers_claim", "munition_id", "container_id", "notes"]

    /// Reads a scenario file.
    public static func read(_ text: String, origin: String) throws(DatasetError) -> [ScenarioAlternative] {
        try alternatives(in: try CSVDocument.readDataset(text, origin: origin, columns: columns))
    }

    /// Reads a scenario file from UTF-8 bytes (a user's file).
    public static func read(bytes: [UInt8], origin: String) throws(DatasetError) -> [ScenarioAlternative] {
        try alternatives(in: try CSVDocument.readDataset(bytes: bytes, origin: origin, columns: columns))
    }

    private static func alternatives(in document: CSVDocument) throws(DatasetError) -> [ScenarioAlternative] {
        let origin = document.origin
        var result: [ScenarioAlternative] = []
        for record in document.records {
            result.append(
                ScenarioAlternative(
                    alternative: try record.string("alternative", required: true),
                    totalClaimID: try record.string("total_claim", required: true),
                    containersClaimID: try record.string("containers_claim", required: true),
                    munitionID: try record.string("munition_id", required: true),
                    containerID: try record.string("container_id", required: true),
                    notes: try record.string("notes"),
                    location: SourceLocation(origin: origin, line: record.line, column: 1)))
        }
        return result
    }

    /// The embedded scenario (`Datasets/scenario.csv`).
    public static func standard() throws(DatasetError) -> [ScenarioAlternative] {
        try read(EmbeddedDatasets.scenario, origin: "Datasets/scenario.csv")
    }
}
