/// One written date: a day, a month, a year, or a part of one ("early March", "mid-2022",
/// "the end of February"), by token positions.
struct DateItem {
    var year: Int?
    var month: Int?
    var day: Int?
    var part: DatePart?
    /// Whether the year is written in the item itself.
    var hasYear: Bool { year != nil }
    /// The first token.
    var start: Int
    /// The token after the item.
    var end: Int
}

/// The items of one date as `ExtractionRun.readDate` reads them: one, the two ends of a
/// range, or the days of a list.
struct DateList {
    var items: [DateItem]
    /// The token after the last item.
    var after: Int
    /// The token of "between" or "from" before a range.
    var marker: Int?
    /// Whether the two items are the ends of a range.
    var isRange = false
}

/// Dates written out: "Dec. 30", "January 2, 2024", "30 December 2023", "April 2022",
/// "as early as January", "mid-2022", "2014-2019", "2024-01-11", lists of days ("Dec. 30,
/// Jan. 4, and Jan. 6") and ranges ("from September 7 to October 1", "Jan. 8-9").
extension ExtractionRun {
    /// Reads the date starting at token `index`; returns the token after it.
    mutating func readDate(at index: Int) -> Int? {
        switch tokens[index].kind {
        case .symbol: return nil
        case .word: guard classes(index).contains(.dateStart) else { return nil }
        case .number: break
        }
        if let end = readRelativeDate(at: index) { return end }
        guard let (itemStart, weekday) = weekdayLead(at: index), startsDateItem(itemStart),
            let first = dateItem(at: itemStart, after: nil)
        else { return nil }
        let list = dateList(from: first, at: itemStart)
        let quoteStart = weekday != nil ? index : (list.marker ?? itemStart)
        let hedge = dateHedge(before: quoteStart)
        let (resolved, inferred, note) = resolveYears(list.items, isPast: hedge?.0.isPast ?? false)
        var value: ExtractedDate.Value?
        var notes = note.map { [$0] } ?? []
        if let resolved {
            if list.isRange {
                // Not a range after all ("2019-2014"): read the first date alone.
                guard let span = dateSpan(resolved) else { return finishDate(items: [list.items[0]], start: quoteStart, hedge: hedge) }
                value = span
            } else {
                value = dateValue(resolved, isList: list.items.count > 1, notes: &notes)
            }
        }
        if let weekday, case .day(let day)? = value, DateArithmetic.weekday(day) != weekday {
            notes.append("the weekday written does not match \(DateArithmetic.iso(day))")
        }
        appendDate(
            from: start(hedge?.1 ?? quoteStart), to: end(list.after - 1), value: value, hedge: hedge?.0.phrase,
            isRelative: false, yearInferred: inferred, note: notes.joined(separator: "; "))
        return list.after
    }

