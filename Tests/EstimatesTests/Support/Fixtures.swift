import Foundation
import Testing

/// Test fixtures under `Tests/Fixtures`, found from this file's path.
enum Fixtures {
    /// The package root.
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Tests/EstimatesTests/Support/Fixtures.swift
        return parts.joined(separator: "/")
    }()

    /// The bytes of a file under the package root.
    static func bytes(_ relativePath: String) -> [UInt8]? {
        FileManager.default.contents(atPath: packageRoot + "/" + relativePath).map { Array($0) }
    }

    /// One bad input with the error it must produce.
    struct BadExpression: Sendable, CustomTestStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { file }
    }

    /// `Tests/Fixtures/bad/expressions/expected.tsv`: file, line:column, message.
    static let badExpressions: [BadExpression] = {
        guard let bytes = bytes("Tests/Fixtures/bad/expressions/expected.tsv") else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst().map { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let position = fields[1].split(separator: ":").compactMap { Int($0) }
            return BadExpression(file: fields[0], line: position[0], column: position[1], message: fields[2])
        }
    }()

    /// One case of a bad-input corpus folder (`Tests/Fixtures/bad/KIND/expected.tsv`): the
    /// file, the arguments (a JSON array), the exit code (`-` for library cases), the
    /// position (`line:column`, or `-`) and the message.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var file: String
        var arguments: String
        var exit: String
        var position: String
        var message: String
        var testDescription: String { file }
    }

    /// The cases of `Tests/Fixtures/bad/KIND/expected.tsv`.
    static func badInputs(_ kind: String) -> [BadInput] {
        guard let bytes = bytes("Tests/Fixtures/bad/\(kind)/expected.tsv") else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst().map { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return BadInput(file: fields[0], arguments: fields[1], exit: fields[2], position: fields[3], message: fields[4])
        }
    }
}
