import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// The pengukuran kinerja of one quarter (`{{pengukuran.*}}`): the quarter in words, the
/// office's progress chart, one table per division (the office's own IKU first), and the
/// date the head of office signs it.
struct PengukuranView: TypedView {
    let triwulan: Int
    let romawi: String
    let kata: String
    let grafik: String
    let units: [PengukuranUnitView]
    let tempat: String
    let tanggal: String

    init(_ context: ViewContext, triwulan q: Int) throws {
        let report = context.report
        let w = context.wording
        let measured = PengukuranTriwulan.measure(report, triwulan: q)
        let quarterWords = [w[.tw1], w[.tw2], w[.tw3], w[.tw4]]
        triwulan = q
        romawi = IndonesianFormat.roman(q)
        kata = quarterWords[q - 1]
        let names = measured.map { Self.nama($0.kinerja, context: context) }
        grafik = context.ref(ChartBuilder(wording: w).kemajuan(measured, names: names))
        units = zip(measured, names).map { unit, nama in
            PengukuranUnitView(nama: nama,
                               tabel: context.ref(PengukuranTable.make(unit, triwulan: quarterWords[q - 1], tingkat: w.tingkat(unit.kinerja.divisi), wording: w, images: context.images)),
                               nilai: IndonesianFormat.capaian(unit.nilai))
        }
        let instansi = report.data.instansi
        tempat = instansi.kota
        tanggal = try IndonesianFormat.date(iso: instansi.tanggalTriwulan?.dates[q - 1] ?? PengukuranTriwulan.lastDay(of: q, tahun: instansi.tahun))
    }

    /// A division by its name; the office's own IKU by its head's position.
    static func nama(_ kinerja: DivisiKinerja, context: ViewContext) -> String {
        kinerja.divisi.id.isEmpty ? context.signatories.jabatan(kinerja.perjanjian.pihakPertama) : kinerja.divisi.nama
    }

    static let fields = ViewFields<PengukuranView>([
        ("triwulan", { .figure($0.romawi) }),
        ("triwulan_angka", { .figure(String($0.triwulan)) }),
        ("triwulan_kata", { .figure($0.kata) }),
        ("grafik", { .ref($0.grafik) }),
        ("units", { .list($0.units) }),
        ("tempat_tanggal", { .figure("\($0.tempat), \($0.tanggal)") }),
    ])
}

/// One division in the quarterly measurement.
struct PengukuranUnitView: TypedView {
    let nama: String
    let tabel: String
    let nilai: String

    static let fields = ViewFields<PengukuranUnitView>([
        ("nama", { .figure($0.nama) }),
        ("tabel", { .ref($0.tabel) }),
        ("nilai", { .figure($0.nilai) }),
    ])
}
