import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPReport
import LKjIPTemplates

/// `lkjip init <new> --from <last-year>`: next year's data directory from this year's.
///
/// Carried over: the office, the people, the organisation, the Renstra, the PK structure
/// (targets are last year's until the new PK is typed), the budget history and the pictures.
/// Last year's realisasi moves into the history: every IKK gets a `riwayat` row linked by its
/// id (an existing linked row gains the year), and linked Renstra rows gain last year's
/// realisasi, so the tables over the years and the Renstra progress are computed, not retyped.
/// Cleared: this year's realisasi (with the quarters and their explanations), revisions,
/// periods, SMART DJA, IKPA, the LAMPIRAN photos, the unit narratives and the date of the
/// review. The IKU manual of each indicator and the Rencana Aksi stay with the PK; the DIPA
/// and quarterly dates move a year. Narratives are marked as drafts, which `lkjip check` reports until
/// they are rewritten.
public enum YearChange {
    /// With `jenis`, the narasi of a system's part (e-Performance, e-Monev) are left out: an
    /// office of another kind writes them only if it uses the system.
    public static func narasiNames(templates: URL, assets: URL, jenis: String? = nil) throws -> [String] {
        let renderer = try TemplateRenderer(directory: templates, assets: [assets])
        var names = ReportDocuments.narasiNames(renderer)
        if jenis != nil { names.subtract(ReportDocuments.optionalNarasiNames(renderer)) }
        return names.map(NarasiNames.fileName).sorted()
    }

