/// The datasets compiled into the binary (symbolic links to `Datasets/`), so that `reckon`
/// runs from any folder. A test checks each is byte-identical to its file.
public enum EmbeddedDatasets {
    /// `Datasets/claims.csv`.
    public static var claims: String { String(decoding: PackageResources.claims_csv, as: UTF8.self) }
    /// `Datasets/munitions.csv`.
    public static var munitions: String { String(decoding: PackageResources.munitions_csv, as: UTF8.self) }
    /// `Datasets/containers.csv`.
    public static var containers: String { String(decoding: PackageResources.containers_csv, as: UTF8.self) }
    /// `Datasets/scenario.csv`.
    public static var scenario: String { String(decoding: PackageResources.scenario_csv, as: UTF8.self) }
    /// `Datasets/subjects.csv`.
    public static var subjects: String { String(decoding: PackageResources.subjects_csv, as: UTF8.self) }
}
