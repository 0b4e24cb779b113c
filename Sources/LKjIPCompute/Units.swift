import LKjIPModel

/// Units of measurement as typed in `satuan`: the one rule for "is this a percentage" and
/// "are these two values in the same unit". Two values whose units differ ("Indeks (skala 4)"
/// and "Indeks (skala 10)", "%" and "kab/kota") are never divided by one another nor called
/// better or worse.
public enum Units {
    /// Lower case, inner spaces collapsed, an absent unit and "" alike.
    static func normalized(_ unit: String?) -> String {
        (unit ?? "").lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func same(_ a: String?, _ b: String?) -> Bool {
        normalized(a) == normalized(b)
    }

    /// True for the unit "%": realisasi from pembilang/penyebut is × 100, a change is in points.
    public static func isPercent(_ unit: String?) -> Bool {
        normalized(unit) == "%"
    }

    /// A unit for a message or a cell: "tanpa satuan" when none is given.
    public static func shown(_ unit: String?) -> String {
        let text = (unit ?? "").trimmingWhitespace()
        return text.isEmpty ? "tanpa satuan" : text
    }
}
