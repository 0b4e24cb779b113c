import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// The whole report as the templates and the narratives see it: finished Indonesian text for
/// every figure ("99,56%", "Rp 22.186.820.000", "28 (dua puluh delapan)") and refs to typed
/// blocks for every computed structure, each under one name. `lkjip figures` lists the names
/// a narrative may cite (`ReportFigures`).
struct ReportView: TypedView {
    let report: ComputedReport
    let instansi: InstansiView
    let kepala: PejabatView?
    let kata: KataView
    let narasi: NarasiView
    let sistem: SistemView
    let upt: [UptView]
    let pegawai: PegawaiView
    let struktur: String
    let renstra: RenstraView
    let kantor: DivisiView?
    let divisi: [DivisiView]
    let anggaran: AnggaranKantorView
    let perjanjian: [PerjanjianView]
    let legenda: String
    let perubahanTarget: String
    let lampiran: LampiranView
    let reviu: ReviuView?

    /// `narasiNames`: the narasi names the templates place (`TemplateRenderer.names`).
    init(_ report: ComputedReport, wording: Wording, registry: BlockRegistry, narasiNames: Set<String>, buildsBlocks: Bool = true) throws {
        let context = ViewContext(report: report, wording: wording, registry: registry, buildsBlocks: buildsBlocks)
        let data = report.data
        self.report = report
        instansi = try InstansiView(context)
        kepala = data.pejabat(data.instansi.kepala).map { PejabatView($0, context: context) }
        kata = KataView(wording: wording)
        narasi = NarasiView(texts: data.narasi, names: narasiNames)
        sistem = SistemView(data: data)
        upt = report.satkerPerJenis.map(UptView.init)
        pegawai = PegawaiView(report.pegawai, tabel: report.pegawai.baris.isEmpty ? "" : context.ref(PegawaiTable.make(report.pegawai, wording: wording)))
        struktur = context.ref(.orgChart(OrgChartBuilder.make(report, wording: wording)))
        renstra = RenstraView(renstra: data.renstra)
        kantor = report.kantor.map { DivisiView($0, context: context) }
        divisi = report.divisi.map { DivisiView($0, context: context) }
        anggaran = AnggaranKantorView(context)
        perjanjian = try report.perjanjian.map { try PerjanjianView($0, context: context) }
        legenda = context.ref(LegendTable.make(wording: wording))
        let changes = report.perjanjian.flatMap { pk in pk.perubahan.map { (divisi: pk.divisi.nama, change: $0) } }
        perubahanTarget = changes.isEmpty ? "" : context.ref(PerubahanTargetTable.make(changes, wording: wording))
        lampiran = LampiranView(context)
        reviu = try ReviuView(context)
    }

    static let fields = ViewFields<ReportView>([
        ("tahun", { .figure(String($0.report.data.instansi.tahun)) }),
        ("instansi", { .object($0.instansi) }),
        ("kepala", { .optional($0.kepala) }),
        ("jumlah_divisi", { Count.value($0.report.data.organisasi.divisi.count) }),
        ("jumlah_upt", { Count.value($0.report.jumlahUpt) }),
        ("jumlah_satker", { Count.value($0.report.data.organisasi.satker.count) }),
        ("upt", { .list($0.upt, ids: $0.upt.map(\.jenis.jenis)) }),
        ("pegawai", { .object($0.pegawai) }),
        ("anggaran", { .object($0.anggaran) }),
        ("kantor", { .optional($0.kantor) }),
        ("divisi", { .list($0.divisi, ids: $0.divisi.map(\.kinerja.divisi.id)) }),
        ("perjanjian", { .list($0.perjanjian) }),
        ("struktur", { .ref($0.struktur) }),
        ("renstra", { .object($0.renstra) }),
        ("legenda", { .ref($0.legenda) }),
        ("perubahan_target", { .ref($0.perubahanTarget) }),
        ("lampiran", { .object($0.lampiran) }),
        ("reviu", { .optional($0.reviu) }),
        ("sistem", { .object($0.sistem) }),
        ("narasi", { .object($0.narasi) }),
        ("kata", { .object($0.kata) }),
    ])
}

/// Every word of the wording, by name (`{{kata.kolom_target}}`).
struct KataView: TemplateObject {
    let wording: Wording

