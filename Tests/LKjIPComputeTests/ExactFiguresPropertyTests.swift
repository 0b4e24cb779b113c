import BigInt
import Foundation
@testable import LKjIPCompute
@testable import LKjIPModel
import PropertyBased
import Testing

/// Issue 21: capaian (every polarity and rule, ranges, target 0, batas), NILAI SS, budget
/// percentages, totals and revised targets, compared over more than 10.000 generated cases
/// with an exact rational oracle written here from the README's rule table, independently of
/// lkjip's `Fraction`. Cases include exact ,5 boundaries (whole percent and two decimals),
/// tiny (0,000001) and huge (10^14) values, and means of quotients that sum to a boundary.
/// A failing case prints its seed; `.fixedSeed(...)` on the test reproduces it.
struct ExactFiguresPropertyTests {
    // MARK: the oracle

    /// p/q with q > 0, never reduced: the oracle needs only exact comparison and rounding.
    struct Q {
        var p: BigInt
        var q: BigInt

        init(_ p: BigInt, _ q: BigInt = 1) {
            self.p = q.sign == .minus ? -p : p
            self.q = q.sign == .minus ? -q : q
        }

        /// "-12.345" exactly.
        init(text: String) {
            var digits = text, scale = 0
            if let dot = text.firstIndex(of: ".") {
                scale = text.distance(from: dot, to: text.endIndex) - 1
                digits.remove(at: dot)
            }
            self.init(BigInt(digits)!, BigInt(10).power(scale))
        }

        static func + (a: Q, b: Q) -> Q { Q(a.p * b.q + b.p * a.q, a.q * b.q) }
        static func - (a: Q, b: Q) -> Q { Q(a.p * b.q - b.p * a.q, a.q * b.q) }
        static func * (a: Q, b: Q) -> Q { Q(a.p * b.p, a.q * b.q) }
        static func / (a: Q, b: Q) -> Q { Q(a.p * b.q, a.q * b.p) }
        static func < (a: Q, b: Q) -> Bool { a.p * b.q < b.p * a.q }
        static func == (a: Q, b: Q) -> Bool { a.p * b.q == b.p * a.q }
        var isZero: Bool { p.isZero }

        /// Half away from zero to `places` decimals, as plain text ("102", "90.06", "-14").
        func rounded(_ places: Int) -> String {
            let scale = BigInt(10).power(places)
            let magnitude = BigInt(p.magnitude) * scale
            let n = (2 * magnitude + q) / (2 * q)
            let negative = p.sign == .minus && !n.isZero
            var digits = String(n)
            if places > 0 {
                while digits.count <= places { digits = "0" + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
            }
            return (negative ? "-" : "") + digits
        }
    }

    static let hundred = Q(100)

    enum Rule: CaseIterable { case positif, selisih, rasio }

    /// The README's rules, written again.
    static func oracle(target t: Q, realisasi r: Q, rule: Rule, biner: Bool, batas: Q?) -> Q? {
        var value: Q
        if t.isZero {
            guard biner else { return nil }
            let met = rule == .positif ? !(r < Q(0)) : !(Q(0) < r)
            value = met ? hundred : Q(0)
        } else {
            switch rule {
            case .positif: value = r * hundred / t
            case .selisih: value = (Q(2) * t - r) * hundred / t
            case .rasio:
                if r.isZero { return batas.flatMap { Q(0) < $0 ? $0 : nil } }
                value = t * hundred / r
            }
        }
        if let batas, Q(0) < batas, batas < value { value = batas }
        return value
    }

    static func oracle(low: Q, high: Q, realisasi r: Q, side: Polaritas?, rule: Rule, biner: Bool, batas: Q?) -> Q? {
        let negative: Rule = rule == .rasio ? .rasio : .selisih
        if r < low { return oracle(target: low, realisasi: r, rule: side == .negatif ? negative : .positif, biner: biner, batas: batas) }
        if high < r { return oracle(target: high, realisasi: r, rule: side == .positif ? .positif : negative, biner: biner, batas: batas) }
        if let batas, Q(0) < batas, batas < hundred { return batas }
        return hundred
    }

    // MARK: generated numbers

    /// A tiny deterministic generator per case, so a failing seed reproduces the whole case.
    struct Draw {
        var state: UInt64
        init(_ seed: Int) { state = UInt64(bitPattern: Int64(seed)) &+ 0x9E37_79B9_7F4A_7C15 }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ n: Int) -> Bool { int(1...n) == 1 }

        /// Decimal text with `scale` places: tiny, ordinary or huge, at most 15 digits.
        mutating func number(maxScale: Int = 6, positive: Bool = true) -> String {
            let scale = int(0...maxScale)
            let magnitude: Int64
            switch int(0...9) {
            case 0: magnitude = Int64(int(1...99))                        // tiny once scaled
            case 1: magnitude = Int64(int(1...999_999_999)) * 1_000_000    // huge
            default: magnitude = Int64(int(1...9_999_999))
            }
            let bounded = min(magnitude, 999_999_999_999_999)
            let sign = !positive && chance(8) ? "-" : ""
            return sign + Self.text(bounded, scale: scale)
        }

