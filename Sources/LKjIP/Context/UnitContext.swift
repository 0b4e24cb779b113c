import LKjIPCompute
import LKjIPModel

/// One sub-section of BAB III A: tables a-d of a division or of a Pelayanan Hukum sub-unit.
enum UnitContext {
    static func make(_ unit: UnitKinerjaHasil, nomor: String, tahun: Int, owner: String) -> ContextObject {
        let data = unit.unit
        let subject = data.judul ?? owner
        let riwayatYears = years(in: data.riwayat.map(\.nilai), fallback: Array((tahun - 3)...tahun))
        let targetYears = years(in: data.renstra.map(\.target), fallback: Array((tahun - 3)...(tahun + 1)))
        let realisasiYears = years(in: data.renstra.map(\.realisasi), fallback: Array((tahun - 3)...tahun))
        return [
            "nomor": nomor,
            "judul": data.judul.orEmpty,
            "hasJudul": data.judul != nil,
            "tabelA": TargetRows.kinerja(unit.sasaran),
            "narasiCapaian": data.narasiCapaian.orEmpty,
            "nilaiSasaran": TargetRows.nilaiSasaran(unit.sasaran),
            "narasiSasaran": data.narasiSasaran.orEmpty,
            "riwayat": riwayat(data.riwayat, years: riwayatYears),
            "narasiRiwayat": data.narasiRiwayat.orEmpty,
            "anggaran": anggaran(unit.anggaran),
            "narasiAnggaran": data.narasiAnggaran.orEmpty,
            "renstra": renstra(data.renstra, targetYears: targetYears, realisasiYears: realisasiYears),
            "narasiRenstra": data.narasiRenstra.orEmpty,
            "penyebab": data.penyebab.orEmpty,
            "tahunAwal": String(riwayatYears.first ?? tahun),
            "tahunRiwayat": yearsText(riwayatYears),
            "subjek": subject,
            "grafikCapaian": capaianChart(unit.sasaran, caption: "Target dan Realisasi Indikator Kinerja Kegiatan \(subject) Tahun \(tahun)"),
            "grafikAnggaran": anggaranChart(unit.anggaran, caption: "Pagu dan Realisasi Anggaran \(subject) (juta rupiah)"),
        ]
    }

    /// "2020, 2021, 2022 dan 2023", the wording of the seed's table titles.
    static func yearsText(_ years: [Int]) -> String {
        let names = years.map(String.init)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " dan " + names.last!
    }

    static func years(in maps: [[String: Double]], fallback: [Int]) -> [Int] {
        let found = Set(maps.flatMap { $0.keys }.compactMap { Int($0) })
        guard let low = found.min(), let high = found.max() else { return fallback }
        let lower = min(low, fallback.first ?? low)
        let upper = max(high, fallback.last ?? high)
        return Array(lower...upper)
    }

    /// Chart data are plain numbers ("99.93"): the writers draw them, the caption says what.
    static func number(_ value: Double?) -> ContextObject {
        ["v": value.map { String($0) } ?? ""]
    }

    static func capaianChart(_ sasaran: [SasaranKinerja], caption: String) -> ContextObject {
        let indicators = sasaran.flatMap { item in item.indikator.enumerated().map { (item.kode, $0.offset + 1, $0.element) } }
        return [
            "ada": !indicators.isEmpty,
            "caption": caption,
            "kategori": indicators.map { ["label": "\($0.0)-\($0.1)"] },
            "target": indicators.map { number($0.2.indikator.target) },
            "realisasi": indicators.map { number($0.2.realisasi) },
        ]
    }

    static func anggaranChart(_ rows: [RealisasiAnggaran], caption: String) -> ContextObject {
        [
            "ada": !rows.isEmpty,
            "caption": caption,
            "kategori": rows.map { ["label": String($0.tahun)] },
            "pagu": rows.map { number((Double($0.pagu) / 1_000_000 * 10).rounded() / 10) },
            "realisasi": rows.map { number((Double($0.realisasi) / 1_000_000 * 10).rounded() / 10) },
        ]
    }

    static func cell(_ value: Double?, satuan: String?) -> ContextObject {
        ["nilai": IndonesianFormat.value(value, satuan: satuan, decimals: nil)]
    }

    static func riwayat(_ rows: [RiwayatIndikator], years: [Int]) -> ContextObject {
        [
            "ada": !rows.isEmpty,
            "tahun": years.map { ["tahun": String($0)] },
            "kolom": years.enumerated().map { ["kolom": String($0.offset + 2)] },
            "kolomKeterangan": String(years.count + 2),
            "widths": (["5"] + years.map { _ in "1.4" } + ["4"]).joined(separator: ","),
            "rows": rows.enumeratedContext { row in
                [
                    "nama": row.nama,
                    "nilai": years.map { cell(row.nilai[String($0)], satuan: row.satuan) },
                    "keterangan": row.keterangan.orEmpty,
                ]
            },
        ]
    }

    static func anggaran(_ rows: [RealisasiAnggaran]) -> ContextObject {
        [
            "ada": !rows.isEmpty,
            "tahun": rows.map { ["tahun": String($0.tahun)] },
            "pagu": rows.map { ["nilai": IndonesianFormat.rupiah($0.pagu)] },
            "realisasi": rows.map { ["nilai": IndonesianFormat.rupiah($0.realisasi)] },
            "capaian": rows.map { ["nilai": $0.persen.map { IndonesianFormat.percent($0, decimals: 2) } ?? "-"] },
            "widths": (["1.2"] + rows.map { _ in "2" }).joined(separator: ","),
            "terakhir": rows.last.map(AnggaranContext.row) ?? AnggaranContext.empty,
        ]
    }

    static func renstra(_ rows: [RenstraIndikator], targetYears: [Int], realisasiYears: [Int]) -> ContextObject {
        let columns = targetYears.count + realisasiYears.count
        return [
            "ada": !rows.isEmpty,
            "tahunTarget": targetYears.map { ["tahun": String($0)] },
            "tahunRealisasi": realisasiYears.map { ["tahun": String($0)] },
            "jumlahTarget": String(targetYears.count),
            "jumlahRealisasi": String(realisasiYears.count),
            "kolom": (0..<(columns + 1)).map { ["kolom": String($0 + 1)] },
            "widths": (["4"] + (0..<columns).map { _ in "1" }).joined(separator: ","),
            "rows": rows.enumeratedContext { row in
                [
                    "nama": row.nama,
                    "target": targetYears.map { cell(row.target[String($0)], satuan: row.satuanTarget ?? row.satuan) },
                    "realisasi": realisasiYears.map { cell(row.realisasi[String($0)], satuan: row.satuan) },
                ]
            },
        ]
    }
}
