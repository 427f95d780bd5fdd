import Testing

@testable import TextCore

/// The fast byte writer for machine numbers gives exactly what the decimal-digit reference
/// gives (round the shortest digits to 15 significant, half away from zero).
@Suite struct MachineNumberTests {
    /// The reference: `DecimalDigits`, which rounds in decimal, then plain or scientific.
    static func reference(_ value: Double) -> String {
        // Rounding up would pass the largest double: these round toward zero.
        if value.magnitude >= 1.797693134862315e308 { return (value < 0 ? "-" : "") + "1.79769313486231e+308" }
        // Rounding down would pass the smallest normal double: these round away from zero.
        if value.isNormal && value.magnitude < 2.225073858507206e-308 { return (value < 0 ? "-" : "") + "2.22507385850721e-308" }
        let digits = DecimalDigits(value).rounded(significantDigits: 15, rule: .nearest)
        if digits.isZero { return "0" }
        let magnitude = Swift.abs(value)
        if magnitude >= 1e15 || magnitude < 1e-6 { return digits.scientificString }
        return digits.plainString
    }

    @Test(arguments: [
        (0.1 + 0.2, "0.3"),
        (-0.0, "0"),
        (0.0, "0"),
        (2.0, "2"),
        (-5.0, "-5"),
        (2_300_000, "2300000"),
        (409.090909090909090, "409.090909090909"),
        (2.0 / 3.0, "0.666666666666667"),
        (1e15, "1e+15"),
        (999_999_999_999_999.9, "1000000000000000"),
        (123_456_789_012_345_678, "1.23456789012346e+17"),
        (-2.3e20, "-2.3e+20"),
        (1e-6, "0.000001"),
        (9.99e-7, "9.99e-7"),
        (2.5e-7, "2.5e-7"),
        (0.000123, "0.000123"),
        (5e-324, "5e-324"),
        (Double.greatestFiniteMagnitude, "1.79769313486231e+308"),  // toward zero: the text reads back
        (-Double.leastNormalMagnitude, "-2.22507385850721e-308"),  // away from zero: the text reads back
        (0.5, "0.5"),
        (100, "100"),
        (1234.5, "1234.5"),
        (99.99999999999999, "100"),
    ])
    func knownValuesPrintAsExpected(value: Double, expected: String) {
        #expect(NumberFormatting.machine(value) == expected)
        #expect(Self.reference(value) == expected)
    }

    @Test func randomDoublesOfEveryMagnitudeMatchTheReference() {
        var generator = SeededGenerator(seed: 2024)
        var mismatches: [String] = []
        for _ in 0..<100_000 {
            // Random bit patterns cover every exponent; skip NaN and infinity.
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let fast = NumberFormatting.machine(value)
            let slow = Self.reference(value)
            if fast != slow && mismatches.count < 10 { mismatches.append("\(value): \(fast) vs \(slow)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func computedValuesNearTheRoundingEdgesMatchTheReference() {
        var generator = SeededGenerator(seed: 99)
        var mismatches: [String] = []
        for _ in 0..<100_000 {
            let numerator = Double(Int.random(in: 1..<10_000_000, using: &generator))
            let denominator = Double(Int.random(in: 1..<1_000, using: &generator))
            let scale = [1e-9, 1e-6, 1e-3, 1, 1e3, 1e9, 1e14, 1e15, 1e16][Int.random(in: 0..<9, using: &generator)]
            let value = numerator / denominator * scale
            let fast = NumberFormatting.machine(value)
            let slow = Self.reference(value)
            if fast != slow && mismatches.count < 10 { mismatches.append("\(value): \(fast) vs \(slow)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func randomDoublesInThePlainRangeMatchTheReference() {
        // Uniform significands and exponents between 2^-20 and 2^50: the exact 128-bit path.
        var generator = SeededGenerator(seed: 77)
        var mismatches: [String] = []
        for _ in 0..<150_000 {
            let exponent = UInt64(Int.random(in: -20...49, using: &generator) + 1023)
            let value = Double(bitPattern: (exponent << 52) | (generator.next() & ((1 << 52) - 1)))
            let signed = generator.next() % 2 == 0 ? value : -value
            let fast = NumberFormatting.machine(signed)
            let slow = Self.reference(signed)
            if fast != slow && mismatches.count < 10 { mismatches.append("\(signed): \(fast) vs \(slow)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func valuesNextToRoundingMidpointsMatchTheReference() {
        // x.xxxxxxxxxxxxxx5 and its neighbours: the cases the exact path hands over.
        var generator = SeededGenerator(seed: 78)
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            var digits = "\(Int.random(in: 1...9, using: &generator))."
            for _ in 0..<14 { digits += "\(Int.random(in: 0...9, using: &generator))" }
            let midpoint = Double(digits + "5e\(Int.random(in: -6...14, using: &generator))") ?? 1
            for value in [midpoint.nextDown.nextDown, midpoint.nextDown, midpoint, midpoint.nextUp, midpoint.nextUp.nextUp] {
                let fast = NumberFormatting.machine(value)
                let slow = Self.reference(value)
                if fast != slow && mismatches.count < 10 { mismatches.append("\(value): \(fast) vs \(slow)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func everyMachineNumberMatchesTheStrictGrammarAndHasAtMost15Digits() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = NumberFormatting.machine(value)
            // Subnormal numbers are outside the numbers Reckon holds: the reader refuses them.
            #expect((StrictNumber.parse(text) != nil) == (value == 0 || value.isNormal), "\(text)")
            #expect(!text.hasPrefix("-0") || text.hasPrefix("-0."), "\(text)")
            let mantissa = text.split(separator: "e")[0].filter(\.isNumber).drop { $0 == "0" }
            #expect(mantissa.count <= 15, "\(text)")
        }
    }

    @Test func machineNumbersParseBackToTheValueRoundedTo15Digits() throws {
        var generator = SeededGenerator(seed: 6)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let parsed = try #require(Double(NumberFormatting.machine(value)))
            let relative = value == 0 ? parsed : Swift.abs(parsed - value) / Swift.abs(value)
            #expect(relative <= 5e-15, "\(value) → \(parsed)")
        }
    }
}
