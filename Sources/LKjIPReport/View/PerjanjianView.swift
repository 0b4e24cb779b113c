import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// One Perjanjian Kinerja: the agreement page, its lampiran tables and the statement page.
/// Used by the LKjIP's LAMPIRAN and by `lkjip annex` alike, so both print the same document.
/// The title, its REVISI line and every sentence are the template's; the view gives the
/// parts (year, revision, period, signatories, tables).
struct PerjanjianView: TypedView {
    let pk: PerjanjianEfektif
    let tanggal: String
    let periode: String
    let tempat: String
    let revisi: RevisiView?
    let pihakPertama: PejabatView
    let pihakKedua: PejabatView
    let tabelIku: String
    let tabelIkp: String
    let tabelSasaran: String
    let tabelKegiatan: String
    let kepalaKantor: Bool

    /// "Periode 1 Januari 2023 s.d. 30 Juni 2023" for an agreement of part of the year, "" for
    /// the whole year.
    static func periode(_ pk: PerjanjianEfektif, wording: Wording) -> String {
        guard let span = pk.periode, let start = try? IndonesianFormat.date(iso: span.mulai), let end = try? IndonesianFormat.date(iso: span.selesai) else { return "" }
        return wording.format(.pkPeriode, ["mulai": start, "selesai": end])
    }

    init(_ pk: PerjanjianEfektif, context: ViewContext) throws {
        let w = context.wording
        let agreement = pk.perjanjian
        self.pk = pk
        tempat = agreement.tempat ?? context.data.instansi.kota
        tanggal = try IndonesianFormat.date(iso: pk.tanggal)
        periode = Self.periode(pk, wording: w)
        revisi = pk.revisi.map { RevisiView(nomor: IndonesianFormat.roman($0.nomor), tanggal: (try? IndonesianFormat.date(iso: $0.tanggal)) ?? $0.tanggal, alasan: $0.alasan) }
        pihakPertama = PejabatView(pk.pihakPertama, context: context)
        pihakKedua = PejabatView(pk.pihakKedua, context: context)
        let tingkat = w.tingkat(pk.divisi)
        tabelIku = agreement.sasaranStrategis.isEmpty ? "" : context.ref(TargetTable.iku(agreement.sasaranStrategis, header: w[.ikuSasaran], indikatorHeader: w[.ikuIndikator], wording: w))
        tabelIkp = agreement.sasaranProgram.isEmpty ? "" : context.ref(TargetTable.iku(agreement.sasaranProgram, header: w[.ikpSasaran], indikatorHeader: w[.ikpIndikator], wording: w))
        tabelSasaran = agreement.sasaranKegiatan.isEmpty ? "" : context.ref(TargetTable.measured(agreement.sasaranKegiatan, tingkat: tingkat, numberRow: true, wording: w))
        tabelKegiatan = pk.kegiatan.isEmpty ? "" : context.ref(KegiatanTable.make(pk, wording: w))
        kepalaKantor = agreement.isKantor
    }

    static let fields = ViewFields<PerjanjianView>([
        ("id", { .figure($0.pk.perjanjian.divisi) }),
        ("revisi", { .optional($0.revisi) }),
        ("periode", { .figure($0.periode) }),
        ("pihak_pertama", { .object($0.pihakPertama) }),
        ("pihak_kedua", { .object($0.pihakKedua) }),
        ("kepala_kantor", { .flag($0.kepalaKantor) }),
        ("tempat_tanggal", { .figure("\($0.tempat), \($0.tanggal)") }),
        ("tabel_iku", { .ref($0.tabelIku) }),
        ("tabel_ikp", { .ref($0.tabelIkp) }),
        ("tabel_sasaran", { .ref($0.tabelSasaran) }),
        ("tabel_kegiatan", { .ref($0.tabelKegiatan) }),
    ])
}

/// The latest revision of an agreement, for its REVISI line.
struct RevisiView: TypedView {
    let nomor: String
    let tanggal: String
    let alasan: String

    static let fields = ViewFields<RevisiView>([
        ("nomor", { .figure($0.nomor) }),
        ("tanggal", { .figure($0.tanggal) }),
        ("alasan", { .prose($0.alasan) }),
    ])
}
