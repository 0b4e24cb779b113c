import LKjIPModel

/// Official names spelled one way. The data itself defines the official terms (division and
/// unit names, the ministry, the office, satker and kinds of unit); a word in the prose or
/// the data that is one or two edits away from such a term ("Pemasarakatan",
/// "adminitrasi", "Kementrian") is reported with the term it probably means.
///
/// Only distinctive terms of 8 letters or more are compared, and only words starting with the
/// same letter: short or common words ("tahanan", "negara") would give false alarms.
enum Spelling {
    /// Ordinary Indonesian words that happen to be one edit from an official term.
    static let ordinaryWords: Set<String> = [
        "penyimpangan", "pengimigrasian", "perundangan", "kementeriannya", "pelayanannya",
        "pembinaan", "pembimbingan", "pemasyarakatan", "masyarakat", "pengawasan",
        "kepmenkumham", "permenkumham", "intellectual",
    ]

    static func check(_ data: ReportData) -> [Diagnostic] {
        let official = vocabulary(data)
        guard !official.isEmpty else { return [] }
        var verdicts: [String: String?] = [:]
        // The terms as characters, by first character (in the dictionary's order), made once
        // rather than for every word compared.
        var byFirst: [Character: [(letters: [Character], display: String)]] = [:]
        for (term, display) in official {
            guard let first = term.first else { continue }
            byFirst[first, default: []].append((Array(term), display))
        }
        func suggestion(_ word: String) -> String? {
            if let cached = verdicts[word] { return cached }
            var result: String?
            if official[word] == nil, !ordinaryWords.contains(word), let first = word.first {
                let letters = Array(word)
                let limit = letters.count >= 12 ? 2 : 1
                var best = limit + 1
                for (term, display) in byFirst[first] ?? [] {
                    if term.starts(with: letters) || letters.starts(with: term) { continue }
                    // A different ending makes a related word ("administratif" beside
                    // "Administrasi"); misspellings sit inside the word.
                    if zip(term, letters).prefix(while: { $0 == $1 }).count >= term.count - 2 { continue }
                    if let distance = EditDistance.within(letters, term, limit: limit), distance > 0, distance < best {
                        best = distance
                        result = display
                    }
                }
            }
            verdicts[word] = result
            return result
        }
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        func scan(_ text: String, locate: (Int) -> SourceLocation, key: String) {
            for (line, word) in words(text) {
                let lower = word.lowercased()
                guard lower.count >= 7, let term = suggestion(lower) else { continue }
                let identity = "\(key)|\(line)|\(lower)"
                guard reported.insert(identity).inserted else { continue }
                diagnostics.append(Diagnostic(.warning, at: locate(line), "\"\(Escape.inline(word))\" looks like a misspelling of the official name \"\(term)\"; did you mean \"\(term)\"?"))
            }
        }
        MarkdownFields.forEach(data) { field, text in
            scan(MarkdownComments.blanked(text), locate: { Checker.locate(field, line: $0, in: data) }, key: field.file + field.keyPath)
        }
        for pk in data.perjanjian {
            for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
                scan(sasaran.nama, locate: { _ in data.sources.location(file: pk.file, keyPath: "\(pk.sasaranKey)[\(s)].nama") }, key: "\(pk.file)s\(s)")
                for (i, item) in sasaran.indikator.enumerated() {
                    scan(item.nama, locate: { _ in data.sources.location(file: pk.file, keyPath: "\(pk.sasaranKey)[\(s)].indikator[\(i)].nama") }, key: "\(pk.file)s\(s)i\(i)")
                }
            }
            for (k, item) in pk.kegiatan.enumerated() {
                scan(item.nama, locate: { _ in data.sources.location(file: pk.file, keyPath: "kegiatan[\(k)].nama") }, key: "\(pk.file)k\(k)")
            }
        }
        for capaian in data.capaian {
            for (u, unit) in capaian.unit.enumerated() {
                for (r, row) in unit.riwayat.enumerated() {
                    scan(row.nama ?? "", locate: { _ in data.sources.location(file: capaian.file, keyPath: "unit[\(u)].riwayat[\(r)].nama") }, key: "\(capaian.file)u\(u)r\(r)")
                }
                for (r, row) in unit.renstra.enumerated() {
                    scan(row.nama ?? "", locate: { _ in data.sources.location(file: capaian.file, keyPath: "unit[\(u)].renstra[\(r)].nama") }, key: "\(capaian.file)u\(u)d\(r)")
                }
            }
        }
        // Names and captions that are printed but are not Markdown.
        func scanLine(_ text: String?, _ file: String, _ keyPath: String) {
            guard let text else { return }
            scan(text, locate: { _ in data.sources.location(file: file, keyPath: keyPath) }, key: file + keyPath)
        }
        let lampiran = MarkdownFields.file(data, .lampiran), anggaran = MarkdownFields.file(data, .anggaran)
        for (list, key) in [(data.lampiran.dokumentasi ?? [], "dokumentasi"), (data.lampiran.aplikasi ?? [], "aplikasi")] {
            for (index, foto) in list.enumerated() { scanLine(foto.keterangan, lampiran, "\(key)[\(index)].keterangan") }
        }
        for (index, row) in data.anggaran.smartDja.enumerated() { scanLine(row.satker, anggaran, "smart_dja[\(index)].satker") }
        for (a, aspek) in data.anggaran.ikpa.enumerated() {
            scanLine(aspek.aspek, anggaran, "ikpa[\(a)].aspek")
            for (i, item) in aspek.indikator.enumerated() { scanLine(item.nama, anggaran, "ikpa[\(a)].indikator[\(i)].nama") }
        }
        return diagnostics
    }

    /// Lowercased official word to its spelling in the data.
    static func vocabulary(_ data: ReportData) -> [String: String] {
        var names = [data.instansi.nama, data.instansi.namaSingkat] + [data.instansi.kementerian].compactMap { $0 } + (data.instansi.induk ?? [])
        names += data.organisasi.divisi.map(\.nama)
        names += data.organisasi.satker.map(\.nama)
        names += (data.organisasi.jenisSatker ?? []).map(\.nama)
        names += data.capaian.flatMap { $0.unit.compactMap(\.judul) }
        var vocabulary: [String: String] = [:]
        for name in names {
            for (_, word) in words(name) where word.count >= 8 {
                let lower = word.lowercased()
                if vocabulary[lower] == nil { vocabulary[lower] = word }
            }
        }
        return vocabulary
    }

    /// Words (runs of letters) with their 1-based line.
    static func words(_ text: String) -> [(Int, String)] {
        // Scalars, not Characters: grapheme breaking is the slow part of a long text, and an
        // ASCII letter needs no Unicode property lookup.
        var result: [(Int, String)] = []
        var line = 1
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isLetter = scalar.isASCII
                ? (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
                : scalar.properties.isAlphabetic
            if isLetter {
                current.append(scalar)
            } else {
                if !current.isEmpty { result.append((line, String(current))); current = String.UnicodeScalarView() }
                if scalar == "\n" { line += 1 }
            }
        }
        if !current.isEmpty { result.append((line, String(current))) }
        return result
    }
}
