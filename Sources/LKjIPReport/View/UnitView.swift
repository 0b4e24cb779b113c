import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// One sub-section of BAB III A: tables a-d and the analyses of a division or sub-unit. A
/// table the unit has no data for is an empty ref, so its `{{#tabel_…}}` section is skipped.
struct UnitView: TypedView {
    let hasil: UnitKinerjaHasil
    let nomor: String
    let subjek: String
    let tahunRiwayat: String
    let tahunAnggaran: String
    let tabelCapaian: String
    let grafikCapaian: String
    let tabelSasaran: String
    let tabelRiwayat: String
    let tabelAnggaran: String
    let grafikAnggaran: String
    let tabelRenstra: String
    let tabelPerbandingan: String
    let tabelTriwulan: String
    let tabelEfisiensi: String
    let tabelKegiatan: String
    let analisis: [AnalisisView]
    let anggaran: AnggaranTahunanView

    var nama: String { hasil.nama }
    var data: UnitKinerja { hasil.unit }

    init(_ unit: UnitKinerjaHasil, nomor: String, owner: String, tingkat: TingkatPK, context: ViewContext) {
        let w = context.wording
        let tahun = context.tahun
        hasil = unit
        self.nomor = nomor
        subjek = unit.unit.judul ?? owner
        tahunRiwayat = YearsText.make(unit.tahunRiwayat.isEmpty ? [tahun] : unit.tahunRiwayat)
        tahunAnggaran = YearsText.make(unit.anggaran.map(\.tahun))
        let analyses = AnalisisTables(tingkat: tingkat, wording: w)
        let charts = ChartBuilder(wording: w)
        tabelCapaian = context.ref(CapaianTable.make(unit.sasaran, tingkat: tingkat, wording: w))
        grafikCapaian = context.ref(charts.capaian(unit.sasaran))
        tabelSasaran = context.ref(NilaiSasaranTable.make(unit.sasaran, tingkat: tingkat, wording: w))
        tabelRiwayat = unit.riwayat.isEmpty ? "" : context.ref(RiwayatTable.make(unit, tingkat: tingkat, wording: w))
        tabelAnggaran = unit.anggaran.isEmpty ? "" : context.ref(AnggaranTable.make(unit.anggaran, wording: w))
        grafikAnggaran = context.ref(charts.anggaran(unit.anggaran))
        tabelRenstra = unit.renstra.isEmpty ? "" : context.ref(RenstraTable.make(unit, tahun: tahun, tingkat: tingkat, wording: w))
        tabelPerbandingan = context.ref(analyses.perbandingan(unit.sasaran, tahun: tahun))
        tabelTriwulan = context.ref(analyses.triwulan(unit.sasaran))
        tabelEfisiensi = context.ref(analyses.efisiensi(unit.sasaran))
        tabelKegiatan = context.ref(analyses.kegiatan(unit.sasaran))
        analisis = unit.sasaran.flatMap(\.indikator).compactMap { item in item.analisis.map { AnalisisView(indikator: item.indikator.nama, analisis: $0) } }
        anggaran = AnggaranTahunanView(unit.anggaran, wording: w)
    }

