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

    public init(placeAndDate: String? = nil, left: Signatory? = nil, right: Signatory? = nil) {
        self.placeAndDate = placeAndDate
        self.left = left
        self.right = right
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
