import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPSheet

/// The values of a returned workbook or CSV, read against the workbook lkjip exports for the
/// same data (`RealisasiSheet`), which says what every cell should still hold:
///
/// - an open (yellow) cell is read: a number, a word, a remark or Rupiah, by its row's IKK;
/// - every other cell must still hold what was exported — a target changed after
///   unprotecting the sheet, a realisasi typed into the locked cell of an indicator computed
///   from pembilang/penyebut, text typed beside the table, are each an error at that cell;
/// - rows are found by the ids in the hidden column A (or the CSV's `divisi`, `jenis`, `id`),
///   so a sorted or partly deleted sheet still reads right.
///
/// Every message is Indonesian and names the sheet's own cell (`'Pelayanan Hukum'!G5`) or
/// the CSV's line and column (`baris 5, kolom realisasi`); all are collected before anything
/// is written.
struct SheetValues {
    struct Indicator: Equatable {
        var nilai: DecimalText?
        var word: String?
        var quarters: [DecimalText?] = [nil, nil, nil, nil]
        var keterangan: String?
    }

    struct Division {
        var indicators: [String: Indicator] = [:]
        var kegiatan: [String: Int64?] = [:]
    }

    let file: String
    let expected: Workbook
    let report: ComputedReport
    var divisions: [String: Division] = [:]
    var problems: [String] = []
    /// Problems beyond `maximumProblems`, counted but not listed: a file of 100.000 wrong
    /// rows gets a readable answer, not a screen of 100.000 lines.
    var unlisted = 0
    static let maximumProblems = 500

    init(file: String, expected: Workbook, report: ComputedReport) {
        self.file = file
        self.expected = expected
        self.report = report
    }

    /// What a cell of the returned file holds.
    enum Read {
        case cell(Cell)
        case field(String)

        var isEmpty: Bool {
            switch self {
            case .cell(let cell): return cell.value == .empty || cell.value == .text("")
            case .field(let text): return text.isEmpty
            }
        }

        /// As text, the way the officer sees it.
        var text: String {
            switch self {
            case .cell(let cell): return cell.rawText
            case .field(let text): return CSVFormulaGuard.restored(text)
            }
        }
    }

    mutating func fail(_ location: String, _ message: String) {
        guard problems.count < Self.maximumProblems else { unlisted += 1; return }
        problems.append("\(file): \(location): \(message)")
    }

    /// Every problem, with a last line for those not listed.
    var messages: [String] {
        unlisted == 0 ? problems : problems + ["\(file): dan \(unlisted) kesalahan lain yang tidak ditampilkan"]
    }

    // MARK: - Workbook

