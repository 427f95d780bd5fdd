/// The datasets compiled into the binary (symbolic links to `Datasets/`), so that `reckon`
/// runs from any folder. A test checks each is byte-identical to its file.
public enum EmbeddedDatasets {
    /// `Datasets/counted-nouns.txt`: the domain's counted nouns, in the unit registry format.
    public static var countedNouns: String { String(decoding: PackageResources.counted_nouns_txt, as: UTF8.self) }
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
    /// `Datasets/nouns.csv`: counted nouns and verbs that name a registry unit, for extraction.
    public static var nouns: String { String(decoding: PackageResources.nouns_csv, as: UTF8.self) }
    /// `Datasets/subject-cues.csv`: which subject of the vocabulary an extracted claim proposes.
    public static var subjectCues: String { String(decoding: PackageResources.subject_cues_csv, as: UTF8.self) }
}
