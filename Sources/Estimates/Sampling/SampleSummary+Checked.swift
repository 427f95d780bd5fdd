import TextCore

extension SampleSummary {
    /// The summary, or an error when a figure of it is not a number Reckon holds: a mean,
    /// a standard deviation or a percentile that is not zero but closer to zero than
    /// 2.2e-308 (draws of both signs near the smallest normal numbers), or a standard deviation
    /// of zero although the draws differ. The moments are computed scaled (`SampleMoments`),
    /// so nothing in a summary overflows; this catches the rest, so that a summary never shows
    /// a silent zero.
    ///
    /// ```swift
    /// let summary = try SampleSummary(collected: &samples, seed: 7, levels: [5, 50, 95]).checked()
    /// ```
    package func checked() throws(EstimateError) -> SampleSummary {
        var figures: [(name: String, value: Double)] = [("mean", mean), ("standard deviation", standardDeviation)]
        figures += percentiles.map { ("\(NumberFormatting.machine($0.level))th percentile", $0.value) }
        for (name, value) in figures where value != 0 && !value.isNormal {
            throw EstimateError(
                .domain(
                    "the draws are too close to zero to summarise: their \(name) is not zero but closer to zero than 2.2e-308, the smallest number Reckon holds"))
        }
        if standardDeviation == 0 && minimum < maximum {
            throw EstimateError(
                .domain(
                    "the draws are too close to zero to summarise: their standard deviation underflows to zero although they differ (from \(minimum.shortDescription) to \(maximum.shortDescription))"))
        }
        return self
    }
}
