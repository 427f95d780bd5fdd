import TextCore
import TextCore
import Testing

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (2_300_000.0, "2,300,000"), (460.0, "460"), (0.1 + 0.2, "0.3"), (-1234.5, "-1,234.5"), (1e16, "1e+16"),
        (0.000_000_12, "1.2e-7"), (0.0, "0"), (-0.0, "0"),
    ])
    func displayGroupsThousandsAndTrimsNoise(value: Double, expected: String) {
        #expect(NumberFormatting.display(value) == expected)
    }

    @Test func directedRoundingRoundsTheRightWay() {
        #expect(NumberFormatting.display(409.0909, significantDigits: 3, rule: .down) == "409")
        #expect(NumberFormatting.display(522.2222, significantDigits: 3, rule: .up) == "523")
        #expect(NumberFormatting.display(833.3333, significantDigits: 3, rule: .up) == "834")
        #expect(NumberFormatting.display(-833.3333, significantDigits: 3, rule: .up) == "-833")
        #expect(NumberFormatting.display(-833.3333, significantDigits: 3, rule: .down) == "-834")
        #expect(NumberFormatting.display(999.5, significantDigits: 3, rule: .nearest) == "1,000")
        #expect(NumberFormatting.display(28.5714, significantDigits: 3, rule: .down) == "28.5")
    }

    @Test(arguments: [
        (0.1 + 0.2, "0.3"), (2_300_000.0, "2300000"), (-0.0, "0"), (1.0 / 3.0, "0.333333333333333"),
        (123_456_789_012_345_678.0, "1.23456789012346e+17"), (0.000_001_5, "0.0000015"), (1e-7, "1e-7"),
    ])
    func machineNumbersHaveAtMostFifteenDigitsAndNeverMinusZero(value: Double, expected: String) {
        #expect(NumberFormatting.machine(value) == expected)
    }

    @Test func decimalDigitsExposeTheLastSignificantPlace() {
        #expect(DecimalDigits(5000).lastDigitPlace == 3)
        #expect(DecimalDigits(2.3).lastDigitPlace == -1)
        #expect(DecimalDigits(0.05).digits == [5])
    }
}
