import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPSheet
import LKjIPTemplates

/// `lkjip sheet import`: the values of a filled workbook (or CSV) merged back into
/// `realisasi/<divisi>.yaml`, line by line, keeping every comment, the order of the file and
/// the form of every entry (block or one-line). Every wrong cell is reported at once, in
/// Indonesian, located as `realisasi.xlsx: 'Pelayanan Hukum'!G12` or `realisasi.csv:
/// baris 5, kolom realisasi` (see `SheetValues`), and nothing is written until the whole
/// import checks clean with every rule of `lkjip check`.
///
/// That check runs on a private copy of the data directory inside it (`.lkjip-<hex>work`,
/// mode 0700, hard links where possible), under the data directory's lock; the copy is
/// removed on every exit path, on a signal, and by the next import after a kill. Only files
/// under `realisasi/` are replaced, as one output set, each keeping its permissions.
public enum RealisasiImport {
    public struct ImportError: Error, CustomStringConvertible {
        public var messages: [String]
        /// How many problems there are (some may not be listed).
        public var count: Int
        public var description: String { messages.joined(separator: "\n") }

        init(messages: [String], count: Int? = nil) {
            self.messages = messages
            self.count = count ?? messages.count
        }
    }

    /// The largest workbook or CSV read.
    static let maximumFileBytes = 32 * 1024 * 1024

    /// Imports `file` into `dataDirectory`; returns the files changed.
    public static func run(file: URL, dataDirectory: URL, templates: URL, assets: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let realData = FileSafety.realPath(dataDirectory.path) else {
            throw LKjIPError.usage("\(dataDirectory.path): data directory not found")
        }
        let renderer = try TemplateRenderer(directory: templates, assets: [assets])
        // The data directory's lock: a second import waits, and what killed imports left
        // (their private copies) is removed now.
        let lock = try OutputSet(directory: dataDirectory)
        let before = Pipeline.run(dataDirectory: dataDirectory, templates: renderer, assets: assets)
        guard let report = before.report else { throw DiagnosticList(before.diagnostics) }
        let values = try read(file, report: report)
        let changed = try merge(values, report: report)
        guard !changed.isEmpty else { return [] }
        // Check the result with every rule before anything is written.
        let work = try lock.workFolder()
        defer { lock.removeWorkFolder(work) }
        let scratch = work.appendingPathComponent("data")
        guard mkdir(scratch.path, 0o700) == 0 else { throw LKjIPError.output("cannot create \(scratch.path): \(FileSafety.reason())") }
        var copier = DataTreeCopy(source: realData, mode: .link)
        try copier.copy(into: scratch.path)
        for (relative, text) in changed {
            let path = scratch.appendingPathComponent(relative).path
            unlink(path)
            try FileSafety.createExclusive(path, Data(text.utf8))
        }
        let after = Pipeline.run(dataDirectory: scratch, templates: renderer, assets: assets)
        guard after.errors.isEmpty else { throw DiagnosticList(after.errors) }
        let output = try OutputSet(directory: dataDirectory.appendingPathComponent("realisasi"))
        for (relative, text) in changed { try output.stage(Data(text.utf8), as: (relative as NSString).lastPathComponent) }
        return try output.commit()
    }

    /// The new text of every realisasi file the values change.
    static func merge(_ values: [String: SheetValues.Division], report: ComputedReport) throws -> [(String, String)] {
        var changed: [(String, String)] = []
        var problems: [String] = []
        for capaian in report.data.capaian {
            guard let division = values[RealisasiSheet.sheetId(capaian.divisi)], var text = report.data.sources.texts[capaian.file] else { continue }
            let original = text
            let indicators = report.measured.first { $0.divisi.id == capaian.divisi }?.sasaran.flatMap(\.indikator) ?? []
            for item in indicators {
                guard let new = division.indicators[item.indikator.id] else { continue }
                let entry = capaian.realisasi.first { $0.indikator == item.indikator.id }
                let fields = changes(new, entry: entry, indikator: item.indikator)
                guard !fields.isEmpty else { continue }
                guard let updated = YAMLEdit.setEntry(in: text, list: "realisasi", key: "indikator", value: item.indikator.id, fields: fields) else {
                    problems.append("\(capaian.file): entri `\(item.indikator.id)` tidak dapat diperbarui otomatis; ubah dengan tangan")
                    continue
                }
                text = updated
            }
            for (id, amount) in division.kegiatan.sorted(by: { $0.key < $1.key }) {
                let old = capaian.anggaranKegiatan?.first { $0.kegiatan == id }?.realisasi
                guard amount != old else { continue }
                guard let updated = YAMLEdit.setEntry(in: text, list: "anggaran_kegiatan", key: "kegiatan", value: id, fields: [("realisasi", amount.map { String($0) })])
                        ?? insertSpending(text, id: id, amount: amount) else {
                    problems.append("\(capaian.file): realisasi kegiatan `\(id)` tidak dapat diperbarui otomatis; ubah dengan tangan")
                    continue
                }
                text = updated
            }
            if text != original { changed.append((capaian.file, text)) }
        }
        if !problems.isEmpty { throw ImportError(messages: problems) }
        return changed
    }

