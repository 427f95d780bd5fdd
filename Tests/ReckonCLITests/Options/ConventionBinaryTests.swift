import Foundation
import Testing

/// The command-line conventions through the built binary, as a user meets them.
@Suite(.serialized) struct ConventionBinaryTests {
    @Test func doubleDashMakesTheNextWordsTheExpression() throws {
        let result = try Binary.run(["eval", "--", "-h"])
        #expect(result.status == 0)
        #expect(result.output == "-1 h\n")
        let help = try Binary.run(["eval", "-h"])
        #expect(help.status == 0 && help.output.hasPrefix("Usage: reckon eval"))
    }

    @Test func aValueThatLooksLikeAnOptionIsTakenAsTheValue() throws {
        let result = try Binary.run(["claims", "--source", "--help", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        // No claim names "--help" as its outlet or speaker: the header alone.
        #expect(result.output.hasPrefix("id,subject,") && result.output.components(separatedBy: "\r\n").count == 2)
    }

    @Test func shortOptionsDoWhatTheirLongFormsDo() throws {
        let folder = NSTemporaryDirectory() + "reckon-short-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let short = try Binary.run(["sample", "1 to 2", "-n", "1e4", "-s", "7", "-j", "1", "-f", "csv", "-o", folder + "/s.csv"])
        let long = try Binary.run(["sample", "1 to 2", "--n", "1e4", "--seed", "7", "--threads", "1", "--format", "csv", "--output", folder + "/l.csv"])
        #expect(short.status == 0 && long.status == 0)
        let shortFile = try String(contentsOfFile: folder + "/s.csv", encoding: .utf8)
        #expect(shortFile == (try String(contentsOfFile: folder + "/l.csv", encoding: .utf8)))
        #expect(shortFile.hasPrefix("n,seed,mean,sd,") && shortFile.contains("\r\n10000,7,"))
    }

    @Test func outputDashIsStandardOutputAndMakesNoFile() throws {
        let folder = NSTemporaryDirectory() + "reckon-dash-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Binary.run(["eval", "-o", "-", "-f", "json", "5 kg"], in: folder)
        #expect(result.status == 0)
        #expect(result.output == #"{"low":5,"nominal":5,"high":5,"unit":"kg","meaning":"point","range90":null,"notes":[]}"# + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func didYouMeanForCommandsAndOptions() throws {
        let command = try Binary.run(["evall", "1"])
        #expect(command.status == 2 && command.output.isEmpty)
        #expect(command.errors == "reckon: error: unknown command 'evall'; did you mean 'eval'? (see 'reckon --help')\n")
        let option = try Binary.run(["report", "--formt", "csv"])
        #expect(option.errors == "reckon: error: unknown option '--formt'; did you mean '--format'? (see 'reckon help report')\n")
    }

    @Test func escapeSequencesInArgumentsNeverReachTheTerminalRaw() throws {
        let result = try Binary.run(["report", "--format", "\u{1B}]0;owned\u{07}\n\u{1B}[2Jx"])
        #expect(result.status == 2)
        #expect(!result.errors.contains("\u{1B}") && !result.errors.contains("\u{07}"))
        #expect(result.errors == "reckon: error: unknown format '\\x1B]0;owned\\x07\\n\\x1B[2Jx' (expected table|markdown|csv|tsv|json|xlsx) (see 'reckon help report')\n")
    }

    @Test func anIdPrefixWithDoubleHyphensIsAccepted() throws {
        let folder = NSTemporaryDirectory() + "reckon-prefix-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let article = folder + "/a.txt"
        try "Officials said about 5,000 containers arrived on 11 January 2024.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let claims = folder + "/claims.csv"
        let result = try Binary.run(["extract", article, "--as-claims", "--id-prefix", "a--b", "--published", "2024-01-12", "-o", claims])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try String(contentsOfFile: claims, encoding: .utf8).contains("\r\na--b-001,"))
        // What it writes loads back.
        let loaded = try Binary.run(["claims", "-c", claims, "--source", "a.txt", "-f", "csv"])
        #expect(loaded.status == 0, "\(loaded.errors)")
        #expect(loaded.output.contains("\r\na--b-001,"))
    }

    @Test func versionAndHelpNameEveryCommand() throws {
        #expect(try Binary.run(["version"]).output == "reckon 0.1.0\n")
        #expect(try Binary.run(["--version"]).output == "reckon 0.1.0\n")
        let overview = try Binary.run(["--help"]).output
        for name in ["report", "eval", "run", "sample", "claims", "conflicts", "sources", "table", "extract", "help", "version", "completions"] {
            #expect(overview.contains("\n  \(name) "), "\(name)")
        }
        let help = try Binary.run(["help", "sample"]).output
        #expect(help.contains("  -n, --n N ") && help.contains("  -s, --seed SEED ") && help.contains("      --samples-csv FILE "))
        #expect(help.contains("\n  -h, --help ") && help.hasSuffix(" show this help\n"))
    }
}
