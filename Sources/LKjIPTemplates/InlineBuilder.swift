import LKjIPDocument

/// Collects inline runs and collapses whitespace as HTML does, so templates can be indented
/// freely without the indentation showing up in the document.
struct InlineBuilder {
    private(set) var inlines: [Inline] = []
    private var pendingSpace = false

    mutating func appendText(_ text: String, marks: Marks) {
        var current = ""
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && current.isEmpty, case .text(let previous, let previousMarks)? = inlines.last {
                    // The space between runs belongs to the run before, so it is never underlined.
                    inlines[inlines.count - 1] = .text(previous + " ", previousMarks)
                } else if pendingSpace && !current.isEmpty {
                    current.append(" ")
                }
                pendingSpace = false
                current.append(character)
            }
        }
        guard !current.isEmpty else { return }
        if case .text(let previous, let previousMarks)? = inlines.last, previousMarks == marks {
            inlines[inlines.count - 1] = .text(previous + current, marks)
        } else {
            inlines.append(.text(current, marks))
        }
    }

    mutating func appendBreak() {
        inlines.append(.lineBreak)
        pendingSpace = false
    }

    private var endsWithBreak: Bool {
        if case .lineBreak? = inlines.last { return true }
        return false
    }

    var isEmpty: Bool { inlines.isEmpty }
}