        static func text(_ value: Int64, scale: Int) -> String {
            var digits = String(value.magnitude)
            if scale > 0 {
                while digits.count <= scale { digits = "0" + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
            }
            return (value < 0 ? "-" : "") + digits
        }
    }

    static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    /// The lkjip side: the figure as it is printed, whole percent and two decimals.
    static func printed(_ value: Fraction?) -> [String]? {
        value.map { [Rounding.plainText(Rounding.halfUp($0, decimals: 0), decimals: 0), Rounding.plainText(Rounding.halfUp($0, decimals: 2), decimals: 2)] }
    }

    static func printed(_ value: Q?) -> [String]? { value.map { [$0.rounded(0), $0.rounded(2)] } }

    /// Beyond the documented bound (10^9 %) a capaian is refused by `check`; not compared.
    static func withinBounds(_ value: Q?) -> Bool {
        guard let value else { return true }
        let bound = Q(BigInt(1_000_000_000))
        return !(bound < value) && !(value < Q(0) - bound)
    }

    // MARK: properties

    /// 10.000 capaian cases: single targets of every rule, ranges with each declared side,
    /// target 0 with both meanings, batas; a quarter of them built on an exact ,5.
    @Test func capaianMatchesTheOracle() async {
        await propertyCheck(count: 10_000, input: Gen.int(in: 0...Int.max)) { seed in
            var draw = Draw(seed)
            let rule = Rule.allCases[draw.int(0...2)]
            let biner = draw.chance(2)
            let batasText: String? = draw.chance(4) ? ["100", "120", "150", "0", "110.5"][draw.int(0...4)] : nil
            let aturan = AturanCapaian(rumusNegatif: rule == .rasio ? .rasio : rule == .selisih ? .selisih : nil,
                                       batas: batasText.map { Nilai(Self.decimal($0)) }, targetNol: biner ? .biner : nil)
            let batas = batasText.map { Q(text: $0) }
            if draw.chance(3) {
                // A range [low, high] with a declared side or none.
                let lowText = draw.number(maxScale: 3), highText = Draw.text(Int64(Q(text: lowText).p) + Int64(draw.int(0...100_000)), scale: Q(text: lowText).q.description.count - 1)
                let realisasiText = draw.number(positive: false)
                let side: Polaritas? = [nil, .positif, .negatif][draw.int(0...2)]
                let expected = Self.oracle(low: Q(text: lowText), high: Q(text: highText), realisasi: Q(text: realisasiText), side: side, rule: rule, biner: biner, batas: batas)
                guard Self.withinBounds(expected) else { return }
                let actual = CapaianCalculator.capaian(rentang: Self.decimal(lowText), Self.decimal(highText), realisasi: Self.decimal(realisasiText), polaritas: side, aturan: aturan)
                #expect(Self.printed(actual) == Self.printed(expected), "range [\(lowText), \(highText)], realisasi \(realisasiText), \(rule), side \(String(describing: side)), batas \(batasText ?? "-")")
                return
            }
            var targetText = draw.chance(20) ? "0" : draw.number(maxScale: 3)
            var realisasiText = draw.number(positive: false)
            if draw.chance(4), targetText != "0" {
                // realisasi = target × (2k + 1) / 200: a positif capaian of exactly k + 0,5.
                let t = Q(text: targetText)
                let k = draw.int(0...300)
                let r = t * Q(BigInt(2 * k + 1)) / Q(200)
                realisasiText = r.rounded(6)
                if !(Q(text: realisasiText) == r) { targetText = "2400"; realisasiText = "2436" }
            }
            let polaritas: Polaritas = rule == .positif ? .positif : .negatif
            let expected = Self.oracle(target: Q(text: targetText), realisasi: Q(text: realisasiText), rule: rule, biner: biner, batas: batas)
            guard Self.withinBounds(expected) else { return }
            let actual = CapaianCalculator.capaian(target: Self.decimal(targetText), realisasi: Self.decimal(realisasiText), polaritas: polaritas, aturan: aturan)
            #expect(Self.printed(actual) == Self.printed(expected), "target \(targetText), realisasi \(realisasiText), \(rule), biner \(biner), batas \(batasText ?? "-")")
        }
    }

