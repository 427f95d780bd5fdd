import TextCore

/// Digits as news in other locales writes them: thousands grouped by spaces (`5 000`,
/// `5 000` with a no-break or thin space) are read; a single point before exactly three
/// digits (`5.000`) and points as thousands separators (`1.234.567`) are refused where they
/// could mean two different numbers.
extension Parser {
    /// `number` (which ends at `end`) extended by the groups of three digits after it, each
    /// after one space (`5 000`, `12 500 000`), and the index after the last group; `nil`
    /// when none follows. The lead is 1–3 digits not starting with 0, a group is exactly
    /// three digits followed by no digit, point, comma or letter, and a group that is the
    /// number of a measure before a noun (`2 152 mm shells`) is not taken.
    func spaceGrouped(_ number: NewsNumber, start: Int, end: Int) -> (NewsNumber, Int)? {
        guard let separator = source[end], LocaleDigits.isGroupSeparator(separator), source[end + 1]?.asciiDigit != nil else { return nil }
        let lead = Array(number.text.unicodeScalars)
        guard (1...3).contains(lead.count), lead.allSatisfy({ $0.asciiDigit != nil }), lead[0] != "0" else { return nil }
        var digits = lead
        var index = end
        while let separator = source[index], LocaleDigits.isGroupSeparator(separator),
            (1...3).allSatisfy({ source[index + $0]?.asciiDigit != nil })
        {
            let after = source[index + 4]
            if let after, after.asciiDigit != nil || Lexer.isNamePart(after) || after == "-" { break }
            if let after, after == "." || after == ",", source[index + 5]?.asciiDigit != nil { break }
            if startsMeasureBeforeNoun(at: index + 1) { break }
            digits += [","] + (1...3).compactMap { source[index + $0] }
            index += 4
        }
        guard index > end, var (grouped, _) = NewsNumberScanner(readsSpelledNumbers: false, readsScaleWords: false).scan(digits, from: 0)
        else { return nil }
        grouped.text = source.text(start..<index)
        return (grouped, index)
    }

    /// Whether a measure before a noun starts at `start` (`152 mm shells`): a label whose
    /// unit is not a counted noun, followed by a word that does not end a unit.
    func startsMeasureBeforeNoun(at start: Int) -> Bool {
        guard let (label, end) = MeasureLabel.scan(source.scalars, from: start, registry: vocabulary.registry, joint: .afterCount),
            !label.unit.isCountedNoun
        else { return false }
        var next = end
        while let scalar = source[next], Lexer.isSpace(scalar) { next += 1 }
        guard next > end, let scalar = source[next], Lexer.isNameStart(scalar) else { return false }
        var wordEnd = next
        while let part = source[wordEnd], Lexer.isNamePart(part) { wordEnd += 1 }
        return !Keyword.endingAUnit.contains(source.text(next..<wordEnd))
    }

    /// Refuses points as thousands separators after `number` (`1.234.567`, which the lexer
    /// reads as `1.234` and `.567`): `end` is where `number` ends.
    func refuseDottedThousands(_ number: NewsNumber, end: Int, start: Int) throws(EstimateError) {
        guard source[end] == ".", (1...3).allSatisfy({ source[end + $0]?.asciiDigit != nil }),
            LocaleDigits.pointBeforeThreeDigits(number.text)
        else { return }
        var index = end
        while source[index] == ".", (1...3).allSatisfy({ source[index + $0]?.asciiDigit != nil }) { index += 4 }
        let written = source.text(start..<index)
        let grouped = String(written.map { $0 == "." ? "," : $0 })
        throw syntaxError(
            "'\(written)' writes points as thousands separators (a decimal comma locale's): write \(grouped)", at: start)
    }

    /// Refuses a number written `5.000` (1–3 digits, not starting with 0, a point and
    /// exactly three digits) as a bare number or a count of a counted noun: it could be 5
    /// with a decimal point or 5,000 in a decimal comma locale. A measure (`1.609 km`) is
    /// read with a decimal point.
    func refuseAmbiguousPoint(_ number: NewsNumber, unit: UnitOfMeasure, at start: Int) throws(EstimateError) {
        guard let message = Self.ambiguousPointMessage(number, unit: unit) else { return }
        throw syntaxError(message, at: start)
    }

    /// Why `number` before `unit` is refused as `5.000`, if it is.
    static func ambiguousPointMessage(_ number: NewsNumber, unit: UnitOfMeasure) -> String? {
        guard LocaleDigits.pointBeforeThreeDigits(number.text), unit.isOne || unit.isCountedNoun else { return nil }
        let text = number.text.hasPrefix("-") ? String(number.text.dropFirst()) : number.text
        var (decimal, thousands) = LocaleDigits.readings(of: text)
        // "1.234" is suggested as "1.2340", which is not refused again.
        if decimal == text { decimal += "0" }
        return
            "\(text) could be \(decimal) (decimal point) or \(thousands) (a decimal comma locale's thousands separator): write \(decimal) or \(thousands)"
    }

    /// Refuses a measure joined by a space and followed by a counted noun where a count
    /// should be (`152 mm shells`), as `152-mm shells` is refused.
    func refuseSpacedMeasure(at start: Int) throws(EstimateError) {
        guard let (label, end) = MeasureLabel.scan(source.scalars, from: start, registry: vocabulary.registry, joint: .afterCount),
            label.text.unicodeScalars.contains(" "), !label.unit.isCountedNoun
        else { return }
        var next = end
        while let scalar = source[next], Lexer.isSpace(scalar) { next += 1 }
        var wordEnd = next
        while let part = source[wordEnd], Lexer.isNamePart(part) { wordEnd += 1 }
        guard wordEnd > next, (try? vocabulary.registry.lookup(source.text(next..<wordEnd)))?.isCountedNoun == true else { return }
        throw syntaxError(label.notACountMessage(source.scalars, end: end), at: start)
    }
}
