import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// The Rencana Aksi of one agreement, laid over the agreement's own view (signatories,
/// place and date, revision), so it is signed exactly as the PK is.
struct RencanaAksiView: TypedView {
    let tabel: String

    init(_ pk: PerjanjianEfektif, context: ViewContext) {
        tabel = context.ref(RencanaAksiTable.make(pk, tingkat: context.wording.tingkat(pk.divisi), wording: context.wording))
    }

    static let fields = ViewFields<RencanaAksiView>([
        ("tabel_rencana_aksi", { .ref($0.tabel) }),
    ])
}
