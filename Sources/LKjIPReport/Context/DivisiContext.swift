import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// A division as BAB I, BAB II B, BAB III A and BAB III D see it.
enum DivisiContext {
    static func make(_ divisi: DivisiKinerja, nomor: Int, context: BuildContext) -> ContextObject {
        let units = divisi.units.enumerated().map { index, unit in
            UnitContext.make(unit, nomor: IndonesianFormat.roman(index + 1), owner: divisi.divisi.nama, context: context)
        }
        return [
            "nomor": String(nomor),
            "id": divisi.divisi.id,
            "nama": divisi.divisi.nama,
            "namaUpper": divisi.divisi.nama.uppercased(),
            "tugas": divisi.divisi.tugas,
            "fungsi": divisi.divisi.fungsi.orEmpty,
            "kepala": context.pejabat(divisi.kepala),
            "tabelPK": context.ref(TargetTable.ikk(divisi.perjanjian.perjanjian.sasaranKegiatan, numberRow: false)),
            // Every agreement of the year (two when the head changed), each with its period.
            "semuaPK": divisi.semuaPerjanjian.enumeratedContext { pk in
                let periode = PerjanjianContext.periode(pk)
                return [
                    "tabel": context.ref(TargetTable.ikk(pk.perjanjian.sasaranKegiatan, numberRow: false)),
                    "periode": periode,
                    "hasPeriode": !periode.isEmpty,
                    "pihakPertama": Signatories.fullName(pk.pihakPertama),
                    "jabatan": Signatories.jabatan(pk.pihakPertama),
                ]
            },
            "eperformance": context.ref(EPerformanceTable.make(divisi.sasaran)),
            "units": units,
            "hasUnits": !units.isEmpty,
            "hasSubUnits": divisi.units.contains { $0.unit.judul != nil },
        ]
    }
}

/// One sub-section of BAB III A: tables a-d and the analyses of a division or sub-unit.
enum UnitContext {
    static func make(_ unit: UnitKinerjaHasil, nomor: String, owner: String, context: BuildContext) -> ContextObject {
        let data = unit.unit
        let tahun = context.tahun
        let subject = data.judul ?? owner
        let years = unit.tahunRiwayat.isEmpty ? [tahun] : unit.tahunRiwayat
        let anggaranYears = unit.anggaran.map(\.tahun)
        let perbandingan = AnalisisTables.perbandingan(unit.sasaran, tahun: tahun)
        let efisiensi = AnalisisTables.efisiensi(unit.sasaran)
        let kegiatan = AnalisisTables.kegiatan(unit.sasaran)
        let triwulan = AnalisisTables.triwulan(unit.sasaran)
        let grafikCapaian = context.ref(ChartBuilder.capaian(unit.sasaran, caption: "Capaian Indikator Kinerja Kegiatan \(subject) Tahun \(tahun)"))
        let grafikAnggaran = context.ref(ChartBuilder.anggaran(unit.anggaran, caption: "Pagu dan Realisasi Anggaran \(subject) Tahun \(YearsText.make(anggaranYears))"))
        let analisis = unit.sasaran.flatMap(\.indikator).filter { $0.analisis != nil }.map { item -> ContextObject in
            let analysis = item.analisis!
            return [
                "indikator": item.indikator.nama,
                "penyebab": analysis.penyebab.orEmpty, "hasPenyebab": analysis.penyebab != nil,
                "upaya": analysis.upaya.orEmpty, "hasUpaya": analysis.upaya != nil,
                "kendala": analysis.kendala.orEmpty, "hasKendala": analysis.kendala != nil,
                "rekomendasi": analysis.rekomendasi.orEmpty, "hasRekomendasi": analysis.rekomendasi != nil,
            ]
        }
        return [
            "nomor": nomor,
            "judul": data.judul.orEmpty,
            "hasJudul": data.judul != nil,
            "subjek": subject,
            "tahunRiwayat": YearsText.make(years),
            "tahunAnggaran": YearsText.make(anggaranYears),
            "tabelCapaian": context.ref(CapaianTable.make(unit.sasaran)),
            "grafikCapaian": grafikCapaian,
            "hasGrafikCapaian": !grafikCapaian.isEmpty,
            "narasiCapaian": data.narasiCapaian.orEmpty,
            "tabelSasaran": context.ref(NilaiSasaranTable.make(unit.sasaran)),
            "narasiSasaran": data.narasiSasaran.orEmpty,
            "hasRiwayat": !unit.riwayat.isEmpty,
            // Part b (and d) also stands without its table when the unit explains in words why
            // there is no history (or no Renstra end target): analysis 2 (3) made in prose.
            "showRiwayat": !unit.riwayat.isEmpty || !(data.narasiRiwayat ?? "").isEmpty,
            "tabelRiwayat": unit.riwayat.isEmpty ? "" : context.ref(RiwayatTable.make(unit)),
            "narasiRiwayat": data.narasiRiwayat.orEmpty,
            "hasAnggaran": !unit.anggaran.isEmpty,
            "tabelAnggaran": unit.anggaran.isEmpty ? "" : context.ref(AnggaranTable.make(unit.anggaran)),
            "grafikAnggaran": grafikAnggaran,
            "hasGrafikAnggaran": !grafikAnggaran.isEmpty,
            "narasiAnggaran": data.narasiAnggaran.orEmpty,
            "hasRenstra": !unit.renstra.isEmpty,
            "showRenstra": !unit.renstra.isEmpty || !(data.narasiRenstra ?? "").isEmpty,
            "tabelRenstra": unit.renstra.isEmpty ? "" : context.ref(RenstraTable.make(unit, tahun: tahun)),
            "narasiRenstra": data.narasiRenstra.orEmpty,
            "hasPerbandingan": perbandingan != nil,
            "tabelPerbandingan": perbandingan.map(context.ref) ?? "",
            "hasTriwulan": triwulan != nil,
            "tabelTriwulan": triwulan.map(context.ref) ?? "",
            "penyebab": data.penyebab.orEmpty,
            "analisis": analisis,
            "hasAnalisis": !analisis.isEmpty,
            "hasEfisiensi": efisiensi != nil,
            "tabelEfisiensi": efisiensi.map(context.ref) ?? "",
            "narasiEfisiensi": data.narasiEfisiensi.orEmpty,
            "narasiStandar": data.narasiStandar.orEmpty,
            "hasKegiatan": kegiatan != nil,
            "tabelKegiatan": kegiatan.map(context.ref) ?? "",
        ]
    }
}

/// "2020, 2021, 2022 dan 2023", the wording of the seed's table titles, for exactly the
/// years a table shows.
enum YearsText {
    static func make(_ years: [Int]) -> String {
        let names = years.map(String.init)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " dan " + names.last!
    }
}
