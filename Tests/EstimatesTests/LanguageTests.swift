import Testing

@testable import Estimates
import TextCore

/// The calculator language: numbers as news writes them, units, ranges, hedges, operators,
/// functions, conversion and variables, each evaluated to real values.
@Suite struct LanguageTests {
    let calculator = TestNouns.calculator

    func value(_ text: String) throws -> Estimate {
        try calculator.evaluate(text)
    }

    @Test(arguments: [
        ("2.3M", 2_300_000.0), ("2,300,000", 2_300_000), ("2.3 million", 2_300_000), ("400k", 400_000),
        ("1.5bn", 1.5e9), ("two million", 2_000_000), ("five", 5), ("a dozen", 12), (".5", 0.5), ("2.5e3", 2_500),
        ("6 thousand", 6_000),
    ])
    func numbersAreReadAsNewsWritesThem(text: String, expected: Double) throws {
        let result = try value(text)
        #expect(result.low == expected)
        #expect(result.high == expected)
        #expect(result.nominal == expected)
        #expect(result.meaning == .point)
    }

    @Test func aUnitAfterANumberBelongsToIt() throws {
        let result = try value("43.56 kg/shell")
        #expect(result.nominal == 43.56)
        #expect(result.unit.symbol(plural: false) == "kg/shell")
        #expect(try value("33.2 m^3").unit.dimension == PhysicalDimension.base("length").raised(to: 3))
        #expect(try value("460 shells per container").unit.symbol(plural: true) == "shells/container")
    }

    @Test func conversionWithInUsesTheRegistryFactors() throws {
        let kilograms = try value("5000 lb in kg")
        #expect(kilograms.nominal == 2_267.96185)
        #expect(kilograms.unit.symbol(plural: true) == "kg")
        let miles = try value("100 to 180 km in mi")
        #expect(abs(miles.low - 62.137119) < 1e-6)
        #expect(abs(miles.high - 111.846815) < 1e-6)
    }

    @Test func theInchIsInchAndInIsConversion() throws {
        #expect(try value("12 inch in cm").nominal == 30.48)
        // Inside a unit written without spaces, `in` is the inch.
        let pressure = try value("1 lb/in^2 in kg/m^2")
        #expect(abs((pressure.nominal ?? 0) - 703.0695796) < 1e-6)
        // After a conversion keyword, the target may be the inch itself.
        #expect(try value("2.54 cm in in").nominal == 1)
        #expect(throws: EstimateError.self) { try value("12 in") }
    }

    @Test(arguments: ["100 to 180 km", "100–180 km", "100—180 km", "100-180 km", "between 100 and 180 km", "100 – 180 km"])
    func rangesAreBounds(text: String) throws {
        let result = try value(text)
        #expect(result.low == 100)
        #expect(result.high == 180)
        #expect(result.nominal == nil)
        #expect(result.meaning == .bounds)
        #expect(result.unit.symbol(plural: true) == "km")
    }

    @Test func aHyphenWithSpacesIsSubtraction() throws {
        #expect(try value("100 - 180").nominal == -80)
        #expect(try value("100 -180").nominal == -80)
        #expect(try value("-5-1").nominal == -6)
        #expect(try value("x - 1", definitions: "let x = 3").nominal == 2)
    }

    func value(_ text: String, definitions: String) throws -> Estimate {
        try calculator.evaluate(definitions + "\n" + text)
    }

    @Test func negativeRangeEndsTakeTheirSign() throws {
        let result = try value("-5 to -1 km")
        #expect(result.low == -5)
        #expect(result.high == -1)
        let straddling = try value("-1 to 1")
        #expect(straddling.low == -1 && straddling.high == 1)
        // A sign before parentheses negates the whole range.
        let negated = try value("-(1 to 2)")
        #expect(negated.low == -2 && negated.high == -1)
    }

    @Test func aScaleWordOnTheSecondEndAppliesToTheFirst() throws {
        let result = try value("2 to 3 million shells")
        #expect(result.low == 2_000_000)
        #expect(result.high == 3_000_000)
    }

    @Test func hedgesFollowTheHedgeTable() throws {
        let containers = try value("about 5,000 containers")
        #expect(containers.low == 3_000)
        #expect(containers.high == 7_000)
        #expect(containers.nominal == 5_000)
        #expect(containers.meaning == .ci90)
        #expect(containers.notes == ["“about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)"])
        let countries = try value("nearly 50 countries")
        #expect(countries.low == 40)
        #expect(countries.high == 49)
        let missiles = try value("several dozen missiles")
        #expect(missiles.low == 36)
        #expect(missiles.high == 84)
        #expect(missiles.unit.symbol(plural: true) == "missiles")
        let people = try value("thousands of people")
        #expect(people.low == 2_000 && people.high == 9_999)
        let moreThan = try value("more than 3 million shells")
        #expect(moreThan.low == 3_000_001)
        #expect(moreThan.high == 4_000_000)
    }

