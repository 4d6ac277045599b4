/// An exact decimal `mantissa × 10^exponent`, so that `134.9万亿` becomes 134900000000000 without rounding noise.
struct DecimalValue: Sendable, Equatable {
    /// The digits as an integer.
    var mantissa: Int
    /// The power of ten applied to the mantissa.
    var exponent: Int

    /// Creates `mantissa × 10^exponent`.
    init(mantissa: Int, exponent: Int = 0) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The value as a Double (exact for the magnitudes reports use).
    var double: Double {
        if exponent >= 0 { return Double(mantissa) * DecimalValue.power(exponent) }
        return Double(mantissa) / DecimalValue.power(-exponent)
    }

    /// This value times `10^power`.
    func scaled(by power: Int) -> DecimalValue {
        DecimalValue(mantissa: mantissa, exponent: exponent + power)
    }

    /// The product of two values; nil on overflow.
    func multiplied(by other: DecimalValue) -> DecimalValue? {
        let (product, overflow) = mantissa.multipliedReportingOverflow(by: other.mantissa)
        return overflow ? nil : DecimalValue(mantissa: product, exponent: exponent + other.exponent)
    }

    /// 10^n as a Double.
    static func power(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
