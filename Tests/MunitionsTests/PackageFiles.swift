#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import Testing

/// Files of the package and of the shared folder next to it, found from this file's path
/// (so the tests run from any working directory).
enum PackageFiles {
    /// The package root: three levels above `Tests/MunitionsTests/PackageFiles.swift`.
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// The text of a file under the package root (`Datasets/claims.csv`).
    static func text(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(filePath: root + "/" + relativePath)), as: UTF8.self)
    }

    /// The folder holding the two seed articles: `../shared/seeds` from the package root.
    static let seedsFolder = root + "/../shared/seeds"

    /// Whether the seed articles are there (they are not part of the repository).
    static var seedsAvailable: Bool {
        SeedArticle.all.allSatisfy { FileManager.default.fileExists(atPath: seedsFolder + "/" + $0.file) }
    }
}

/// The two seed articles and the address their claims carry in `Datasets/claims.csv`.
struct SeedArticle: Sendable, CustomTestStringConvertible {
    /// The file name in `../shared/seeds`.
    var file: String
    /// The `url` column of its claims.
    var url: String
    /// The outlet.
    var outlet: String

    static let liga = SeedArticle(
        file: "000_4ea81016a40d719d.txt",
        url: "https://news.liga.net/en/politics/news/ministr-oborony-yuzhnoy-korei-kndr-mozhet-prodat-rossii-novyy-tip-ballisticheskih-raket",
        outlet: "LIGA.net (English edition)")
    static let kyivIndependent = SeedArticle(
        file: "001_70e8a123e31309b4.txt",
        url: "https://kyivindependent.com/south-korea-pyongyang-may-send-new-models-of-tactical-guided-missiles-to-russia",
        outlet: "The Kyiv Independent")
    static let all = [liga, kyivIndependent]

    var testDescription: String { outlet }

    /// The article's text.
    func text() throws -> String {
        String(decoding: try Data(contentsOf: URL(filePath: PackageFiles.seedsFolder + "/" + file)), as: UTF8.self)
    }
}
