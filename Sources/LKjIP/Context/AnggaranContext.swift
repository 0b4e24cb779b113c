import LKjIPCompute

/// A budget year as printed: Rupiah and realisation percentage, both formatted here once.
enum AnggaranContext {
    static func row(_ row: RealisasiAnggaran) -> ContextObject {
        [
            "tahun": String(row.tahun),
            "pagu": IndonesianFormat.rupiah(row.pagu),
            "realisasi": IndonesianFormat.rupiah(row.realisasi),
            "persen": row.persen.map { IndonesianFormat.percent($0, decimals: 2) } ?? "-",
        ]
    }

    static let empty: ContextObject = ["tahun": "", "pagu": "", "realisasi": "", "persen": ""]
}