    @Test func aCaliberLabelsWhatIsCounted() throws {
        let shells = try value("about 2.3 million 152-mm shells")
        #expect(shells.low == 2_100_000)
        #expect(shells.high == 2_500_000)
        #expect(shells.unit.symbol(plural: true) == "shells")
        guard case .figure(let figure) = try calculator.parse("about 2.3 million 152-mm shells").kind else {
            Issue.record("expected a figure")
            return
        }
        #expect(figure.measureLabel?.text == "152-mm")
        #expect(figure.measureLabel?.value == 152)
        #expect(figure.hedge?.phrase == "about")
    }

    @Test func theSeedRatioHasTheReportsRange() throws {
        let perContainer = try value("about 2.3 million shells / about 5,000 containers")
        #expect(perContainer.nominal == 460)
        #expect(perContainer.low == 300)
        #expect(abs(perContainer.high - 2_500_000.0 / 3_000) < 1e-9)
        #expect(perContainer.formatted() == "460 shells/container (300–834, bounds of 90% ranges)")
        #expect(perContainer.notes.count == 2)
    }

    @Test func operatorsFollowUsualPrecedence() throws {
        #expect(try value("2 + 3 * 4").nominal == 14)
        #expect(try value("(2 + 3) * 4").nominal == 20)
        #expect(try value("-2^2").nominal == -4)
        #expect(try value("2^-1").nominal == 0.5)
        #expect(try value("2^(-2)").nominal == 0.25)
        #expect(try value("3²").nominal == 9)
        #expect(try value("2 * 3 / 4 * 2").nominal == 3)
        #expect(try value("10 - 4 - 3").nominal == 3)
        #expect(try value("6 ÷ 3 × 2").nominal == 4)
        #expect(try value("2 ** 3").nominal == 8)
    }

    @Test func unitsInsideAreWrittenWithoutSpacesAndSpacedOperatorsAreArithmetic() throws {
        #expect(try value("5 m^2").nominal == 5)
        let squared = try value("5 m ^ 2")
        #expect(squared.nominal == 25)
        #expect(squared.unit.symbol(plural: true) == "m^2")
        let speed = try value("100 km / 2 h")
        #expect(speed.nominal == 50)
        #expect(speed.unit.symbol(plural: true) == "km/h")
    }

    @Test func aBareUnitNameIsOneOfThatUnit() throws {
        let perShell = try value("43.56 kg / shell")
        #expect(perShell.nominal == 43.56)
        #expect(perShell.unit.symbol(plural: false) == "kg/shell")
        #expect(try value("kg").formatted() == "1 kg")
    }

    @Test func functionsWork() throws {
        #expect(try value("min(3 kg, 2000 g)").nominal == 2)
        #expect(try value("max(3 kg, 2000 g, 4 kg)").nominal == 4)
        let root = try value("sqrt(9 m^2)")
        #expect(root.nominal == 3)
        #expect(root.unit.symbol(plural: true) == "m")
        #expect(try value("round(2.6 kg)").nominal == 3)
        #expect(try value("nominal(about 5,000 containers)").nominal == 5_000)
        #expect(try value("low(about 5,000 containers)").nominal == 3_000)
        #expect(try value("high(about 5,000 containers)").nominal == 7_000)
        let range = try value("min(100 to 180 km, 150 km)")
        #expect(range.low == 100 && range.high == 150)
    }

    @Test func minuteAndRoundStayUnitsWithoutParentheses() throws {
        #expect(try value("90 min in h").nominal == 1.5)
        #expect(try value("5 rounds").unit.symbol(plural: true) == "rounds")
    }

    @Test func variablesCommentsAndStatementSeparators() throws {
        let result = try calculator.evaluate(
            """
            # how many days of fire is the 152-mm figure at 10,000 shells a day?
            let shells = about 2.3 million shells   # liga-20240111-152mm-capacity
            let rate = 10,000 shells/day; shells / rate
            """)
        #expect(result.nominal == 230)
        #expect(result.low == 210)
        #expect(result.high == 250)
        #expect(result.unit.symbol(plural: true) == "d")
    }

    @Test func aVariableCanShadowAUnitName() throws {
        let result = try calculator.evaluate("let containers = about 5,000 containers\n2.3M shells / containers")
        #expect(result.nominal == 460)
        #expect(result.unit.symbol(plural: true) == "shells/container")
    }

    @Test func numbersWithoutHedgesAreExactAndHedgedOnesKeepTheirDigits() throws {
        #expect(try value("12 * 12").formatted() == "144")
        #expect(try value("5000 lb in kg").formatted() == "2,267.96 kg")
        #expect(try value("about 2.3 million * 1.2345").nominalText == "2,800,000")
    }

    @Test func windowsLineEndingsAndAByteOrderMarkAreAccepted() throws {
        let run = try calculator.run("\u{FEFF}let x = 5 kg\r\nprint x * 2\r\n")
        #expect(run.printed.map(\.line) == ["x * 2 = 10 kg"])
    }
}
