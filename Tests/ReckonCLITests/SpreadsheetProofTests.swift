import Foundation
import Testing

/// The proof in real tools (Scripts/spreadsheet-check.sh): reckon's CSV, TSV and xlsx opened by
/// LibreOffice, openpyxl and pandas, for hostile text and for every command's table. It needs
/// LibreOffice and the .venv that `.ci/run` installs; without them the test is skipped with
/// that reason, except under CI (CI=true), where it must run.
@Suite struct SpreadsheetProofTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var toolsInstalled: Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        let office = paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
        return office && FileManager.default.isExecutableFile(atPath: root.appendingPathComponent(".venv/bin/python").path)
    }

    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    @Test(
        .enabled(
            if: toolsInstalled || required,
            "needs LibreOffice (soffice) and .venv: run Scripts/spreadsheet-check.sh once, or bash .ci/run"),
        .timeLimit(.minutes(10)))
    func libreOfficeOpenpyxlAndPandasReadReckonsFilesAsIntended() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.root.appendingPathComponent("Scripts/spreadsheet-check.sh").path]
        var environment = ProcessInfo.processInfo.environment
        environment["RECKON"] = Binary.url.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Scripts/spreadsheet-check.sh failed:\n\(text)")
        #expect(text.contains(" 0 failed"), "\(text)")
    }
}
