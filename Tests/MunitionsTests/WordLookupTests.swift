#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import Estimates
import Testing

@testable import Munitions

/// Words are looked up by their exact folded text: equal keys mean equal words, whatever the
/// hash, and words beyond ASCII have keys of their own.
@Suite struct WordLookupTests {
    /// The key the table gives `word`.
    func key(_ word: String, in table: inout WordTable) -> UInt64 { table.intern(word) }

    /// The key the lexicon used to give words: FNV-1a over lower-cased ASCII letters, 0 for
    /// any word beyond ASCII.
    func oldKey(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in word.unicodeScalars {
            var value = scalar.value
            guard value < 128 else { return 0 }
            if value >= 65 && value <= 90 { value += 32 }
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    @Test func wordsWithTheSameOldKeyStayApart() {
        // Every word beyond ASCII had the same old key (0).
        #expect(oldKey("Kyïv") == oldKey("près") && oldKey("près") == oldKey("Запоріжжя"))
        var table = Lexicon.words
        let kyiv = key("Kyïv", in: &table)
        let kharkiv = key("Kharkiv", in: &table)
        let pres = key("près", in: &table)
        let zaporizhzhia = key("Запоріжжя", in: &table)
        #expect(Set([kyiv, kharkiv, pres, zaporizhzhia]).count == 4)
        #expect(kyiv != 0 && pres != 0 && zaporizhzhia != 0)
    }

    @Test func aSharedSlotIsNotAMatch() {
        // Words whose keys pick the same first slot, long ones (hashed, checked scalar by
        // scalar) and short ones (packed): each keeps its own id.
        for prefix in ["longer-word-", "w"] {
            var table = WordTable()
            var words: [String] = []
            var bySlot: [Int: String] = [:]
            var index = 0
            while words.count < 2 {
                let word = "\(prefix)\(index)"
                let scalars = Array(word.unicodeScalars)
                let slot = WordTable.slot(WordTable.key(scalars, 0, scalars.count), mask: 255)
                if let other = bySlot[slot] { words = [other, word] } else { bySlot[slot] = word }
                index += 1
            }
            let first = table.intern(words[0])
            let second = table.intern(words[1])
            #expect(first != second)
            #expect(table.find(words[0]) == first && table.find(words[1]) == second)
            #expect(table.find(prefix + "none") == 0)
        }
    }

    @Test func manyWordsKeepTheirIds() {
        var table = WordTable()
        let words = (0..<3000).map { "word\($0)" } + (0..<3000).map { "a-much-longer-word-\($0)" }
        let ids = words.map { table.intern($0) }
        #expect(Set(ids).count == words.count)
        #expect(words.map { table.find($0.uppercased()) } == ids)
    }

    @Test func folding() {
        var table = Lexicon.words
        #expect(key("KYÏV", in: &table) == key("kyïv", in: &table))
        #expect(key("Kyïv", in: &table) != key("Kyiv", in: &table))
        #expect(key("The", in: &table) == Lexicon.key("the"))
        // A letter beyond ASCII never folds into ASCII: the Kelvin sign is not "k".
        #expect(key("\u{212A}", in: &table) != Lexicon.key("k"))
        #expect(WordTable.fold(0x2019) == 0x27)
        #expect(Lexicon.classes(of: "Kyïv").isEmpty)
        #expect(Lexicon.classes(of: "January").contains(.dateStart))
        #expect(Lexicon.month(Lexicon.key("sept")) == 9)
        #expect(Lexicon.weekday(Lexicon.key("monday")) == 0)
    }

    func extract(_ text: String) throws -> [ExtractedClaim] {
        let article = try ArticleText(text, origin: "test")
        return ClaimExtractor.standard.extract(article, published: try CalendarDate(iso: "2024-01-11"))
    }

    /// The claims as "as written|counted|hedge|date", the spaces of the text as plain spaces.
    func read(_ text: String) throws -> [String] {
        try extract(text).map { claim in
            let written = String(String.UnicodeScalarView(claim.asWritten.unicodeScalars.map { ArticleTokenizer.isSpace($0) ? " " : $0 }))
            return "\(written)|\(claim.counted)|\(claim.hedge ?? "")|\(String(describing: claim.date?.value))"
        }
    }

    @Test func aCurlyApostropheReadsLikeAStraightOne() throws {
        let straight = try read("Russia's 5,000 shells arrived. Ukraine's 2024 budget.")
        let curly = try read("Russia’s 5,000 shells arrived. Ukraine’s 2024 budget.")
        #expect(straight == curly)
        #expect(!straight.isEmpty)
    }

    @Test func noBreakAndThinSpacesSeparateWordsLikeASpace() throws {
        let plain = try read("about 5,000 shells near Kyïv on 3 March 2023")
        #expect(try read("about\u{00A0}5,000\u{00A0}shells near Kyïv on 3\u{00A0}March\u{00A0}2023") == plain)
        #expect(try read("about\u{2009}5,000\u{202F}shells near Kyïv on 3\u{2009}March 2023") == plain)
    }

    @Test func wordsBeyondASCIIAreNotHedgesOrDates() throws {
        // Before, every such word shared key 0: none matched a listed word, and none may now.
        let claims = try extract("près de 5,000 shells; Kyïv 12 Жовтня 2023")
        #expect(claims.first?.hedge == nil)
        #expect(claims.first?.asWritten == "5,000")
    }

    @Test func everyWordTheReadersNameIsInTheLexicon() throws {
        // `Lexicon.key` stops the program on a word it does not list, when the constant is
        // first used: check every word named in the extraction sources up front.
        let folder = PackageFiles.root + "/Sources/Munitions/Extraction"
        var named: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
            let text = try PackageFiles.text("Sources/Munitions/Extraction/" + file)
            for match in text.matches(of: #/Lexicon\.key\("([^"]+)"\)/#) { named.insert(String(match.output.1)) }
            for match in text.matches(of: #/\[([^\]]*)\]\s*\.map\(Lexicon\.key\)/#) {
                for word in match.output.1.matches(of: #/"([^"]+)"/#) { named.insert(String(word.output.1)) }
            }
            for match in text.matches(of: #/"([^"]+)"\s*\.split\(separator: " "\)\.map \{ Lexicon\.key/#) {
                named.formUnion(match.output.1.split(separator: " ").map(String.init))
            }
        }
        #expect(named.count > 100)
        #expect(named.filter { Lexicon.words.find($0) == 0 }.sorted() == [])
    }
}
