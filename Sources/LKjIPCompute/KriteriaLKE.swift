/// The criteria of the AKIP evaluation worksheet (Lembar Kerja Evaluasi, PermenPAN-RB
/// 88/2021) that `lkjip check --evaluasi` can judge from the data. Every finding of
/// `--evaluasi` names one, so an officer reads it in the evaluators' language and knows which
/// line of the worksheet it costs.
public enum KriteriaLKE: String, CaseIterable, Sendable {
    /// Perencanaan: the IKU are stable against the year before.
    case ikuStabil = "1.b.6"
    /// Perencanaan: the targets are at least the realisasi of the year before.
    case targetMenantang = "1.b.7"
    /// Pengukuran: every indicator has its definisi operasional and its formula.
    case definisiIndikator = "2.a.2"
    /// Pengukuran: performance is measured periodically (each quarter).
    case pengukuranBerkala = "2.b.4"
    /// Pelaporan: the report is reviewed by the internal auditor.
    case direviu = "3.a.4"
    /// Pelaporan: the report and the agreements are on time.
    case tepatWaktu = "3.a.6"
    /// Pelaporan: realisasi against the yearly target.
    case targetTahunan = "3.b.3"
    /// Pelaporan: realisasi against the medium-term (Renstra) target.
    case jangkaMenengah = "3.b.4"
    /// Pelaporan: realisasi against the years before.
    case tahunSebelumnya = "3.b.5"
    /// Pelaporan: realisasi against a national standard.
    case standarNasional = "3.b.6"
    /// Pelaporan: the quality of the result, with the efforts and obstacles behind it.
    case kualitasCapaian = "3.b.7"
    /// Pelaporan: efficiency of resource use.
    case efisiensi = "3.b.8"

    /// "LKE 3.a.4", the prefix of a finding.
    public var label: String { "LKE \(rawValue)" }
}
