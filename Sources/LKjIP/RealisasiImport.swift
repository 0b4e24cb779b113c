import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPSheet
import LKjIPTemplates

/// `lkjip sheet import`: the values of a filled workbook (or CSV) merged back into
/// `realisasi/<divisi>.yaml`, line by line, keeping every comment and the order of the file.
/// Every wrong cell is reported at once, located as `realisasi.xlsx: Pemasyarakatan!G12`, and
/// nothing is written until the whole import checks clean with every rule of `lkjip check`.
public enum RealisasiImport {
    struct IndicatorValues {
        var nilai: CellValue = .empty
        var triwulan: [Double?] = [nil, nil, nil, nil]
        var keterangan: String?
        var hasQuarters = false
    }

    struct DivisionValues {
        var indicators: [String: IndicatorValues] = [:]
        var kegiatan: [String: Int64?] = [:]
    }

    public struct ImportError: Error, CustomStringConvertible {
        public var messages: [String]
        public var description: String { messages.joined(separator: "\n") }
    }

    /// Imports `file` into `dataDirectory`; returns the files changed.
    public static func run(file: URL, dataDirectory: URL, templates: URL, assets: URL) throws -> [URL] {
        let renderer = try TemplateRenderer(directory: templates, assets: [assets])
        let before = Pipeline.run(dataDirectory: dataDirectory, templates: renderer, assets: assets)
        guard let report = before.report else { throw DiagnosticList(before.diagnostics) }
        let values = try read(file, report: report)
        var changed: [(String, String)] = []
        for capaian in report.data.capaian {
            guard let division = values[capaian.divisi], var text = report.data.sources.texts[capaian.file] else { continue }
            let original = text
            let indicators = report.divisi.first { $0.divisi.id == capaian.divisi }?.sasaran.flatMap(\.indikator) ?? []
            for item in indicators {
                guard let new = division.indicators[item.indikator.id] else { continue }
                let entry = capaian.realisasi.first { $0.indikator == item.indikator.id }
                var fields: [(String, String?)] = []
                if item.indikator.targetTeks != nil {
                    let word: String? = { if case .text(let t) = new.nilai, !t.isEmpty { return t }; return nil }()
                    if word != entry?.nilaiTeks { fields.append(("nilai_teks", word.map(YAMLEdit.quoted))) }
                } else if new.hasQuarters {
                    let old = entry?.triwulan?.values.map { $0?.value } ?? [nil, nil, nil, nil]
                    if old != new.triwulan {
                        let parts = new.triwulan.enumerated().compactMap { index, value in value.map { "tw\(index + 1): \(plain($0))" } }
                        fields.append(("triwulan", parts.isEmpty ? nil : "{\(parts.joined(separator: ", "))}"))
                    }
                } else if entry?.pembilang != nil || entry?.penyebut != nil {
                    // Computed from pembilang/penyebut in the YAML: the sheet shows it locked.
                } else {
                    let number: Double? = { if case .number(let n) = new.nilai { return n }; return nil }()
                    if number != entry?.nilai?.value {
                        fields.append(("nilai", number.map { plain($0, decimals: entry?.nilai?.decimals ?? item.indikator.desimal) }))
                    }
                }
                if (new.keterangan ?? "") != (entry?.keterangan ?? "") {
                    fields.append(("keterangan", new.keterangan.flatMap { $0.isEmpty ? nil : YAMLEdit.quoted($0) }))
                }
                guard !fields.isEmpty else { continue }
                guard let updated = YAMLEdit.setEntry(in: text, list: "realisasi", key: "indikator", value: item.indikator.id, fields: fields) else {
                    throw ImportError(messages: ["\(capaian.file): cannot update the entry of `\(item.indikator.id)`; edit it by hand"])
                }
                text = updated
            }
            for (id, amount) in division.kegiatan.sorted(by: { $0.key < $1.key }) {
                let old = capaian.anggaranKegiatan?.first { $0.kegiatan == id }?.realisasi
                guard amount != old else { continue }
                guard let updated = YAMLEdit.setEntry(in: text, list: "anggaran_kegiatan", key: "kegiatan", value: id, fields: [("realisasi", amount.map(String.init))])
                        ?? insertSpending(text, id: id, amount: amount) else { continue }
                text = updated
            }
            if text != original { changed.append((capaian.file, text)) }
        }
        guard !changed.isEmpty else { return [] }
        // Check the result with every rule before anything is written.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-import-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: dataDirectory, to: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (file, text) in changed { try Data(text.utf8).write(to: scratch.appendingPathComponent(file)) }
        let after = Pipeline.run(dataDirectory: scratch, templates: renderer, assets: assets)
        guard after.errors.isEmpty else { throw DiagnosticList(after.errors) }
        let output = try OutputSet(directory: dataDirectory.appendingPathComponent("realisasi"))
        for (file, text) in changed { try output.stage(Data(text.utf8), as: (file as NSString).lastPathComponent) }
        return try output.commit()
    }

