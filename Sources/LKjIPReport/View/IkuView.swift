import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// The IKU document (`{{iku.*}}`): its two tables and the date the head of office signs it.
struct IkuView: TypedView {
    let tabel: String
    let tabelRingkas: String
    let tempat: String
    let tanggal: String
    let tahunTarget: String

    init(_ context: ViewContext) throws {
        let report = context.report
        let instansi = report.data.instansi
        tabel = context.ref(IkuTable.standar(report, wording: context.wording, images: context.images))
        tabelRingkas = context.ref(IkuTable.ringkas(report, wording: context.wording))
        tempat = instansi.kota
        tanggal = try IndonesianFormat.date(iso: Self.tanggal(report))
        let years = IndikatorUtama.years(report)
        tahunTarget = years.count > 1 ? "\(years.first!)–\(years.last!)" : String(instansi.tahun)
    }

    /// The signing date: `instansi.tanggal_iku`, else the year's first agreement, signed with
    /// the targets the IKU sets; the report date when there is no agreement.
    static func tanggal(_ report: ComputedReport) -> String {
        if let date = report.data.instansi.tanggalIku { return date }
        return report.data.perjanjian.map(\.tanggal).filter { (try? ISODate($0)) != nil }.min() ?? report.data.instansi.tanggalLaporan
    }

    static let fields = ViewFields<IkuView>([
        ("tabel", { .ref($0.tabel) }),
        ("tabel_ringkas", { .ref($0.tabelRingkas) }),
        ("tempat_tanggal", { .figure("\($0.tempat), \($0.tanggal)") }),
        ("tahun_target", { .figure($0.tahunTarget) }),
    ])
}
