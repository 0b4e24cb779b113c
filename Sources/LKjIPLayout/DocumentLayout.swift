import LKjIPDocument

/// The layout pass between the document model and the writers. It decides, once for both
/// writers: the column widths of every table from its content, the font size of table text
/// (never below 9 pt), which tables go on landscape pages, which blocks keep together, and
/// that no page is left empty by a stray page break.
public enum DocumentLayout {
    public static func apply(_ document: inout Document, settings: LayoutSettings = LayoutSettings()) {
        var settings = settings
        settings.font = settings.fontSubstituted ? FontMetrics.family(document.font).atLeast(.widest) : FontMetrics.family(document.font)
        var sections: [Section] = []
        for section in document.sections {
            sections += layout(section, page: document.page, settings: settings)
        }
        document.sections = PageBreaks.normalize(sections)
        ContentsLayout.apply(&document)
    }

    /// Lays out one section; a table too wide for a portrait page moves, with the lines that
    /// keep with it, into a landscape section of its own.
    static func layout(_ section: Section, page: PageSetup, settings: LayoutSettings) -> [Section] {
        var result: [Section] = []
        var current = Section(orientation: section.orientation, pageNumbering: section.pageNumbering, restartNumbering: section.restartNumbering)
        func start(_ orientation: Orientation) {
            let restart = current.blocks.isEmpty && current.restartNumbering
            if !current.blocks.isEmpty { result.append(current) }
            current = Section(orientation: orientation, pageNumbering: section.pageNumbering, restartNumbering: restart)
        }
        let blocks = Keeps.apply(section.blocks, settings: settings)
        for block in blocks {
            var block = block
            var orientation = section.orientation
            if case .table(var table) = block {
                orientation = size(&table, available: page.textWidth(section.orientation), landscape: section.orientation == .portrait ? page.textWidth(.landscape) : nil,
                                   pageHeight: page.textHeight(section.orientation), settings: settings)
                block = .table(table)
            } else {
                block = nested(block, available: page.textWidth(section.orientation), settings: settings)
            }
            if orientation != current.orientation {
                // The headings and paragraphs that keep with this table move with it into
                // the new section: a heading never ends the page before an orientation switch.
                var moving: [Block] = []
                while let last = current.blocks.last, Self.keepsWithNext(last) {
                    moving.insert(last, at: 0)
                    current.blocks.removeLast()
                }
                start(orientation)
                current.blocks += moving
            }
            current.blocks.append(block)
        }
        if !current.blocks.isEmpty || result.isEmpty { result.append(current) }
        return result.map { section in
            var section = section
            section.blocks = Keeps.group(section.blocks, pageHeight: page.textHeight(section.orientation), settings: settings)
            return section
        }
    }