    func field(_ name: String) -> TemplateValue? {
        KataKunci(rawValue: name).map { .text(wording[$0], .word) }
    }

    var fieldNames: [String] { KataKunci.allCases.map(\.rawValue) }
}

/// The narasi files a template places: `{{narasi.kata_pengantar}}` is
/// `narasi/kata-pengantar.md`; a name without a file is empty.
struct NarasiView: TemplateObject {
    let texts: [String: String]
    let names: Set<String>

    func field(_ name: String) -> TemplateValue? {
        guard names.contains(name) || texts[NarasiNames.fileName(name)] != nil else { return nil }
        return .prose(texts[NarasiNames.fileName(name)] ?? "")
    }

    var fieldNames: [String] { names.sorted() }
}

/// Parts tied to one system appear only when the office gives their data: e-Performance,
/// e-Monev and the ministry's Target Kinerja by their narasi, SMART DJA and IKPA by their
/// scores (`{{#sistem.eperformance}}`).
struct SistemView: TypedView {
    let data: ReportData

    func has(_ narasi: String) -> Bool { !(data.narasi[narasi] ?? "").trimmingWhitespace().isEmpty }

    static let fields = ViewFields<SistemView>([
        ("eperformance", { .flag($0.has("eperformance")) }),
        ("emonev", { .flag($0.has("emonev")) }),
        ("target_kinerja", { .flag($0.has("target-kinerja")) }),
        ("smart_dja", { .flag(!$0.data.anggaran.smartDja.isEmpty || !($0.data.anggaran.narasiSmart ?? "").isEmpty) }),
        ("ikpa", { .flag(!$0.data.anggaran.ikpa.isEmpty || !($0.data.anggaran.narasiIkpa ?? "").isEmpty) }),
    ])
}

/// One kind of technical unit with its count (`upt.lapas.jumlah.terbilang`).
struct UptView: TypedView {
    let jenis: JumlahJenisSatker

    static let fields = ViewFields<UptView>([
        ("nama", { .figure($0.jenis.label) }),
        ("jumlah", { Count.value($0.jenis.jumlah) }),
    ])
}

/// The staffing totals of BAB I and their table.
struct PegawaiView: TypedView {
    let rekap: RekapPegawai
    let tabel: String

    init(_ rekap: RekapPegawai, tabel: String) {
        self.rekap = rekap
        self.tabel = tabel
    }

    static let fields = ViewFields<PegawaiView>([
        ("laki_laki", { .figure(IndonesianFormat.integer(Int64($0.rekap.lakiLaki))) }),
        ("perempuan", { .figure(IndonesianFormat.integer(Int64($0.rekap.perempuan))) }),
        ("total", { .figure(IndonesianFormat.integer(Int64($0.rekap.total))) }),
        ("tabel", { .ref($0.tabel) }),
    ])
}

/// BAB II A: the texts of the Renstra.
struct RenstraView: TypedView {
    let renstra: Renstra

    static let fields = ViewFields<RenstraView>([
        ("pengantar", { .prose($0.renstra.pengantar) }),
        ("visi_nasional", { .prose($0.renstra.visiNasional) }),
        ("pengantar_misi_nasional", { .prose($0.renstra.pengantarMisiNasional) }),
        ("misi_nasional", { .list($0.renstra.misiNasional.map(TeksView.init)) }),
        ("pengantar_visi", { .prose($0.renstra.pengantarVisi) }),
        ("visi", { .prose($0.renstra.visi) }),
        ("pengantar_misi", { .prose($0.renstra.pengantarMisi) }),
        ("misi", { .list($0.renstra.misi.map(TeksView.init)) }),
        ("tata_nilai", { .prose($0.renstra.tataNilai) }),
        ("pengantar_tujuan", { .prose($0.renstra.pengantarTujuan) }),
        ("tujuan", { .list($0.renstra.tujuan.map(TeksView.init)) }),
        ("sasaran_strategis", { .prose($0.renstra.sasaranStrategis) }),
    ])
}

/// BAB III B and C: the office budget by year (`anggaran.2023.persen`) and by programme, and
/// the SMART DJA and IKPA scores.
struct AnggaranKantorView: TypedView {
    let anggaran: AnggaranKantor
    let years: AnggaranTahunanView
    let tahun: String
    let tabel: String
    let grafik: String
    let tabelProgram: String
    let tabelSmart: String
    let tabelIkpa: String
    let ikpa: [IkpaView]
    /// The kind's budget levels in words: "Program, Kegiatan dan Sub Kegiatan".
    let tingkat: String

