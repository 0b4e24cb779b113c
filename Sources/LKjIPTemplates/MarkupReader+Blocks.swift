import Foundation
import LKjIPDocument

extension MarkupReader {
    static let inlineNames: Set<String> = ["b", "i", "u", "br"]

    /// Block children of a section, cell or list item. In cells and items, loose inline content
    /// is gathered into paragraphs, so `<td>text</td>` needs no `<p>`.
    func blocks(_ parent: XMLElement, context: Context, cellAlignment: Alignment? = nil, cellBold: Bool = false) throws -> [Block] {
        var result: [Block] = []
        var loose = InlineBuilder()
        func flushLoose() {
            if !loose.isEmpty {
                let style: ParagraphStyle = context == .cell ? .tableText : .body
                let align = cellAlignment ?? (context == .cell ? .left : .justify)
                result.append(.paragraph(Paragraph(content: loose.inlines, style: style, alignment: align)))
            }
            loose = InlineBuilder()
        }
        for child in parent.children {
            switch child {
            case .marker(let content):
                mark(content)
            case .text(let text):
                if InlineBuilder.isBlank(text) {
                    if !loose.isEmpty { loose.appendText(text, marks: cellBold ? .bold : []) }
                    continue
                }
                guard context != .section else {
                    throw failure("text outside a paragraph: \"\(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(40))\" (wrap it in <p>)")
                }
                loose.appendText(text, marks: cellBold ? .bold : [])
            case .element(let element):
                try check(element)
                if Self.inlineNames.contains(element.name) {
                    guard context != .section else { throw failure("<\(element.name)> outside a paragraph") }
                    try inline(element, into: &loose, marks: cellBold ? .bold : [])
                    continue
                }
                flushLoose()
                result += try block(element, cellAlignment: cellAlignment, cellBold: cellBold)
            }
        }
        flushLoose()
        return result
    }

    func block(_ element: XMLElement, cellAlignment: Alignment?, cellBold: Bool) throws -> [Block] {
        switch element.name {
        case "h1", "h2", "h3", "h4", "h5":
            var builder = InlineBuilder()
            try inlineChildren(element, into: &builder, marks: [])
            let level = Int(String(element.name.dropFirst()))!
            let anchor = element.attribute("id").flatMap { $0.isEmpty ? nil : $0 } ?? builder.inlines.plainText
            let chapter = try number(element, "chapter").map { Int($0) }
            // `number="A"`: the letter is computed after empty parts are left out, never typed.
            let numbering = try choice(element, "number", Dictionary(uniqueKeysWithValues: HeadingNumbering.allCases.map { ($0.rawValue, $0) }))
            return [.heading(Heading(level: level, content: builder.inlines, anchor: anchor, inTableOfContents: try flag(element, "toc") ?? true, alignment: try alignment(element) ?? .left, chapter: chapter, numbering: numbering))]
        case "p":
            var builder = InlineBuilder()
            try inlineChildren(element, into: &builder, marks: cellBold ? .bold : [])
            guard !builder.isEmpty else { return [] }
            let style = try choice(element, "style", Dictionary(uniqueKeysWithValues: ParagraphStyle.allCases.map { ($0.rawValue, $0) })) ?? (cellAlignment != nil ? .tableText : .body)
            let align = try alignment(element) ?? cellAlignment ?? .justify
            return [.paragraph(Paragraph(content: builder.inlines, style: style, alignment: align, keepWithNext: try flag(element, "keep") ?? false))]
        case "ul", "ol":
            return [.list(try list(element))]
        case "table":
            return [.table(try table(element))]
        case "pagebreak":
            return [.pageBreak]
        case "toc":
            let levels = try number(element, "levels").map { Int($0) } ?? 2
            let captions = try choice(element, "list", ["tabel": CaptionKind.table, "grafik": .chart, "gambar": .figure])
            return [.contents(TableOfContents(maxLevel: min(max(levels, 1), 4), captions: captions))]
        case "signature":
            return [.signature(try signature(element))]
        case "img":
            guard let source = element.attribute("src"), !source.isEmpty else { throw failure("<img> needs a src") }
            do {
                let image = try assets.load(source, widthPoints: try number(element, "width"), description: element.attribute("alt") ?? "")
                return [.figure(Figure(image: image))]
            } catch let problem as ImageLoader.Problem {
                throw failure(problem.description)
            }
        case "insert":
            return try insert(element)
        case "md":
            var blocks = MarkdownReader.blocks(element.text, images: images)
            if let cellAlignment {
                blocks = blocks.map { block in
                    guard case .paragraph(var paragraph) = block else { return block }
                    paragraph.style = .tableText
                    paragraph.alignment = cellAlignment
                    return .paragraph(paragraph)
                }
            }
            return blocks
        default:
            throw failure("<\(element.name)> cannot stand here")
        }
    }

