/// The regular English plural of a noun, for counted nouns defined without one: `wagon` →
/// `wagons`, `box` → `boxes`, `battery` → `batteries`. Irregular plurals (`person` →
/// `people`) are given explicitly.
///
/// ```swift
/// EnglishPlural.of("convoy")  // "convoys"
/// EnglishPlural.of("dress")   // "dresses"
/// ```
enum EnglishPlural {
    static func of(_ singular: String) -> String {
        let lower = singular.lowercased()
        if ["s", "x", "z", "ch", "sh"].contains(where: lower.hasSuffix) { return singular + "es" }
        if lower.hasSuffix("y"), let beforeY = lower.dropLast().last, !"aeiou".contains(beforeY) {
            return singular.dropLast() + "ies"
        }
        return singular + "s"
    }

    /// The singular of a regular plural (`wagons` → `wagon`, `batteries` → `battery`,
    /// `boxes` → `box`); a word that is no regular plural is returned as it is.
    static func singular(of plural: String) -> String {
        let lower = plural.lowercased()
        if lower.hasSuffix("ies"), lower.count > 4 { return plural.dropLast(3) + "y" }
        if ["ses", "xes", "zes", "ches", "shes"].contains(where: lower.hasSuffix) { return String(plural.dropLast(2)) }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss"), lower.count > 3 { return String(plural.dropLast()) }
        return plural
    }
}