    /// 3.000 NILAI SS: the exact mean of up to eight capaian, a third of them thirds that sum
    /// to an exact ,5 (100k + 1/3 and 100k + 2/3 average to 100k + 0,5).
    @Test func nilaiSSMatchesTheOracle() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...Int.max)) { seed in
            var draw = Draw(seed)
            var pairs: [(String, String)] = []
            if draw.chance(3) {
                let k = draw.int(0...5)
                pairs = [("3", "\(3 * k).01"), ("3", "\(3 * k).02")]
            } else {
                for _ in 0..<draw.int(1...8) { pairs.append((draw.number(maxScale: 3), draw.number(positive: false))) }
            }
            let actual = CapaianCalculator.mean(pairs.map { CapaianCalculator.capaian(target: Self.decimal($0.0), realisasi: Self.decimal($0.1), polaritas: .positif) })
            let exact = pairs.map { Q(text: $0.1) * Self.hundred / Q(text: $0.0) }
            guard exact.allSatisfy({ Self.withinBounds($0) }) else { return }
            let mean = exact.dropFirst().reduce(exact[0], +) / Q(BigInt(exact.count))
            #expect(Self.printed(actual) == Self.printed(mean), "\(pairs)")
        }
    }

    /// 3.000 budget rows: serapan to two decimals (a third built on an exact ,005), and the
    /// total of the kegiatan (nil when it passes Int64).
    @Test func budgetMatchesTheOracle() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...Int.max)) { seed in
            var draw = Draw(seed)
            var pagu = Int64(draw.int(1...999_999_999)) * Int64(draw.int(1...1_000_000))
            var realisasi = Int64(Double(pagu) * Double(draw.int(0...120)) / 100)
            if draw.chance(3) {
                // serapan (2m + 1) / 200 %: realisasi = pagu × (2m + 1) / 20.000 with pagu a multiple of 20.000.
                pagu = Int64(draw.int(1...50_000_000)) * 20_000
                realisasi = pagu / 20_000 * Int64(2 * draw.int(0...9_999) + 1)
            }
            let expected = Q(BigInt(realisasi)) * Self.hundred / Q(BigInt(pagu))
            let actual = CapaianCalculator.persen(realisasi: realisasi, pagu: pagu)
            #expect(Self.printed(actual) == Self.printed(expected), "pagu \(pagu), realisasi \(realisasi)")
            let amounts = (0..<draw.int(1...12)).map { _ in Int64(draw.int(0...Int(Int32.max))) * Int64(draw.int(0...Int(Int32.max))) }
            let total = amounts.reduce(BigInt(0)) { $0 + BigInt($1) }
            let sum = CheckedSum.sum(amounts)
            #expect(sum.map { BigInt($0) } == (total <= BigInt(Int64.max) ? total : nil), "\(amounts)")
        }
    }

    /// 2.000 revised agreements: two revisions in reverse order of nomor change the target
    /// (single or range); the highest nomor wins and the capaian is measured against it.
    @Test func revisedTargetsMatchTheOracle() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...Int.max)) { seed in
            var draw = Draw(seed)
            let range = draw.chance(2)
            let first = draw.number(maxScale: 2), second = draw.number(maxScale: 2), realisasi = draw.number()
            func nilai(_ text: String) -> Nilai { Nilai(Self.decimal(text)) }
            var indikator = Indikator(id: "ss1-1", nama: "Indikator", target: range ? nil : nilai("1"), targetRentang: range ? [nilai("1"), nilai("2")] : nil)
            indikator.satuan = "%"
            func change(_ text: String) -> PerubahanTarget {
                range ? PerubahanTarget(indikator: "ss1-1", targetRentang: [nilai(text), nilai(Draw.text(Int64(Q(text: text).p) * 2, scale: Q(text: text).q.description.count - 1))])
                      : PerubahanTarget(indikator: "ss1-1", target: nilai(text))
            }
            let pk = PerjanjianKinerja(
                divisi: "d", pihakPertama: "a", pihakKedua: "b", tanggal: "2024-01-05", sasaranStrategis: [], sasaranProgram: [],
                sasaranKegiatan: [Sasaran(id: "ss1", nama: "Sasaran", indikator: [indikator])], kegiatan: [],
                revisi: [Revisi(nomor: 2, tanggal: "2024-09-01", alasan: "b", target: [change(second)]),
                         Revisi(nomor: 1, tanggal: "2024-07-01", alasan: "a", target: [change(first)])])
            let applied = RevisionApplier(pk).perjanjian.sasaranKegiatan[0].indikator[0]
            let low = Q(text: second)
            let expected: Q?
            let actual: Fraction?
            if range {
                let high = Q(text: Draw.text(Int64(low.p) * 2, scale: low.q.description.count - 1))
                #expect(applied.targetRentang.map { $0.map(\.value) } == [Self.decimal(second), Self.decimal(Draw.text(Int64(low.p) * 2, scale: low.q.description.count - 1))])
                expected = Self.oracle(low: low, high: high, realisasi: Q(text: realisasi), side: nil, rule: .selisih, biner: false, batas: nil)
                actual = CapaianCalculator.capaian(rentang: applied.targetRentang![0].value, applied.targetRentang![1].value, realisasi: Self.decimal(realisasi), polaritas: nil)
            } else {
                #expect(applied.target?.value == Self.decimal(second), "Revisi 2 wins over Revisi 1")
                expected = Self.oracle(target: low, realisasi: Q(text: realisasi), rule: .positif, biner: false, batas: nil)
                actual = CapaianCalculator.capaian(target: applied.target!.value, realisasi: Self.decimal(realisasi), polaritas: .positif)
            }
            guard Self.withinBounds(expected) else { return }
            #expect(Self.printed(actual) == Self.printed(expected), "revised \(first) then \(second), realisasi \(realisasi)")
        }
    }
}