    static let fields = ViewFields<UnitView>([
        ("nomor", { .figure($0.nomor) }),
        ("judul", { .figure($0.data.judul ?? "") }),
        ("subjek", { .figure($0.subjek) }),
        ("jumlah_sasaran", { Count.value($0.hasil.sasaran.count) }),
        ("jumlah_indikator", { Count.value($0.hasil.sasaran.reduce(0) { $0 + $1.indikator.count }) }),
        ("anggaran", { .object($0.anggaran) }),
        ("tahun_riwayat", { .figure($0.tahunRiwayat) }),
        ("tahun_anggaran", { .figure($0.tahunAnggaran) }),
        ("tabel_capaian", { .ref($0.tabelCapaian) }),
        ("grafik_capaian", { .ref($0.grafikCapaian) }),
        ("narasi_capaian", { .prose($0.data.narasiCapaian) }),
        ("tabel_sasaran", { .ref($0.tabelSasaran) }),
        ("narasi_sasaran", { .prose($0.data.narasiSasaran) }),
        // Part b (and d) also stands without its table when the unit explains in words why
        // there is no history (or no Renstra end target): analysis 2 (3) made in prose.
        ("show_riwayat", { .flag(!$0.hasil.riwayat.isEmpty || !($0.data.narasiRiwayat ?? "").isEmpty) }),
        ("tabel_riwayat", { .ref($0.tabelRiwayat) }),
        ("narasi_riwayat", { .prose($0.data.narasiRiwayat) }),
        ("tabel_anggaran", { .ref($0.tabelAnggaran) }),
        ("grafik_anggaran", { .ref($0.grafikAnggaran) }),
        ("narasi_anggaran", { .prose($0.data.narasiAnggaran) }),
        ("show_renstra", { .flag(!$0.hasil.renstra.isEmpty || !($0.data.narasiRenstra ?? "").isEmpty) }),
        ("tabel_renstra", { .ref($0.tabelRenstra) }),
        ("narasi_renstra", { .prose($0.data.narasiRenstra) }),
        ("tabel_perbandingan", { .ref($0.tabelPerbandingan) }),
        ("tabel_triwulan", { .ref($0.tabelTriwulan) }),
        ("penyebab", { .prose($0.data.penyebab) }),
        ("analisis", { .list($0.analisis) }),
        ("tabel_efisiensi", { .ref($0.tabelEfisiensi) }),
        ("narasi_efisiensi", { .prose($0.data.narasiEfisiensi) }),
        ("narasi_standar", { .prose($0.data.narasiStandar) }),
        ("tabel_kegiatan", { .ref($0.tabelKegiatan) }),
    ])
}

/// Analysis 5 of one indicator: causes, efforts, obstacles, recommendations.
struct AnalisisView: TypedView {
    let indikator: String
    let analisis: Analisis

    static let fields = ViewFields<AnalisisView>([
        ("indikator", { .figure($0.indikator) }),
        ("penyebab", { .prose($0.analisis.penyebab) }),
        ("upaya", { .prose($0.analisis.upaya) }),
        ("kendala", { .prose($0.analisis.kendala) }),
        ("rekomendasi", { .prose($0.analisis.rekomendasi) }),
    ])
}

/// A budget table's years, each by its year (`anggaran.2023.persen`).
struct AnggaranTahunanView: TypedView {
    let rows: [RealisasiAnggaranView]

    init(_ rows: [RealisasiAnggaran], wording: Wording) {
        self.rows = rows.map { RealisasiAnggaranView(row: $0, wording: wording) }
    }

    static let fields = ViewFields<AnggaranTahunanView>([])

    func child(id: String) -> TemplateObject? { rows.first { String($0.row.tahun) == id } }
    var childIds: [String] { rows.map { String($0.row.tahun) } }
}

/// One year of a budget table: pagu, realisasi, their percentage, and the change against the
/// year before (cited without a sign; prose says naik/turun with `arah_…`).
struct RealisasiAnggaranView: TypedView {
    let row: RealisasiAnggaran
    let wording: Wording

    var perubahanPagu: TemplateValue {
        guard let change = row.perubahanPagu else { return .absent }
        return .figure(IndonesianFormat.percent(change, decimals: 2))
    }

    var selisihPagu: TemplateValue {
        guard let change = row.selisihPagu else { return .absent }
        return .figure(IndonesianFormat.rupiah(Int64(change.magnitude)))
    }

    var arahPagu: TemplateValue {
        guard let change = row.selisihPagu else { return .absent }
        return .text(CapaianWords.arah(Decimal(change), wording), .word)
    }

    var selisihPersen: TemplateValue {
        guard let change = row.selisihPersen else { return .absent }
        return .figure(IndonesianFormat.percent(abs(change), decimals: 2))
    }

    var arahPersen: TemplateValue {
        guard let change = row.selisihPersen else { return .absent }
        return .text(CapaianWords.arah(change, wording), .word)
    }

    static let fields = ViewFields<RealisasiAnggaranView>([
        ("pagu", { .figure(IndonesianFormat.rupiah($0.row.pagu)) }),
        ("realisasi", { .figure(IndonesianFormat.rupiah($0.row.realisasi)) }),
        ("persen", { .figure(IndonesianFormat.persenAnggaran($0.row.persen)) }),
        ("perubahan_pagu", { $0.perubahanPagu }),
        ("selisih_pagu", { $0.selisihPagu }),
        ("arah_pagu", { $0.arahPagu }),
        ("selisih_persen", { $0.selisihPersen }),
        ("arah_persen", { $0.arahPersen }),
    ])
}
