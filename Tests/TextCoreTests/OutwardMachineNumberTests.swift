import Testing

@testable import TextCore

/// `MachineNumber.outward`: 15 significant digits rounded toward minus or plus infinity from
/// the double's exact binary value, so that a written range holds the computed one.
@Suite struct OutwardMachineNumberTests {
    static func written(_ value: Double) -> String { NumberFormatting.machine(value) }

    static let cases: [(Double, String, String)] = [
        // value, written down, written up
        (2_500_000.0 / 3_000, "833.333333333333", "833.333333333334"),
        (-2_500_000.0 / 3_000, "-833.333333333334", "-833.333333333333"),
        (1.0 / 3, "0.333333333333333", "0.333333333333334"),
        (300.0, "300", "300"),  // whole: written exactly
        (12.5, "12.5", "12.5"),  // a short decimal exactly: unchanged
        (1.0 + 0.2, "1.19999999999999", "1.2"),  // 1.19999999999999996 in binary
        (1.0 - 0.2, "0.8", "0.800000000000001"),  // 0.80000000000000004 in binary
        (1e20 / 3, "3.33333333333333e+19", "3.33333333333334e+19"),  // outside the plain range
        (2e-7 / 3, "6.66666666666666e-8", "6.66666666666667e-8"),
    ]

    @Test(arguments: cases)
    func eachEndIsRoundedAwayFromTheRange(_ value: Double, _ down: String, _ up: String) {
        #expect(Self.written(MachineNumber.outward(value, .down)) == down)
        #expect(Self.written(MachineNumber.outward(value, .up)) == up)
        #expect(MachineNumber.outward(value, .down) <= value && MachineNumber.outward(value, .up) >= value)
        #expect(MachineNumber.outward(value, .nearest) == value)
    }

    @Test func zeroAndNonFiniteValuesAreLeftAlone() {
        #expect(MachineNumber.outward(0, .down) == 0)
        #expect(MachineNumber.outward(.infinity, .up) == .infinity)
        #expect(MachineNumber.outward(.greatestFiniteMagnitude, .up) == .greatestFiniteMagnitude)
    }
}
