extension IndonesianFormat {
    static let satuanKata = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
    static let skala: [(UInt64, String)] = [
        (1_000_000_000_000_000_000, "kuintiliun"), (1_000_000_000_000_000, "kuadriliun"),
        (1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta"), (1_000, "ribu"),
    ]

    /// A whole number in Indonesian words, as written after figures in official text:
    /// 11 "sebelas", 15 "lima belas", 100 "seratus", 1.000 "seribu", 1.643 "seribu enam ratus
    /// empat puluh tiga", 1.000.000 "satu juta". The "se-" forms apply to belas, puluh,
    /// ratus and ribu only; millions and above keep "satu" (KBBI usage).
    public static func terbilang(_ n: Int64) -> String {
        if n == 0 { return "nol" }
        let words = terbilang(magnitude: n.magnitude)
        return n < 0 ? "minus " + words : words
    }

    static func terbilang(magnitude value: UInt64) -> String {
        var rest = value
        var words: [String] = []
        for (size, name) in skala where rest >= size {
            let count = rest / size
            rest %= size
            if size == 1_000 && count == 1 {
                words.append("seribu")
            } else {
                words.append(belowThousand(Int(count)) + " " + name)
            }
        }
        if rest > 0 { words.append(belowThousand(Int(rest))) }
        return words.joined(separator: " ")
    }

    static func belowThousand(_ n: Int) -> String {
        var words: [String] = []
        let hundreds = n / 100
        let rest = n % 100
        if hundreds == 1 {
            words.append("seratus")
        } else if hundreds > 1 {
            words.append(satuanKata[hundreds] + " ratus")
        }
        if rest == 10 {
            words.append("sepuluh")
        } else if rest == 11 {
            words.append("sebelas")
        } else if rest > 11 && rest < 20 {
            words.append(satuanKata[rest - 10] + " belas")
        } else if rest >= 20 {
            words.append(satuanKata[rest / 10] + " puluh")
            if rest % 10 > 0 { words.append(satuanKata[rest % 10]) }
        } else if rest > 0 {
            words.append(satuanKata[rest])
        }
        return words.joined(separator: " ")
    }
}
