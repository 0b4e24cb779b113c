import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPSheet

/// `lkjip sheet export`: the workbook an officer fills in. It opens on an instructions sheet
/// (Indonesian) that says what to fill, how, and what happens next; then one sheet per
/// division. On a division's sheet the rows of its IKK show sasaran, name, target, unit and
/// polarity, locked; the realisasi columns (the year, TW I–IV where the indicator has
/// quarterly targets, a remark) are open, yellow, with an input message saying what to type
/// and data validation; below them, the kegiatan of the PK with their pagu locked and the
/// realisasi anggaran open. The ids the import finds rows by are kept in a hidden column A.
/// Current values are filled in, so a workbook exported and imported unchanged changes
/// nothing — and `RealisasiImport` builds this same workbook to know what every cell of the
/// returned file should still hold.
public enum RealisasiSheet {
    static let indicatorHeader = "id_indikator"
    static let kegiatanHeader = "id_kegiatan"
    /// The name of the first sheet; never a division's.
    public static let instructionsName = "Petunjuk"

    /// Columns of the indicator block (1-based).
    enum Column: Int, CaseIterable {
        case id = 1, sasaran, indikator, target, satuan, polaritas, realisasi, tw1, tw2, tw3, tw4, keterangan
    }

    /// Columns of a kegiatan row.
    enum KegiatanColumn {
        static let id = 1, nama = 3, pagu = 4, realisasi = 7
    }

    static let yellow = "FFF2CC"

    /// The id in the hidden cell A1 of the head of office's own sheet (his PK has no divisi):
    /// a word no divisi id can be, so an empty cell never stands for it.
    static let kantorSheetId = "(kepala)"

    /// The sheet id of a measured unit, and back.
    static func sheetId(_ divisi: String) -> String { divisi.isEmpty ? kantorSheetId : divisi }
    static func divisiId(_ sheetId: String) -> String { sheetId == kantorSheetId ? "" : sheetId }

    public static func workbook(_ report: ComputedReport) throws -> Workbook {
        let tahun = report.data.instansi.tahun
        var sheets: [Worksheet] = []
        var names = SheetNames(reserved: [instructionsName])
        var listing: [(sheet: String, divisi: String)] = []
        // The head of office's own IKU first, as BAB III measures it, then the divisions.
        for divisi in report.measured {
            let name = names.name(for: divisi.divisi.nama)
            listing.append((name, divisi.divisi.nama))
            sheets.append(sheet(divisi, name: name, tahun: tahun, report: report))
        }
        return Workbook(sheets: [instructions(tahun: tahun, divisions: listing)] + sheets, protectsStructure: true)
    }

