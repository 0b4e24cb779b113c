import LKjIPDocument

/// Collects inline runs and collapses whitespace as HTML does, so templates can be indented
/// freely without the indentation showing up in the document. Works on Unicode scalars, not
/// Characters: grapheme breaking is the most expensive part of reading a large chapter, and
/// whitespace is never part of a grapheme cluster worth keeping.
struct InlineBuilder {
    private(set) var inlines: [Inline] = []
    private var pendingSpace = false

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D: return true
        default: return scalar.value > 0x7F && scalar.properties.isWhitespace && scalar.value != 0xA0
        }
    }

    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isSpace)
    }

    mutating func appendText(_ text: String, marks: Marks) {
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Self.isSpace(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if current.isEmpty, case .text(let previous, let previousMarks)? = inlines.last,
                   !previousMarks.contains(.underline) || marks.contains(.underline) {
                    // The space between runs goes with the run before, unless that run is
                    // underlined and the next is not: an underline never runs on under a space.
                    inlines[inlines.count - 1] = .text(previous + " ", previousMarks)
                } else if current.isEmpty, case .text? = inlines.last {
                    current.append(" ")
                } else if !current.isEmpty {
                    current.append(" ")
                }
                pendingSpace = false
            }
            current.append(scalar)
        }
        guard !current.isEmpty else { return }
        let piece = String(current)
        if case .text(let previous, let previousMarks)? = inlines.last, previousMarks == marks {
            inlines[inlines.count - 1] = .text(previous + piece, marks)
        } else {
            inlines.append(.text(piece, marks))
        }
    }

    mutating func appendBreak() {
        inlines.append(.lineBreak)
        pendingSpace = false
    }

    var isEmpty: Bool { inlines.isEmpty }
}
