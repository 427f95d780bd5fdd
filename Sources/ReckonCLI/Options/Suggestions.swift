import TextCore

/// "Did you mean" for commands and options: the known names closest to a misspelt one.
enum Suggestions {
    /// Up to three of `names` within a few edits of `word` (one edit for words of up to
    /// three letters, two beyond), or that `word` begins; the closest first.
    static func closest(to word: String, among names: [String]) -> [String] {
        let limit = word.count <= 3 ? 1 : 2
        let scored = names.compactMap { name -> (name: String, distance: Int)? in
            let distance = name.hasPrefix(word) && word.count >= 3 ? 0 : editDistance(word, name)
            return distance <= limit && name != word ? (name, distance) : nil
        }
        return scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
            .prefix(3).map(\.name)
    }

    /// `; did you mean '--format'?`, or nothing when no name is close.
    static func hint(for word: String, among names: [String]) -> String {
        let close = closest(to: word, among: names).map { "'\($0)'" }
        return close.isEmpty ? "" : "; did you mean \(close.joined(separator: " or "))?"
    }
}
