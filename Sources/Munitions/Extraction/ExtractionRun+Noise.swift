/// What must not be read as a quantity: links, list and footnote markers, times of day,
/// phone numbers, designators and model names, ordinals, decades, labels ("page 12",
/// "Resolution 2231", "Vision 2030") and slashed figures ("24/7").
extension ExtractionRun {
    /// The token after the noise starting at `index`, or `nil` when there is none.
    func noiseEnd(at index: Int) -> Int? {
        let token = tokens[index]
        switch token.kind {
        case .word:
            if classes(index).contains(.url), isSymbol(index + 1, ":") || isSymbol(index + 1, ".") { return runEnd(from: index) }
            // A designator led by letters: KN-23, Su-25, Hwasong-11, T-72B3, M777, MH17.
            if isDesignator(wordAt: index) { return attachedRunEnd(from: index) }
            return nil
        case .symbol:
            // "+82 2-748-1111", "(202) 555-0143"
            if isSymbol(index, "+"), tokens.indices.contains(index + 1), tokens[index + 1].kind == .number, attached(index + 1),
                let end = phoneEnd(from: index + 1, minimumGroups: 2)
            {
                return end
            }
            if isSymbol(index, "("), tokens.indices.contains(index + 1), tokens[index + 1].kind == .number, attached(index + 1),
                isSymbol(index + 2, ")"), tokens.indices.contains(index + 3), tokens[index + 3].kind == .number,
                let end = phoneEnd(from: index + 3, minimumGroups: 1), (integer(index + 1) ?? 0) >= 10 || tokens[index + 1].length >= 2
            {
                return end
            }
            return nil
        case .number:
            return numberNoiseEnd(at: index)
        }
    }

    private func numberNoiseEnd(at index: Int) -> Int? {
        let token = tokens[index]
        // A list marker at the start of a line: "1. ", "2) ".
        if token.startsLine, isSymbol(index + 1, ".") || isSymbol(index + 1, ")"), attached(index + 1),
            index + 2 >= tokens.count || tokens[index + 2].hasSpaceBefore
        {
            return index + 2
        }
        // A footnote marker: "[2]".
        if isSymbol(index - 1, "["), attached(index), isSymbol(index + 1, "]"), attached(index + 1) { return index + 2 }
        // Part of a number already skipped, or of a designator: "BM-21", "F-16".
        if isDash(index - 1), attached(index), attached(index - 1), index >= 2, tokens[index - 2].kind == .word,
            !classes(index - 2).contains(.part), !isWord(index - 2, Self.preKey), !isWord(index - 2, Self.postKey)
        {
            return attachedRunEnd(from: index)
        }
        if index >= 1, attached(index), tokens[index - 1].kind == .word { return attachedRunEnd(from: index) }
        // A time of day: "06:45", "14:30", "9 a.m.", "9am".
        if isSymbol(index + 1, ":"), attached(index + 1), tokens.indices.contains(index + 2), tokens[index + 2].kind == .number,
            attached(index + 2)
        {
            var end = index + 3
            if isSymbol(end, ":"), tokens.indices.contains(end + 1), tokens[end + 1].kind == .number { end += 2 }
            return timeSuffixEnd(at: end) ?? end
        }
        if let end = timeSuffixEnd(at: index + 1) { return end }
        // Slashed figures: "24/7", "1/2", "11/01/2024".
        if isSymbol(index + 1, "/"), attached(index + 1), tokens.indices.contains(index + 2), tokens[index + 2].kind == .number,
            attached(index + 2)
        {
            return attachedRunEnd(from: index)
        }
        // Phone numbers: three or more digit groups ("0800 123 4567", "2-748-1111").
        if let end = phoneEnd(from: index, minimumGroups: 3) { return end }
        // Letters glued after the digits: ordinals (47th), decades (1990s), designators
        // (9M22U, 2S19, 3D). Scale suffixes, units and calibers are not noise.
        if tokens.indices.contains(index + 1), tokens[index + 1].kind == .word, attached(index + 1) {
            let suffix = lower(index + 1)
            if ["st", "nd", "rd", "th", "s"].contains(suffix) { return attachedRunEnd(from: index) }
            if tokens.indices.contains(index + 2), attached(index + 2), tokens[index + 2].kind == .number {
                return attachedRunEnd(from: index)
            }
            if !Self.attachedSuffixes.contains(suffix) { return attachedRunEnd(from: index) }
        }
        // Version and section numbers with two or more points: "7.1.2".
        if isSymbol(index + 1, "."), attached(index + 1), tokens.indices.contains(index + 2), tokens[index + 2].kind == .number,
            attached(index + 2), isSymbol(index + 3, "."), attached(index + 3), tokens.indices.contains(index + 4),
            tokens[index + 4].kind == .number, attached(index + 4)
        {
            return attachedRunEnd(from: index)
        }
        if let end = labelEnd(at: index) { return end }
        return nil
    }

