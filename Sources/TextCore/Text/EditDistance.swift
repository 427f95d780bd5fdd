/// The Levenshtein distance between two strings, in characters: how many insertions,
/// deletions and substitutions turn one into the other. Every "did you mean" message uses it
/// (unit names, subjects, commands and options).
///
/// ```swift
/// editDistance("evall", "eval")  // 1
/// ```
package func editDistance(_ left: String, _ right: String) -> Int {
    editDistance(Array(left), Array(right))
}

/// The Levenshtein distance between two character arrays.
package func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
