import Foundation
import LKjIPModel

/// What stands in for the office's own material and must not reach a signed report: the
/// generic cover logo, pictures that are drawn placeholders, and signatories whose name is a
/// placeholder. Warnings in `check` (a draft may have them), errors with `--strict`.
public enum PlaceholderRule {
    public static func check(_ data: ReportData) -> [Diagnostic] {
        logo(data) + pictures(data) + names(data)
    }

    /// No `instansi.logo`: the cover prints lkjip's neutral default emblem.
    static func logo(_ data: ReportData) -> [Diagnostic] {
        guard data.instansi.logo == nil else { return [] }
        let file = MarkdownFields.file(data, .instansi)
        var location = data.sources.location(file: file, keyPath: "instansi")
        location.keyPath = "instansi.logo"
        return [Diagnostic(.warning, at: location,
                           "instansi.logo is not set, so the cover shows lkjip's generic default logo; set `logo:` to the office's emblem (a PNG or JPEG in the data directory)")]
    }

    /// A LAMPIRAN picture or cover logo that is a placeholder: its caption says so ("gambar
    /// contoh", "placeholder"), or it is a drawn picture of a few grey tones (a PNG with a
    /// palette of at most 16 greys, as the generated "CONTOH" pictures are); no photo or
    /// screenshot is.
    static func pictures(_ data: ReportData) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let file = MarkdownFields.file(data, .lampiran)
        for (list, key) in [(data.lampiran.dokumentasi ?? [], "dokumentasi"), (data.lampiran.aplikasi ?? [], "aplikasi")] {
            for (index, foto) in list.enumerated() {
                let caption = foto.keterangan.lowercased()
                let saysSo = ["gambar contoh", "placeholder", "(contoh)"].contains { caption.contains($0) }
                let grey = data.images[foto.berkas].map(isGreyDrawing) ?? false
                guard saysSo || grey else { continue }
                let why = saysSo ? "its caption calls it an example" : "it is a drawing in a few grey tones"
                diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: file, keyPath: "\(key)[\(index)].berkas"),
                                              "\(Escape.inline(foto.berkas)) is a placeholder picture (\(why)); replace it with the real photo or screenshot"))
            }
        }
        if let logo = data.instansi.logo, let image = data.images[logo], isGreyDrawing(image) {
            diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: MarkdownFields.file(data, .instansi), keyPath: "logo"),
                                          "\(Escape.inline(logo)) is a placeholder picture (a drawing in a few grey tones); use the office's emblem"))
        }
        return diagnostics
    }

    /// A PNG with a palette (colour type 3) of at most 16 entries, all grey (r = g = b).
    static func isGreyDrawing(_ image: ImageFile) -> Bool {
        guard image.format == .png else { return false }
        let bytes = [UInt8](image.data)
        guard bytes.count > 33, bytes[25] == 3 else { return false }
        var position = 8
        while position + 8 <= bytes.count {
            let length = Int(bytes[position]) << 24 | Int(bytes[position + 1]) << 16 | Int(bytes[position + 2]) << 8 | Int(bytes[position + 3])
            let type = String(decoding: bytes[(position + 4)..<(position + 8)], as: UTF8.self)
            guard length >= 0, position + 12 + length <= bytes.count else { return false }
            if type == "PLTE" {
                let entries = length / 3
                guard entries <= 16 else { return false }
                for entry in 0..<entries {
                    let base = position + 8 + entry * 3
                    if bytes[base] != bytes[base + 1] || bytes[base + 1] != bytes[base + 2] { return false }
                }
                return true
            }
            if type == "IDAT" { return false }
            position += 12 + length
        }
        return false
    }

    /// Words that no person's name holds but placeholders do ("Pejabat Kepala Divisi …",
    /// "Nama Kepala", "Contoh").
    static let placeholderWords: Set<String> = ["pejabat", "kepala", "divisi", "nama", "contoh", "fulan", "xxx", "nn"]

    /// A signatory whose name is a placeholder: it holds a word of `placeholderWords`, or
    /// repeats the position it stands for.
    static func names(_ data: ReportData) -> [Diagnostic] {
        let file = MarkdownFields.file(data, .pejabat)
        var diagnostics: [Diagnostic] = []
        // A `<<…>>` name is reported once, by the rule for what is still to fill in.
        for (index, pejabat) in data.pejabat.enumerated() where !pejabat.nama.contains("<<") {
            let words = pejabat.nama.lowercased().split(whereSeparator: { !$0.isLetter })
            let word = words.first { placeholderWords.contains(String($0)) }
            let position = [pejabat.jabatanSingkat, pejabat.jabatan].compactMap { $0 }.first { pejabat.nama.lowercased().contains($0.lowercased()) }
            guard word != nil || position != nil else { continue }
            let why = position != nil ? "it repeats the position" : "\"\(word!)\" is no part of a person's name"
            diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: file, keyPath: "pejabat[\(index)].nama"),
                                          "\"\(Escape.inline(pejabat.nama))\" is a placeholder name (\(why)); write the official's name as it is signed"))
        }
        return diagnostics
    }
}