    mutating func read(_ workbook: Workbook) {
        let byDivision = Dictionary(expected.sheets.filter { $0.name != RealisasiSheet.instructionsName }.map { ($0[row: 1, column: 1].rawText, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        for sheet in workbook.sheets {
            let id = sheet[row: 1, column: 1].rawText
            let target: Worksheet
            if let division = byDivision[id] {
                guard seen.insert(id).inserted else {
                    fail(Self.reference(sheet.name, "A1"), "lembar kedua untuk divisi `\(Escape.inline(id))`; hanya satu lembar per divisi yang diimpor, hapus salinannya")
                    continue
                }
                target = division
            } else if sheet.name == RealisasiSheet.instructionsName, let instructions = expected.sheet(named: sheet.name) {
                target = instructions
            } else {
                let known = byDivision.keys.sorted().joined(separator: ", ")
                fail(Self.reference(sheet.name, "A1"), "lembar ini bukan lembar divisi hasil `lkjip sheet export` (sel A1 yang tersembunyi harus berisi id divisi: \(known)); lembar ini tidak diimpor")
                continue
            }
            compare(sheet, with: target)
        }
    }

    /// Reads the open cells of `sheet` and checks every other cell against `target`.
    mutating func compare(_ sheet: Worksheet, with target: Worksheet) {
        let divisi = target[row: 1, column: 1].rawText
        var rowsByKey: [String: Int] = [:]
        var kegiatanRows: Set<Int> = []
        var inKegiatan = false
        for number in target.rowNumbers where number > 3 {
            let key = target[row: number, column: 1].rawText
            if key == RealisasiSheet.kegiatanHeader { inKegiatan = true }
            if key == RealisasiSheet.indicatorHeader || key == RealisasiSheet.kegiatanHeader { rowsByKey[key] = number; continue }
            guard !key.isEmpty else { continue }
            rowsByKey[(inKegiatan ? "k:" : "i:") + key] = number
            if inKegiatan { kegiatanRows.insert(number) }
        }
        var used: Set<Int> = []
        var readKegiatan = false
        for number in sheet.rowNumbers {
            let key = sheet[row: number, column: 1].rawText
            var expectedRow: Int?
            if number <= 3 || target.name == RealisasiSheet.instructionsName {
                expectedRow = number
            } else if key == RealisasiSheet.indicatorHeader || key == RealisasiSheet.kegiatanHeader {
                readKegiatan = key == RealisasiSheet.kegiatanHeader
                expectedRow = rowsByKey[key]
            } else if !key.isEmpty {
                guard let row = rowsByKey[(readKegiatan ? "k:" : "i:") + key] else {
                    fail(Self.reference(sheet.name, "A\(number)"), "id `\(Escape.inline(key))` tidak dikenal di lembar ini; kolom id (tersembunyi) tidak boleh diubah, dan baris tidak boleh ditambah")
                    continue
                }
                guard used.insert(row).inserted else {
                    fail(Self.reference(sheet.name, "A\(number)"), "id `\(Escape.inline(key))` muncul dua kali; hapus baris salinannya")
                    continue
                }
                expectedRow = row
            }
            let columns = Set(sheet.row(number).keys).union(expectedRow.map { Set(target.row($0).keys) } ?? [])
            for column in columns.sorted() {
                let location = Self.reference(sheet.name, "\(CellReference.columnLetters(column) ?? "?")\(number)")
                let expectedCell = expectedRow.map { target[row: $0, column: column] } ?? Cell()
                let read = Read.cell(sheet[row: number, column: column])
                if let row = expectedRow, !expectedCell.style.locked, row > 3 {
                    take(read, divisi: divisi, id: target[row: row, column: 1].rawText, kegiatan: kegiatanRows.contains(row), column: column, at: location)
                } else {
                    check(read, against: expectedCell, divisi: divisi, id: expectedRow.map { target[row: $0, column: 1].rawText }, kegiatan: expectedRow.map(kegiatanRows.contains) ?? false, column: column, at: location)
                }
            }
        }
    }

    /// A sheet reference as Excel writes it: bare for letters, digits and underscores,
    /// otherwise quoted (quotes doubled); control characters of a hostile name escaped.
    static func reference(_ sheet: String, _ cell: String) -> String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return Escape.inline(name, limit: 60) + "!" + cell
    }

    // MARK: - CSV

    mutating func read(csv rows: [[String]]) {
        let header = RealisasiSheet.CSVColumn.allCases.map(\.rawValue)
        guard let first = rows.first, first.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }).prefix(header.count) == header[...] else {
            fail("baris 1", "kepala kolom harus seperti hasil `lkjip sheet export`: \(header.joined(separator: ";"))")
            return
        }
        var records: [String: RealisasiSheet.Record] = [:]
        for record in RealisasiSheet.records(expected) {
            records["\(record.divisi)\t\(record.kegiatan ? "kegiatan" : "indikator")\t\(record.id)"] = record
        }
        var seen: Set<String> = []
        for (index, raw) in rows.enumerated().dropFirst() {
            let line = index + 1
            if raw.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var row = raw
            if row.count > header.count {
                if row[header.count...].contains(where: { !$0.isEmpty }) {
                    fail("baris \(line)", "ada \(row.count) kolom, seharusnya \(header.count); isi di luar kolom \(header.last!) tidak dibaca")
                    continue
                }
                row = Array(row.prefix(header.count))
            }
            while row.count < header.count { row.append("") }
            let divisi = CSVFormulaGuard.restored(row[0]), jenis = row[1], id = row[2]
            let key = "\(divisi)\t\(jenis)\t\(id)"
            guard let record = records[key] else {
                fail("baris \(line), kolom id", "baris `\(Escape.inline(divisi))` / `\(Escape.inline(jenis))` / `\(Escape.inline(id))` tidak dikenal; kolom divisi, jenis dan id tidak boleh diubah, dan baris tidak boleh ditambah")
                continue
            }
            guard seen.insert(key).inserted else {
                fail("baris \(line), kolom id", "id `\(Escape.inline(id))` muncul dua kali; hapus baris salinannya")
                continue
            }
            for (offset, column) in RealisasiSheet.CSVColumn.allCases.enumerated() {
                let location = "baris \(line), kolom \(column.rawValue)"
                let read = Read.field(row[offset])
                switch column.source(kegiatan: record.kegiatan) {
                case .division:
                    continue
                case .constant(let text):
                    if read.text != text { fail(location, "kolom ini tidak dibaca dan harus berisi \"\(text)\"; isinya \"\(Escape.inline(read.text))\"") }
                case .column(let number):
                    let cell = record.sheet[row: record.row, column: number]
                    if cell.style.locked {
                        check(read, against: cell, divisi: record.divisi, id: record.id, kegiatan: record.kegiatan, column: number, at: location)
                    } else {
                        take(read, divisi: record.divisi, id: record.id, kegiatan: record.kegiatan, column: number, at: location)
                    }
                }
            }
        }
    }

