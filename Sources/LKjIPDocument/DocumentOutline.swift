/// The parts of a document as a reader sees them: a heading with nothing under it (no table,
/// no narasi, no sub-part with content) is left out, and so out of DAFTAR ISI; the headings
/// that ask for a number are then numbered in order, so the letters of the parts kept run
/// a, b, c and never jump a → e over an omitted part. Chapters (level 1) always stay: the
/// regulation fixes them.
///
/// Only headings at the top level of a section count; a part ends at the next heading of the
/// same or a higher level, or at the end of its section.
public enum DocumentOutline {
    public static func apply(_ document: inout Document) {
        for index in document.sections.indices {
            document.sections[index].blocks = omitEmpty(document.sections[index].blocks)
        }
        number(&document)
    }

    /// The blocks without the headings whose part holds nothing.
    static func omitEmpty(_ blocks: [Block]) -> [Block] {
        var keep = Array(repeating: true, count: blocks.count)
        for (index, block) in blocks.enumerated() {
            guard case .heading(let heading) = block, heading.level > 1 else { continue }
            keep[index] = hasContent(blocks, after: index, level: heading.level)
        }
        return blocks.indices.filter { keep[$0] }.map { blocks[$0] }
    }

    /// Whether anything but headings and page breaks stands between the heading at `index`
    /// and the next heading of its level or higher.
    static func hasContent(_ blocks: [Block], after index: Int, level: Int) -> Bool {
        for block in blocks[(index + 1)...] {
            switch block {
            case .heading(let next):
                if next.level <= level { return false }
            case .pageBreak:
                continue
            default:
                return true
            }
        }
        return false
    }

    /// Numbers every heading that asks for one, counting only those at its level that ask too;
    /// any heading restarts the count of every deeper level, and a chapter restarts all of them.
    static func number(_ document: inout Document) {
        var counters = Array(repeating: 0, count: Heading.deepest + 1)
        for s in document.sections.indices {
            for b in document.sections[s].blocks.indices {
                guard case .heading(var heading) = document.sections[s].blocks[b] else { continue }
                for deeper in heading.level..<Heading.deepest { counters[deeper + 1] = 0 }
                if let numbering = heading.numbering {
                    counters[heading.level] += 1
                    heading.number = numbering.label(counters[heading.level])
                } else {
                    heading.number = nil
                }
                document.sections[s].blocks[b] = .heading(heading)
            }
        }
    }
}
