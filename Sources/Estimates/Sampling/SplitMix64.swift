/// SplitMix64 (Steele, Lea and Flood 2014): a tiny generator used only to turn seeds into
/// well-mixed starting states for `Xoshiro256StarStar`.
///
/// ```swift
/// var mixer = SplitMix64(state: 7)
/// let word = mixer.next()  // the same word for seed 7 on every machine
/// ```
package struct SplitMix64: Sendable {
    /// The state, advanced by the golden-ratio increment on each call.
    package var state: UInt64

    /// A generator starting at `state`.
    package init(state: UInt64) {
        self.state = state
    }

    /// The next 64 random bits.
    @inlinable
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijection of 64-bit words with good avalanche.
    @inlinable
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
