import Estimates

/// Numbers as other locales write them, read in articles as the calculator reads them
/// (`LocaleDigits`): thousands grouped by spaces ("5 000 containers", "12 500 000") are one
/// number; a point before exactly three digits ("5.000 containers") is read as a thousands
/// point before a counted noun, with a note giving the other reading, and as a decimal
/// point elsewhere, with a note giving the thousands reading. The calculator refuses such a
/// number instead; an article cannot be asked, so its claim says both.
extension ExtractionRun {
    /// The number at scalar `offset`, with thousands grouped by spaces, and the index after it.
    func newsNumber(at offset: Int) -> (NewsNumber, Int)? {
        guard let (number, end) = NewsNumberScanner().scan(scalars, from: offset) else { return nil }
        return spaceGrouped(number, start: offset, end: end) ?? (number, end)
    }

    /// `number` (written at `start..<end`) extended by the groups of three digits after it,
    /// each after one space: the lead is 1–3 digits not starting with 0; a group is exactly
    /// three digits followed by no digit, letter, hyphen or decimal part, and is not the
    /// number of a caliber ("2 152 mm guns").
    private func spaceGrouped(_ number: NewsNumber, start: Int, end: Int) -> (NewsNumber, Int)? {
        guard end < scalars.count, LocaleDigits.isGroupSeparator(scalars[end]), number.scale == 1, (1...3).contains(end - start),
            scalars[start] != "0", scalars[start..<end].allSatisfy({ $0.asciiDigit != nil })
        else { return nil }
        var digits = Array(scalars[start..<end])
        var index = end
        while index + 3 < scalars.count, LocaleDigits.isGroupSeparator(scalars[index]),
            (1...3).allSatisfy({ scalars[index + $0].asciiDigit != nil })
        {
            let after = index + 4 < scalars.count ? scalars[index + 4] : nil
            if let after, after.asciiDigit != nil || after.properties.isAlphabetic || after == "-" || after == "\u{2011}" { break }
            if let after, after == "." || after == ",", index + 5 < scalars.count, scalars[index + 5].asciiDigit != nil { break }
            if millimetresFollow(index + 4) { break }
            digits += [","] + scalars[(index + 1)...(index + 3)]
            index += 4
        }
        guard index > end, var (grouped, _) = NewsNumberScanner(readsSpelledNumbers: false, readsScaleWords: false).scan(digits, from: 0)
        else { return nil }
        grouped.text = String(String.UnicodeScalarView(scalars[start..<index]))
        return (grouped, index)
    }

    /// Whether "mm" or "millimet…" follows `offset` after spaces.
    private func millimetresFollow(_ offset: Int) -> Bool {
        var index = offset
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{00A0}" { index += 1 }
        var word = ""
        while index < scalars.count, scalars[index].properties.isAlphabetic, word.unicodeScalars.count < 12 {
            word.unicodeScalars.append(scalars[index])
            index += 1
        }
        let lower = word.lowercased()
        return lower == "mm" || lower.hasPrefix("millimet")
    }

    /// Whether token `position` is a word naming a unit that is not a counted noun ("kg").
    func measureWordAt(_ position: Int) -> Bool {
        guard position < tokens.count, tokens[position].kind == .word,
            let unit = try? extractor.registry.lookup(article.text(start(position), end(position)))
        else { return false }
        return !unit.isCountedNoun
    }

    /// A `5.000` figure read: before a counted noun (token `position` starts one), as 5,000
    /// with the decimal reading noted; elsewhere as written, with the thousands reading
    /// noted. `nil` when `number` is not written so.
    func localePointReading(_ number: NewsNumber, countedNounFollows: Bool) -> (NewsNumber, String)? {
        guard number.scale == 1, LocaleDigits.pointBeforeThreeDigits(number.text) else { return nil }
        let (decimal, thousands) = LocaleDigits.readings(of: number.text)
        guard countedNounFollows else {
            return (number, "“\(number.text)” read as \(decimal) (a decimal point); in a decimal comma locale it is \(thousands)")
        }
        let digits = number.text.unicodeScalars.map { $0 == "." ? "," : $0 }
        guard var (grouped, _) = NewsNumberScanner(readsSpelledNumbers: false, readsScaleWords: false).scan(digits, from: 0) else {
            return nil
        }
        grouped.text = number.text
        return (grouped, "“\(number.text)” read as \(thousands) (a decimal comma locale's thousands point, before a count); with a decimal point it is \(decimal)")
    }
}
