/// One or two signatories side by side, kept together on one page and with the lines before it.
///
/// Both signatories share rows (place and date, roles, the space for signature and stamp,
/// name, rank, NIP), so their names line up whatever wraps. Perjanjian Kinerja pages put
/// Pihak Kedua on the left and Pihak Pertama on the right; the KATA PENGANTAR has one
/// signatory on the right.
public struct SignatureBlock: Equatable, Sendable {
    /// "Padang, 5 Januari 2023", printed above the right-hand signatory.
    public var placeAndDate: String?
    public var left: Signatory?
    public var right: Signatory?
    /// Bookmark and HTML id ("ttd-3"), set by `DocumentNumbering`: where a layout check finds
    /// the page the block landed on.
    public var anchor: String?
    /// Set for a document to be signed electronically (`--tte`): each signatory's signing
    /// space is an empty area of the stamp's size instead of a scanned signature, and the
    /// block ends with the certificate note, so every page that carries a signature carries
    /// the note too. Writers print what this says; they decide nothing.
    public var electronic: ElectronicSignature?

    public init(placeAndDate: String? = nil, left: Signatory? = nil, right: Signatory? = nil) {
        self.placeAndDate = placeAndDate
        self.left = left
        self.right = right
    }
}

/// What a document signed through a certified electronic signature (TTE, BSrE/BSSN) prints
/// in a signature block: nothing where the signature goes but an area kept free for the
/// certificate's visual stamp, which the signing system (SRIKANDI, BSrE's applications) puts
/// there when the PDF is signed, and the note that the document is signed so.
public struct ElectronicSignature: Equatable, Sendable {
    /// "Dokumen ini telah ditandatangani secara elektronik …", printed under the block.
    public var note: String
    /// The accessible name of the empty area (the HTML's title of it).
    public var areaLabel: String
    /// Size of the area kept free for the stamp, in points.
    public var width: Double
    public var height: Double

    /// The area a BSrE visual stamp needs: the stamp is a QR code with the signer's
    /// certificate line beside or under it, which signing applications place at about
    /// 4–5 cm wide and 2–2,5 cm high; 5 × 2,5 cm (142 × 71 pt) holds it with a margin and
    /// fits in one half of a two-signatory block. (An assumption from published TTE
    /// documents, not a BSSN specification: change it here, the one place it is set.)
    public static let stampWidth = 142.0
    public static let stampHeight = 71.0

    public init(note: String, areaLabel: String, width: Double = ElectronicSignature.stampWidth, height: Double = ElectronicSignature.stampHeight) {
        self.note = note
        self.areaLabel = areaLabel
        self.width = width
        self.height = height
    }
}

public struct Signatory: Equatable, Sendable {
    /// Lines above the signing space ("Pihak Kedua,", "Plt. Kepala Kantor Wilayah").
    public var roleLines: [String]
    /// The name with academic titles.
    public var name: String
    /// "Pembina Utama Muda (IV/c)".
    public var rank: String?
    /// Already formatted identity line, e.g. "NIP. 19660605 198911 1 001".
    public var identifier: String?
    /// Scanned signature; without it the space stays blank for a wet signature and stamp.
    public var image: Image?

    public init(roleLines: [String], name: String, rank: String? = nil, identifier: String? = nil, image: Image? = nil) {
        self.roleLines = roleLines
        self.name = name
        self.rank = rank
        self.identifier = identifier
        self.image = image
    }
}