    /// Sets the tables whose caption anchor is in `anchors` at the smallest text size, with
    /// widths for that size, so that a table whose last row spilled onto a page of its own
    /// fits the pages before; a table already at that size keeps its last three rows together
    /// instead. A table set smaller keeps its last three rows together too: should the
    /// smaller size not pull the spilled rows back, three rows go over together rather than
    /// one, and no further layout is needed to find that out. Returns whether any table
    /// changed.
    @discardableResult
    public static func tighten(_ anchors: Set<String>, in document: inout Document, settings: LayoutSettings = LayoutSettings()) -> Bool {
        guard !anchors.isEmpty else { return false }
        var changed = false
        func visit(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .keepTogether(let inner): return .keepTogether(visit(inner))
                case .table(var table):
                    guard let anchor = table.caption?.anchor, anchors.contains(anchor), let width = table.widths?.reduce(0, +) else { return block }
                    // Already at the smallest size: its last three rows go to the last page
                    // together (a widow rule for rows).
                    guard (table.fontSize ?? settings.tableFontSize) > settings.minimumFontSize else {
                        guard table.keepLastRows == 0, table.rows.count - table.headerRowCount > 3 else { return block }
                        table.keepLastRows = 3
                        changed = true
                        return .table(table)
                    }
                    let size = settings.minimumFontSize
                    let metrics = TableMetrics(table)
                    let content = TableLayout.contentWidths(table, size: size, settings: settings, metrics: metrics)
                    for comfortable in [true, false] {
                        let minimum = TableLayout.minimumWidths(table, size: size, settings: settings, comfortable: comfortable, metrics: metrics)
                        if let widths = TableLayout.widths(table, minimum: minimum, content: content, available: width) {
                            table.widths = widths
                            table.fontSize = size
                            if table.keepLastRows == 0, table.rows.count - table.headerRowCount > 3 { table.keepLastRows = 3 }
                            Height.reserveSpans(&table, settings: settings)
                            changed = true
                            return .table(table)
                        }
                    }
                    return block
                default: return block
                }
            }
        }
        for index in document.sections.indices { document.sections[index].blocks = visit(document.sections[index].blocks) }
        return changed
    }

    /// A heading, or a paragraph marked to stay with what follows.
    static func keepsWithNext(_ block: Block) -> Bool {
        switch block {
        case .heading: return true
        case .paragraph(let paragraph): return paragraph.keepWithNext
        default: return false
        }
    }

    /// Sizes a table for `available`; returns the orientation it needs. A table stays on a
    /// portrait page when it fits there (with comfortable widths if it can, at 10 or 9 pt)
    /// unless a landscape page would make it shorter by more than `landscapeSaving` of a page:
    /// a landscape page is a section of its own, so turning a table costs about a page of
    /// blank space, paid back only when the table is long and its columns narrow. Only when
    /// even landscape is too narrow do columns shrink to their longest word.
    static func size(_ table: inout Table, available: Double, landscape: Double?, pageHeight: Double = 700, settings: LayoutSettings) -> Orientation {
        table.keepTogether = table.keepTogether || table.rows.count <= settings.keepTogetherRows
        let here: Orientation = landscape == nil ? .landscape : .portrait
        // Every cell is placed and measured once per size, for all the tries below.
        let metrics = TableMetrics(table)
        func fit(_ width: Double, comfortable: Bool) -> Table? {
            for fontSize in [settings.tableFontSize, settings.minimumFontSize] {
                let minimum = TableLayout.minimumWidths(table, size: fontSize, settings: settings, comfortable: comfortable, metrics: metrics)
                let content = TableLayout.contentWidths(table, size: fontSize, settings: settings, metrics: metrics)
                if let widths = TableLayout.widths(table, minimum: minimum, content: content, available: width) {
                    var sized = table
                    sized.widths = widths
                    sized.fontSize = fontSize == settings.tableFontSize ? nil : fontSize
                    return sized
                }
            }
            return nil
        }
        let portrait = fit(available, comfortable: true) ?? fit(available, comfortable: false)
        let wide = landscape.flatMap { fit($0, comfortable: true) ?? fit($0, comfortable: false) }
        if let portrait {
            let tall = Height.table(portrait, settings: settings, metrics: metrics)
            if wide == nil || table.portrait || tall - Height.table(wide!, settings: settings, metrics: metrics) <= pageHeight * settings.landscapeSaving {
                table = portrait
                Height.reserveSpans(&table, settings: settings)
                return here
            }
        }
        if let wide {
            table = wide
            Height.reserveSpans(&table, settings: settings)
            return .landscape
        }
        // Too wide even for a landscape page at the smallest size: scale the minimums to
        // the page (the layout check will report any word this breaks).
        let width = landscape ?? available
        let minimum = TableLayout.minimumWidths(table, size: settings.minimumFontSize, settings: settings, metrics: metrics)
        let total = max(minimum.reduce(0, +), 1)
        table.widths = minimum.map { $0 / total * width }
        table.fontSize = settings.minimumFontSize
        Height.reserveSpans(&table, settings: settings)
        return .landscape
    }

    static func nested(_ block: Block, available: Double, settings: LayoutSettings) -> Block {
        switch block {
        case .list(var list):
            list.items = list.items.map { item in
                item.map { inner in
                    if case .table(var table) = inner {
                        _ = size(&table, available: available - 36, landscape: nil, settings: settings)
                        return .table(table)
                    }
                    return nested(inner, available: available - 18, settings: settings)
                }
            }
            return .list(list)
        case .orgChart(var chart):
            chart.drawing = OrgChartLayout.drawing(chart, width: available, font: settings.font)
            return .orgChart(chart)
        case .figure(var figure):
            if figure.image.widthPoints > available {
                let scale = available / figure.image.widthPoints
                figure.image.widthPoints = available
                figure.image.heightPoints *= scale
            }
            return .figure(figure)
        default:
            return block
        }
    }
}
