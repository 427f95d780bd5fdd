import Foundation
import Testing

/// ARCHITECTURE.md says how the package is cut: one line of purpose per module, and a
/// diagram of which module imports which. These tests hold the document to the code: the
/// arrows of the diagram are exactly the imports between the package's modules in
/// `Sources/`, and each module's folder starts with the purpose line the document gives.
@Suite struct ArchitectureTests {
    /// An arrow of the diagram: `from` imports `to`.
    struct Edge: Hashable, Comparable, CustomStringConvertible {
        var from: String
        var to: String
        var description: String { "\(from) --> \(to)" }
        static func < (left: Edge, right: Edge) -> Bool { (left.from, left.to) < (right.from, right.to) }
    }

    static let document = CLIFixtures.text("ARCHITECTURE.md") ?? ""

    /// The modules: the folders of `Sources/`.
    static let modules: [String] = {
        let folder = CLIFixtures.packageRoot + "/Sources"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }()

    /// The arrows `A --> B` of the ```mermaid block of ARCHITECTURE.md.
    static func documentedEdges(_ text: String) -> Set<Edge> {
        var edges: Set<Edge> = []
        var inDiagram = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "```mermaid" {
                inDiagram = true
            } else if trimmed == "```" {
                inDiagram = false
            } else if inDiagram {
                let parts = trimmed.components(separatedBy: "-->").map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2 { edges.insert(Edge(from: parts[0], to: parts[1])) }
            }
        }
        return edges
    }

    /// The module an `import` line names (`import TextCore`, `@testable import Tables`,
    /// `import struct Estimates.Estimate`, `package import Munitions`), or `nil`.
    static func importedModule(_ line: Substring) -> String? {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal", "private", "fileprivate"].contains(first) {
            words = words.dropFirst()
        }
        guard words.first == "import" else { return nil }
        words = words.dropFirst()
        if let kind = words.first, ["struct", "enum", "class", "protocol", "typealias", "func", "var", "let"].contains(kind) {
            words = words.dropFirst()
        }
        return words.first.map { String($0.split(separator: ".")[0]) }
    }

    /// The imports between the package's modules, read from every Swift file in `Sources/`.
    static func importedEdges() throws -> Set<Edge> {
        var edges: Set<Edge> = []
        let known = Set(modules)
        for module in modules {
            let folder = CLIFixtures.packageRoot + "/Sources/" + module
            let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
            for case let path as String in enumerator where path.hasSuffix(".swift") {
                let text = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
                for line in text.split(separator: "\n") {
                    if let imported = importedModule(line), known.contains(imported), imported != module {
                        edges.insert(Edge(from: module, to: imported))
                    }
                }
            }
        }
        return edges
    }

    /// The purpose of each module in the table of ARCHITECTURE.md (`| `Module` | purpose |`).
    static func documentedPurposes(_ text: String) -> [String: String] {
        var purposes: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, cells[0].hasPrefix("`"), cells[0].hasSuffix("`") else { continue }
            purposes[String(cells[0].dropFirst().dropLast())] = cells[1]
        }
        return purposes
    }

    /// The purpose line at the top of a module's folder: the abstract of its DocC root page
    /// (the paragraph after the title), else the first comment line of `MODULE.swift`.
    static func purposeInFolder(_ module: String) -> String? {
        if let page = CLIFixtures.text("Sources/\(module)/\(module).docc/\(module).md") {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let title = lines.firstIndex(of: "# ``\(module)``") else { return nil }
            let paragraph = lines[(title + 1)...].drop(while: { $0.isEmpty }).prefix(while: { !$0.isEmpty })
            return paragraph.joined(separator: " ")
        }
        guard let file = CLIFixtures.text("Sources/\(module)/\(module).swift"),
            let first = file.split(separator: "\n").first, first.hasPrefix("// ")
        else { return nil }
        return String(first.dropFirst(3))
    }

    @Test func importedModulesAreRead() {
        #expect(Self.importedModule("import TextCore") == "TextCore")
        #expect(Self.importedModule("@testable import Tables") == "Tables")
        #expect(Self.importedModule("    import struct Estimates.Estimate") == "Estimates")
        #expect(Self.importedModule("package import Munitions") == "Munitions")
        #expect(Self.importedModule("// import Munitions") == nil)
        #expect(Self.importedModule("let important = 1") == nil)
    }

    @Test func theDiagramIsTheImportsBetweenModules() throws {
        let documented = Self.documentedEdges(Self.document)
        let imported = try Self.importedEdges()
        #expect(!documented.isEmpty, "ARCHITECTURE.md has no ```mermaid diagram with arrows")
        let undocumented = imported.subtracting(documented).sorted()
        let unused = documented.subtracting(imported).sorted()
        #expect(undocumented.isEmpty, "imports in Sources/ that ARCHITECTURE.md does not draw: \(undocumented)")
        #expect(unused.isEmpty, "arrows in ARCHITECTURE.md that no import in Sources/ needs: \(unused)")
    }

    @Test func theDependenciesGoOneWay() throws {
        // A cycle would make some module depend on itself; follow the arrows from each.
        let edges = try Self.importedEdges()
        for module in Self.modules {
            var reached: Set<String> = []
            var frontier = [module]
            while let next = frontier.popLast() {
                for edge in edges where edge.from == next && reached.insert(edge.to).inserted { frontier.append(edge.to) }
            }
            #expect(!reached.contains(module), "\(module) depends on itself through its imports")
        }
    }

    /// The modules `module` reaches through its imports, itself included.
    static func reachable(from module: String, over edges: Set<Edge>) -> Set<String> {
        var reached: Set<String> = [module]
        var frontier = [module]
        while let next = frontier.popLast() {
            for edge in edges where edge.from == next && reached.insert(edge.to).inserted { frontier.append(edge.to) }
        }
        return reached
    }

    /// A test target `XTests` may import only `X` and what `X` reaches: an incremental build
    /// finds any module already built, but a clean build of `XTests` builds only those, so
    /// `import Tables` in `EstimatesTests` compiled here and failed on a fresh clone.
    @Test(arguments: modules) func eachTestTargetImportsOnlyItsModuleAndWhatItReaches(_ module: String) throws {
        let folder = CLIFixtures.packageRoot + "/Tests/" + module + "Tests"
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder), "every module has a test target")
        let allowed = Self.reachable(from: module, over: try Self.importedEdges())
        let known = Set(Self.modules)
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            let text = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let imported = Self.importedModule(line), known.contains(imported) else { continue }
                #expect(allowed.contains(imported), "Tests/\(module)Tests/\(path) imports \(imported), which \(module) does not depend on")
            }
        }
    }

    @Test(arguments: modules) func eachModuleFolderStartsWithThePurposeTheDocumentGives(_ module: String) {
        let documented = Self.documentedPurposes(Self.document)[module]
        #expect(documented != nil, "ARCHITECTURE.md has no row for \(module) in its table of modules")
        #expect(Self.purposeInFolder(module) == documented, "the purpose line of Sources/\(module) differs from ARCHITECTURE.md")
    }
}