    static func sheet(_ divisi: DivisiKinerja, name: String, tahun: Int, report: ComputedReport) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.frozenRows = 3
        sheet.protected = true
        sheet.hiddenColumns = [Column.id.rawValue]
        let locked = CellStyle(locked: true)
        let open = CellStyle(numberFormat: "General", locked: false, fillColor: yellow)
        let header = CellStyle(locked: true, bold: true, fillColor: "D9E2F3", wrapText: true)
        sheet[row: 1, column: 1] = Cell(.text(sheetId(divisi.divisi.id)), style: locked)
        sheet[row: 1, column: 2] = Cell(.text("Divisi"), style: header)
        sheet[row: 1, column: 3] = Cell(.text(divisi.divisi.nama), style: CellStyle(locked: true, bold: true))
        sheet[row: 2, column: 2] = Cell(.text("Tahun"), style: header)
        sheet[row: 2, column: 3] = Cell(.number(DecimalText(tahun)), style: CellStyle(numberFormat: "0", locked: true))
        let titles = [indicatorHeader, "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Satuan", "Polaritas", "Realisasi \(tahun)", "TW I", "TW II", "TW III", "TW IV", "Keterangan"]
        for (index, title) in titles.enumerated() { sheet[row: 3, column: index + 1] = Cell(.text(title), style: header) }
        var row = 4
        let entries = Dictionary((report.data.capaian.first { $0.divisi == divisi.divisi.id }?.realisasi ?? []).map { ($0.indikator, $0) }, uniquingKeysWith: { first, _ in first })
        for sasaran in divisi.sasaran {
            for item in sasaran.indikator {
                let indikator = item.indikator
                let entry = entries[indikator.id]
                let satuan = indikator.satuan ?? ""
                func at(_ column: Column) -> String { "\(CellReference.columnLetters(column.rawValue) ?? "")\(row)" }
                sheet[row: row, column: Column.id.rawValue] = Cell(.text(indikator.id), style: locked)
                sheet[row: row, column: Column.sasaran.rawValue] = Cell(.text(sasaran.sasaran.nama), style: CellStyle(locked: true, wrapText: true))
                sheet[row: row, column: Column.indikator.rawValue] = Cell(.text(indikator.nama), style: CellStyle(locked: true, wrapText: true))
                if let target = indikator.target {
                    sheet[row: row, column: Column.target.rawValue] = Cell(.number(SheetNumbers.text(target)), style: CellStyle(numberFormat: format(target.decimals), locked: true))
                } else {
                    sheet[row: row, column: Column.target.rawValue] = Cell(.text(item.targetTeks), style: locked)
                }
                sheet[row: row, column: Column.satuan.rawValue] = Cell(.text(satuan), style: locked)
                sheet[row: row, column: Column.polaritas.rawValue] = Cell(.text((indikator.polaritas ?? .positif).rawValue), style: locked)
                let unit = satuan.isEmpty ? "" : " dalam satuan \(satuan)"
                if indikator.targetTeks != nil {
                    sheet[row: row, column: Column.realisasi.rawValue] = Cell(.text(entry?.nilaiTeks ?? ""), style: open)
                    let choices = indikator.skala.map { "Pilih salah satu: \($0.joined(separator: ", "))." } ?? "Tulis kata realisasinya, mis. \(item.targetTeks)."
                    let kind: DataValidation.Kind? = indikator.skala.map { .list($0) }
                    sheet.dataValidations.append(validation(at(.realisasi), kind: kind, restrict: kind != nil,
                                                            title: "Realisasi \(tahun)", prompt: "Target: \(item.targetTeks). \(choices) Kosongkan bila belum ada data.",
                                                            error: indikator.skala.map { "Pilih salah satu: \($0.joined(separator: ", "))" } ?? ""))
                } else if entry?.pembilang != nil || entry?.penyebut != nil {
                    // Computed from pembilang/penyebut, which the YAML holds: shown, locked.
                    let computed = item.realisasi
                    sheet[row: row, column: Column.realisasi.rawValue] = Cell(computed.map { .number(SheetNumbers.text($0)) } ?? .empty, style: CellStyle(numberFormat: format(computed?.decimals ?? 2), locked: true))
                } else if indikator.triwulan != nil {
                    sheet[row: row, column: Column.realisasi.rawValue] = Cell(.empty, style: locked)
                } else {
                    let value: CellValue = entry?.triwulan == nil ? (entry?.nilai.map { .number(SheetNumbers.text($0)) } ?? .empty) : .empty
                    sheet[row: row, column: Column.realisasi.rawValue] = Cell(value, style: open)
                    sheet.dataValidations.append(validation(at(.realisasi), kind: .decimal(min: Ranges.nilai.lowerBound, max: Ranges.nilai.upperBound), restrict: true,
                                                            title: "Realisasi \(tahun)", prompt: "Isi realisasi \(tahun)\(unit); target \(item.targetTeks). Desimal dengan koma, mis. 95,5. Kosongkan bila belum ada data.",
                                                            error: "Isi angka realisasi \(tahun), mis. 95,5."))
                }
                if let aggregation = indikator.triwulan?.agregasi {
                    let quarters = entry?.triwulan?.values ?? [nil, nil, nil, nil]
                    for (offset, value) in quarters.enumerated() {
                        let column = Column.tw1.rawValue + offset
                        sheet[row: row, column: column] = Cell(value.map { .number(SheetNumbers.text($0)) } ?? .empty, style: open)
                        let reference = "\(CellReference.columnLetters(column) ?? "")\(row)"
                        sheet.dataValidations.append(validation(reference, kind: .decimal(min: Ranges.nilai.lowerBound, max: Ranges.nilai.upperBound), restrict: true,
                                                                title: "Realisasi TW \(["I", "II", "III", "IV"][offset])",
                                                                prompt: "Isi realisasi triwulan \(["I", "II", "III", "IV"][offset])\(unit). Realisasi \(tahun) dihitung dari triwulan (\(aggregation.rawValue.replacingOccurrences(of: "_", with: " "))).",
                                                                error: "Isi angka realisasi triwulan."))
                    }
                }
                sheet[row: row, column: Column.keterangan.rawValue] = Cell(.text(entry?.keterangan ?? ""), style: CellStyle(locked: false, fillColor: yellow, wrapText: true))
                sheet.dataValidations.append(validation(at(.keterangan), kind: nil, restrict: false, title: "Keterangan", prompt: "Catatan singkat tentang realisasi ini; boleh kosong.", error: ""))
                row += 1
            }
        }
        let lines = divisi.perjanjian.kegiatan.filter { !$0.kegiatan.isProgram && $0.kegiatan.id != nil }
        if !lines.isEmpty {
            row += 1
            let kegiatanTitles = [kegiatanHeader, "", "Kegiatan", "Pagu (Rp)", "", "", "Realisasi \(tahun) (Rp)"]
            for (index, title) in kegiatanTitles.enumerated() where !title.isEmpty { sheet[row: row, column: index + 1] = Cell(.text(title), style: header) }
            row += 1
            for line in lines {
                sheet[row: row, column: KegiatanColumn.id] = Cell(.text(line.kegiatan.id ?? ""), style: locked)
                sheet[row: row, column: KegiatanColumn.nama] = Cell(.text(line.kegiatan.nama), style: CellStyle(locked: true, wrapText: true))
                sheet[row: row, column: KegiatanColumn.pagu] = Cell(.number(SheetNumbers.text(line.anggaran)), style: CellStyle(numberFormat: "#,##0", locked: true))
                sheet[row: row, column: KegiatanColumn.realisasi] = Cell(line.realisasi.map { .number(SheetNumbers.text($0)) } ?? .empty, style: CellStyle(numberFormat: "#,##0", locked: false, fillColor: yellow))
                sheet.dataValidations.append(validation("G\(row)", kind: .whole(min: 0, max: nil), restrict: true, title: "Realisasi anggaran \(tahun)",
                                                        prompt: "Isi realisasi anggaran kegiatan ini tahun \(tahun) dalam rupiah bulat, tanpa titik, mis. 17496194000.",
                                                        error: "Isi rupiah tanpa titik, misalnya 17496194000."))
                row += 1
            }
        }
        sheet.columnWidths = [1: 4, 2: 34, 3: 46, 4: 10, 5: 10, 6: 10, 7: 14, 8: 9, 9: 9, 10: 9, 11: 9, 12: 30]
        return sheet
    }

    /// An input message for an open cell, with the rule Excel enforces while typing (none
    /// for free text: Excel shows input messages only through a validation rule, so free
    /// text gets a list rule that does not restrict).
    static func validation(_ range: String, kind: DataValidation.Kind?, restrict: Bool, title: String, prompt: String, error: String) -> DataValidation {
        var rule = DataValidation(range: range, kind: kind ?? .decimal(min: nil, max: nil), allowBlank: true,
                                  errorTitle: restrict ? String(title.prefix(32)) : nil, errorMessage: restrict ? String(error.prefix(225)) : nil,
                                  promptTitle: String(title.prefix(32)), prompt: String(prompt.prefix(255)))
        if !restrict { rule.kind = .any }
        return rule
    }

    static func format(_ decimals: Int) -> String { decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals) }
}
