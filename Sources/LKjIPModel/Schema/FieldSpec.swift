/// What one key of a data file means: the documentation, unit, allowed range and format that
/// `lkjip schema`, the data reference and the loader's checks all read. A range or format
/// is written here once and enforced from here, never restated in a checker.
public struct FieldSpec: Sendable {
    public var description: String
    /// "Rupiah", "persen", "orang", "tahun": printed in the reference and the schema.
    public var unit: String?
    /// Inclusive bounds for numbers; a value outside is a located error.
    public var range: ClosedRange<Double>?
    public var format: FieldFormat?
    /// Value used by `lkjip init` and in the data reference.
    public var example: String?

    public init(_ description: String, unit: String? = nil, range: ClosedRange<Double>? = nil, format: FieldFormat? = nil, example: String? = nil) {
        self.description = description
        self.unit = unit
        self.range = range
        self.format = format
        self.example = example
    }
}

/// Text formats with a rule of their own.
public enum FieldFormat: String, Sendable {
    /// Lowercase letters, digits and `-`: referred to from other files and used in file names.
    case id
    /// yyyy-mm-dd (`ISODate`).
    case date
    /// 18 digits (`NIP`).
    case nip
    /// A picture inside the data directory (or the assets folder), PNG or JPEG.
    case path
    /// Light Markdown, with `{{figure}}` citations of computed figures.
    case markdown
    /// One line of plain text.
    case line
    /// An official budget code (`1.02.02.2.02.0001`, `WA.6311.EBA`): letters, digits, `.` and
    /// `-`. A field that refers to a budget line takes an id or such a code.
    case kode
}

/// Common ranges, so "Rupiah" means the same bound in every file.
public enum Ranges {
    /// Rupiah amounts: 0 to 10^15 (a thousand trillion, far above any office's budget).
    public static let rupiah: ClosedRange<Double> = 0...1e15
    /// Target and realisasi of an indicator: counts, indexes, percentages or Rupiah.
    public static let nilai: ClosedRange<Double> = -1e15...1e15
    /// A target must not be negative: a capaian relative to a negative target has no meaning.
    public static let target: ClosedRange<Double> = 0...1e15
    /// People in a unit.
    public static let orang: ClosedRange<Double> = 0...1_000_000
    public static let persen: ClosedRange<Double> = 0...1_000
    public static let skor: ClosedRange<Double> = 0...1_000
    public static let tahun: ClosedRange<Double> = 2000...2100
    public static let desimal: ClosedRange<Double> = 0...4
    public static let nomor: ClosedRange<Double> = 1...99
}

/// A type read from a data file. `fields` documents every key its `CodingKeys` declare; a
/// test checks that none is missing, so the reference and the schema cannot fall behind.
public protocol DataRecord: Decodable {
    static var fields: [String: FieldSpec] { get }
    /// One sentence on what the record is, for the reference and the schema.
    static var summary: String { get }
}

/// An enumeration typed as a word (`polaritas: negatif`).
public protocol DataEnum: Decodable {
    static var allowedValues: [String] { get }
    static var placeholder: Self { get }
    /// One line per value for the reference.
    static var valueDescriptions: [String: String] { get }
}

/// A value read from a scalar with its own parser (`Nilai`, table cells).
public protocol DataScalar: Decodable {
    static var schema: Schema { get }
    static var placeholder: Self { get }
}
