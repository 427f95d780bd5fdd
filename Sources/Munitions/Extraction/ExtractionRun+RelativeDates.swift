import Estimates

/// Dates given relative to the time of writing or to a date before them: "today",
/// "yesterday", "on Wednesday", "last week", "this month", "next year", "earlier this
/// week", "three days ago", "a few days earlier", "the end of this year", "the same day",
/// "the following day"; and the years of dates written without one.
///
/// Relative to the publication date when it is given (weeks run Monday to Sunday; a bare
/// weekday is the latest such day on or before publication, or the next one on or after it
/// when the sentence speaks of the future with "will"); "the same day" and its kin refer to
/// the last single day resolved before them; "N days earlier" counts back from that day
/// when there is one, else from publication.
extension ExtractionRun {
    mutating func readRelativeDate(at index: Int) -> Int? {
        guard let (value, end, note) = relativeDate(at: index) else { return nil }
        let hedge = dateHedge(before: index)
        // "a few days earlier", "several weeks ago": the vague count is the hedge.
        var hedgePhrase = hedge?.0.phrase
        if hedgePhrase == nil, let (number, _) = phrase(extractor.vagueKeys, startingAt: index) {
            hedgePhrase = extractor.vaguePhrases[number].rule.phrase
        }
        appendDate(
            from: start(hedge?.1 ?? index), to: self.end(end - 1), value: value, hedge: hedgePhrase, isRelative: true,
            yearInferred: false, note: note)
        return end
    }

