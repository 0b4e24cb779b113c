import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// The office: its names, its place, the cover's lines in the order its kind prints them, and
/// the logo.
struct InstansiView: TypedView {
    let instansi: Instansi
    let tanggalLaporan: String
    let logo: String
    let sampul: [SampulView]
    let jenisInstansi: String
    let jenis: String

    init(_ context: ViewContext) throws {
        let instansi = context.data.instansi
        self.instansi = instansi
        tanggalLaporan = try IndonesianFormat.date(iso: instansi.tanggalLaporan)
        var logo = ""
        if let path = instansi.logo, let image = context.images[path] {
            var sized = image
            let scale = 150 / max(sized.widthPoints, 1)
            sized.widthPoints = 150
            sized.heightPoints *= scale
            sized.description = context.wording.format(.logo, ["instansi": Self.naungan(instansi)])
            logo = context.ref(.figure(Figure(image: sized)))
        }
        self.logo = logo
        sampul = context.wording.jenis.sampul.map { paragraph in
            SampulView(baris: paragraph.flatMap { InstansiLines.values($0, of: instansi, jenis: context.wording[.jenisBawaan]) }.map(TeksView.init))
        }
        jenisInstansi = context.wording.jenisId
        jenis = instansi.jenis ?? context.wording[.jenisBawaan]
    }

    /// The organisation the office belongs to, whose emblem it bears: the ministry, or the
    /// regional government; the office itself for a ministry.
    static func naungan(_ instansi: Instansi) -> String { instansi.kementerian ?? instansi.induk?.first ?? instansi.nama }

    /// The ministry's short name for headings ("VISI KEMENKUMHAM"); for an office without a
    /// ministry, the organisation above it.
    var indukSingkat: String { instansi.kementerianSingkat ?? instansi.kementerian ?? instansi.induk?.first ?? instansi.namaSingkat }

    static let fields = ViewFields<InstansiView>([
        ("nama", { .figure($0.instansi.nama) }),
        ("nama_singkat", { .figure($0.instansi.namaSingkat) }),
        ("jenis", { .figure($0.jenis) }),
        ("jenis_instansi", { .figure($0.jenisInstansi) }),
        ("kementerian", { .figure($0.instansi.kementerian ?? "") }),
        ("kementerian_singkat", { .figure($0.instansi.kementerianSingkat ?? $0.instansi.kementerian ?? "") }),
        ("induk", { .figure(($0.instansi.induk ?? []).first ?? "") }),
        ("induk_singkat", { .figure($0.indukSingkat) }),
        ("naungan", { .figure(Self.naungan($0.instansi)) }),
        ("provinsi", { .figure($0.instansi.provinsi ?? "") }),
        ("alamat", { .figure($0.instansi.alamat) }),
        ("kota", { .figure($0.instansi.kota) }),
        ("tanggal_laporan", { .figure($0.tanggalLaporan) }),
        ("tempat_tanggal", { .figure("\($0.instansi.kota), \($0.tanggalLaporan)") }),
        ("sampul", { .list($0.sampul) }),
        ("logo", { .ref($0.logo) }),
    ])
}

/// One paragraph of the cover: its lines, top first.
struct SampulView: TypedView {
    let baris: [TeksView]
    static let fields = ViewFields<SampulView>([("baris", { .list($0.baris) })])
}