    /// A number after a label word ("page 12", "No. 3", "#5", "Article 5", "Vision 2030"),
    /// together with a range or list of such numbers ("sections 7.1 to 7.4").
    private func labelEnd(at index: Int) -> Int? {
        guard index >= 1, tokens[index].hasSpaceBefore || isSymbol(index - 1, "#") else { return nil }
        var isLabel = false
        if isSymbol(index - 1, "#") {
            isLabel = true
        } else if isSymbol(index - 1, "."), index >= 2, tokens[index - 2].kind == .word, classes(index - 2).contains(.label) {
            isLabel = true
        } else if tokens[index - 1].kind == .word {
            let wordClasses = classes(index - 1)
            if wordClasses.contains(.label) {
                isLabel = true
            } else if tokens[index - 1].isCapitalized, wordClasses.isDisjoint(with: [.function, .stop, .number, .part]),
                tokens[index - 1].month == nil, tokens[index - 1].weekday == nil,
                !(tokens.indices.contains(index + 1) && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
                    && tokens[index + 1].hasSpaceBefore),
                numberRunEnd(from: index) == index + 1, !countFollows(index + 1)
            {
                // A capitalised name before a plain number ("Vision 2030", "Resolution 2231"),
                // unless the words after are capitalised too (a title-case headline: "Russia
                // Fires 30 Missiles") or the number counts something ("gave Ukraine 1 million
                // rounds", "sent Kyiv 300 tanks").
                isLabel = true
            }
        }
        guard isLabel else { return nil }
        var end = numberRunEnd(from: index)
        // "7.1 to 7.4", "3-5", "3, 4 and 5"
        while end < tokens.count {
            var next = end
            if isDash(next) || isWord(next, Self.toKey) || isWord(next, Self.andKey) || isSymbol(next, ",") { next += 1 }
            if isWord(next, Self.andKey) { next += 1 }
            guard next > end, next < tokens.count, tokens[next].kind == .number else { break }
            end = numberRunEnd(from: next)
        }
        return end
    }

