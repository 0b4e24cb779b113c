import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// Value axes that read well on paper: about five steps of 1, 2 or 5 times a power of ten
/// (never less than 1, so every tick is a whole number), from 0, or from the multiple of the
/// step below the lowest value when a value is negative (a capaian of -14% is drawn, below
/// the axis line). Labels in Indonesian number form. Computed here once for both writers.
enum NiceAxis {
    static func make(maximum raw: Double, minimum low: Double = 0, title: String, minimumTop: Double = 0) -> ValueAxis {
        let top = max(raw.isFinite ? min(raw, 1e15) : 0, minimumTop, 1e-6)
        let bottom = min(low.isFinite ? max(low, -1e15) : 0, 0)
        let rough = (top - bottom) / 5
        let magnitude = max(pow(10, (log10(rough)).rounded(.down)), 1)
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let below = bottom < 0 ? Int((-bottom / step).rounded(.up)) : 0
        let above = max(1, Int((top / step).rounded(.up)))
        let labels = (-below...above).map { IndonesianFormat.number(Rounding.decimal(literal: Double($0) * step), decimals: 0) }
        let largest = max(Double(above), Double(below)) * step
        return ValueAxis(title: title, minimum: -Double(below) * step, maximum: Double(above) * step, majorUnit: step, labels: labels,
                         numberFormat: numberFormat(largest: largest))
    }

    /// A number format whose digit grouping is a literal "." (escaped), so the ticks read
    /// "2.500" in Word and LibreOffice whatever the reader's locale; `#,##0` would print
    /// "2,500" on an English system, two and a half to an Indonesian reader. Numbers below
    /// 1.000 need no grouping at all ("0", which no locale changes).
    static func numberFormat(largest: Double) -> String {
        if largest < 1000 { return "0" }
        if largest < 1_000_000 { return "[>=1000]#\\.##0;[<=-1000]\\-#\\.##0;0" }
        return "[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0"
    }
}
