import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// How a pejabat signs, written once: the position with Plt./Plh. when acting, the name
/// with academic titles, the rank with its grade, the NIP, and the scanned signature when
/// the data has one.
enum Signatories {
    static func make(_ pejabat: Pejabat, images: [String: ImageFile]) -> Signatory {
        Signatory(roleLines: [jabatan(pejabat)], name: fullName(pejabat), rank: rank(pejabat),
                  identifier: "NIP. " + NIP.format(pejabat.nip), image: scan(pejabat, images: images))
    }

    /// "Plt. Kepala Divisi Administrasi".
    static func jabatan(_ pejabat: Pejabat, full: Bool = false) -> String {
        let title = full ? pejabat.jabatan : (pejabat.jabatanSingkat ?? pejabat.jabatan)
        switch pejabat.status ?? .definitif {
        case .definitif: return title
        case .plt: return "Plt. " + title
        case .plh: return "Plh. " + title
        }
    }

    /// "Dr. Haris Sukamto, S.H., M.H."
    static func fullName(_ pejabat: Pejabat) -> String {
        var name = pejabat.nama
        if let front = pejabat.gelarDepan, !front.isEmpty { name = front + " " + name }
        if let back = pejabat.gelarBelakang, !back.isEmpty { name += ", " + back }
        return name
    }

    /// "Pembina Utama Muda (IV/c)".
    /// The name, marked "(Plt.)" or "(Plh.)" for an acting official: where the position is not
    /// printed beside the name (the organisation chart's division boxes).
    static func fullNameWithStatus(_ pejabat: Pejabat) -> String {
        switch pejabat.status ?? .definitif {
        case .definitif: return fullName(pejabat)
        case .plt: return fullName(pejabat) + " (Plt.)"
        case .plh: return fullName(pejabat) + " (Plh.)"
        }
    }

    static func rank(_ pejabat: Pejabat) -> String? {
        switch (pejabat.pangkat, pejabat.golongan) {
        case let (pangkat?, golongan?): return "\(pangkat) (\(golongan))"
        case let (pangkat?, nil): return pangkat
        case let (nil, golongan?): return golongan
        default: return nil
        }
    }

    static func scan(_ pejabat: Pejabat, images: [String: ImageFile]) -> Image? {
        var candidates = [pejabat.ttd].compactMap { $0 }
        if let nip = try? NIP(pejabat.nip) { candidates += ["png", "jpg", "jpeg"].map { "assets/ttd/\(nip.digits).\($0)" } }
        for path in candidates {
            if let file = images[path] { return ImageSizing.image(file, widthPoints: 110, description: "Tanda tangan \(fullName(pejabat))") }
        }
        return nil
    }
}
