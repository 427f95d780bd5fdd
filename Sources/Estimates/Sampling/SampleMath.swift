#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library functions the sampling kernels call, in one place so that no other file
/// needs the platform import.
enum SampleMath {
    @inline(__always) static func power(_ base: Double, _ exponent: Double) -> Double { pow(base, exponent) }
    @inline(__always) static func exponential(_ value: Double) -> Double { exp(value) }
    @inline(__always) static func logarithm(_ value: Double) -> Double { log(value) }
}