    /// `<insert ref="b12" caption="..."/>`: a typed block built in Swift; a `caption` gives
    /// the caption wording of a table, chart or picture.
    func insert(_ element: XMLElement) throws -> [Block] {
        guard let ref = element.attribute("ref"), !ref.isEmpty else {
            throw failure("<insert> needs a ref, e.g. <insert ref=\"{{tabelCapaian}}\"/>")
        }
        guard var blocks = registry.blocks(ref) else {
            throw failure("<insert ref=\"\(ref.prefix(40))\">: no such block; the ref must be a block name from the context (see templates/README.md)")
        }
        if let text = element.attribute("caption"), !text.isEmpty {
            for index in blocks.indices {
                switch blocks[index] {
                case .table(var table): table.caption = Caption(.table, text); blocks[index] = .table(table)
                case .chart(var chart): chart.caption = Caption(.chart, text); blocks[index] = .chart(chart)
                case .figure(var figure): figure.caption = Caption(.figure, text); blocks[index] = .figure(figure)
                case .orgChart(var chart): chart.caption = Caption(.figure, text); blocks[index] = .orgChart(chart)
                default: continue
                }
                break
            }
        }
        return blocks
    }

    func inlineChildren(_ element: XMLElement, into builder: inout InlineBuilder, marks: Marks) throws {
        for child in element.children {
            switch child {
            case .marker(let content):
                mark(content)
            case .text(let text):
                builder.appendText(text, marks: marks)
            case .element(let inner):
                try check(inner)
                guard Self.inlineNames.contains(inner.name) else {
                    throw failure("<\(inner.name)> cannot stand inside <\(element.name)>; expected text, <b>, <i>, <u> or <br/>")
                }
                try inline(inner, into: &builder, marks: marks)
            }
        }
    }

    func inline(_ element: XMLElement, into builder: inout InlineBuilder, marks: Marks) throws {
        switch element.name {
        case "br": builder.appendBreak()
        case "b": try inlineChildren(element, into: &builder, marks: marks.union(.bold))
        case "i": try inlineChildren(element, into: &builder, marks: marks.union(.italic))
        case "u": try inlineChildren(element, into: &builder, marks: marks.union(.underline))
        default: throw failure("<\(element.name)> is not inline")
        }
    }

    func list(_ element: XMLElement) throws -> List {
        let kinds: [String: ListKind] = element.name == "ul"
            ? ["bullet": .bullet, "dash": .dash]
            : ["1": .decimal, "1)": .decimalParen, "a": .lowerLetter, "A": .upperLetter, "i": .lowerRoman, "I": .upperRoman]
        let kind = try choice(element, "type", kinds) ?? (element.name == "ul" ? .bullet : .decimal)
        var items: [[Block]] = []
        for child in element.children {
            switch child {
            case .marker(let content): mark(content)
            case .text(let text) where InlineBuilder.isBlank(text): continue
            case .text(let text):
                throw failure("text directly inside <\(element.name)>: \"\(text.prefix(40))\" (wrap it in <li>)")
            case .element(let item):
                guard item.name == "li" else { throw failure("expected <li> inside <\(element.name)>, found <\(item.name)>") }
                try check(item)
                items.append(try blocks(item, context: .item))
            }
        }
        return List(kind: kind, items: items, start: try number(element, "start").map { max(1, Int($0)) } ?? 1, continues: try flag(element, "continue") ?? false)
    }

    /// `<signature place="Padang, 5 Januari 2023"><left ref="s3" role="Pihak Kedua,"/>
    /// <right ref="s4" role="Pihak Pertama,"/></signature>`: the signatory (name with titles,
    /// position with Plt./Plh., rank, NIP, scan) is built once in Swift; the template adds
    /// the role wording above it.
    func signature(_ element: XMLElement) throws -> SignatureBlock {
        var block = SignatureBlock(placeAndDate: element.attribute("place").flatMap { $0.isEmpty ? nil : $0 })
        for child in element.children {
            switch child {
            case .marker(let content): mark(content)
            case .text(let text) where InlineBuilder.isBlank(text): continue
            case .text(let text): throw failure("text directly inside <signature>: \"\(text.prefix(40))\"")
            case .element(let side):
                try check(side)
                guard side.name == "left" || side.name == "right" else { throw failure("expected <left> or <right> inside <signature>, found <\(side.name)>") }
                guard let ref = side.attribute("ref"), var signatory = registry.signatory(ref) else {
                    throw failure("<\(side.name)> needs the ref of a pejabat, e.g. ref=\"{{pihakPertama.ttd}}\"")
                }
                if let role = side.attribute("role"), !role.isEmpty { signatory.roleLines.insert(role, at: 0) }
                if side.name == "left" { block.left = signatory } else { block.right = signatory }
            }
        }
        return block
    }
}
