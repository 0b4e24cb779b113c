import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// A signatory: name, position, NIP (empty for a political official) and the ref of the
/// signature block built once in Swift.
struct PejabatView: TypedView {
    let id: String
    let nama: String
    let nip: String
    let pangkat: String
    let jabatan: String
    let jabatanSingkat: String
    let ttd: String

    init(_ pejabat: Pejabat, context: ViewContext) {
        let signatories = context.signatories
        id = pejabat.id
        nama = Signatories.fullName(pejabat)
        nip = signatories.nip(pejabat) ?? ""
        pangkat = Signatories.rank(pejabat) ?? ""
        jabatan = signatories.jabatan(pejabat, full: true)
        jabatanSingkat = signatories.jabatan(pejabat)
        ttd = context.ref(signatories.make(pejabat, images: context.data.images))
    }

    static let fields = ViewFields<PejabatView>([
        ("id", { .figure($0.id) }),
        ("nama", { .figure($0.nama) }),
        ("nip", { .figure($0.nip) }),
        ("pangkat", { .figure($0.pangkat) }),
        ("jabatan", { .figure($0.jabatan) }),
        ("jabatan_singkat", { .figure($0.jabatanSingkat) }),
        ("ttd", { .ref($0.ttd) }),
    ])
}
