import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// One Perjanjian Kinerja: the agreement page, its lampiran tables and the statement page.
/// Used by the LKjIP's LAMPIRAN and by `lkjip annex` alike, so both print the same document.
enum PerjanjianContext {
    /// "Periode 1 Januari 2023 s.d. 30 Juni 2023" for an agreement of part of the year, "" for
    /// the whole year.
    static func periode(_ pk: PerjanjianEfektif) -> String {
        guard let span = pk.periode, let start = try? IndonesianFormat.date(iso: span.mulai), let end = try? IndonesianFormat.date(iso: span.selesai) else { return "" }
        return "Periode \(start) s.d. \(end)"
    }

    static func make(_ pk: PerjanjianEfektif, context: BuildContext) throws -> ContextObject {
        let instansi = context.data.instansi
        let agreement = pk.perjanjian
        let tempat = agreement.tempat ?? instansi.kota
        let tanggal = try IndonesianFormat.date(iso: pk.tanggal)
        var title = "PERJANJIAN KINERJA TAHUN \(instansi.tahun)"
        if let revisi = pk.revisi { title += " — REVISI \(IndonesianFormat.roman(revisi.nomor))" }
        let periode = Self.periode(pk)
        var revisi: ContextObject = ["nomor": "", "tanggal": "", "alasan": ""]
        if let latest = pk.revisi {
            revisi = ["nomor": IndonesianFormat.roman(latest.nomor), "tanggal": (try? IndonesianFormat.date(iso: latest.tanggal)) ?? latest.tanggal, "alasan": latest.alasan]
        }
        return [
            "id": agreement.divisi,
            "isFirst": true,
            "judul": title,
            "periode": periode,
            "hasPeriode": !periode.isEmpty,
            "jabatanPertamaUpper": Signatories.jabatan(pk.pihakPertama).uppercased(),
            "jabatanKeduaUpper": Signatories.jabatan(pk.pihakKedua, full: true).uppercased(),
            "instansiUpper": instansi.nama.uppercased(),
            "pihakPertama": context.pejabat(pk.pihakPertama),
            "pihakKedua": context.pejabat(pk.pihakKedua),
            "tempatTanggal": "\(tempat), \(tanggal)",
            "hasIku": !agreement.sasaranStrategis.isEmpty,
            "tabelIku": agreement.sasaranStrategis.isEmpty ? "" : context.ref(TargetTable.iku(agreement.sasaranStrategis, header: "Sasaran Strategis", indikatorHeader: "Indikator Kinerja Utama")),
            "hasIkp": !agreement.sasaranProgram.isEmpty,
            "tabelIkp": agreement.sasaranProgram.isEmpty ? "" : context.ref(TargetTable.iku(agreement.sasaranProgram, header: "Sasaran Program", indikatorHeader: "Indikator Kinerja Program")),
            "hasIkk": !agreement.sasaranKegiatan.isEmpty,
            "tabelIkk": agreement.sasaranKegiatan.isEmpty ? "" : context.ref(TargetTable.ikk(agreement.sasaranKegiatan, numberRow: true)),
            "hasKegiatan": !pk.kegiatan.isEmpty,
            "tabelKegiatan": pk.kegiatan.isEmpty ? "" : context.ref(KegiatanTable.make(pk)),
            "hasRevisi": pk.revisi != nil,
            "revisi": revisi,
        ]
    }
}
