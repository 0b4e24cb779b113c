import LKjIPCompute
import LKjIPModel

/// Rules that need the office's kind: each PK lists the budget at its signatory's level (a
/// head of office the programmes, a Kepala Bidang the kegiatan, a Kepala Seksi or UPTD the
/// sub kegiatan), as the kind's `tingkat` sets it.
public enum OfficeChecks {
    public static func check(_ report: ComputedReport, wording: Wording) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for pk in report.perjanjian {
            let level = wording.tingkat(pk.divisi)
            guard let expected = level.anggaran,
                  let depth = wording.jenis.anggaran.firstIndex(where: { $0.lowercased() == expected.lowercased() }) else { continue }
            for (index, line) in pk.kegiatan.enumerated() {
                guard let found = line.tingkat, found != depth else { continue }
                let name = wording.tingkatAnggaran(found) ?? "level \(found + 1)"
                diagnostics.append(Diagnostic(.warning, at: report.data.sources.location(file: pk.perjanjian.file, keyPath: "kegiatan[\(index)].kode"),
                                              "\(Escape.inline(line.kegiatan.kode ?? "")) is a \(name) line, but the PK of a \(level.id) (\(pk.pihakPertama.jabatanSingkat ?? pk.pihakPertama.jabatan)) lists the budget at the level \(expected); name the budget lines of that level"))
            }
        }
        return diagnostics
    }
}
