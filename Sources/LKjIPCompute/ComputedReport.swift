import LKjIPModel

/// The data plus every figure derived from it. Templates and writers read figures only from
/// here, so a number is computed in exactly one place.
public struct ComputedReport: Equatable, Sendable {
    /// The data, with every `{{figure}}` citation in its Markdown replaced by the figure.
    public let data: ReportData
    /// The office's own IKU: the head of office's agreement with the superior, measured like
    /// a division's; nil when the data has no such agreement.
    public let kantor: DivisiKinerja?
    /// Divisions that have a Perjanjian Kinerja, in the order of `organisasi.divisi`.
    public let divisi: [DivisiKinerja]
    public let pegawai: RekapPegawai
    /// UPT counts per kind, in the order of `organisasi.jenis_satker`.
    public let satkerPerJenis: [JumlahJenisSatker]
    /// Every satker that is not the office itself.
    public let jumlahUpt: Int
    /// Office-wide pagu and realisasi per year, oldest first (the report year computed from
    /// `program` when not typed).
    public let anggaranKantor: [RealisasiAnggaran]
    /// The office budget of the report year by programme, kegiatan and sub kegiatan.
    public let program: AnggaranProgram
    /// Every agreement with its latest revision applied: the head of office's first, then the
    /// divisions' in organisasi order.
    public let perjanjian: [PerjanjianEfektif]
    /// Every figure a narrative may cite, by name (empty until the report's view named them).
    public let figures: FigureCatalog

    public init(data: ReportData, kantor: DivisiKinerja?, divisi: [DivisiKinerja], pegawai: RekapPegawai, satkerPerJenis: [JumlahJenisSatker], jumlahUpt: Int, anggaranKantor: [RealisasiAnggaran], program: AnggaranProgram, perjanjian: [PerjanjianEfektif], figures: FigureCatalog) {
        self.data = data
        self.kantor = kantor
        self.divisi = divisi
        self.pegawai = pegawai
        self.satkerPerJenis = satkerPerJenis
        self.jumlahUpt = jumlahUpt
        self.anggaranKantor = anggaranKantor
        self.program = program
        self.perjanjian = perjanjian
        self.figures = figures
    }

    /// The same report with the names its figures are cited by.
    public func with(figures: FigureCatalog) -> ComputedReport {
        ComputedReport(data: data, kantor: kantor, divisi: divisi, pegawai: pegawai, satkerPerJenis: satkerPerJenis, jumlahUpt: jumlahUpt,
                       anggaranKantor: anggaranKantor, program: program, perjanjian: perjanjian, figures: figures)
    }

    /// The office's IKU first, then the divisions: everything BAB III measures.
    public var measured: [DivisiKinerja] { (kantor.map { [$0] } ?? []) + divisi }
}
