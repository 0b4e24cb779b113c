import LKjIPModel
import LKjIPSheet

/// The workbook and CSV readers' problems in Indonesian, for the officer who returns the
/// file: the sheet's own cell (`'Pelayanan Hukum'!G5`) or the CSV's line, then what is wrong
/// and what to do. The readers (LKjIPSheet) word their errors in English for every caller;
/// this maps the ones an officer can cause, and keeps the English reason for the rest.
enum SheetErrorText {
    static func indonesian(_ error: SheetError) -> String {
        let english = error.message
        let location: String? = {
            if let sheet = error.sheet {
                let reference = SheetValues.reference(sheet, error.cell.map { "\($0)" } ?? "")
                return error.cell == nil ? String(reference.dropLast()) : reference
            }
            if let part = error.part { return Escape.inline(part, limit: 80) }
            if let line = error.line { return "baris \(line)" + (error.column.map { ", kolom \($0)" } ?? "") }
            return nil
        }()
        let table: [(String, String)] = [
            ("password-protected workbook or an old .xls", "ini buku kerja berkata sandi atau berkas .xls lama; simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi"),
            ("is not an .xlsx file", "berkas ini bukan .xlsx (bukan arsip zip yang utuh); simpan dari Excel atau LibreOffice sebagai \"Excel Workbook (.xlsx)\""),
            ("unpacks to more than", "buku kerja ini terlalu besar setelah dibuka; hapus lembar yang tidak dipakai"),
            ("is encrypted", "bagian berkas ini terenkripsi; simpan buku kerja tanpa kata sandi"),
            ("compression method", "berkas memakai kompresi yang tidak dikenal; simpan ulang dari Excel atau LibreOffice"),
            ("the zip archive is damaged", "berkas rusak (arsip zip tidak utuh); simpan ulang dari Excel atau LibreOffice"),
            ("points outside the package", "berkas berisi nama bagian yang menunjuk ke luar paket; berkas ditolak"),
            ("twice; the file is damaged", "berkas rusak (satu bagian muncul dua kali); simpan ulang dari Excel atau LibreOffice"),
            ("contains a DOCTYPE", "berkas berisi deklarasi DOCTYPE yang tidak pernah ada di lembar kerja; berkas ditolak"),
            ("is not well-formed XML", "berkas rusak (XML tidak utuh); simpan ulang dari Excel atau LibreOffice"),
            ("not a workbook", "berkas ini bukan buku kerja Excel (mungkin dokumen Word atau PowerPoint)"),
            ("names no main document", "berkas ini bukan buku kerja Excel"),
            ("the workbook has no worksheets", "buku kerja tidak punya lembar kerja"),
            ("is missing; the file is damaged", "berkas rusak (ada bagian yang hilang); simpan ulang dari Excel atau LibreOffice"),
            ("rows; this is not", "berkas punya lebih dari \(Self.number(in: english)) baris; ini bukan formulir yang diisi tangan"),
            ("non-empty cells; this is not", "berkas punya lebih dari \(Self.number(in: english)) sel berisi; ini bukan formulir yang diisi tangan"),
            ("strings", "berkas punya lebih dari \(Self.number(in: english)) teks; ini bukan formulir yang diisi tangan"),
            ("shows the error", "sel menampilkan galat rumus (\(Self.quoted(english, after: "shows the error ")))"),
            ("but no calculated value", "sel berisi rumus tanpa hasil yang tersimpan; buka berkas di Excel atau LibreOffice lalu simpan lagi"),
            ("is never closed", "tanda kutip \" yang dibuka di sini tidak pernah ditutup"),
            ("after the closing quote", "ada teks setelah tanda kutip penutup; tanda kutip di dalam isian harus ditulis dua kali (\"\")"),
        ]
        let message = table.first { english.contains($0.0) }?.1 ?? "berkas tidak dapat dibaca: \(Escape.inline(english, limit: 200))"
        return [location, message].compactMap { $0 }.joined(separator: ": ")
    }

    /// The first number in an English message (a limit).
    static func number(in text: String) -> String {
        String(text.drop { !$0.isNumber }.prefix { $0.isNumber })
    }

    /// The token after `marker` in an English message (the error value `#DIV/0!`).
    static func quoted(_ text: String, after marker: String) -> String {
        guard let range = text.range(of: marker) else { return "" }
        return Escape.inline(String(text[range.upperBound...].prefix { $0 != " " }), limit: 20)
    }
}
