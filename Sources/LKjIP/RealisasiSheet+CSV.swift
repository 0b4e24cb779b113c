import LKjIPSheet

extension RealisasiSheet {
    /// The columns of the CSV file, one record per IKK and per kegiatan of every division.
    enum CSVColumn: String, CaseIterable {
        case divisi, jenis, id, nama, target, satuan, realisasi, tw1, tw2, tw3, tw4, keterangan

        /// Where the field comes from in a division's sheet: a column of the row, or a
        /// constant (nil: the field must be empty).
        func source(kegiatan: Bool) -> Source {
            switch self {
            case .divisi: return .division
            case .jenis: return .constant(kegiatan ? "kegiatan" : "indikator")
            case .id: return .column(Column.id.rawValue)
            case .nama: return .column(kegiatan ? KegiatanColumn.nama : Column.indikator.rawValue)
            case .target: return .column(kegiatan ? KegiatanColumn.pagu : Column.target.rawValue)
            case .satuan: return kegiatan ? .constant("Rp") : .column(Column.satuan.rawValue)
            case .realisasi: return .column(kegiatan ? KegiatanColumn.realisasi : Column.realisasi.rawValue)
            case .tw1, .tw2, .tw3, .tw4, .keterangan:
                let column = [CSVColumn.tw1: Column.tw1, .tw2: .tw2, .tw3: .tw3, .tw4: .tw4, .keterangan: .keterangan][self]!
                return kegiatan ? .constant("") : .column(column.rawValue)
            }
        }
    }

    enum Source: Equatable {
        case division
        case constant(String)
        case column(Int)
    }

    /// The same content as CSV text in the Indonesian convention Excel and Calc use on an
    /// Indonesian machine: `;` between fields, decimal comma, UTF-8 with a byte order mark,
    /// CRLF. Text fields that a spreadsheet would take for a formula are neutralised
    /// (`CSVFormulaGuard`).
    public static func csv(_ workbook: Workbook) -> String {
        CSVWriter.write(csvRows(workbook), delimiter: ";", byteOrderMark: true)
    }

    static func csvRows(_ workbook: Workbook) -> [[String]] {
        var rows = [CSVColumn.allCases.map(\.rawValue)]
        for record in records(workbook) {
            rows.append(CSVColumn.allCases.map { column in
                switch column.source(kegiatan: record.kegiatan) {
                case .division: return CSVFormulaGuard.neutralized(record.divisi)
                case .constant(let text): return text
                case .column(let number): return csvField(record.sheet[row: record.row, column: number])
                }
            })
        }
        return rows
    }

    /// A cell as a CSV field: numbers with a decimal comma, text guarded against formulas.
    static func csvField(_ cell: Cell) -> String {
        switch cell.value {
        case .empty: return ""
        case .number(let number): return SheetNumbers.csv(number)
        case .text(let text): return CSVFormulaGuard.neutralized(text)
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        }
    }

    /// One data row of a division's sheet.
    struct Record {
        var divisi: String
        var kegiatan: Bool
        var id: String
        var sheet: Worksheet
        var row: Int
    }

    /// The data rows of every division's sheet, in order.
    static func records(_ workbook: Workbook) -> [Record] {
        var result: [Record] = []
        for sheet in workbook.sheets where sheet.name != instructionsName {
            let divisi = sheet[row: 1, column: 1].rawText
            var kegiatan = false
            for number in sheet.rowNumbers where number > 3 {
                let first = sheet[row: number, column: 1].rawText
                if first == indicatorHeader || first == kegiatanHeader { kegiatan = first == kegiatanHeader; continue }
                guard !first.isEmpty else { continue }
                result.append(Record(divisi: divisi, kegiatan: kegiatan, id: first, sheet: sheet, row: number))
            }
        }
        return result
    }
}