    /// Writes next year's directory `target` from `source`, which is only read. The new
    /// directory is built in a private folder and appears whole or not at all (see
    /// `NewDirectory`); only the files lkjip knows are carried over (see `DataTreeCopy`), and
    /// `note` hears which others were left out.
    public static func write(from source: URL, to target: URL, year: Int?, templates: URL, assets: URL, note: (String) -> Void = { _ in }) throws {
        try NewDirectory.check(target, source: source)
        guard let realSource = FileSafety.realPath(source.path) else { throw LKjIPError.usage("\(source.path): data directory not found") }
        let renderer = try TemplateRenderer(directory: templates, assets: [assets])
        let result = Pipeline.run(dataDirectory: source, templates: renderer, assets: assets)
        guard let report = result.report, result.errors.isEmpty else { throw DiagnosticList(result.diagnostics) }
        // The texts are carried over as written: the computed report has its `{{citations}}`
        // replaced by this year's figures, which next year's report must compute afresh.
        guard let data = ReportLoader.load(directory: source, assets: assets).data else { throw DiagnosticList(result.diagnostics) }
        let last = data.instansi.tahun
        let year = year ?? last + 1
        let directory = try NewDirectory(target)
        var copier = DataTreeCopy(source: realSource, mode: .copy)
        try copier.copy(into: directory.staging.path)
        if !copier.skipped.isEmpty {
            let shown = copier.skipped.prefix(10).joined(separator: ", ")
            note("not carried over from \(source.path) (lkjip copies only data files, narasi, schemas and pictures): \(shown)\(copier.skipped.count > 10 ? " and \(copier.skipped.count - 10) more" : "")")
        }
        func text(_ relative: String) -> String? { data.sources.texts[relative] }
        func write(_ relative: String, _ content: String) throws {
            try directory.write(relative, Data(content.utf8))
        }
        func moveYear(_ date: String) -> String {
            guard let parsed = try? ISODate(date) else { return date }
            let day = min(parsed.day, ISODate.days(inMonth: parsed.month, year: parsed.year + year - last))
            return (try? ISODate(year: parsed.year + year - last, month: parsed.month, day: day))?.description ?? date
        }
        // instansi: the year and the report date.
        let instansiFile = MarkdownFields.file(data, .instansi)
        if var content = text(instansiFile) {
            content = YAMLEdit.replace("instansi.tahun", with: String(year), in: content) ?? content
            content = YAMLEdit.replace("instansi.tanggal_laporan", with: "\"\(moveYear(data.instansi.tanggalLaporan))\"", in: content) ?? content
            // The reviewer stays; the statement is next year's to sign, so its date goes (the
            // page is printed again once it is given).
            if data.instansi.reviu?.tanggal != nil {
                if let edited = YAMLEdit.removeLine("instansi.reviu.tanggal", in: content) {
                    content = edited
                } else {
                    note("instansi.reviu.tanggal is last year's review; remove it until the review of the LKjIP \(year) is signed")
                }
            }
            for (q, date) in (data.instansi.tanggalTriwulan?.dates ?? []).enumerated() {
                guard let date else { continue }
                content = YAMLEdit.replace("instansi.tanggal_triwulan.tw\(q + 1)", with: "\"\(moveYear(date))\"", in: content) ?? content
            }
            try write(instansiFile, content)
        }
        // pk: signed a year later, starting from the targets and budgets in force at the end of
        // the year (the last revision applied), without last year's revisions and periods.
        for pk in data.perjanjian {
            guard var content = text(pk.file) else { continue }
            content = YAMLEdit.replace("tanggal", with: "\"\(moveYear(pk.tanggal))\"", in: content) ?? content
            if let effective = report.perjanjian.first(where: { $0.perjanjian.file == pk.file })?.perjanjian {
                for (s, sasaran) in effective.sasaranKegiatan.enumerated() where s < pk.sasaranKegiatan.count {
                    for (i, indikator) in sasaran.indikator.enumerated() where i < pk.sasaranKegiatan[s].indikator.count {
                        guard let target = indikator.target, target != pk.sasaranKegiatan[s].indikator[i].target else { continue }
                        content = YAMLEdit.replace("\(pk.sasaranKey)[\(s)].indikator[\(i)].target", with: target.yamlText, in: content) ?? content
                    }
                }
                for (k, kegiatan) in effective.kegiatan.enumerated() where k < pk.kegiatan.count {
                    guard let amount = kegiatan.anggaran, amount != pk.kegiatan[k].anggaran, !kegiatan.isProgram else { continue }
                    content = YAMLEdit.replace("kegiatan[\(k)].anggaran", with: String(amount), in: content) ?? content
                }
            }
            content = YAMLEdit.removeTopLevel("revisi", in: content)
            content = YAMLEdit.removeTopLevel("periode", in: content)
            content = Self.afterModeline(content, comment: "# The targets are those in force at the end of \(last) until the Perjanjian Kinerja \(year) is typed in.")
            try write(pk.file, content)
        }
        // realisasi: last year's values into the history, this year's cleared.
        for capaian in data.capaian {
            // The head of office's own realisasi (no divisi) is carried over like a division's.
            guard let divisi = report.measured.first(where: { $0.divisi.id == capaian.divisi }) else { continue }
            var next = capaian
            next.realisasi = []
            next.anggaranKegiatan = nil
            // Last year's realisasi of every IKK, numbers and words ("WTP") alike.
            let values = Dictionary(divisi.sasaran.flatMap(\.indikator).compactMap { item in
                item.realisasiCell.map { (item.indikator.id, $0) }
            }, uniquingKeysWith: { first, _ in first })
            for u in next.unit.indices {
                var unit = next.unit[u]
                let ids = Set(unit.sasaran ?? divisi.sasaran.map(\.sasaran.id))
                let indicators = divisi.sasaran.filter { ids.contains($0.sasaran.id) }.flatMap(\.indikator)
                for r in unit.riwayat.indices {
                    if let id = unit.riwayat[r].indikator, let value = values[id], unit.riwayat[r].nilai[String(last)] == nil {
                        unit.riwayat[r].nilai[String(last)] = value
                    }
                }
                for item in indicators where !unit.riwayat.contains(where: { $0.indikator == item.indikator.id }) {
                    guard let value = values[item.indikator.id] else { continue }
                    unit.riwayat.append(RiwayatIndikator(indikator: item.indikator.id, nama: nil, satuan: nil, desimal: nil, nilai: [String(last): value], keterangan: nil))
                }
                for r in unit.renstra.indices {
                    if let id = unit.renstra[r].indikator, let value = values[id], unit.renstra[r].realisasi[String(last)] == nil {
                        unit.renstra[r].realisasi[String(last)] = value
                    }
                }
                // Table c's last year, when it was computed from the office budget's lines, is
                // kept as typed history: next year's budget lines are other lines.
                if u < divisi.units.count, !unit.anggaran.contains(where: { $0.tahun == last }),
                   let row = divisi.units[u].anggaran.last(where: { $0.tahun == last }) {
                    unit.anggaran.append(AnggaranTahun(tahun: last, pagu: row.pagu, realisasi: row.realisasi))
                }
                unit.narasiCapaian = "<<Penjelasan capaian \(year)>>"
                unit.narasiSasaran = nil
                unit.narasiRiwayat = nil
                unit.narasiAnggaran = nil
                unit.narasiRenstra = nil
                unit.narasiEfisiensi = nil
                unit.penyebab = nil
                next.unit[u] = unit
            }
            let yaml = try DataWriter.yaml(next, kind: .realisasi, schemaPath: schemaPath(of: capaian.file, in: text(capaian.file)),
                                           comment: "Realisasi \(year) of \(divisi.divisi.nama): add one entry per IKK (indikator, nilai).\nThe history tables hold \(last) from the realisasi of \(last) (rows linked by `indikator`).")
            try write(capaian.file, yaml)
        }
        // anggaran: keep the budget history; SMART DJA and IKPA are per year.
        var anggaran = data.anggaran
        // The programmes of last year become its history row; their realisasi is cleared, and
        // their pagu stays until the new DPA or DIPA is typed.
        if !anggaran.programKegiatan.isEmpty {
            if !anggaran.realisasi.contains(where: { $0.tahun == last }), let row = report.anggaranKantor.last(where: { $0.tahun == last }) {
                anggaran.realisasi.append(AnggaranTahun(tahun: last, pagu: row.pagu, realisasi: row.realisasi))
            }
            for index in anggaran.programKegiatan.indices { anggaran.programKegiatan[index].realisasi = nil }
        }
        anggaran.tanggalDipa = anggaran.tanggalDipa.map(moveYear)
        anggaran.smartDja = []
        anggaran.ikpa = []
        anggaran.narasiRealisasi = nil
        anggaran.narasiSmart = nil
        anggaran.narasiIkpa = nil
        let anggaranFile = MarkdownFields.file(data, .anggaran)
        try write(anggaranFile, try DataWriter.yaml(anggaran, kind: .anggaran, schemaPath: schemaPath(of: anggaranFile, in: text(anggaranFile)),
                                                     comment: "The office budget: add the row of \(year) (pagu and realisasi); SMART DJA and IKPA of \(year)."))
        // The LAMPIRAN photos are last year's: the list goes; the pictures stay in the folder
        // (a signature scan or a logo may be among them) for the officer to reuse or delete.
        for ext in DataFileKind.extensions { directory.remove("lampiran.\(ext)") }
        // Narratives: drafts until rewritten.
        for (name, content) in data.narasi {
            let marker = "\(Checker.draftMarker) (\(last)) -->\n"
            try write("narasi/\(name).md", content.hasPrefix(Checker.draftMarker) ? content : marker + content)
        }
        try directory.commit()
    }

    /// `comment` after the schema modeline (which an editor reads only on the first line).
    static func afterModeline(_ content: String, comment: String) -> String {
        if content.hasPrefix("# yaml-language-server:"), let newline = content.firstIndex(of: "\n") {
            return String(content[...newline]) + comment + "\n" + content[content.index(after: newline)...]
        }
        return comment + "\n" + content
    }

    /// The schema modeline of the file being replaced, kept for the new file.
    static func schemaPath(of file: String, in text: String?) -> String? {
        guard let first = text?.split(separator: "\n").first, first.hasPrefix("# yaml-language-server: $schema=") else { return nil }
        return String(first.dropFirst("# yaml-language-server: $schema=".count))
    }
}