    // MARK: - One cell

    /// A locked or empty cell: it must still hold what was exported.
    mutating func check(_ read: Read, against expected: Cell, divisi: String, id: String?, kegiatan: Bool, column: Int, at location: String) {
        guard !Self.same(read, expected) else { return }
        let found = read.isEmpty ? "kosong" : "\"\(Escape.inline(read.text))\""
        let was = expected.value == .empty ? "kosong" : "\"\(Escape.inline(display(expected)))\""
        fail(location, "\(hint(divisi: divisi, id: id, kegiatan: kegiatan, column: column)); isinya \(found), seharusnya \(was) seperti hasil ekspor")
    }

    /// Why a cell is not read, with where its value is changed instead.
    func hint(divisi sheetId: String, id: String?, kegiatan: Bool, column: Int) -> String {
        let divisi = RealisasiSheet.divisiId(sheetId)
        let files = report.data.capaian.first { $0.divisi == divisi }?.file ?? "realisasi/\(divisi).yaml"
        let pk = report.measured.first { $0.divisi.id == divisi }?.perjanjian.perjanjian.file ?? "pk/\(divisi).yaml"
        guard let id, !id.isEmpty else { return "sel ini tidak dibaca saat impor dan harus dibiarkan seperti hasil ekspor" }
        if kegiatan {
            switch column {
            case RealisasiSheet.KegiatanColumn.pagu: return "pagu tidak dibaca dari lembar kerja; ubah anggaran kegiatan di \(pk) (atau sebagai revisi PK)"
            case RealisasiSheet.KegiatanColumn.nama: return "nama kegiatan tidak dibaca dari lembar kerja; ubah di \(pk)"
            default: return "sel ini tidak dibaca saat impor; isi hanya kolom realisasi kegiatan"
            }
        }
        let entry = report.data.capaian.first { $0.divisi == divisi }?.realisasi.first { $0.indikator == id }
        let indikator = report.measured.first { $0.divisi.id == divisi }?.sasaran.flatMap(\.indikator).first { $0.indikator.id == id }?.indikator
        switch RealisasiSheet.Column(rawValue: column) {
        case .realisasi where entry?.pembilang != nil || entry?.penyebut != nil:
            return "realisasi indikator `\(id)` dihitung dari pembilang/penyebut di \(files), jadi sel ini tidak dibaca; ubah pembilang dan penyebutnya di berkas itu"
        case .realisasi where indikator?.triwulan != nil:
            return "realisasi tahunan indikator `\(id)` dihitung dari triwulan, jadi sel ini tidak dibaca; isi kolom TW I sampai TW IV"
        case .tw1, .tw2, .tw3, .tw4:
            return "indikator `\(id)` tidak punya target triwulan, jadi sel ini tidak dibaca; isi kolom Realisasi"
        case .target:
            return "target tidak dibaca dari lembar kerja; ubah target di \(pk) (atau sebagai revisi PK)"
        case .id:
            return "kolom id (tersembunyi) tidak boleh diubah"
        case .sasaran, .indikator, .satuan, .polaritas:
            return "nama, sasaran, satuan dan polaritas tidak dibaca dari lembar kerja; ubah di \(pk)"
        default:
            return "sel ini tidak dibaca saat impor dan harus dibiarkan seperti hasil ekspor"
        }
    }

    /// A cell as the officer saw it in the export (numbers with a decimal comma).
    func display(_ cell: Cell) -> String {
        if case .number(let number) = cell.value { return SheetNumbers.csv(number) }
        return cell.rawText
    }

    /// Whether the returned cell still holds the exported value: equal text, or equal
    /// numbers however the application spelled them (Excel writes a CSV's large numbers
    /// as `1,7496E+10`: equal at the digits it kept).
    static func same(_ read: Read, _ expected: Cell) -> Bool {
        switch (expected.value, read) {
        case (.empty, _):
            return read.isEmpty
        case (.text(let text), _):
            return read.text == text || (text.isEmpty && read.isEmpty)
        case (.bool, .cell(let cell)):
            return cell.value == expected.value
        case (.bool(let flag), .field(let field)):
            return field.uppercased() == (flag ? "TRUE" : "FALSE")
        case (.number(let number), .cell(let cell)):
            switch cell.value {
            case .number(let other): return other == number || other.double == number.double
            case .text(let text): return SheetNumbers.typed(text) == number
            default: return false
            }
        case (.number(let number), .field(let field)):
            guard let other = SheetNumbers.indonesian(field) else { return false }
            if other == number { return true }
            if field.uppercased().contains("E") {
                // Compare at the significant digits the application kept.
                let kept = other.significantDigits
                let places = kept - 1 - (number.exponent + number.significantDigits - 1)
                return number.rounded(toDecimals: places) == other.rounded(toDecimals: places)
            }
            return false
        }
    }

