import LKjIPModel

/// The seven analyses PermenPAN-RB 53/2014 asks BAB III to make of each sasaran, and which
/// of them the data lets lkjip print. The AKIP evaluation (PermenPAN-RB 88/2021) scores
/// them; `lkjip check --evaluasi` lists what is missing, each with what to add.
public enum Evaluation {
    public enum Analysis: Int, CaseIterable, Sendable {
        case targetRealisasi = 1, tahunSebelumnya, renstra, standarNasional, penyebab, efisiensi, kegiatan

        public var title: String {
            switch self {
            case .targetRealisasi: return "target against realisasi"
            case .tahunSebelumnya: return "realisasi against previous years"
            case .renstra: return "realisasi against the Renstra end target"
            case .standarNasional: return "realisasi against a national standard"
            case .penyebab: return "causes of success or failure and the solutions tried"
            case .efisiensi: return "efficiency of resource use"
            case .kegiatan: return "programmes and activities that supported the result"
            }
        }

        /// The criterion of the evaluation worksheet (PermenPAN-RB 88/2021, 3.b) the analysis
        /// answers; the supporting programmes are part of the efforts behind the result (3.b.7).
        public var kriteria: KriteriaLKE {
            switch self {
            case .targetRealisasi: return .targetTahunan
            case .tahunSebelumnya: return .tahunSebelumnya
            case .renstra: return .jangkaMenengah
            case .standarNasional: return .standarNasional
            case .penyebab, .kegiatan: return .kualitasCapaian
            case .efisiensi: return .efisiensi
            }
        }

        public var remedy: String {
            switch self {
            case .targetRealisasi: return "give every IKK its realisasi"
            case .tahunSebelumnya: return "link a riwayat row to each IKK with `indikator:` (earlier years typed, the report year filled in), or explain in the unit's `narasi_riwayat` why an IKK has no earlier years (a new indicator)"
            case .renstra: return "link a renstra row to each IKK with `indikator:` and its targets up to the end year, or explain in the unit's `narasi_renstra` why the Renstra sets no end target for it"
            case .standarNasional: return "give the IKK a `standar_nasional`, or write the unit's `narasi_standar` saying none exists"
            case .penyebab: return "write `analisis` (penyebab, upaya, kendala, rekomendasi) for each IKK, or the unit's `penyebab`"
            case .efisiensi: return "give the sasaran its `kegiatan` and their `anggaran_kegiatan`, or the unit's budget row of the report year"
            case .kegiatan: return "list the kegiatan (ids or codes) that serve the sasaran in `sasaran[].kegiatan` of the PK"
            }
        }
    }

    /// The analyses a sasaran lacks.
    public static func missing(_ sasaran: SasaranKinerja, unit: UnitKinerjaHasil?) -> [Analysis] {
        gaps(sasaran, unit: unit).map(\.analysis)
    }

    /// The analyses a sasaran lacks, each with the IKK that lack it (empty when the analysis
    /// belongs to the sasaran as a whole).
    public static func gaps(_ sasaran: SasaranKinerja, unit: UnitKinerjaHasil?) -> [(analysis: Analysis, indikator: [String])] {
        let indicators = sasaran.indikator
        var gaps: [(Analysis, [String])] = []
        func lacking(_ analysis: Analysis, _ test: (IndikatorKinerja) -> Bool) {
            let ids = indicators.filter(test).map(\.indikator.id)
            if !ids.isEmpty { gaps.append((analysis, ids)) }
        }
        lacking(.targetRealisasi) { $0.realisasi == nil && $0.realisasiTeks == nil }
        // As with analysis 4, the analysis may be made in words when the data cannot exist: an
        // IKK introduced after the Renstra was set has neither earlier years nor an end target.
        if (unit?.unit.narasiRiwayat ?? "").isEmpty { lacking(.tahunSebelumnya) { ($0.riwayat?.tahun.count ?? 0) < 2 } }
        if (unit?.unit.narasiRenstra ?? "").isEmpty { lacking(.renstra) { $0.renstra == nil } }
        if (unit?.unit.narasiStandar ?? "").isEmpty { lacking(.standarNasional) { $0.standar == nil } }
        if (unit?.unit.penyebab ?? "").isEmpty { lacking(.penyebab) { ($0.analisis?.penyebab ?? "").isEmpty } }
        if sasaran.efisiensi == nil { gaps.append((.efisiensi, [])) }
        if sasaran.kegiatan.isEmpty { gaps.append((.kegiatan, [])) }
        return gaps
    }

    /// One warning per missing analysis of each sasaran (the office's own IKU first, then the
    /// divisions), at the sasaran in its PK file, with its LKE criterion.
    public static func diagnostics(_ report: ComputedReport) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for divisi in report.measured {
            let pk = divisi.perjanjian.perjanjian
            for (index, sasaran) in divisi.sasaran.enumerated() {
                let unit = divisi.units.first { $0.sasaran.contains { $0.sasaran.id == sasaran.sasaran.id } }
                for (analysis, ids) in gaps(sasaran, unit: unit) {
                    let which = ids.isEmpty ? "" : " for IKK \(ids.map { "`\($0)`" }.joined(separator: ", "))"
                    diagnostics.append(Diagnostic(.warning, at: report.data.sources.location(file: pk.file, keyPath: "\(pk.sasaranKey)[\(index)]"),
                                                  "\(analysis.kriteria.label): sasaran `\(sasaran.sasaran.id)` of \(divisi.divisi.id.isEmpty ? "the head of office's agreement" : divisi.divisi.nama) lacks analysis \(analysis.rawValue) (\(analysis.title))\(which): \(analysis.remedy)"))
                }
            }
        }
        return diagnostics
    }
}