    /// The relative date at `index`: its value (nil when it cannot be resolved), the token
    /// after it, and how it was resolved.
    private func relativeDate(at index: Int) -> (ExtractedDate.Value?, Int, String)? {
        let token = tokens[index]
        guard token.kind != .symbol else { return nil }
        let wordClasses = classes(index)
        let unresolved = "relative to the publication date: give --published to resolve"
        func resolved(_ make: (CalendarDate) -> ExtractedDate.Value, _ end: Int, _ how: String) -> (ExtractedDate.Value?, Int, String) {
            guard let published else { return (nil, end, unresolved) }
            return (make(published), end, "\(how), counted from the publication date \(publishedText)")
        }
        if wordClasses.contains(.deictic) {
            let offset = token.key == Self.yesterdayKey ? -1 : token.key == Self.tomorrowKey ? 1 : 0
            return resolved({ .day(DateArithmetic.adding(offset, to: $0)) }, index + 1, "\(lower(index))")
        }
        // "the end of this year", "by the end of the month"
        if let (part, periodIndex) = boundaryOfPeriod(at: index), let (period, offset) = periodAfterModifier(periodIndex) {
            return resolved({ self.part(part, of: period, offset: offset, from: $0) }, periodIndex + 2, "\(text(index, periodIndex + 2))")
        }
        if wordClasses.contains(.relativeModifier), index + 1 < tokens.count, tokens[index + 1].kind == .word {
            let offset = token.key == Self.lastKey ? -1 : token.key == Self.thisKey ? 0 : token.key == Self.pastKey ? -1 : 1
            let next = tokens[index + 1]
            if token.key == Self.pastKey, let period = Period(key: next.key, pluralAllowed: false) {
                // "the past month": the month up to the day before publication.
                return resolved({ period.trailing(from: $0) }, index + 2, "\(text(index, index + 2))")
            }
            if let period = Period(key: next.key, pluralAllowed: false) {
                return resolved({ period.span(offset: offset, from: $0) }, index + 2, "\(text(index, index + 2))")
            }
            if next.isCapitalized, let weekday = next.weekday {
                return resolved({ .day(Self.weekday(weekday, modifier: offset, from: $0)) }, index + 2, "\(text(index, index + 2))")
            }
            if next.isCapitalized, token.key != Self.pastKey, let month = next.month {
                return resolved({ Self.month(month, modifier: offset, from: $0) }, index + 2, "\(text(index, index + 2))")
            }
            return nil
        }
        // "earlier this week", "later this month"
        if token.key == Self.earlierKey || token.key == Self.laterKey, isWord(index + 1, Self.thisKey), index + 2 < tokens.count,
            let period = Period(key: tokens[index + 2].key, pluralAllowed: false)
        {
            let earlier = token.key == Self.earlierKey
            return resolved({ period.remainder(earlier: earlier, from: $0) }, index + 3, "\(text(index, index + 3))")
        }
        if let result = anaphoricDate(at: index) { return result }
        if let result = countedAgo(at: index) { return result }
        if token.isCapitalized, let weekday = token.weekday {
            if isSymbol(index + 1, ","), index + 2 < tokens.count, tokens[index + 2].month != nil { return nil }
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].month != nil { return nil }
            let future = speaksOfFuture(before: index)
            let how =
                future
                ? "the first \(text(index, index + 1)) on or after publication"
                : "the last \(text(index, index + 1)) on or before publication"
            return resolved({ .day(Self.weekday(weekday, onOrAfter: future, from: $0)) }, index + 1, how)
        }
        return nil
    }

    /// "the same day", "that day", "the next day", "the following day", "the previous day",
    /// "the day before", "the day after", "a day later", "a day earlier".
    private func anaphoricDate(at index: Int) -> (ExtractedDate.Value?, Int, String)? {
        let key = tokens[index].key
        var offset: Int?
        var end = index
        if key == Self.theKey || key == Self.thatKey {
            if isWord(index + 1, Self.sameKey), isWord(index + 2, Self.dayKey) {
                offset = 0
                end = index + 3
            } else if key == Self.thatKey, isWord(index + 1, Self.dayKey) {
                offset = 0
                end = index + 2
            } else if isWord(index + 1, Self.nextKey) || isWord(index + 1, Self.followingKey), isWord(index + 2, Self.dayKey) {
                offset = 1
                end = index + 3
            } else if isWord(index + 1, Self.previousKey), isWord(index + 2, Self.dayKey) {
                offset = -1
                end = index + 3
            } else if isWord(index + 1, Self.dayKey), isWord(index + 2, Self.beforeKey) || isWord(index + 2, Self.afterKey) {
                offset = isWord(index + 2, Self.beforeKey) ? -1 : 1
                end = index + 3
                // "the day before the vote" names another event.
                if end < tokens.count, tokens[end].kind == .word, !classes(end).contains(.stop) || isWord(end, Self.theKey) { return nil }
            }
        } else if key == Self.aKey, isWord(index + 1, Self.dayKey), isWord(index + 2, Self.laterKey) || isWord(index + 2, Self.earlierKey) {
            offset = isWord(index + 2, Self.laterKey) ? 1 : -1
            end = index + 3
        }
        guard let offset else { return nil }
        let words = text(index, end)
        guard let lastDay else { return (nil, end, "“\(words)” refers to a date earlier in the text that was not resolved") }
        return (
            .day(DateArithmetic.adding(offset, to: lastDay)), end,
            "“\(words)” read from \(DateArithmetic.iso(lastDay)), the last day named before it"
        )
    }

    /// "three days ago", "two weeks earlier", "a month ago", "a few days earlier".
    private func countedAgo(at index: Int) -> (ExtractedDate.Value?, Int, String)? {
        // Quick test: a period word ("days") within three tokens, then "ago", "earlier", "later".
        var periodAt = -1
        for offset in 1...3 where index + offset + 1 < tokens.count && periodAt < 0 {
            if Period(key: tokens[index + offset].key, pluralAllowed: true) != nil { periodAt = index + offset }
        }
        guard periodAt > 0, classes(periodAt + 1).contains(.ago), let (low, high, after) = agoCount(at: index) else { return nil }
        guard after + 1 < tokens.count, let period = Period(key: tokens[after].key, pluralAllowed: true),
            classes(after + 1).contains(.ago), !isWord(after + 1, Self.beforeKey)
        else { return nil }
        let end = after + 2
        let ago = isWord(after + 1, Self.agoKey)
        let sign = isWord(after + 1, Self.laterKey) ? 1 : -1
        let anchor: CalendarDate?
        let anchorText: String
        if !ago, let lastDay {
            anchor = lastDay
            anchorText = "from \(DateArithmetic.iso(lastDay)), the last day named before it"
        } else {
            anchor = published
            anchorText = "from the publication date \(publishedText)"
        }
        guard let anchor else { return (nil, end, "relative to the publication date: give --published to resolve") }
        let first = period.moved(anchor, by: sign * low)
        let second = period.moved(anchor, by: sign * high)
        let value: ExtractedDate.Value = first == second ? .day(first) : .span(DateSpan(start: min(first, second), end: max(first, second)))
        return (value, end, "“\(text(index, end))” counted \(anchorText)")
    }

    /// The count at `index` before a period word: a number ("three days"), "a" or "an" ("a
    /// month"), a vague quantity ("a few days", "several weeks"). The lowest and highest
    /// count, and the token after the count.
    @inline(__always) private func agoCount(at index: Int) -> (Int, Int, Int)? {
        let current = tokens[index]
        if current.kind == .number || classes(index).contains(.number) {
            guard let (number, numberEnd) = NewsNumberScanner().scan(scalars, from: start(index)), number.isWhole, number.value < 10_000
            else {
                return nil
            }
            return (Int(number.value), Int(number.value), token(atOrAfter: numberEnd, from: index))
        }
        if current.key == Self.aKey || current.key == Self.anKey, index + 1 < tokens.count,
            Period(key: tokens[index + 1].key, pluralAllowed: false) != nil
        {
            return (1, 1, index + 1)
        }
        guard classes(index).contains(.vague) else { return nil }
        for phrase in ["a few", "a couple of", "several"] {
            let words = phrase.split(separator: " ").map { Lexicon.key(String($0)) }
            guard words.indices.allSatisfy({ isWord(index + $0, words[$0]) }) else { continue }
            guard let rule = extractor.hedges.rule(for: phrase == "a couple of" ? "a couple" : phrase), let vagueLow = rule.vagueLow,
                let vagueHigh = rule.vagueHigh
            else { return nil }
            return (Int(vagueLow), Int(vagueHigh), index + words.count)
        }
        return nil
    }

    /// "the end of", "the beginning of", "the start of", "the middle of" before a period word:
    /// the part and the index of the modifier before the period ("this", "the", "next", "last").
    private func boundaryOfPeriod(at index: Int) -> (DatePart, Int)? {
        var position = index
        if isWord(position, Self.theKey) { position += 1 }
        guard position < tokens.count, classes(position).contains(.boundary), isWord(position + 1, Self.ofKey),
            let part = boundaryPart(at: position)
        else { return nil }
        return (part, position + 2)
    }

    private func boundaryPart(at index: Int) -> DatePart? {
        switch tokens[index].key {
        case Self.endKey: return .end
        case Self.beginningKey, Self.startKey: return .start
        case Self.middleKey: return .mid
        default: return nil
        }
    }

    /// "this year", "the year", "next month", "last week" at `index`: the period and offset.
    private func periodAfterModifier(_ index: Int) -> (Period, Int)? {
        guard index + 1 < tokens.count, let period = Period(key: tokens[index + 1].key, pluralAllowed: false), period != .day else {
            return nil
        }
        switch tokens[index].key {
        case Self.thisKey, Self.theKey: return (period, 0)
        case Self.nextKey: return (period, 1)
        case Self.lastKey: return (period, -1)
        default: return nil
        }
    }

    private func part(_ part: DatePart, of period: Period, offset: Int, from date: CalendarDate) -> ExtractedDate.Value {
        let span = period.whole(offset: offset, from: date)
        switch part {
        case .end: return .day(span.end)
        case .start: return .day(span.start)
        default:
            if period == .year { return .span(DateArithmetic.part(part, ofYear: span.start.year)) }
            if period == .month { return .span(DateArithmetic.part(part, ofMonth: span.start.month, year: span.start.year)) }
            return .span(span)
        }
    }

    /// Whether the sentence before `index` speaks of the future ("will meet again on
    /// Monday"): the nearest verb before the weekday decides, so "will send …, the minister
    /// said on Tuesday" is in the past.
    private func speaksOfFuture(before index: Int) -> Bool {
        let first = sentenceStart(before: index)
        var position = index - 1
        while position >= first {
            let wordClasses = classes(position)
            if wordClasses.contains(.future) { return true }
            if wordClasses.contains(.speech) || wordClasses.contains(.auxiliary) { return false }
            if tokens[position].kind == .word, tokens[position].length > 3, lower(position).hasSuffix("ed") { return false }
            position -= 1
        }
        return false
    }

    static func weekday(_ weekday: Int, onOrAfter future: Bool, from date: CalendarDate) -> CalendarDate {
        let today = DateArithmetic.weekday(date)
        if future { return DateArithmetic.adding((weekday - today + 7) % 7, to: date) }
        return DateArithmetic.adding(-((today - weekday + 7) % 7), to: date)
    }

    /// "last Wednesday" (the latest before the date), "next Wednesday" (the first after),
    /// "this Wednesday" (in the same week).
    static func weekday(_ weekday: Int, modifier: Int, from date: CalendarDate) -> CalendarDate {
        switch modifier {
        case ..<0:
            let back = (DateArithmetic.weekday(date) - weekday + 7) % 7
            return DateArithmetic.adding(-(back == 0 ? 7 : back), to: date)
        case 0: return DateArithmetic.adding(weekday, to: DateArithmetic.monday(of: date))
        default:
            let ahead = (weekday - DateArithmetic.weekday(date) + 7) % 7
            return DateArithmetic.adding(ahead == 0 ? 7 : ahead, to: date)
        }
    }

    /// "last January" (the latest January before the current month), "next March", "this April".
    static func month(_ month: Int, modifier: Int, from date: CalendarDate) -> ExtractedDate.Value {
        var year = date.year
        switch modifier {
        case ..<0: if month >= date.month { year -= 1 }
        case 0: break
        default: if month <= date.month { year += 1 }
        }
        return .span(DateArithmetic.month(month, of: year))
    }

    static let yesterdayKey = Lexicon.key("yesterday")
    static let tomorrowKey = Lexicon.key("tomorrow")
    static let lastKey = Lexicon.key("last")
    static let thisKey = Lexicon.key("this")
    static let nextKey = Lexicon.key("next")
    static let pastKey = Lexicon.key("past")
    static let earlierKey = Lexicon.key("earlier")
    static let laterKey = Lexicon.key("later")
    static let thatKey = Lexicon.key("that")
    static let sameKey = Lexicon.key("same")
    static let dayKey = Lexicon.key("day")
    static let followingKey = Lexicon.key("following")
    static let previousKey = Lexicon.key("previous")
    static let beforeKey = Lexicon.key("before")
    static let afterKey = Lexicon.key("after")
    static let agoKey = Lexicon.key("ago")
}
