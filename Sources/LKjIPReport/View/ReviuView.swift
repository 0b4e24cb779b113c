import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// The "Pernyataan Telah Direviu" page (PermenPAN-RB 53/2014, Lampiran III): who reviewed
/// the report, where and when. Absent when the data names no reviewer, so the page is not
/// printed (and `check --evaluasi` reports LKE 3.a.4).
struct ReviuView: TypedView {
    let pejabat: PejabatView
    let tempat: String
    let tanggal: String

    init?(_ context: ViewContext) throws {
        let instansi = context.data.instansi
        guard let reviu = instansi.reviu, let date = reviu.tanggal, let reviewer = context.data.pejabat(reviu.pejabat) else { return nil }
        pejabat = PejabatView(reviewer, context: context)
        tempat = reviu.tempat ?? instansi.kota
        tanggal = try IndonesianFormat.date(iso: date)
    }

    static let fields = ViewFields<ReviuView>([
        ("pejabat", { .object($0.pejabat) }),
        ("tanggal", { .figure($0.tanggal) }),
        ("tempat_tanggal", { .figure("\($0.tempat), \($0.tanggal)") }),
    ])
}