    /// Where the items of a date start: at `index`, or after a weekday that names the date
    /// that follows ("Tuesday, January 2"), with the weekday; nil for a weekday before no month.
    @inline(__always) private func weekdayLead(at index: Int) -> (Int, Int?)? {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, let day = token.weekday else { return (index, nil) }
        var next = index + 1
        if isSymbol(next, ",") { next += 1 }
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].month != nil else { return nil }
        return (next, day)
    }

    /// The items of a date from its first: a range ("from September 7 to October 1", "Jan.
    /// 8-9") or a list of days ("Dec. 30, Jan. 4, and Jan. 6").
    @inline(__always) private func dateList(from first: DateItem, at itemStart: Int) -> DateList {
        var list = DateList(items: [first], after: first.end)
        let between = isWord(itemStart - 1, Self.betweenKey)
        if between || isWord(itemStart - 1, Self.fromKey) { list.marker = itemStart - 1 }
        if let separator = dateRangeSeparator(at: list.after, between: between),
            let second = dateItem(at: separator, after: first) ?? shortYear(at: separator, after: first)
        {
            list.items.append(second)
            list.after = second.end
            list.isRange = true
            return list
        }
        list.marker = nil
        while first.day != nil {
            var next = list.after
            if isSymbol(next, ",") { next += 1 }
            if isWord(next, Self.andKey) || isWord(next, Self.orKey) { next += 1 }
            guard next > list.after, let item = dateItem(at: next, after: list.items.last), item.day != nil else { break }
            list.items.append(item)
            list.after = item.end
        }
        return list
    }

    /// The span from the first of two resolved items to the last; nil when it runs backwards.
    @inline(__always) private func dateSpan(_ resolved: [DateItem]) -> ExtractedDate.Value? {
        guard let low = dateValue(resolved[0]), let high = dateValue(resolved[1]), low.first <= high.last else { return nil }
        return .span(DateSpan(start: low.first, end: high.last))
    }

    /// The value of resolved items: one date, or the set of days of a list. Days that do not
    /// exist ("September 31") are left out and noted; a set is never empty.
    @inline(__always) private func dateValue(_ resolved: [DateItem], isList: Bool, notes: inout [String]) -> ExtractedDate.Value? {
        if isList {
            let days = resolved.compactMap { dateValue($0)?.first }
            if days.count < resolved.count { notes.append("no such day") }
            return days.isEmpty ? nil : .set(Array(Set(days)).sorted())
        }
        let value = dateValue(resolved[0])
        if value == nil { notes.append("no such day") }
        return value
    }

    private mutating func finishDate(items: [DateItem], start quoteStart: Int, hedge: (DateHedge, Int)?) -> Int {
        let (resolved, inferred, note) = resolveYears(items, isPast: hedge?.0.isPast ?? false)
        let value = resolved.flatMap { dateValue($0[0]) }
        appendDate(
            from: start(hedge?.1 ?? quoteStart), to: end(items[0].end - 1), value: value, hedge: hedge?.0.phrase,
            isRelative: false, yearInferred: inferred, note: note ?? "")
        return items[0].end
    }

    /// Adds a date claim.
    mutating func appendDate(
        from startOffset: Int, to endOffset: Int, value: ExtractedDate.Value?, hedge: String?, isRelative: Bool,
        yearInferred: Bool, note: String
    ) {
        var value = value
        var note = note
        if let resolved = value, !resolved.first.isInRange || !resolved.last.isInRange {
            // "3 years ago" from 0002-01-01: no date Reckon holds (years 1–9999).
            value = nil
            let outside = "it falls outside the years 0001–9999 that Reckon holds"
            note = note.isEmpty ? outside : note + "; " + outside
        }
        if case .day(let day)? = value { lastDay = day }
        let kind: ExtractedClaim.Kind
        if case .set? = value { kind = .dateset } else { kind = .date }
        let quote = article.text(startOffset, endOffset)
        blockDates.append(
            ExtractedClaim(
                kind: kind, start: startOffset, end: endOffset, line: 0, column: 0, quote: quote, asWritten: quote,
                stated: .init(), estimate: nil, unit: nil, counted: "", hedge: hedge, reading: nil, caliber: nil,
                alternativeGroup: nil,
                date: ExtractedDate(value: value, isRelative: isRelative, yearInferred: yearInferred, note: note),
                unitCheck: nil, notes: []))
    }

    /// Whether a date item can start at `index` (a quick test before parsing).
    private func startsDateItem(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let token = tokens[index]
        switch token.kind {
        case .number: return true
        case .symbol: return false
        case .word:
            if token.month != nil { return true }
            let wordClasses = classes(index)
            if wordClasses.contains(.part) || wordClasses.contains(.boundary) { return true }
            return token.key == Self.theKey && classes(index + 1).contains(.boundary)
        }
    }

    /// One date item at `index`; `previous` is the item before in a list or range, which
    /// lets a bare day ("January 8 and 9") or a bare year ("2014-2019") follow.
    func dateItem(at index: Int, after previous: DateItem?) -> DateItem? {
        guard index < tokens.count, let (part, position) = datePartLead(at: index), position < tokens.count else { return nil }
        if part == nil, position == index, position > 0, classes(position - 1).contains(.ordinal) { return nil }
        if tokens[position].kind == .word, let month = tokens[position].month {
            return monthFirstItem(month, at: position, from: index, part: part, after: previous)
        }
        guard tokens[position].kind == .number else { return nil }
        return isoDateItem(at: position, from: index, part: part)
            ?? (part == nil ? dayFirstItem(at: position, from: index) : nil)
            ?? bareDayItem(at: position, from: index, after: previous)
            ?? yearItem(at: position, from: index, part: part, after: previous)
    }

    /// The part of a period before a date ("the end of", "end of", "early", "mid-") and the
    /// token after it; no part when none is written; nil when a part leads to no month or year.
    @inline(__always) private func datePartLead(at index: Int) -> (DatePart?, Int)? {
        let position = index
        if isWord(position, Self.theKey), classes(position + 1).contains(.boundary), isWord(position + 2, Self.ofKey) {
            return (boundaryPart(position + 1), position + 3)
        } else if classes(position).contains(.boundary), isWord(position + 1, Self.ofKey) {
            return (boundaryPart(position), position + 2)
        } else if classes(position).contains(.part) {
            var next = position + 1
            if isDash(next), attached(next) { next += 1 }
            guard next < tokens.count else { return nil }
            let isMonth = tokens[next].kind == .word && tokens[next].month != nil
            guard isMonth || yearNumber(at: next) != nil else { return nil }
            return (DatePart(rawValue: lower(position)), next)
        }
        return (nil, position)
    }

    /// A date led by its month at `position`: "Dec. 30", "January 2, 2024", "April 2022",
    /// "March of 2023"; a month alone only where a word makes it a date ("in January").
    @inline(__always) private func monthFirstItem(
        _ month: Int, at position: Int, from index: Int, part: DatePart?, after previous: DateItem?
    ) -> DateItem? {
        guard tokens[position].isCapitalized else { return nil }
        var item = DateItem(year: nil, month: month, day: nil, part: part, start: index, end: position + 1)
        var next = position + 1
        if isSymbol(next, "."), attached(next), !Self.fullMonthNames.contains(tokens[position].key) { next += 1 }
        if let (day, dayEnd) = dayNumber(at: next) {
            item.day = day
            next = dayEnd
            if let (year, end) = yearAfterDay(at: next) {
                item.year = year
                next = end
            }
        } else if let year = yearNumber(at: next) {
            item.year = year
            next += 1
        } else if isWord(next, Self.ofKey), let year = yearNumber(at: next + 1) {
            item.year = year
            next += 2
        }
        if item.day == nil, item.year == nil, part == nil, previous == nil {
            // A month alone needs a word that makes it a date: "in January", "as early as January".
            guard hasDateContext(before: index) else { return nil }
            // "May" and "March" alone are too often words; a lowercase "may" never gets here.
            if month == 5 || month == 3, !classes(index - 1).contains(.datePreposition) { return nil }
        }
        item.end = next
        return item
    }

    /// The year after a day, "…, 2023" or "… 2023", at `position`: the year and where it ends.
    @inline(__always) private func yearAfterDay(at position: Int) -> (year: Int, end: Int)? {
        if isSymbol(position, ","), let year = yearNumber(at: position + 1) { return (year, position + 2) }
        if let year = yearNumber(at: position) { return (year, position + 1) }
        return nil
    }

    /// ISO 8601 at `position`: 2024-01-11.
    @inline(__always) private func isoDateItem(at position: Int, from index: Int, part: DatePart?) -> DateItem? {
        guard tokens[position].length == 4, isSymbol(position + 1, "-"), attached(position + 1), attached(position + 2),
            tokens.indices.contains(position + 2), tokens[position + 2].length == 2, isSymbol(position + 3, "-"), attached(position + 3),
            tokens.indices.contains(position + 4), attached(position + 4), tokens[position + 4].length == 2,
            let year = integer(position), let month = integer(position + 2), let day = integer(position + 4),
            DateArithmetic.validDay(year, month, day) != nil
        else { return nil }
        return DateItem(year: year, month: month, day: day, part: part, start: index, end: position + 5)
    }

    /// A date led by its day at `position`: "30 December 2023", "30 Dec., 2023".
    @inline(__always) private func dayFirstItem(at position: Int, from index: Int) -> DateItem? {
        guard let (day, dayEnd) = dayNumber(at: position), dayEnd < tokens.count, tokens[dayEnd].kind == .word,
            tokens[dayEnd].isCapitalized, let month = tokens[dayEnd].month
        else { return nil }
        var item = DateItem(year: nil, month: month, day: day, part: nil, start: index, end: dayEnd + 1)
        var next = dayEnd + 1
        if isSymbol(next, "."), attached(next), !Self.fullMonthNames.contains(tokens[dayEnd].key) { next += 1 }
        if let (year, end) = yearAfterDay(at: next) {
            item.year = year
            next = end
        }
        item.end = next
        return item
    }

    /// A bare day after a day: "January 8 and 9", "Jan. 8-9".
    @inline(__always) private func bareDayItem(at position: Int, from index: Int, after previous: DateItem?) -> DateItem? {
        guard let previous, previous.day != nil, let month = previous.month,
            let (day, dayEnd) = dayNumber(at: position, requiringSpace: false),
            dayEnd >= tokens.count || tokens[dayEnd].kind == .symbol || classes(dayEnd).contains(.stop)
        else { return nil }
        return DateItem(year: previous.year, month: month, day: day, part: nil, start: index, end: dayEnd)
    }

    /// A year at `position` where something makes it a date: a part ("early 2022"), an item
    /// before it, a date word before it, or a span of years ("2023-24", "2014-2019").
    @inline(__always) private func yearItem(at position: Int, from index: Int, part: DatePart?, after previous: DateItem?) -> DateItem? {
        guard let year = yearNumber(at: position) else { return nil }
        // "2023-24", "2014-2019": a span of years is a date wherever it stands.
        let spanFollows =
            isDash(position + 1) && attached(position + 1) && position + 2 < tokens.count && attached(position + 2)
            && (tokens[position + 2].length == 2 || yearNumber(at: position + 2).map { $0 > year } == true)
        guard part != nil || previous != nil || hasDateContext(before: index) || spanFollows else { return nil }
        // "for 2000 troops" counts troops.
        if part == nil, previous == nil, !spanFollows, nounFollows(position + 1) { return nil }
        if previous != nil, previous?.month != nil, previous?.day != nil { return nil }
        return DateItem(year: year, month: nil, day: nil, part: part, start: index, end: position + 1)
    }

    /// "2023-24": a two-digit year after a year.
    private func shortYear(at index: Int, after previous: DateItem) -> DateItem? {
        guard let year = previous.year, previous.month == nil, index < tokens.count, tokens[index].kind == .number,
            tokens[index].length == 2, attached(index), let short = integer(index)
        else { return nil }
        var full = year / 100 * 100 + short
        if full < year { full += 100 }
        guard full > year, full - year < 10 else { return nil }
        return DateItem(year: full, month: nil, day: nil, part: nil, start: index, end: index + 1)
    }

    /// The token after a range separator: a dash, "to", "through", "until", or "and"
    /// after "between".
    private func dateRangeSeparator(at index: Int, between: Bool) -> Int? {
        guard index < tokens.count else { return nil }
        if isDash(index) { return index + 1 }
        if isWord(index, Self.toKey) || isWord(index, Self.throughKey) { return index + 1 }
        if between, isWord(index, Self.andKey) { return index + 1 }
        return nil
    }

    private func boundaryPart(_ index: Int) -> DatePart? {
        switch tokens[index].key {
        case Self.endKey: return .end
        case Self.beginningKey, Self.startKey: return .start
        case Self.middleKey: return .mid
        default: return nil
        }
    }

    /// A day of the month: one or two digits, 1–31, not the start of a longer number or a
    /// time; an ordinal suffix ("2nd") is read too. Returns the day and the token after.
    func dayNumber(at index: Int, requiringSpace: Bool = true) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].length <= 2,
            tokens[index].hasSpaceBefore || !requiringSpace,
            let day = integer(index), (1...31).contains(day)
        else { return nil }
        let next = index + 1
        if next < tokens.count, attached(next) {
            if isSymbol(next, ":") { return nil }
            if isSymbol(next, ",") || isSymbol(next, "."), next + 1 < tokens.count, tokens[next + 1].kind == .number, attached(next + 1) {
                return nil
            }
            if tokens[next].kind == .word {
                guard ["st", "nd", "rd", "th"].contains(lower(next)) else { return nil }
                return (day, next + 1)
            }
        }
        return (day, next)
    }

    /// A four-digit year 1000–2100 at `index`, written alone (not "1990s", not "2,024").
    func yearNumber(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].length == 4, let year = integer(index),
            (1000...2100).contains(year)
        else { return nil }
        let next = index + 1
        if next < tokens.count, attached(next) {
            if tokens[next].kind != .symbol { return nil }
            if isSymbol(next, ",") || isSymbol(next, "."), next + 1 < tokens.count, tokens[next + 1].kind == .number, attached(next + 1) {
                return nil
            }
        }
        return year
    }

    /// Whether the words before `index` make what follows a date: a date preposition ("in",
    /// "since", "by") or a date hedge ("as early as").
    func hasDateContext(before index: Int) -> Bool {
        if classes(index - 1).contains(.datePreposition) { return true }
        return dateHedge(before: index) != nil
    }

    /// The date hedge ending just before `index`, and the token it starts at.
    func dateHedge(before index: Int) -> (DateHedge, Int)? {
        guard index >= 1, tokens[index - 1].kind == .word, extractor.dateHedgeEnds.contains(tokens[index - 1].key) else {
            return nil
        }
        guard let (number, start) = phrase(extractor.dateKeys, endingBefore: index) else { return nil }
        return (extractor.dateHedges[number], start)
    }

    static let throughKey = Lexicon.key("through")
    /// Month names written in full, after which a full stop ends the sentence.
    static let fullMonthNames: Set<UInt64> = Set(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
            .map(Lexicon.key))
    static let endKey = Lexicon.key("end")
    static let beginningKey = Lexicon.key("beginning")
    static let startKey = Lexicon.key("start")
    static let middleKey = Lexicon.key("middle")
}
