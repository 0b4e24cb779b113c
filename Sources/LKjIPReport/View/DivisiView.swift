import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// A division (or the office itself, for the head of office's own PK) as BAB I, BAB II B,
/// BAB III A and BAB III D see it, with its figures: counts, PK total, and each sasaran and
/// indicator by its id (`divisi.administrasi.ss1-1.capaian`).
struct DivisiView: TypedView {
    let kinerja: DivisiKinerja
    let tingkat: TingkatPK
    let kepala: PejabatView
    let tabelPK: String
    let semuaPK: [PKPeriodeView]
    let eperformance: String
    let units: [UnitView]
    let sasaran: [SasaranView]
    let indikator: [IndikatorView]
    let anggaran: AnggaranTahunanView?

    init(_ kinerja: DivisiKinerja, context: ViewContext) {
        let w = context.wording
        let tingkat = w.tingkat(kinerja.divisi)
        self.kinerja = kinerja
        self.tingkat = tingkat
        kepala = PejabatView(kinerja.kepala, context: context)
        tabelPK = context.ref(TargetTable.measured(kinerja.perjanjian.perjanjian.sasaranKegiatan, tingkat: tingkat, numberRow: false, wording: w))
        // Every agreement of the year (two when the head changed), each with its period.
        semuaPK = kinerja.semuaPerjanjian.map { pk in
            PKPeriodeView(tabel: context.ref(TargetTable.measured(pk.perjanjian.sasaranKegiatan, tingkat: tingkat, numberRow: false, wording: w)),
                          periode: PerjanjianView.periode(pk, wording: w),
                          pihakPertama: Signatories.fullName(pk.pihakPertama), jabatan: context.signatories.jabatan(pk.pihakPertama))
        }
        eperformance = context.ref(EPerformanceTable.make(kinerja.sasaran, tingkat: tingkat, wording: w))
        units = kinerja.units.enumerated().map { index, unit in
            UnitView(unit, nomor: IndonesianFormat.roman(index + 1), owner: kinerja.divisi.nama, tingkat: tingkat, context: context)
        }
        sasaran = kinerja.sasaran.map { SasaranView($0, wording: w) }
        indikator = kinerja.sasaran.flatMap(\.indikator).map { IndikatorView($0, wording: w) }
        anggaran = kinerja.units.count == 1 ? AnggaranTahunanView(kinerja.units[0].anggaran, wording: w) : nil
    }

    static let fields = ViewFields<DivisiView>([
        ("id", { .figure($0.kinerja.divisi.id) }),
        ("nama", { .figure($0.kinerja.divisi.nama) }),
        ("tugas", { .prose($0.kinerja.divisi.tugas) }),
        ("fungsi", { .prose($0.kinerja.divisi.fungsi) }),
        ("kepala", { .object($0.kepala) }),
        ("kata_sasaran", { .text($0.tingkat.sasaran, .word) }),
        ("kata_indikator", { .text($0.tingkat.indikator, .word) }),
        ("singkatan", { .text($0.tingkat.singkatan, .word) }),
        ("jumlah_sasaran", { Count.value($0.kinerja.sasaran.count) }),
        ("jumlah_indikator", { Count.value($0.kinerja.sasaran.reduce(0) { $0 + $1.indikator.count }) }),
        ("total_anggaran", { .figure(IndonesianFormat.rupiah($0.kinerja.perjanjian.totalAnggaran)) }),
        ("anggaran", { .optional($0.anggaran) }),
        ("tabel_pk", { .ref($0.tabelPK) }),
        ("semua_pk", { .list($0.semuaPK) }),
        ("eperformance", { .ref($0.eperformance) }),
        ("units", { .list($0.units) }),
        ("sub_unit", { .flag($0.kinerja.units.contains { $0.unit.judul != nil }) }),
    ])

    /// Sasaran and indicators by their ids, and units by their names (`unit1`, `unit2`),
    /// straight under the division.
    func child(id: String) -> TemplateObject? {
        sasaran.first { $0.sasaran.sasaran.id == id } ?? indikator.first { $0.indikator.indikator.id == id } ?? units.first { $0.nama == id }
    }

    var childIds: [String] {
        kinerja.sasaran.flatMap { [$0.sasaran.id] + $0.indikator.map(\.indikator.id) } + units.map(\.nama)
    }
}

/// One agreement of a division in BAB II B, with its period when the head changed.
struct PKPeriodeView: TypedView {
    let tabel: String
    let periode: String
    let pihakPertama: String
    let jabatan: String

    static let fields = ViewFields<PKPeriodeView>([
        ("tabel", { .ref($0.tabel) }),
        ("periode", { .figure($0.periode) }),
        ("pihak_pertama", { .figure($0.pihakPertama) }),
        ("jabatan", { .figure($0.jabatan) }),
    ])
}

/// A sasaran's figures: NILAI SS and its status.
struct SasaranView: TypedView {
    let sasaran: SasaranKinerja
    let status: String

    init(_ sasaran: SasaranKinerja, wording: Wording) {
        self.sasaran = sasaran
        status = CapaianWords.status(sasaran.status, wording)
    }

    static let fields = ViewFields<SasaranView>([
        ("nama", { .figure($0.sasaran.sasaran.nama) }),
        ("kode", { .figure($0.sasaran.kode) }),
        ("jumlah_indikator", { Count.value($0.sasaran.indikator.count) }),
        ("nilai", { .figure(IndonesianFormat.capaian($0.sasaran.nilai)) }),
        ("status", { .figure($0.status) }),
    ])
}

/// An indicator's figures: target, realisasi, capaian, and the signed target when a
/// revision changed it.
struct IndikatorView: TypedView {
    let indikator: IndikatorKinerja
    let capaian: String

    init(_ indikator: IndikatorKinerja, wording: Wording) {
        self.indikator = indikator
        capaian = CapaianWords.capaian(indikator, wording)
    }

    static let fields = ViewFields<IndikatorView>([
        ("nama", { .figure($0.indikator.indikator.nama) }),
        ("target", { .figure($0.indikator.targetTeks) }),
        ("realisasi", { .figure($0.indikator.realisasiText) }),
        ("capaian", { .figure($0.capaian) }),
        ("target_awal", { view in
            view.indikator.targetAwal.map { .figure($0) } ?? .absent
        }),
    ])
}