    init(_ context: ViewContext) {
        let report = context.report
        let w = context.wording
        anggaran = report.data.anggaran
        years = AnggaranTahunanView(report.anggaranKantor, wording: w)
        tahun = YearsText.make(report.anggaranKantor.map(\.tahun))
        tabel = report.anggaranKantor.isEmpty ? "" : context.ref(AnggaranTable.make(report.anggaranKantor, wording: w, yearWord: false))
        grafik = context.ref(ChartBuilder(wording: w).anggaran(report.anggaranKantor))
        tabelProgram = context.ref(ProgramTable.make(report.program, wording: w))
        tingkat = YearsText.join(w.jenis.anggaran)
        tabelSmart = anggaran.smartDja.isEmpty ? "" : context.ref(SmartDjaTable.make(anggaran.smartDja, wording: w))
        tabelIkpa = anggaran.ikpa.isEmpty ? "" : context.ref(IkpaTable.make(anggaran.ikpa, wording: w))
        ikpa = anggaran.ikpa.map { aspek in
            // The table of explanations only when an indicator of the aspect has one.
            let explained = aspek.indikator.contains { !($0.uraian ?? "").isEmpty }
            return IkpaView(aspek: aspek, tabelUraian: explained ? context.ref(IkpaTable.uraian(aspek, images: context.images)) : "")
        }
    }

    static let fields = ViewFields<AnggaranKantorView>([
        ("tahun_tabel", { .figure($0.tahun) }),
        ("tabel", { .ref($0.tabel) }),
        ("grafik", { .ref($0.grafik) }),
        ("tabel_program", { .ref($0.tabelProgram) }),
        ("tingkat_anggaran", { .text($0.tingkat, .word) }),
        ("narasi_realisasi", { .prose($0.anggaran.narasiRealisasi) }),
        ("tabel_smart", { .ref($0.tabelSmart) }),
        ("narasi_smart", { .prose($0.anggaran.narasiSmart) }),
        ("tabel_ikpa", { .ref($0.tabelIkpa) }),
        ("ikpa", { .list($0.ikpa) }),
        ("narasi_ikpa", { .prose($0.anggaran.narasiIkpa) }),
    ])

    func child(id: String) -> TemplateObject? { years.child(id: id) }
    var childIds: [String] { years.childIds }
}

/// One IKPA aspect with the table of its indicators' explanations.
struct IkpaView: TypedView {
    let aspek: AspekIkpa
    let tabelUraian: String

    static let fields = ViewFields<IkpaView>([
        ("aspek", { .figure($0.aspek.aspek) }),
        ("uraian", { .prose($0.aspek.uraian) }),
        ("tabel_uraian", { .ref($0.tabelUraian) }),
    ])
}

/// The pictures of the LAMPIRAN: documentation photos and application screenshots.
struct LampiranView: TypedView {
    let dokumentasi: String
    let aplikasi: String

    init(_ context: ViewContext) {
        func gallery(_ photos: [Foto]?) -> String {
            let items = (photos ?? []).compactMap { foto -> Figure? in
                guard var image = context.images[foto.berkas] else { return nil }
                image.description = foto.keterangan
                return Figure(image: image, caption: Caption(.figure, foto.keterangan))
            }
            return items.isEmpty ? "" : context.ref(.gallery(Gallery(items: items, columns: 2)))
        }
        dokumentasi = gallery(context.data.lampiran.dokumentasi)
        aplikasi = gallery(context.data.lampiran.aplikasi)
    }

    static let fields = ViewFields<LampiranView>([
        ("dokumentasi", { .ref($0.dokumentasi) }),
        ("aplikasi", { .ref($0.aplikasi) }),
    ])
}

/// The narasi files templates can place. The set is read from the templates themselves
/// (every `narasi.*` name they use), so a copied template folder can add its own.
public enum NarasiNames {
    /// `kata-pengantar` <-> `kata_pengantar`.
    public static func contextKey(_ file: String) -> String { file.replacingOccurrences(of: "-", with: "_") }
    public static func fileName(_ contextKey: String) -> String { contextKey.replacingOccurrences(of: "_", with: "-") }
}