    /// A realisasi file without `anggaran_kegiatan` gets the block before `unit:`.
    static func insertSpending(_ text: String, id: String, amount: Int64?) -> String? {
        guard let amount else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let unit = lines.firstIndex(where: { $0.hasPrefix("unit:") }) else { return nil }
        lines.insert(contentsOf: ["anggaran_kegiatan:", "  - kegiatan: \(id)", "    realisasi: \(amount)"], at: unit)
        return lines.joined(separator: "\n")
    }

    /// A number as YAML text: the decimals of the value it replaces (or of the indicator),
    /// otherwise the shortest form.
    static func plain(_ value: Double, decimals: Int? = nil) -> String {
        var text = String(format: "%.6f", locale: Locale(identifier: "en_US_POSIX"), value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        let needed = text.split(separator: ".").dropFirst().first?.count ?? 0
        guard let decimals, decimals > needed else { return text }
        return String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
    }

    /// Reads the values of every division from an .xlsx or .csv, collecting every problem.
    static func read(_ file: URL, report: ComputedReport) throws -> [String: DivisionValues] {
        let name = file.lastPathComponent
        guard let data = try? SafeFile.read(file, roots: [file.deletingLastPathComponent()], limit: 32 * 1024 * 1024) else {
            throw ImportError(messages: ["\(name): cannot read the file"])
        }
        let workbook: Workbook
        if file.pathExtension.lowercased() == "csv" {
            workbook = try fromCSV(String(decoding: data, as: UTF8.self), name: name)
        } else {
            do { workbook = try XLSXReader.read(data) } catch let error as SheetError {
                throw ImportError(messages: ["\(name): \(Escape.inline(error.description, limit: 300))"])
            }
        }
        var problems: [String] = []
        var result: [String: DivisionValues] = [:]
        let known = Set(report.divisi.map(\.divisi.id))
        for sheet in workbook.sheets {
            let divisi = sheet[row: 1, column: 2].rawText
            guard known.contains(divisi) else {
                problems.append("\(name): \(reference(sheet, "B1")): expected the id of a division (\(known.sorted().joined(separator: ", "))), found \"\(Escape.inline(divisi))\"")
                continue
            }
            let indicators = Dictionary(report.divisi.first { $0.divisi.id == divisi }!.sasaran.flatMap(\.indikator).map { ($0.indikator.id, $0) }, uniquingKeysWith: { first, _ in first })
            var values = DivisionValues()
            var block = RealisasiSheet.indicatorHeader
            for row in sheet.rowNumbers where row > 3 {
                let id = sheet[row: row, column: 1].rawText
                if id == RealisasiSheet.indicatorHeader || id == RealisasiSheet.kegiatanHeader { block = id; continue }
                guard !id.isEmpty else { continue }
                if block == RealisasiSheet.kegiatanHeader {
                    let cell = sheet[row: row, column: 7]
                    switch cell.value {
                    case .empty: values.kegiatan[id] = .some(nil)
                    case .number(let n) where n >= 0 && n <= Ranges.rupiah.upperBound && n == n.rounded(): values.kegiatan[id] = Int64(n)
                    default: problems.append("\(name): \(reference(sheet, "G\(row)")): expected a whole number of Rupiah, found \"\(Escape.inline(cell.rawText))\"")
                    }
                    continue
                }
                guard let item = indicators[id] else {
                    problems.append("\(name): \(reference(sheet, "A\(row)")): unknown indikator `\(Escape.inline(id))`; the rows' ids must not be changed")
                    continue
                }
                var entry = IndicatorValues()
                let realisasi = sheet[row: row, column: RealisasiSheet.Column.realisasi.rawValue]
                let location = reference(sheet, "\(CellReference.columnLetters(RealisasiSheet.Column.realisasi.rawValue) ?? "")\(row)")
                if item.indikator.targetTeks != nil {
                    entry.nilai = realisasi.rawText.isEmpty ? .empty : .text(realisasi.rawText)
                } else if item.indikator.triwulan != nil {
                    entry.hasQuarters = true
                    for offset in 0..<4 {
                        let column = RealisasiSheet.Column.tw1.rawValue + offset
                        let cell = sheet[row: row, column: column]
                        switch number(cell) {
                        case .success(let value): entry.triwulan[offset] = value
                        case .failure(let problem): problems.append("\(name): \(reference(sheet, "\(CellReference.columnLetters(column) ?? "")\(row)")): \(problem.message)")
                        }
                    }
                } else {
                    switch number(realisasi) {
                    case .success(let value): entry.nilai = value.map { .number($0) } ?? .empty
                    case .failure(let problem): problems.append("\(name): \(location): \(problem.message)")
                    }
                }
                let remark = sheet[row: row, column: RealisasiSheet.Column.keterangan.rawValue].rawText
                entry.keterangan = remark.isEmpty ? nil : remark
                values.indicators[id] = entry
            }
            result[divisi] = values
        }
        if !problems.isEmpty { throw ImportError(messages: problems) }
        return result
    }

    struct CellProblem: Error { var message: String }

    /// A number cell, or text an officer typed as a number: "95,5" with a decimal comma is
    /// read as 95.5; anything else is an error quoting what was found.
    static func number(_ cell: Cell) -> Result<Double?, CellProblem> {
        switch cell.value {
        case .empty: return .success(nil)
        case .number(let value):
            guard value.isFinite, Ranges.nilai.contains(value) else { return .failure(CellProblem(message: "\(value) is out of range")) }
            return .success(value)
        case .bool: return .failure(CellProblem(message: "expected a number, found \(cell.rawText)"))
        case .text(let raw):
            let text = raw.trimmingWhitespace()
            if text.isEmpty { return .success(nil) }
            var candidate = text
            if text.filter({ $0 == "," }).count == 1 && !text.contains(".") { candidate = text.replacingOccurrences(of: ",", with: ".") }
            if case .success(let parsed) = NumberText.parse(candidate), Ranges.nilai.contains(parsed.value) { return .success(parsed.value) }
            return .failure(CellProblem(message: "expected a number, found \"\(Escape.inline(text))\""))
        }
    }

    static func reference(_ sheet: Worksheet, _ cell: String) -> String {
        let needsQuotes = sheet.name.contains(" ") || sheet.name.contains("-")
        return (needsQuotes ? "'\(sheet.name)'" : sheet.name) + "!" + cell
    }

    /// CSV rows (see `RealisasiSheet.csv`) as one sheet per division.
    static func fromCSV(_ text: String, name: String) throws -> Workbook {
        let rows: [[String]]
        do { rows = try CSVReader.read(text) } catch let error as SheetError {
            throw ImportError(messages: ["\(name): \(Escape.inline(error.description, limit: 300))"])
        }
        guard let header = rows.first, header.first == "divisi" else {
            throw ImportError(messages: ["\(name): line 1: expected the header written by `lkjip sheet export` (divisi, jenis, id, ...)"])
        }
        var sheets: [String: Worksheet] = [:]
        var next: [String: Int] = [:]
        var order: [String] = []
        for (index, row) in rows.dropFirst().enumerated() {
            guard row.count >= 6 else {
                if row.allSatisfy(\.isEmpty) { continue }
                throw ImportError(messages: ["\(name): line \(index + 2): expected \(header.count) columns, found \(row.count)"])
            }
            let divisi = row[0]
            if sheets[divisi] == nil {
                var sheet = Worksheet(name: "line \(index + 2)")
                sheet[row: 1, column: 2] = Cell(.text(divisi))
                sheets[divisi] = sheet
                next[divisi] = 4
                order.append(divisi)
            }
            var sheet = sheets[divisi]!
            var line = next[divisi]!
            if row[1] == "kegiatan" {
                sheet[row: line, column: 1] = Cell(.text(RealisasiSheet.kegiatanHeader)); line += 1
                sheet[row: line, column: 1] = Cell(.text(row[2]))
                sheet[row: line, column: 7] = Cell(cellValue(row[5]))
                line += 1
                sheet[row: line, column: 1] = Cell(.text(RealisasiSheet.indicatorHeader)); line += 1
            } else {
                sheet[row: line, column: 1] = Cell(.text(row[2]))
                for (offset, value) in row.dropFirst(5).prefix(6).enumerated() {
                    sheet[row: line, column: RealisasiSheet.Column.realisasi.rawValue + offset] = Cell(offset == 5 ? .text(value) : cellValue(value))
                }
                line += 1
            }
            next[divisi] = line
            sheets[divisi] = sheet
        }
        return Workbook(sheets: order.map { sheets[$0]! })
    }

    /// CSV text as a cell: plain numbers become numbers, the rest stays text (and is then
    /// checked like text typed in a workbook).
    static func cellValue(_ text: String) -> CellValue {
        if text.isEmpty { return .empty }
        if case .success(let parsed) = NumberText.parse(text) { return .number(parsed.value) }
        return .text(text)
    }
}
