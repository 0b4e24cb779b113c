import Foundation
import LKjIPCompute
import LKjIPModel
import LKjIPSheet

/// `lkjip sheet export`: the workbook an officer fills in. One sheet per division; the rows
/// of its IKK with id, sasaran, name, target, unit and polarity locked, and the realisasi
/// columns (the year, TW I-IV where the indicator has quarterly targets, a remark) open, with
/// data validation; below them, the kegiatan of the PK with their pagu locked and the
/// realisasi anggaran open. Current values are filled in, so a workbook exported and
/// imported unchanged changes nothing.
public enum RealisasiSheet {
    static let indicatorHeader = "id_indikator"
    static let kegiatanHeader = "id_kegiatan"

    /// Columns of the indicator block (1-based).
    enum Column: Int, CaseIterable {
        case id = 1, sasaran, indikator, target, satuan, polaritas, realisasi, tw1, tw2, tw3, tw4, keterangan
    }

    public static func workbook(_ report: ComputedReport) throws -> Workbook {
        let tahun = report.data.instansi.tahun
        var sheets: [Worksheet] = []
        var used: Set<String> = []
        for divisi in report.divisi {
            var sheet = Worksheet(name: sheetName(divisi.divisi.nama, used: &used))
            sheet.frozenRows = 3
            sheet.protected = true
            let locked = CellStyle(locked: true)
            let open = CellStyle(numberFormat: "General", locked: false, fillColor: "FFF2CC")
            let header = CellStyle(locked: true, bold: true, fillColor: "D9E2F3", wrapText: true)
            sheet[row: 1, column: 1] = Cell(.text("divisi"), style: header)
            sheet[row: 1, column: 2] = Cell(.text(divisi.divisi.id), style: locked)
            sheet[row: 1, column: 3] = Cell(.text(divisi.divisi.nama), style: CellStyle(locked: true, bold: true))
            sheet[row: 2, column: 1] = Cell(.text("tahun"), style: header)
            sheet[row: 2, column: 2] = Cell(.number(Double(tahun)), style: CellStyle(numberFormat: "0", locked: true))
            let titles = ["id_indikator", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Satuan", "Polaritas", "Realisasi \(tahun)", "TW I", "TW II", "TW III", "TW IV", "Keterangan"]
            for (index, title) in titles.enumerated() { sheet[row: 3, column: index + 1] = Cell(.text(title), style: header) }
            var row = 4
            let entries = Dictionary((report.data.capaian.first { $0.divisi == divisi.divisi.id }?.realisasi ?? []).map { ($0.indikator, $0) }, uniquingKeysWith: { first, _ in first })
            for sasaran in divisi.sasaran {
                for item in sasaran.indikator {
                    let indikator = item.indikator
                    let entry = entries[indikator.id]
                    sheet[row: row, column: Column.id.rawValue] = Cell(.text(indikator.id), style: locked)
                    sheet[row: row, column: Column.sasaran.rawValue] = Cell(.text(sasaran.sasaran.nama), style: CellStyle(locked: true, wrapText: true))
                    sheet[row: row, column: Column.indikator.rawValue] = Cell(.text(indikator.nama), style: CellStyle(locked: true, wrapText: true))
                    if let target = indikator.target {
                        sheet[row: row, column: Column.target.rawValue] = Cell(.number(target.value), style: CellStyle(numberFormat: format(target.decimals), locked: true))
                    } else {
                        sheet[row: row, column: Column.target.rawValue] = Cell(.text(item.targetTeks), style: locked)
                    }
                    sheet[row: row, column: Column.satuan.rawValue] = Cell(.text(indikator.satuan ?? ""), style: locked)
                    sheet[row: row, column: Column.polaritas.rawValue] = Cell(.text((indikator.polaritas ?? .positif).rawValue), style: locked)
                    let reference = "\(CellReference.columnLetters(Column.realisasi.rawValue) ?? "")\(row)"
                    if indikator.targetTeks != nil {
                        sheet[row: row, column: Column.realisasi.rawValue] = Cell(.text(entry?.nilaiTeks ?? ""), style: open)
                        if let skala = indikator.skala {
                            sheet.dataValidations.append(DataValidation(range: reference, kind: .list(skala), allowBlank: true, errorTitle: "Realisasi", errorMessage: "Pilih salah satu: \(skala.joined(separator: ", "))"))
                        }
                    } else if entry?.pembilang != nil || entry?.penyebut != nil {
                        // Computed from pembilang/penyebut, which the YAML holds: shown, locked.
                        let computed = divisi.sasaran.flatMap(\.indikator).first { $0.indikator.id == indikator.id }?.realisasi
                        sheet[row: row, column: Column.realisasi.rawValue] = Cell(computed.map { .number($0.value) } ?? .empty, style: CellStyle(numberFormat: format(computed?.decimals ?? 2), locked: true))
                    } else {
                        let value: CellValue = entry?.triwulan == nil ? (entry?.nilai.map { .number($0.value) } ?? .empty) : .empty
                        sheet[row: row, column: Column.realisasi.rawValue] = Cell(value, style: open)
                        sheet.dataValidations.append(DataValidation(range: reference, kind: .decimal(min: Ranges.nilai.lowerBound, max: Ranges.nilai.upperBound), allowBlank: true, errorTitle: "Realisasi", errorMessage: "Isi angka realisasi \(tahun)."))
                    }
                    if indikator.triwulan != nil {
                        let quarters = entry?.triwulan?.values ?? [nil, nil, nil, nil]
                        for (offset, value) in quarters.enumerated() {
                            let column = Column.tw1.rawValue + offset
                            sheet[row: row, column: column] = Cell(value.map { .number($0.value) } ?? .empty, style: open)
                            sheet.dataValidations.append(DataValidation(range: "\(CellReference.columnLetters(column) ?? "")\(row)", kind: .decimal(min: Ranges.nilai.lowerBound, max: Ranges.nilai.upperBound), allowBlank: true, errorTitle: "Realisasi triwulan", errorMessage: "Isi angka realisasi triwulan."))
                        }
                        sheet[row: row, column: Column.realisasi.rawValue] = Cell(.empty, style: locked)
                    }
                    sheet[row: row, column: Column.keterangan.rawValue] = Cell(.text(entry?.keterangan ?? ""), style: CellStyle(locked: false, fillColor: "FFF2CC", wrapText: true))
                    row += 1
                }
            }
            let lines = divisi.perjanjian.kegiatan.filter { !$0.kegiatan.isProgram && $0.kegiatan.id != nil }
            if !lines.isEmpty {
                row += 1
                let kegiatanTitles = ["id_kegiatan", "", "Kegiatan", "Pagu (Rp)", "", "", "Realisasi \(tahun) (Rp)"]
                for (index, title) in kegiatanTitles.enumerated() where !title.isEmpty { sheet[row: row, column: index + 1] = Cell(.text(title), style: header) }
                row += 1
                for line in lines {
                    sheet[row: row, column: 1] = Cell(.text(line.kegiatan.id ?? ""), style: locked)
                    sheet[row: row, column: 3] = Cell(.text(line.kegiatan.nama), style: CellStyle(locked: true, wrapText: true))
                    sheet[row: row, column: 4] = Cell(.number(Double(line.anggaran)), style: CellStyle(numberFormat: "#,##0", locked: true))
                    sheet[row: row, column: 7] = Cell(line.realisasi.map { .number(Double($0)) } ?? .empty, style: CellStyle(numberFormat: "#,##0", locked: false, fillColor: "FFF2CC"))
                    sheet.dataValidations.append(DataValidation(range: "G\(row)", kind: .whole(min: 0, max: nil), allowBlank: true, errorTitle: "Realisasi anggaran", errorMessage: "Isi rupiah tanpa titik, misalnya 17496194000."))
                    row += 1
                }
            }
            sheet.columnWidths = [1: 14, 2: 34, 3: 46, 4: 10, 5: 10, 6: 10, 7: 14, 8: 9, 9: 9, 10: 9, 11: 9, 12: 30]
            sheets.append(sheet)
        }
        return Workbook(sheets: sheets, protectsStructure: true)
    }

    static func format(_ decimals: Int) -> String { decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals) }

