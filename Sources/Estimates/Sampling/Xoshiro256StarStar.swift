/// xoshiro256** (Blackman and Vigna 2018): the generator behind every sample Reckon draws.
///
/// A seed and a stream number give a starting state through `SplitMix64`, so a model run
/// in fixed-size chunks draws chunk `k` from stream `k` and gets the same numbers whichever
/// thread runs it.
///
/// ```swift
/// var generator = Xoshiro256StarStar(seed: 7, stream: 0)
/// let u = generator.nextUnit()    // in [0, 1)
/// ```
@usableFromInline package struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// The generator for `stream` of `seed`: four words of SplitMix64 started from the
    /// mixed seed plus the stream number times an odd constant.
    package init(seed: UInt64, stream: UInt64 = 0) {
        let base = SplitMix64.mix(seed ^ 0x6A09_E667_F3BC_C909)
        var mixer = SplitMix64(state: base &+ stream &* 0xD1B5_4A32_D192_ED03)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is the one fixed point
    }

    /// A generator with an explicit state (not all zero), for reference vectors.
    package init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state.0 | state.1 | state.2 | state.3 != 0, "xoshiro256** needs a non-zero state")
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    package mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 &<< 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    @inlinable @inline(__always)
    package mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in (0, 1): never 0, so its logarithm is finite.
    @inlinable @inline(__always)
    package mutating func nextOpenUnit() -> Double {
        (Double(next() >> 12) + 0.5) * 0x1p-52
    }
}

@inlinable @inline(__always)
func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value &<< count) | (value &>> (64 &- count))
}
