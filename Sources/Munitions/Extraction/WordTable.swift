/// Words interned to exact ids: every distinct word (after `WordTable.fold`) gets its own id,
/// so two different words never share a key, whatever their hashes.
///
/// A word of up to nine ASCII letters is its own key: the folded letters packed seven bits
/// each, with the top bit set, which no other word shares (a word never holds NUL). A longer
/// word, or one beyond ASCII, is keyed by the FNV-1a hash of its folded scalars (top bit
/// clear), and a slot with that key is taken only when the stored word has the same folded
/// scalars. Keys only find slots; the id of the slot is what tokens carry. Ids start at 1
/// (0 is "not a word" in `ArticleToken.key`) and are handed out in order of interning: the
/// lexicon's words first (`Lexicon.words`), then an extractor's hedge words, then, during a
/// run, the article's.
struct WordTable: Sendable {
    /// A slot of the open-addressing table: a word's key and id; id 0 for an empty slot.
    private struct Slot {
        var key: UInt64 = 0
        var id: UInt32 = 0
    }

    /// The slots, a power of two of them, at most half full.
    private var slots: [Slot]
    /// Per id (index id - 1): the key of the word.
    private var keys: [UInt64] = []
    /// Per id, and one more: where the word's folded scalars start in `folded`.
    private var offsets: [Int32] = [0]
    /// The folded scalars of every word, one after the other.
    private var folded: [UInt32] = []
    /// Per id: what the lexicon knows of the word (nothing for most article words).
    private(set) var entries: [Lexicon.Entry] = []

    /// An empty table.
    init() {
        slots = [Slot](repeating: Slot(), count: 256)
    }

    /// The number of words.
    var count: Int { keys.count }

    /// The lexicon entry of the word with this id (an empty entry for 0 or an unknown id).
    func entry(_ id: UInt64) -> Lexicon.Entry {
        id == 0 || id > UInt64(entries.count) ? Lexicon.Entry.none : entries[Int(id) - 1]
    }

    /// Adds `classes`, `month` and `weekday` to the entry of the word with this id.
    mutating func merge(_ id: UInt64, classes: Lexicon.Classes, month: UInt8 = 0, weekday: UInt8 = 0) {
        let index = Int(id) - 1
        entries[index].classes.formUnion(classes)
        if month != 0 { entries[index].month = month }
        if weekday != 0 { entries[index].weekday = weekday }
    }

    /// The id of `scalars[start..<end]`, interning the word when it is new.
    @inline(__always) mutating func intern(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        let key = Self.key(scalars, start, end)
        let mask = slots.count - 1
        var slot = Self.slot(key, mask: mask)
        while true {
            let found = slots[slot]
            if found.id == 0 { break }
            if found.key == key, Self.isPacked(key) || matches(Int(found.id), scalars, start, end) { return UInt64(found.id) }
            slot = (slot + 1) & mask
        }
        return insert(scalars, start, end, key: key, slot: slot)
    }

    /// The id of `scalars[start..<end]`, or 0 when the table does not hold the word.
    func find(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        let key = Self.key(scalars, start, end)
        let mask = slots.count - 1
        var slot = Self.slot(key, mask: mask)
        while true {
            let found = slots[slot]
            if found.id == 0 { return 0 }
            if found.key == key, Self.isPacked(key) || matches(Int(found.id), scalars, start, end) { return UInt64(found.id) }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `word`, interning it when it is new.
    mutating func intern(_ word: String) -> UInt64 {
        let scalars = Array(word.unicodeScalars)
        return intern(scalars, 0, scalars.count)
    }

    /// The id of `word`, or 0.
    func find(_ word: String) -> UInt64 {
        let scalars = Array(word.unicodeScalars)
        return find(scalars, 0, scalars.count)
    }

    /// Whether the word with this id has the folded scalars of `scalars[start..<end]`.
    @inline(never) private func matches(_ id: Int, _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let from = Int(offsets[id - 1])
        guard Int(offsets[id]) - from == end - start else { return false }
        var index = start
        var stored = from
        while index < end {
            if Self.fold(scalars[index].value) != folded[stored] { return false }
            index += 1
            stored += 1
        }
        return true
    }

    /// Stores a new word at an empty `slot`, growing the table at half full.
    @inline(never) private mutating func insert(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, key: UInt64, slot: Int) -> UInt64 {
        for index in start..<end { folded.append(Self.fold(scalars[index].value)) }
        offsets.append(Int32(folded.count))
        keys.append(key)
        entries.append(Lexicon.Entry.none)
        let id = UInt32(keys.count)
        slots[slot] = Slot(key: key, id: id)
        if keys.count * 2 > slots.count { grow() }
        return UInt64(id)
    }

    /// Doubles the slots and places every word again.
    private mutating func grow() {
        let size = slots.count * 2
        slots = [Slot](repeating: Slot(), count: size)
        for (index, key) in keys.enumerated() {
            var slot = Self.slot(key, mask: size - 1)
            while slots[slot].id != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, id: UInt32(index + 1))
        }
    }

    /// The key of a word: up to nine ASCII scalars packed (exact), else `hash`.
    @inline(__always) static func key(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        guard end - start <= 9 else { return hash(scalars, start, end) }
        var packed: UInt64 = 0
        var index = start
        while index < end {
            let value = scalars[index].value
            if value >= 128 { return hash(scalars, start, end) }
            packed = packed << 7 | UInt64(value >= 65 && value <= 90 ? value + 32 : value)
            index += 1
        }
        return packed | 1 << 63
    }

    /// Whether a key is a packed word (exact) rather than a hash.
    @inline(__always) static func isPacked(_ key: UInt64) -> Bool { key >> 63 != 0 }

    /// The first slot to try for a key.
    @inline(__always) static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// FNV-1a over the folded scalar values, top bit clear.
    @inline(never) static func hash(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = start
        while index < end {
            hash = (hash ^ UInt64(fold(scalars[index].value))) &* 0x0000_0100_0000_01b3
            index += 1
        }
        return hash & ~(1 << 63)
    }

    /// A scalar value as words are compared: ASCII capitals lower-cased on a fast path;
    /// beyond ASCII, the simple (one-scalar) lower-case mapping of the scalar when it has
    /// one ("Ï" → "ï", "Д" → "д"), else the scalar itself; a letter beyond ASCII never
    /// folds into ASCII (the Kelvin sign stays apart from "k"). The curly apostrophe U+2019
    /// reads as the ASCII apostrophe.
    @inline(__always) static func fold(_ value: UInt32) -> UInt32 {
        if value < 128 { return value >= 65 && value <= 90 ? value + 32 : value }
        return foldBeyondASCII(value)
    }

    /// `fold` for a scalar value of 128 or more (kept out of line: rare, and it asks the
    /// Unicode tables).
    @inline(never) static func foldBeyondASCII(_ value: UInt32) -> UInt32 {
        if value == 0x2019 { return 0x27 }
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let only = lower.first, only.value >= 128 else { return value }
        return only.value
    }
}