    /// An open cell: read into the division's values.
    mutating func take(_ read: Read, divisi: String, id: String, kegiatan: Bool, column: Int, at location: String) {
        var division = divisions[divisi] ?? Division()
        defer { divisions[divisi] = division }
        if kegiatan {
            guard column == RealisasiSheet.KegiatanColumn.realisasi else { return }
            guard let result = number(read, at: location) else { return }
            guard let value = result else { division.kegiatan[id] = .some(nil); return }
            guard value.isWhole, !value.isNegative, value.double <= Ranges.rupiah.upperBound, let amount = Int64(value.plain(separator: ".") ?? "") else {
                fail(location, "realisasi anggaran harus rupiah bulat dari 0 sampai 10^15, tanpa desimal (mis. 17496194000); isinya \"\(Escape.inline(read.text))\"")
                return
            }
            division.kegiatan[id] = .some(amount)
            return
        }
        var values = division.indicators[id] ?? Indicator()
        defer { division.indicators[id] = values }
        let indikator = report.measured.first { $0.divisi.id == RealisasiSheet.divisiId(divisi) }?.sasaran.flatMap(\.indikator).first { $0.indikator.id == id }?.indikator
        switch RealisasiSheet.Column(rawValue: column) {
        case .realisasi where indikator?.targetTeks != nil:
            let word = read.text.trimmingCharacters(in: .whitespaces)
            values.word = word.isEmpty ? nil : word
        case .realisasi:
            if case let value?? = number(read, at: location), checkRange(value, read: read, at: location) { values.nilai = value }
        case .tw1, .tw2, .tw3, .tw4:
            let quarter = column - RealisasiSheet.Column.tw1.rawValue
            if case let value?? = number(read, at: location), checkRange(value, read: read, at: location) { values.quarters[quarter] = value }
        case .keterangan:
            let text = read.text
            values.keterangan = text.isEmpty ? nil : text
        default:
            break
        }
    }

    /// The number in an open cell: `.some(nil)` for an empty cell, nil after reporting a
    /// problem. A workbook cell formatted as a percentage holds 0.955 for "95,5%": it is
    /// read as 95,5, the number the officer sees.
    mutating func number(_ read: Read, at location: String) -> DecimalText?? {
        if read.isEmpty { return .some(nil) }
        switch read {
        case .cell(let cell):
            switch cell.value {
            case .number(let stored):
                // A binary double written with 17 digits is the 15-digit number Excel shows.
                let number = stored.rounded(toSignificant: 15)
                return .some(SheetNumbers.isPercent(cell.style.numberFormat) ? number.shifted(by: 2).rounded(toSignificant: 15) : number)
            case .text(let text):
                if let number = SheetNumbers.typed(text) { return .some(number) }
                if ["-", "–", "—"].contains(text.trimmingCharacters(in: .whitespaces)) {
                    fail(location, "kosongkan sel bila belum ada data (jangan tulis \"\(text)\")")
                } else {
                    fail(location, "harus angka, mis. 95,5; isinya \"\(Escape.inline(text))\"")
                }
                return nil
            default:
                fail(location, "harus angka, mis. 95,5; isinya \"\(Escape.inline(cell.rawText))\"")
                return nil
            }
        case .field(let field):
            if let number = SheetNumbers.indonesian(field) { return .some(number) }
            if DecimalText(field.trimmingCharacters(in: .whitespaces)) != nil {
                fail(location, "desimal ditulis dengan koma, mis. 95,5 (titik hanya pemisah ribuan); isinya \"\(Escape.inline(field))\"")
            } else {
                fail(location, "harus angka, mis. 95,5; isinya \"\(Escape.inline(CSVFormulaGuard.restored(field)))\"")
            }
            return nil
        }
    }

    /// The limits of a realisasi value (`docs/data.md`): the range, 15 significant digits,
    /// 6 decimals.
    mutating func checkRange(_ value: DecimalText, read: Read, at location: String) -> Bool {
        if !Ranges.nilai.contains(value.double) {
            fail(location, "realisasi \"\(Escape.inline(read.text))\" di luar rentang −10^15 sampai 10^15")
            return false
        }
        if value.fractionDigits > 6 || value.significantDigits > 15 {
            fail(location, "realisasi \"\(Escape.inline(read.text))\" terlalu rinci: paling banyak 15 digit dan 6 angka di belakang koma; bulatkan")
            return false
        }
        return true
    }
}
