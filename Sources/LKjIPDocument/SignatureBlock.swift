/// One or two signatories side by side, kept together on one page.
///
/// Perjanjian Kinerja pages put Pihak Kedua on the left and Pihak Pertama on the right;
/// the KATA PENGANTAR has a single signatory on the right.
public struct SignatureBlock: Equatable, Sendable {
    /// "Padang, 5 Januari 2023", printed above the right-hand signatory.
    public var placeAndDate: String?
    public var left: Signatory?
    public var right: Signatory?

    public init(placeAndDate: String? = nil, left: Signatory? = nil, right: Signatory? = nil) {
        self.placeAndDate = placeAndDate
        self.left = left
        self.right = right
    }
}

public struct Signatory: Equatable, Sendable {
    /// Lines above the signing space ("Pihak Kedua,", "Kepala Kantor Wilayah Sumatera Barat").
    public var roleLines: [String]
    public var name: String
    /// Already formatted identity line, e.g. "NIP. 19660605 198911 1 001".
    public var identifier: String?
    /// Scanned signature or stamp; without it the space stays blank for a wet signature.
    public var image: Image?

    public init(roleLines: [String], name: String, identifier: String? = nil, image: Image? = nil) {
        self.roleLines = roleLines
        self.name = name
        self.identifier = identifier
        self.image = image
    }
}
