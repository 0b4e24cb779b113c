import Foundation
import LKjIPModel

extension Checker {
    /// Words that may appear in a number written out; a parenthesis holding anything else
    /// ("2023 (Revisi)", "3,5 (tiga koma lima)") is not a count and is skipped.
    static let numberWords: Set<String> = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu", "seribu",
        "juta", "miliar", "milyar", "triliun", "kuadriliun", "kuintiliun", "minus",
    ]

    /// A figure followed by its words: "15 (lima belas)", "1.643 (seribu enam ratus ...)".
    /// The figure must not continue a decimal or a longer number ("3,15 (...)").
    static let countPattern = try! NSRegularExpression(
        pattern: #"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*\(\s*([A-Za-z][A-Za-z \t-]*?)\s*\)"#)

    /// Every count written with words in narrative text must say the same number twice.
    static func countWords(_ data: ReportData, files: DataFiles) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for key in data.narasi.keys.sorted() {
            let file = "narasi/\(key).md"
            diagnostics += countWords(in: data.narasi[key] ?? "") { line in
                SourceLocation(file: file, line: line, column: nil, keyPath: "")
            }
        }
        for (file, keyPath, text) in markdownFields(data, files: files) {
            diagnostics += countWords(in: text) { _ in data.sources.location(file: file, keyPath: keyPath) }
        }
        return diagnostics
    }

    /// Diagnostics for one text; `locate` receives the 1-based line of the mismatch within it.
    static func countWords(in text: String, locate: (Int) -> SourceLocation) -> [Diagnostic] {
        let ns = text as NSString
        var diagnostics: [Diagnostic] = []
        for match in countPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let figure = ns.substring(with: match.range(at: 1))
            let written = ns.substring(with: match.range(at: 2))
            let tokens = written.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" }).map(String.init)
            guard !tokens.isEmpty, tokens.allSatisfy(numberWords.contains),
                  let value = Int64(figure.replacingOccurrences(of: ".", with: ""))
            else { continue }
            let normalized = tokens.map { $0 == "milyar" ? "miliar" : $0 }.joined(separator: " ")
            let expected = IndonesianFormat.terbilang(value)
            guard normalized != expected else { continue }
            let line = ns.substring(to: match.range.location).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            diagnostics.append(Diagnostic(.error, at: locate(line),
                                          "\(figure) is written \"\(written)\"; expected \"\(expected)\""))
        }
        return diagnostics
    }

    /// The Markdown and free-text fields of the YAML files, with file and key path.
    static func markdownFields(_ data: ReportData, files: DataFiles) -> [(String, String, String)] {
        var fields: [(String, String, String?)] = []
        for (i, divisi) in data.organisasi.divisi.enumerated() {
            fields.append(("organisasi.yaml", "divisi[\(i)].tugas", divisi.tugas))
            fields.append(("organisasi.yaml", "divisi[\(i)].fungsi", divisi.fungsi))
        }
        let renstra = data.renstra
        fields += [
            ("renstra.yaml", "pengantar", renstra.pengantar),
            ("renstra.yaml", "visi_nasional", renstra.visiNasional),
            ("renstra.yaml", "pengantar_misi_nasional", renstra.pengantarMisiNasional),
            ("renstra.yaml", "pengantar_visi", renstra.pengantarVisi),
            ("renstra.yaml", "visi", renstra.visi),
            ("renstra.yaml", "pengantar_misi", renstra.pengantarMisi),
            ("renstra.yaml", "tata_nilai", renstra.tataNilai),
            ("renstra.yaml", "pengantar_tujuan", renstra.pengantarTujuan),
            ("renstra.yaml", "sasaran_strategis", renstra.sasaranStrategis),
        ]
        fields += renstra.misiNasional.enumerated().map { ("renstra.yaml", "misi_nasional[\($0.offset)]", $0.element) }
        fields += renstra.misi.enumerated().map { ("renstra.yaml", "misi[\($0.offset)]", $0.element) }
        fields += renstra.tujuan.enumerated().map { ("renstra.yaml", "tujuan[\($0.offset)]", $0.element) }
        let anggaran = data.anggaran
        fields += [
            ("anggaran.yaml", "narasi_realisasi", anggaran.narasiRealisasi),
            ("anggaran.yaml", "narasi_smart", anggaran.narasiSmart),
            ("anggaran.yaml", "narasi_ikpa", anggaran.narasiIkpa),
        ]
        fields += anggaran.smartDja.enumerated().map { ("anggaran.yaml", "smart_dja[\($0.offset)].keterangan", $0.element.keterangan) }
        for (a, aspek) in anggaran.ikpa.enumerated() {
            fields.append(("anggaran.yaml", "ikpa[\(a)].uraian", aspek.uraian))
            fields += aspek.indikator.enumerated().map { ("anggaran.yaml", "ikpa[\(a)].indikator[\($0.offset)].uraian", $0.element.uraian) }
        }
        for (p, pk) in data.perjanjian.enumerated() {
            fields += (pk.revisi ?? []).enumerated().map { (files.perjanjian[p], "revisi[\($0.offset)].alasan", $0.element.alasan) }
        }
        for (c, capaian) in data.capaian.enumerated() {
            let file = files.capaian[c]
            fields += capaian.realisasi.enumerated().map { (file, "realisasi[\($0.offset)].keterangan", $0.element.keterangan) }
            for (u, unit) in capaian.unit.enumerated() {
                fields += [
                    (file, "unit[\(u)].narasi_capaian", unit.narasiCapaian),
                    (file, "unit[\(u)].narasi_sasaran", unit.narasiSasaran),
                    (file, "unit[\(u)].narasi_riwayat", unit.narasiRiwayat),
                    (file, "unit[\(u)].narasi_anggaran", unit.narasiAnggaran),
                    (file, "unit[\(u)].narasi_renstra", unit.narasiRenstra),
                    (file, "unit[\(u)].penyebab", unit.penyebab),
                ]
                fields += unit.riwayat.enumerated().map { (file, "unit[\(u)].riwayat[\($0.offset)].keterangan", $0.element.keterangan) }
            }
        }
        return fields.compactMap { file, keyPath, text in text.map { (file, keyPath, $0) } }
    }
}
