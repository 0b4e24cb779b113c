import Foundation
import LKjIPDocument
@testable import LKjIPDocx
import TestSupport
import XCTest

/// A written .docx opened up: parts by path, parsed on demand.
struct DocxPackage {
    let data: Data
    let parts: [(path: String, data: Data)]

    init(_ document: Document, options: DocxOptions = DocxOptions()) throws {
        data = try DocxWriter.write(document, options: options)
        parts = try ZipParts.read(data)
    }

    var paths: [String] { parts.map(\.path) }

    func part(_ path: String) -> Data? { parts.first { $0.path == path }?.data }

    func xml(_ path: String) throws -> XMLTree {
        try XMLTree.parse(try XCTUnwrap(part(path), "missing part \(path)"), name: path)
    }

    var body: XMLTree {
        get throws { try XCTUnwrap(try xml("word/document.xml").child("w:body")) }
    }

    func text(_ path: String) -> String { part(path).map { String(decoding: $0, as: UTF8.self) } ?? "" }
}

let wordNamespaces = [
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
]

/// Parses an element written on its own (a property container), declaring the prefixes it
/// uses, and returns that element.
func fragment(_ xml: String) throws -> XMLTree {
    let declarations = wordNamespaces.sorted { $0.key < $1.key }.map { "xmlns:\($0.key)=\"\($0.value)\"" }.joined(separator: " ")
    let root = try XMLTree.parse("<root \(declarations)>\(xml)</root>", name: "fragment")
    return try XCTUnwrap(root.children.first, "empty fragment: \(xml)")
}

func document(_ blocks: [Block], orientation: Orientation = .portrait, numbered: Bool = true) -> Document {
    var document = Document(metadata: Metadata(title: "Uji", author: "Kanwil Uji", date: "2024-01-10"),
                            sections: [Section(orientation: orientation, pageNumbering: .decimal, restartNumbering: true, blocks: blocks)])
    if numbered { DocumentNumbering.apply(&document) }
    return document
}

/// Element names of the ISO 29500 / Open XML SDK schema sequences, typed from
/// /work/notes/ooxml-order.md (section numbers there), independently of the writer's own
/// `schemaOrder` constants.
enum Schema {
    /// §1.1 CT_PPr.
    static let pPr = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
                      "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
                      "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
                      "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
                      "rPr", "sectPr", "pPrChange"]
    /// §1.1 variant: a style's pPr (no pStyle, divId, cnfStyle, rPr, sectPr).
    static let stylePPr = pPr.filter { !["pStyle", "divId", "cnfStyle", "rPr", "sectPr"].contains($0) }
    /// §1.2 CT_RPr as the SDK validates it (a strict sequence).
    static let rPr = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
                      "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
                      "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
                      "specVanish", "oMath", "rPrChange"]
    /// §1.2 variant: the paragraph mark's rPr starts with the revision marks.
    static let paragraphMarkRPr = ["ins", "del", "moveFrom", "moveTo"] + rPr
    /// §1.2 variant: a style's rPr and the docDefaults rPr (no rStyle, highlight, rtl, cs, oMath).
    static let styleRPr = rPr.filter { !["rStyle", "highlight", "rtl", "cs", "oMath"].contains($0) }
    /// §1.3 CT_TblPr; the band sizes are allowed only in a style's tblPr.
    static let tblPr = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
                        "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
                        "tblDescription", "tblPrChange"]
    static let documentTblPr = tblPr.filter { !["tblStyleRowBandSize", "tblStyleColBandSize"].contains($0) }
    /// §1.4 CT_TrPr: a choice group (any order) of these, then ins, del, trPrChange.
    static let trPrChoice: Set<String> = ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
                                          "tblHeader", "tblCellSpacing", "jc", "hidden"]
    /// §1.5 CT_TcPr.
    static let tcPr = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
                       "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange"]
    /// §1.6 CT_SectPr after the header/footer references, which come first in any order.
    static let sectPrReferences: Set<String> = ["headerReference", "footerReference"]
    static let sectPr = ["footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols",
                         "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
                         "footnoteColumns", "sectPrChange"]
    /// §1.7 CT_Settings.
    static let settings = ["writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
                           "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData",
                           "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
                           "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
                           "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign",
                           "attachedTemplate", "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
                           "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting", "documentProtection",
                           "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
                           "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope", "summaryLength",
                           "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting",
                           "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
                           "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
                           "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
                           "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter",
                           "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
                           "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly",
                           "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields",
                           "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr", "uiCompat97To2003",
                           "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                           "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                           "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator", "docId",
                           "discardImageEditingData", "defaultImageDpi", "conflictMode", "chartTrackingRefBased"]
    /// §1.8 CT_Style.
    static let style = ["name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
                        "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr",
                        "tblPr", "trPr", "tcPr", "tblStylePr"]
    /// §1.12 borders and margins (SDK order).
    static let tblBorders = ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"]
    static let cellMargins = ["top", "left", "start", "bottom", "right", "end"]
    /// §1.1 numPr.
    static let numPr = ["ilvl", "numId", "numberingChange", "ins"]
    /// §1.9 numbering.
    static let numbering = ["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"]
    static let lvl = ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"]
    /// §1.14 charts.
    static let chartSpace = ["date1904", "lang", "roundedCorners", "style", "AlternateContent", "clrMapOvr", "pivotSource", "protection",
                             "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"]
    static let chart = ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend",
                        "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst"]
    static let barChart = ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"]
    static let barSeries = ["idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars",
                            "cat", "val", "shape", "extLst"]
    static let valAx = ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark",
                        "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt", "crossBetween", "majorUnit",
                        "minorUnit", "dispUnits", "extLst"]
    static let catAx = ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark",
                        "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt", "auto", "lblAlgn", "lblOffset",
                        "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"]
    static let scaling = ["logBase", "orientation", "max", "min", "extLst"]
    static let legend = ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"]
    static let title = ["tx", "layout", "overlay", "spPr", "txPr", "extLst"]
}

/// Local names of an element's children, with consecutive repeats collapsed, so a sequence
/// with repeated items (`ser*`, `axId ×2`) can be checked as a subsequence.
func orderedNames(_ element: XMLTree) -> [String] {
    var names: [String] = []
    for child in element.children where names.last != child.localName { names.append(child.localName) }
    return names
}

func assertOrder(_ element: XMLTree, _ order: [String], _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    let names = orderedNames(element)
    XCTAssertTrue(SchemaOrder.isSubsequence(names, of: order), "\(element.name) children \(names) are not in schema order \(message)", file: file, line: line)
}
