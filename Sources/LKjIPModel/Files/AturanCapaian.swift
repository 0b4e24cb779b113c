/// How capaian is computed where offices differ. Set for the whole office in
/// `instansi.aturan_capaian`; an indicator's own `capaian` block overrides it key by key.
public struct AturanCapaian: Codable, Equatable, Sendable, DataRecord {
    public var rumusNegatif: RumusNegatif?
    /// Upper limit of a capaian in percent (120, 150); 0 or absent: no limit.
    public var batas: Nilai?
    public var targetNol: TargetNol?

    public init(rumusNegatif: RumusNegatif? = nil, batas: Nilai? = nil, targetNol: TargetNol? = nil) {
        self.rumusNegatif = rumusNegatif
        self.batas = batas
        self.targetNol = targetNol
    }

    enum CodingKeys: String, CodingKey {
        case batas
        case rumusNegatif = "rumus_negatif"
        case targetNol = "target_nol"
    }

    /// Later rules (the indicator's) override earlier ones (the office's) key by key.
    public func overridden(by other: AturanCapaian?) -> AturanCapaian {
        guard let other else { return self }
        return AturanCapaian(rumusNegatif: other.rumusNegatif ?? rumusNegatif, batas: other.batas ?? batas, targetNol: other.targetNol ?? targetNol)
    }

    public static let summary = "Capaian rules: formula for negative polarity, an upper limit, the meaning of a target of 0."
    public static let fields: [String: FieldSpec] = [
        "rumus_negatif": FieldSpec("Formula for indicators where lower is better (polaritas: negatif)."),
        "batas": FieldSpec("Upper limit of a capaian, e.g. 120 or 150; 0 means no limit. A limited capaian is printed and averaged at the limit.", unit: "persen", range: 0...1000, example: "120"),
        "target_nol": FieldSpec("What a target of 0 means."),
    ]
}

/// Formulas for "lower is better" indicators; both are in use in Indonesian offices.
public enum RumusNegatif: String, Codable, Equatable, Sendable, CaseIterable, DataEnum {
    /// (2 × target − realisasi) / target × 100: the usual e-Performance formula.
    case selisih
    /// target / realisasi × 100.
    case rasio

    public static let allowedValues = allCases.map(\.rawValue)
    public static let placeholder = RumusNegatif.selisih
    public static let valueDescriptions = [
        "selisih": "(2 × target − realisasi) / target × 100 (default)",
        "rasio": "target / realisasi × 100",
    ]
}

/// A target of 0 ("zero overstaying") has no ratio.
public enum TargetNol: String, Codable, Equatable, Sendable, CaseIterable, DataEnum {
    /// No capaian ("-"), left out of NILAI SS (default).
    case kosong
    /// 100% when the realisasi is also 0 (or better in the indicator's direction), else 0%.
    case biner

    public static let allowedValues = allCases.map(\.rawValue)
    public static let placeholder = TargetNol.kosong
    public static let valueDescriptions = [
        "kosong": "capaian is not computed and shown as \"-\" (default)",
        "biner": "100% when the realisasi reaches 0 (or better), otherwise 0%",
    ]
}
