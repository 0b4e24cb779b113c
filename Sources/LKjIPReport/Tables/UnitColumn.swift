import LKjIPCompute
import LKjIPModel

/// The unit of a row printed once, in a "Satuan" column, instead of after every figure.
///
/// Table d has up to ten year columns; the seed writes "3 Rekomendasi" in each of them and so
/// needs columns too narrow for the word ("Reko mendasi"). A row's unit is the unit most of
/// its figures carry (letter case aside); figures with that unit print the number alone, and
/// a figure with another unit ("19 kab/kota" in a row counted in "Instansi Pemerintah") keeps
/// its own. A row where some figure has no unit at all keeps every unit in its cells, so a
/// bare number can never be read in the row's unit. Every number and unit of the data is
/// still printed.
struct UnitColumn {
    /// The unit printed in the Satuan column ("" when the row has none).
    let label: String
    private let key: String

    /// `cells` are the row's values with the unit each falls back to when it has none.
    init(_ cells: [(value: TableValue?, fallback: String?)]) {
        var counts: [String: Int] = [:]
        var spelling: [String: String] = [:]
        var order: [String] = []
        var unitless = false
        for (value, fallback) in cells {
            guard let value, value.number != nil else { continue }
            let unit = Self.trimmed(value.unit ?? fallback)
            guard !unit.isEmpty else { unitless = true; continue }
            let key = unit.lowercased()
            if counts[key] == nil { order.append(key); spelling[key] = unit }
            counts[key, default: 0] += 1
        }
        // A bare number beside figures with a unit ("7,0" among "90%") would read as that
        // unit: such a row keeps every unit in its cells.
        let best = unitless ? nil : order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
        key = best ?? ""
        label = best.flatMap { spelling[$0] } ?? ""
    }

    /// The cell text: the number alone when its unit is the row's, else as `IndonesianFormat.cell`.
    func text(_ value: TableValue?, fallback: String?, decimals: Int?) -> String {
        guard var value, value.number != nil else { return IndonesianFormat.cell(value, satuan: nil, decimals: decimals) }
        let unit = Self.trimmed(value.unit ?? fallback)
        if !key.isEmpty && unit.lowercased() == key {
            value.unit = nil
            return IndonesianFormat.cell(value, satuan: nil, decimals: decimals)
        }
        return IndonesianFormat.cell(value, satuan: fallback, decimals: decimals)
    }

    private static func trimmed(_ text: String?) -> String {
        (text ?? "").trimmingWhitespace()
    }
}