    /// Whether a scale word or a plural noun follows ("1 million", "300 tanks").
    private func countFollows(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].hasSpaceBefore else { return false }
        let wordClasses = classes(index)
        if wordClasses.contains(.multiplier) { return true }
        if wordClasses.contains(.stop) { return false }
        return nounFollows(index)
    }

    /// The end of a number written with points or commas ("7.1", "2,300").
    func numberRunEnd(from index: Int) -> Int {
        var end = index + 1
        while end + 1 < tokens.count, isSymbol(end, ".") || isSymbol(end, ","), attached(end), tokens[end + 1].kind == .number,
            attached(end + 1)
        {
            end += 2
        }
        return end
    }

    /// The end of a run of digit groups separated by single spaces, hyphens or points, when
    /// it looks like a phone number: at least `minimumGroups` groups and seven digits, no
    /// thousands commas, and not an ISO date.
    private func phoneEnd(from index: Int, minimumGroups: Int) -> Int? {
        var groups = 1
        var digits = tokens[index].length
        var position = index + 1
        var lengths = [tokens[index].length]
        if isSymbol(index + 1, ",") || isSymbol(index + 1, "."), attached(index + 1), index + 2 < tokens.count,
            tokens[index + 2].kind == .number, attached(index + 2)
        {
            return nil
        }
        while position < tokens.count {
            if tokens[position].kind == .number, tokens[position].hasSpaceBefore, !tokens[position].startsLine,
                !(isSymbol(position + 1, ",") && attached(position + 1) && position + 2 < tokens.count
                    && tokens[position + 2].kind == .number && attached(position + 2))
            {
                groups += 1
                digits += tokens[position].length
                lengths.append(tokens[position].length)
                position += 1
            } else if isSymbol(position, "-") || isSymbol(position, ".") || isSymbol(position, "–"), attached(position),
                position + 1 < tokens.count, tokens[position + 1].kind == .number, attached(position + 1)
            {
                groups += 1
                digits += tokens[position + 1].length
                lengths.append(tokens[position + 1].length)
                position += 2
            } else {
                break
            }
        }
        if isSymbol(index - 1, ",") && attached(index) { return nil }
        guard groups >= minimumGroups, digits >= 7 else { return nil }
        if lengths == [4, 2, 2] { return nil }
        // Years in a row ("2014 2015") are not phone numbers.
        if lengths.allSatisfy({ $0 == 4 }) { return nil }
        // Thousands grouped by spaces before what they count ("1 500 000 shells") are a number.
        if (1...3).contains(lengths[0]), lengths.dropFirst().allSatisfy({ $0 == 3 }), scalars[start(index)] != "0",
            newsNumber(at: start(index))?.1 == end(position - 1), nounFollows(position)
        {
            return nil
        }
        return position
    }

    /// "a.m.", "p.m.", "am", "pm", "GMT", "UTC", "h" after a time.
    private func timeSuffixEnd(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let word = tokens[index].key
        if word == Self.aKey || word == Self.pKey, isSymbol(index + 1, "."), isWord(index + 2, Self.mKey) {
            return isSymbol(index + 3, ".") ? index + 4 : index + 3
        }
        if Self.timeWords.contains(word) { return index + 1 }
        return nil
    }

    /// Whether the word at `index` leads a designator: letters glued to digits by a hyphen
    /// ("KN-23", "Su-25", "Hwasong-11") or directly ("M777", "MH17", "G7").
    func isDesignator(wordAt index: Int) -> Bool {
        guard tokens[index].kind == .word, index + 1 < tokens.count else { return false }
        if tokens[index + 1].kind == .number, attached(index + 1) { return true }
        if isDash(index + 1), attached(index + 1), index + 2 < tokens.count, tokens[index + 2].kind == .number, attached(index + 2) {
            let wordClasses = classes(index)
            return !wordClasses.contains(.part) && tokens[index].key != Self.preKey && tokens[index].key != Self.postKey
        }
        return false
    }

    /// The end of the run of glued words, digits and hyphens starting at `index`.
    func attachedRunEnd(from index: Int) -> Int {
        var end = index + 1
        while end < tokens.count, attached(end) {
            if tokens[end].kind != .symbol {
                end += 1
            } else if isDash(end) || isSymbol(end, "/") || isSymbol(end, "."),
                end + 1 < tokens.count, attached(end + 1), tokens[end + 1].kind != .symbol
            {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// The end of a link: everything up to the next space.
    private func runEnd(from index: Int) -> Int {
        var end = index + 1
        while end < tokens.count, !tokens[end].hasSpaceBefore { end += 1 }
        return end
    }

    static let preKey = Lexicon.key("pre")
    static let postKey = Lexicon.key("post")
    static let toKey = Lexicon.key("to")
    static let andKey = Lexicon.key("and")
    static let orKey = Lexicon.key("or")
    static let ofKey = Lexicon.key("of")
    static let aKey = Lexicon.key("a")
    static let anKey = Lexicon.key("an")
    static let pKey = Lexicon.key("p")
    static let mKey = Lexicon.key("m")
    static let timeWords: Set<UInt64> = Set(["am", "pm", "gmt", "utc", "cet", "est", "edt", "pst", "kst", "hrs"].map(Lexicon.key))

    /// Letters that may follow digits without being a designator: scale suffixes, units, calibers.
    static let attachedSuffixes: Set<String> = [
        "k", "m", "mn", "mln", "bn", "b", "km", "kg", "mm", "cm", "t", "mi", "ft", "lb", "lbs", "g", "mg", "kt", "ml", "l",
        "min", "sec", "h", "hr",
    ]
}
