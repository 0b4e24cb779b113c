import Foundation
import LKjIPDocument
@testable import LKjIPLayout
import TestSupport
import XCTest

/// The section-level decisions of the layout pass: landscape sections for wide tables,
/// page-number restarts, figure scaling and the organisation chart drawing.
final class DocumentLayoutTests: XCTestCase {
    /// Too wide for portrait at 9 pt (see `TableLayoutTests`): five "PERTANGGUNG" columns.
    var wide: Table { wordTable(Array(repeating: "PERTANGGUNG", count: 5)) }

    /// A wide table moves into a landscape section of its own together with the bold title
    /// paragraph before it; the text before stays portrait and the text after returns to a
    /// portrait section. Every piece keeps the section's page-number style.
    func testWideTableMovesToLandscapeWithItsTitle() throws {
        let result = laidOut(document([
            paragraph("Capaian kinerja dijelaskan pada tabel berikut ini, yang disusun menurut divisi dan tahun anggaran masing-masing."),
            paragraph("Tabel Target Jangka Menengah", bold: true),
            .table(wide),
            paragraph("Sesudah tabel."),
        ], numbering: .decimal))
        XCTAssertEqual(result.sections.map(\.orientation), [.portrait, .landscape, .portrait])
        XCTAssertEqual(result.sections.map(\.pageNumbering), [.decimal, .decimal, .decimal])
        let landscape = flat(result.sections[1].blocks)
        XCTAssertEqual(landscape.count, 2)
        XCTAssertEqual(landscape.first?.paragraph?.content.plainText, "Tabel Target Jangka Menengah")
        XCTAssertEqual(landscape.first?.paragraph?.keepWithNext, true)
        if case .table = landscape.last {} else { XCTFail("the table should follow its title: \(landscape)") }
        XCTAssertEqual(flat(result.sections[0].blocks).compactMap { $0.paragraph?.content.plainText }.count, 1)
        XCTAssertEqual(flat(result.sections[2].blocks).first?.paragraph?.content.plainText, "Sesudah tabel.")
    }

    /// A section that restarts page numbering and is split by a landscape table keeps the
    /// restart on its first piece only; the landscape piece and the piece after it go on
    /// counting.
    func testRestartStaysOnTheFirstPiece() {
        let result = laidOut(document([
            .heading(Heading(level: 1, content: [.text("BAB III")], anchor: "bab-3", chapter: 3)),
            paragraph("Pengantar bab."),
            .table(wide),
            paragraph("Sesudah tabel."),
        ], restart: true))
        XCTAssertEqual(result.sections.map(\.orientation), [.portrait, .landscape, .portrait])
        XCTAssertEqual(result.sections.map(\.restartNumbering), [true, false, false])
    }

    /// When the wide table is the first thing of a restarting section, the landscape piece is
    /// the first piece and carries the restart.
    func testRestartMovesToLandscapeWhenItComesFirst() {
        let result = laidOut(document([.table(wide), paragraph("Sesudah.")], restart: true))
        XCTAssertEqual(result.sections.map(\.orientation), [.landscape, .portrait])
        XCTAssertEqual(result.sections.map(\.restartNumbering), [true, false])
    }

    /// Two wide tables in a row share one landscape section; nothing in between returns to
    /// portrait needlessly.
    func testConsecutiveWideTablesShareALandscapeSection() {
        let result = laidOut(document([paragraph("a"), .table(wide), .table(wide), paragraph("b")]))
        XCTAssertEqual(result.sections.map(\.orientation), [.portrait, .landscape, .portrait])
        XCTAssertEqual(tables(result).count, 2)
    }

    /// A section that is landscape already keeps its wide tables: no new sections.
    func testLandscapeSectionStaysWhole() {
        let result = laidOut(document([paragraph("a"), .table(wide), paragraph("b")], orientation: .landscape))
        XCTAssertEqual(result.sections.map(\.orientation), [.landscape])
    }

    /// A picture wider than the text is scaled to the text width with its proportions
    /// (600 x 300 pt becomes 396.85 x 198.43 pt); a narrower one is left alone.
    func testWideFigureIsScaled() throws {
        let big = Figure(image: SampleDocuments.redImage(width: 600, height: 300))
        let small = Figure(image: SampleDocuments.redImage(width: 120, height: 60))
        let result = laidOut(document([.figure(big), .figure(small)]))
        let figures = flat(result.sections[0].blocks).compactMap { block -> Figure? in
            if case .figure(let figure) = block { return figure }
            return nil
        }
        XCTAssertEqual(figures.count, 2)
        XCTAssertEqual(figures[0].image.widthPoints, Page.portrait, accuracy: 0.01)
        XCTAssertEqual(figures[0].image.heightPoints, 300 * Page.portrait / 600, accuracy: 0.01)
        XCTAssertEqual(figures[1].image.widthPoints, 120)
        XCTAssertEqual(figures[1].image.heightPoints, 60)
    }

    /// A picture in a list item is scaled to the indented width, so it never runs past the
    /// right margin.
    func testFigureInListIsScaledToTheIndentedWidth() throws {
        let list = List(kind: .decimal, items: [[paragraph("Foto"), .figure(Figure(image: SampleDocuments.redImage(width: 600, height: 300)))]])
        let result = laidOut(document([.list(list)]))
        guard case .list(let laid)? = result.sections.first?.blocks.first, case .figure(let figure)? = laid.items.first?.last else {
            return XCTFail("list expected")
        }
        XCTAssertLessThan(figure.image.widthPoints, Page.portrait)
        XCTAssertEqual(figure.image.widthPoints / figure.image.heightPoints, 2, accuracy: 0.001)
    }

    /// A table inside a list item gets widths that fit the indented width.
    func testTableInListFitsTheIndentedWidth() throws {
        let inner = Table(columnWidths: [1, 3], rows: [TableRow(cells: [.text("a"), .text("b")])])
        let result = laidOut(document([.list(List(kind: .bullet, items: [[paragraph("x"), .table(inner)]]))]))
        guard case .list(let laid)? = result.sections.first?.blocks.first, case .table(let table)? = laid.items.first?.last else {
            return XCTFail("list expected")
        }
        let widths = try XCTUnwrap(table.widths)
        XCTAssertLessThan(widths.reduce(0, +), Page.portrait)
    }

    /// The organisation chart is placed for the width of its section.
    func testOrgChartIsDrawnForTheTextWidth() throws {
        let chart = OrgChart(root: OrgNode(title: "Kepala Kantor Wilayah", children: [OrgNode(title: "Divisi Administrasi")]))
        let result = laidOut(document([.orgChart(chart)]))
        guard case .orgChart(let laid)? = flat(result.sections[0].blocks).first else { return XCTFail("org chart expected") }
        let drawing = try XCTUnwrap(laid.drawing)
        XCTAssertEqual(drawing.width, Page.portrait, accuracy: 0.01)
    }

    /// Laying out twice gives the same document: the pass only adds decisions.
    func testLayoutIsStable() {
        let once = laidOut(SampleDocuments.landscapeSections)
        XCTAssertEqual(laidOut(once).sections.map(\.orientation), once.sections.map(\.orientation))
        XCTAssertEqual(tables(laidOut(once)).map(\.widths), tables(once).map(\.widths))
    }
}
