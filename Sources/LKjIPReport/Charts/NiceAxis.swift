import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// Value axes that read well on paper: from 0, about five steps of 1, 2 or 5 times a power
/// of ten, labels in Indonesian number form. Computed here once for both writers.
enum NiceAxis {
    static func make(maximum raw: Double, title: String, minimumTop: Double = 0) -> ValueAxis {
        let top = max(raw.isFinite ? min(raw, 1e15) : 0, minimumTop, 1e-6)
        let rough = top / 5
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let count = max(1, Int((top / step).rounded(.up)))
        let maximum = Double(count) * step
        let decimals = step >= 1 ? 0 : min(6, Int((-log10(step)).rounded(.up)))
        let labels = (0...count).map { IndonesianFormat.number(Rounding.decimal(literal: Double($0) * step), decimals: decimals) }
        return ValueAxis(title: title, maximum: maximum, majorUnit: step, labels: labels,
                         numberFormat: decimals == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: decimals))
    }
}
