import Estimates
import Testing

/// `NewsNumberScanner` on numbers in digits: where each one ends, its value, precision and
/// scale, and what it refuses.
@Suite struct NewsNumberScannerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var end: Int
        var value: Double
        var resolution: Double
        var significantDigits: Int
        var scale: Double = 1
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "2,300,000 shells", end: 9, value: 2_300_000, resolution: 100_000, significantDigits: 7),
        Case(text: "12,3456", end: 2, value: 12, resolution: 1, significantDigits: 2),
        Case(text: "1,234,5678", end: 5, value: 1234, resolution: 1, significantDigits: 4),
        Case(text: "0.050 km", end: 5, value: 0.05, resolution: 0.001, significantDigits: 2),
        Case(text: "2e+3", end: 4, value: 2000, resolution: 1000, significantDigits: 1),
        Case(text: "2.5E-2", end: 6, value: 0.025, resolution: 0.001, significantDigits: 2),
        Case(text: "2e shells", end: 1, value: 2, resolution: 1, significantDigits: 1),
        Case(text: "400k shells", end: 4, value: 400_000, resolution: 100_000, significantDigits: 3, scale: 1000),
        Case(text: "3M.", end: 2, value: 3_000_000, resolution: 1_000_000, significantDigits: 1, scale: 1e6),
        Case(text: "1.5bnx", end: 3, value: 1.5, resolution: 0.1, significantDigits: 2),
        Case(text: "2m", end: 1, value: 2, resolution: 1, significantDigits: 1),
        Case(text: "1.5  billion", end: 12, value: 1.5e9, resolution: 1e8, significantDigits: 2, scale: 1e9),
    ]

    @Test(arguments: cases)
    func numbersEndWhereTheirDigitsAndScaleEnd(_ form: Case) throws {
        let scalars = Array(form.text.unicodeScalars)
        let (number, end) = try #require(NewsNumberScanner().scan(scalars, from: 0))
        #expect(end == form.end)
        #expect(number.value == form.value)
        #expect(abs(number.resolution - form.resolution) <= 1e-9 * form.resolution)
        #expect(number.significantDigits == form.significantDigits)
        #expect(number.scale == form.scale)
        #expect(number.text == String(form.text.unicodeScalars.prefix(form.end).map(Character.init)))
    }

    @Test func aNumberIsReadFromWhereItStarts() throws {
        let (number, end) = try #require(NewsNumberScanner().scan(Array("about 400k shells".unicodeScalars), from: 6))
        #expect(number.value == 400_000 && number.text == "400k" && end == 10)
    }

    @Test func scaleWordsAreReadOnlyWhenAsked() throws {
        let scalars = Array("5 million".unicodeScalars)
        let (plain, plainEnd) = try #require(NewsNumberScanner(readsScaleWords: false).scan(scalars, from: 0))
        #expect(plain.value == 5 && plainEnd == 1)
        let (scaled, scaledEnd) = try #require(NewsNumberScanner().scan(scalars, from: 0))
        #expect(scaled.value == 5_000_000 && scaledEnd == 9)
    }

    @Test func moreThanTheMaximumDigitsIsRefused() {
        let most = "1." + String(repeating: "0", count: NewsNumberScanner.maximumDigits - 1)
        #expect(NewsNumberScanner().scan(Array(most.unicodeScalars), from: 0)?.0.value == 1)
        #expect(NewsNumberScanner().scan(Array((most + "0").unicodeScalars), from: 0) == nil)
        #expect(NewsNumberScanner().scan(Array("1e999".unicodeScalars), from: 0) == nil)
    }
}
