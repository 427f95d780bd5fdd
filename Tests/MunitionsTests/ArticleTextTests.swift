import Munitions
import Tables
import TextCore
import Testing

/// Bad input gets a located error or an empty result, never a crash.
@Suite struct ArticleTextTests {
    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        #expect(throws: ExtractionError("the input is not valid UTF-8", at: SourceLocation(origin: "a.txt", line: 2, column: 3))) {
            try ArticleText(bytes: Array("ab\ncd".utf8) + [0xFF], origin: "a.txt")
        }
        // Overlong forms, surrogates and values past U+10FFFF are refused too.
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] {
            #expect(throws: ExtractionError.self) { try ArticleText(bytes: Array("x ".utf8) + bad, origin: "a.txt") }
        }
    }

    @Test func binaryDataIsRefused() {
        #expect(
            throws: ExtractionError("binary data (a NUL byte): expected UTF-8 text", at: SourceLocation(origin: "b", line: 1, column: 4))
        ) {
            try ArticleText(bytes: [0x61, 0x62, 0x63, 0x00, 0x64], origin: "b")
        }
        let controls = [UInt8](repeating: 0x61, count: 90) + [UInt8](repeating: 0x01, count: 10)
        #expect(throws: ExtractionError.self) { try ArticleText(bytes: controls, origin: "b") }
        // A stray control character in a long text is not binary.
        let text = [UInt8](repeating: 0x61, count: 300) + [0x07]
        #expect(throws: Never.self) { try ArticleText(bytes: text, origin: "b") }
    }

    @Test func inputOverTheLimitIsRefusedWithTheLimitInTheMessage() throws {
        let bytes = [UInt8](repeating: 0x20, count: ArticleText.maximumBytes + 1)
        let error = try #require(throws: ExtractionError.self) { try ArticleText(bytes: bytes, origin: "big.txt") }
        #expect(error.message.contains("16 MiB"))
        #expect(error.location == SourceLocation(origin: "big.txt", line: 1, column: 1))
        let largest = [UInt8](repeating: 0x20, count: ArticleText.maximumBytes)
        #expect(try ArticleText(bytes: largest, origin: "ok.txt").scalars.count == ArticleText.maximumBytes)
    }

    @Test func emptyInputHasNoClaims() throws {
        let article = try ArticleText(bytes: [], origin: "empty.txt")
        #expect(ClaimExtractor.standard.extract(article).isEmpty)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix(seed: 8)
        var decoded = 0
        for round in 0..<2000 {
            let length = Int(generator.next() % 200)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                // Mostly printable text with digits, some high bytes.
                let value = generator.next() % 100
                if value < 60 {
                    bytes.append(UInt8(32 + generator.next() % 95))
                } else if value < 90 {
                    bytes.append(UInt8(48 + generator.next() % 10))
                } else if value < 99 {
                    bytes += Array(["—", "“", "é", "😀", "\n", "\n\n", "–"][Int(generator.next() % 7)].utf8)
                } else {
                    bytes.append(UInt8(generator.next() % 256))
                }
            }
            if round % 3 == 0 { bytes += Array(" about 5,000 km (3,100 miles) on Dec. 30 or 2014-2019 ".utf8) }
            guard let article = try? ArticleText(bytes: bytes, origin: "fuzz") else { continue }
            decoded += 1
            for claim in ClaimExtractor.standard.extract(article, published: try? CalendarDate(iso: "2024-01-11")) {
                #expect(claim.start < claim.end && claim.end <= article.scalars.count)
            }
        }
        #expect(decoded > 1000)
    }
}

/// A small deterministic random number generator for the fuzz test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