    /// Excel's sheet names: at most 31 characters, none of []:*?/\ , unique.
    static func sheetName(_ name: String, used: inout Set<String>) -> String {
        var base = name.hasPrefix("Divisi ") ? String(name.dropFirst(7)) : name
        base = String(base.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(28)).trimmingWhitespace()
        if base.isEmpty { base = "Divisi" }
        var candidate = base
        var counter = 2
        while used.contains(candidate.lowercased()) { candidate = "\(base) \(counter)"; counter += 1 }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// The same content as CSV rows (one file for all divisions): divisi, jenis, id, name,
    /// target, realisasi, TW I-IV, keterangan.
    public static func csv(_ workbook: Workbook) -> [[String]] {
        var rows = [["divisi", "jenis", "id", "nama", "target", "realisasi", "tw1", "tw2", "tw3", "tw4", "keterangan"]]
        for sheet in workbook.sheets {
            let divisi = sheet[row: 1, column: 2].rawText
            var block = ""
            for number in sheet.rowNumbers where number > 3 {
                let first = sheet[row: number, column: 1].rawText
                if first == indicatorHeader || first == kegiatanHeader { block = first; continue }
                guard !first.isEmpty else { continue }
                if block == kegiatanHeader {
                    rows.append([divisi, "kegiatan", first, sheet[row: number, column: 3].rawText, sheet[row: number, column: 4].rawText, sheet[row: number, column: 7].rawText, "", "", "", "", ""])
                } else {
                    rows.append([divisi, "indikator", first, sheet[row: number, column: 3].rawText, sheet[row: number, column: 4].rawText]
                                + (7...12).map { sheet[row: number, column: $0].rawText })
                }
            }
        }
        return rows
    }
}
