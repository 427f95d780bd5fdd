/// The data files compiled into the binary, so that `reckon` runs from any folder.
/// They are symbolic links to `Datasets/`; a test checks they are byte-identical.
package enum EmbeddedData {
    /// `Datasets/units.txt`.
    package static var units: String { String(decoding: PackageResources.units_txt, as: UTF8.self) }
    /// `Datasets/hedges.csv`.
    package static var hedges: String { String(decoding: PackageResources.hedges_csv, as: UTF8.self) }
}
