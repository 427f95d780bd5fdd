import Foundation
import Testing

/// Byte-for-byte snapshot files under `Tests/TablesTests/Snapshots/`.
///
/// A mismatch records an issue with the first differing line and both texts. To accept new
/// output, run with `RECKON_RECORD_SNAPSHOTS=1`: the files are rewritten and the test still
/// fails once, so that recording never passes silently.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static func expectMatches(_ actual: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECKON_RECORD_SNAPSHOTS"] == "1" {
            do {
                try Data(actual).write(to: url)
                Issue.record("recorded snapshot \(name); run again without RECKON_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing snapshot \(url.path); record it with RECKON_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = [UInt8](data)
        guard actual != expected else { return }
        Issue.record(
            Comment(rawValue: difference(expected: expected, actual: actual, name: name)), sourceLocation: sourceLocation)
    }

    /// The first line that differs, then both texts with control characters escaped.
    static func difference(expected: [UInt8], actual: [UInt8], name: String) -> String {
        let expectedLines = lines(expected)
        let actualLines = lines(actual)
        var report = "snapshot \(name) differs (\(expected.count) bytes expected, \(actual.count) written)\n"
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? expectedLines[index] : "<no line>"
            let got = index < actualLines.count ? actualLines[index] : "<no line>"
            if want != got {
                report += "first difference at line \(index + 1):\n- expected: \(want)\n+ actual:   \(got)\n"
                break
            }
        }
        report += "--- expected\n\(expectedLines.joined(separator: "\n"))\n+++ actual\n\(actualLines.joined(separator: "\n"))"
        return report
    }

    /// Lines split after each LF, with CR, tab, BOM and other controls made visible.
    static func lines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var text = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\n":
                result.append(text)
                text = ""
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{FEFF}": text += "<BOM>"
            default:
                if scalar.value < 0x20 { text += "\\u{\(String(scalar.value, radix: 16))}" } else { text.unicodeScalars.append(scalar) }
            }
        }
        result.append(text)
        return result
    }
}
