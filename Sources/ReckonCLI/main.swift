import Estimates
let r = UnitRegistry.standard
for e in ["shells/container", "kg", "km", "mg", "kilometers", "ft^3", "m^3", "L", "nmi", "short_ton", "h", "mi", "month"] {
    do { let u = try r.unit(e); print(e, u.factor, u.dimension, u.symbol(plural: true)) } catch { print(e, error) }
}
for e in ["ton", "tonn", "Km", "2.3m"] { do { _ = try r.unit(e) } catch { print(error) } }
let p = EstimateParser.standard
for t in ["about 2.3 million 152-mm shells", "about 5,000 weapons containers", "about 400,000 122-mm artillery shells", "100–180 kilometers", "100 to 180 km", "between 100 and 180 km", "nearly 50 countries", "several dozen ballistic missiles", "2.3M shells", "400k", "400 thousand", "two million", "2,300,000", "more than 3 million shells", "at least three attacks", "2 to 3 million", "43.6 kg/shell", "152mm shells", "152-millimeter shells"] {
    do { let x = try p.parse(t); print(t, "=>", x.estimate.formatted(), x.caliber?.text ?? "", x.label ?? "", x.estimate.notes) } catch { print(t, error) }
}
do {
let a = try p.parse("about 2.3 million shells").estimate
let b = try p.parse("about 5,000 containers").estimate
print(try (a / b).formatted())
print(try (p.parse("2.3e6 shells").estimate / p.parse("5000 containers").estimate).formatted())
_ = try a + b
} catch { print(error) }