    /// The fields of one realisasi entry that the sheet changes (nil removes a field).
    static func changes(_ new: SheetValues.Indicator, entry: Realisasi?, indikator: Indikator) -> [(String, String?)] {
        var fields: [(String, String?)] = []
        if indikator.targetTeks != nil {
            if new.word != entry?.nilaiTeks { fields.append(("nilai_teks", new.word.map(YAMLEdit.quoted))) }
        } else if indikator.triwulan != nil {
            let old: [DecimalText?] = (entry?.triwulan?.values ?? [nil, nil, nil, nil]).map { $0.map { SheetNumbers.text($0) } }
            if old != new.quarters {
                if new.quarters.allSatisfy({ $0 == nil }) {
                    fields.append(("triwulan", nil))
                } else {
                    let previous: [Nilai?] = entry?.triwulan?.values ?? [nil, nil, nil, nil]
                    for quarter in 0..<4 where old[quarter] != new.quarters[quarter] {
                        let decimals = previous[quarter]?.decimals ?? indikator.desimal
                        fields.append(("triwulan.tw\(quarter + 1)", new.quarters[quarter].map { SheetNumbers.yaml($0, decimals: decimals) }))
                    }
                }
            }
        } else if entry?.pembilang != nil || entry?.penyebut != nil {
            // Computed from pembilang/penyebut in the YAML: the sheet shows it locked.
        } else if entry?.nilai.map(SheetNumbers.text) != new.nilai {
            fields.append(("nilai", new.nilai.map { SheetNumbers.yaml($0, decimals: entry?.nilai?.decimals ?? indikator.desimal) }))
        }
        if (new.keterangan ?? "") != (entry?.keterangan ?? "") {
            fields.append(("keterangan", new.keterangan.flatMap { $0.isEmpty ? nil : YAMLEdit.quoted($0) }))
        }
        return fields
    }

    /// A realisasi file without `anggaran_kegiatan` gets the block before `unit:`.
    static func insertSpending(_ text: String, id: String, amount: Int64?) -> String? {
        guard let amount else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let unit = lines.firstIndex(where: { $0.hasPrefix("unit:") }) else { return nil }
        lines.insert(contentsOf: ["anggaran_kegiatan:", "  - kegiatan: \(id)", "    realisasi: \(amount)"], at: unit)
        return lines.joined(separator: "\n")
    }

    /// Reads the values of every division from an .xlsx or .csv, collecting every problem.
    static func read(_ file: URL, report: ComputedReport) throws -> [String: SheetValues.Division] {
        let name = Escape.inline(file.lastPathComponent, limit: 80)
        let data: Data
        do {
            data = try FileSafety.read(file.path, limit: maximumFileBytes)
        } catch FileSafety.ReadProblem.tooLarge {
            throw ImportError(messages: ["\(name): berkas lebih besar dari \(maximumFileBytes / 1024 / 1024) MiB; ini bukan formulir yang diisi tangan"])
        } catch FileSafety.ReadProblem.notRegular {
            throw ImportError(messages: ["\(name): bukan berkas biasa"])
        } catch {
            throw ImportError(messages: ["\(name): berkas tidak dapat dibaca (\(error))"])
        }
        var values = SheetValues(file: name, expected: try RealisasiSheet.workbook(report), report: report)
        do {
            if file.pathExtension.lowercased() == "csv" {
                // Excel saves "CSV UTF-8" with a byte order mark, plain "CSV" in the Windows
                // code page.
                let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
                values.read(csv: try CSVReader.read(text))
            } else {
                values.read(try XLSXReader.read(data))
            }
        } catch let error as SheetError {
            throw ImportError(messages: ["\(name): \(SheetErrorText.indonesian(error))"])
        }
        if !values.problems.isEmpty { throw ImportError(messages: values.messages, count: values.problems.count + values.unlisted) }
        return values.divisions
    }
}
