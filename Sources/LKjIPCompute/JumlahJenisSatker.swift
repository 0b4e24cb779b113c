/// How many UPT of one kind the office supervises, for "15 (lima belas) Lembaga
/// Pemasyarakatan (LAPAS), 8 (delapan) Rumah Tahanan (RUTAN), ...".
public struct JumlahJenisSatker: Equatable, Sendable {
    public let jenis: String
    public let label: String
    public let jumlah: Int

    /// Kinds in the order the report lists them, with their written-out names.
    public static let knownJenis: [(jenis: String, label: String)] = [
        ("lapas", "Lembaga Pemasyarakatan (LAPAS)"),
        ("lpka", "Lembaga Pembinaan Khusus Anak (LPKA)"),
        ("rutan", "Rumah Tahanan (RUTAN)"),
        ("bapas", "Balai Pemasyarakatan (BAPAS)"),
        ("rupbasan", "Rumah Penyimpanan Benda Sitaan Negara (RUPBASAN)"),
        ("kanim", "Kantor Imigrasi (KANIM)"),
    ]

    /// The jenis of the reporting office itself, which is not a UPT.
    public static let kanwil = "kanwil"

    /// Label of a kind; an unknown kind is shown in capitals as typed.
    public static func label(for jenis: String) -> String {
        knownJenis.first { $0.jenis == jenis.lowercased() }?.label ?? jenis.uppercased()
    }
}
