import Foundation
import LKjIPCompute
import LKjIPModel

/// How a signatory appears in templates: the name once, the NIP formatted once.
enum PejabatContext {
    static func make(_ pejabat: Pejabat, dataDirectory: URL) -> ContextObject {
        [
            "id": pejabat.id,
            "nama": pejabat.nama,
            "nip": "NIP. " + IndonesianFormat.nip(pejabat.nip),
            "jabatan": pejabat.jabatan,
            "jabatanSingkat": pejabat.jabatanSingkat ?? pejabat.jabatan,
            "jabatanUpper": (pejabat.jabatanSingkat ?? pejabat.jabatan).uppercased(),
            "ttd": signaturePath(pejabat, dataDirectory: dataDirectory),
            "hasTtd": !signaturePath(pejabat, dataDirectory: dataDirectory).isEmpty,
        ]
    }

    /// A scanned signature is used when the data names one or `assets/ttd/<nip>.png` exists in
    /// the data directory; otherwise the space stays blank for a wet signature.
    static func signaturePath(_ pejabat: Pejabat, dataDirectory: URL) -> String {
        let candidates = [pejabat.ttd, "assets/ttd/\(pejabat.nip).png", "assets/ttd/\(pejabat.nip).jpg"].compactMap { $0 }
        for candidate in candidates {
            let url = dataDirectory.appendingPathComponent(candidate)
            if FileManager.default.fileExists(atPath: url.path) { return candidate }
        }
        return ""
    }
}
