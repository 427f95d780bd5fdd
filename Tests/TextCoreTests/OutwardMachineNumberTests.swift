import Testing

@testable import TextCore

/// `MachineNumber.outward`: 15 significant digits rounded toward minus or plus infinity from
/// the double's exact binary value, so that a written range holds the computed one; values
/// whose shortest digits fit in 15 (figures as read) are left as they are.
@Suite struct OutwardMachineNumberTests {
    static func written(_ value: Double) -> String { NumberFormatting.machine(value) }

    static let cases: [(Double, String, String)] = [
        // value, written down, written up
        (2_500_000.0 / 3_000, "833.333333333333", "833.333333333334"),
        (-2_500_000.0 / 3_000, "-833.333333333334", "-833.333333333333"),
        (1.0 / 3, "0.333333333333333", "0.333333333333334"),
        (300.0, "300", "300"),  // whole: written exactly
        (12.5, "12.5", "12.5"),  // a short decimal exactly: unchanged
        (0.1 + 0.2, "0.3", "0.3"),  // 0.30000000000000004: one unit in the last place from 0.3
        (36.3 * (1 + 2 * Double.ulpOfOne), "36.3", "36.3"),  // two units above 36.3: the arithmetic's rounding
        (36.3 * (1 + 4 * Double.ulpOfOne), "36.3", "36.3000000000001"),  // four: a value of its own
        (60.0 / 7, "8.57142857142857", "8.57142857142858"),  // needs its 16th digit
        (1.0 - 0.2, "0.8", "0.8"),  // 0.8: written as those digits
        (0.1, "0.1", "0.1"),  // a figure as read from text
        (1e20 / 3, "3.33333333333333e+19", "3.33333333333334e+19"),  // outside the plain range
        (2e-7 / 3, "6.66666666666666e-8", "6.66666666666667e-8"),
    ]

    @Test(arguments: cases)
    func eachEndIsRoundedAwayFromTheRange(_ value: Double, _ down: String, _ up: String) {
        #expect(Self.written(MachineNumber.outward(value, .down)) == down)
        #expect(Self.written(MachineNumber.outward(value, .up)) == up)
        // Outward, but for the arithmetic's rounding of a short decimal (two units in the last place).
        #expect(MachineNumber.outward(value, .down) <= value + 2 * value.ulp)
        #expect(MachineNumber.outward(value, .up) >= value - 2 * value.ulp)
        #expect(MachineNumber.outward(value, .nearest) == value)
    }

    @Test func zeroAndNonFiniteValuesAreLeftAlone() {
        #expect(MachineNumber.outward(0, .down) == 0)
        #expect(MachineNumber.outward(.infinity, .up) == .infinity)
        #expect(MachineNumber.outward(.greatestFiniteMagnitude, .up) == .greatestFiniteMagnitude)
    }
}
