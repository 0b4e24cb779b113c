import LKjIPDocument

/// `--tte`: a document to be signed with a certified electronic signature (BSrE/BSSN, through
/// SRIKANDI or the office's signing application). Every signature block of the document
/// leaves its signing space empty, at the stamp's size, drops any scanned signature, and ends
/// with the certificate note, so every signed page of every document carries both. The PDF
/// itself is left unsigned: the signing system signs it.
public enum ElectronicSigning {
    public static func apply(_ document: inout Document, wording: Wording) {
        let electronic = ElectronicSignature(note: wording[.tteCatatan], areaLabel: wording[.tteRuang])
        for index in document.sections.indices {
            document.sections[index].blocks = document.sections[index].blocks.map { mark($0, electronic) }
        }
    }

    static func mark(_ block: Block, _ electronic: ElectronicSignature) -> Block {
        switch block {
        case .signature(var signature):
            signature.electronic = electronic
            signature.left?.image = nil
            signature.right?.image = nil
            return .signature(signature)
        case .keepTogether(let inner):
            return .keepTogether(inner.map { mark($0, electronic) })
        default:
            return block
        }
    }
}
