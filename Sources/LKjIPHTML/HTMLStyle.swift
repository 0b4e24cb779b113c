import LKjIPDocument

/// The inline stylesheet: page-like on screen; in print A4 (or the page of a reference
/// document) with the government margins, landscape pages for wide tables, header rows
/// repeated, the keeps of the .docx as break rules, and fills printed even when the browser
/// leaves backgrounds out by default. No page numbers are printed: a browser cannot restart
/// them at BAB I nor count the front matter in roman numerals, so they would contradict
/// DAFTAR ISI, which shows the numbers of the .docx and .pdf.
enum HTMLStyle {
    /// The metric-compatible free fonts of the common office fonts.
    static let substitutes: [String: [String]] = [
        "Arial": ["Liberation Sans", "Arimo"], "Times New Roman": ["Liberation Serif", "Tinos"],
        "Calibri": ["Carlito"], "Cambria": ["Caladea"], "Bookman Old Style": ["TeX Gyre Bonum", "URW Bookman"],
    ]

    static func fontFamily(_ font: String) -> String {
        let generic = ["Times New Roman", "Cambria", "Bookman Old Style"].contains(font) ? "serif" : "sans-serif"
        let names = [font] + (substitutes[font] ?? [])
        let safe = names.map { "'" + $0.filter { $0 != "'" && $0 != "\\" && $0 != "<" && $0 != ">" && $0 != ";" && $0 != "{" && $0 != "}" } + "'" }
        return (safe + [generic]).joined(separator: ", ")
    }

    static func css(_ page: PageSetup, font: String = fontFamily("Arial")) -> String {
        let cm = 72 / 2.54
        func length(_ points: Double) -> String { Points.css(points / cm) + "cm" }
        let margins = "\(length(page.top)) \(length(page.right)) \(length(page.bottom)) \(length(page.left))"
        return """
        body { background: #e8e8e8; margin: 0; font-family: \(font); font-size: 11pt; line-height: 1.5; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        div.section { background: #fff; width: \(length(page.width)); box-sizing: border-box; margin: 1cm auto; padding: \(margins); box-shadow: 0 0 4px #999; }
        div.section.landscape { width: \(length(page.height)); }
        h1 { font-size: 14pt; margin: 0 0 12pt; } h2 { font-size: 12pt; margin: 12pt 0 6pt; } h3 { font-size: 11pt; margin: 10pt 0 6pt; } h4, h5 { font-size: 11pt; margin: 8pt 0 4pt; }
        h1, h2, h3, h4, h5, p.keep { break-after: avoid; break-inside: avoid; }
        p { margin: 0 0 6pt; } p.whole { break-inside: avoid; } .justify { text-align: justify; } .center { text-align: center; } .right { text-align: right; } .left { text-align: left; }
        p.title { font-size: 16pt; font-weight: bold; } p.subtitle { font-size: 13pt; font-weight: bold; } p.caption { font-weight: bold; } p.tableText, p.small { margin: 0; line-height: 1.2; } p.small { font-size: 8pt; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; font-size: 10pt; line-height: 1.2; }
        table.keep { break-inside: avoid; } tr.keep-next { break-after: avoid; } table.keep-next { break-after: avoid; } table.signature, div.keep > :last-child { break-before: avoid; }
        table.data td, table.data th { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; font-weight: normal; }
        table.data thead th { font-weight: bold; vertical-align: middle; }
        table.layout td, table.layout th { border: none; padding: 1pt 4pt; vertical-align: top; text-align: left; font-weight: normal; }
        td.v-center, th.v-center { vertical-align: middle; } td.v-bottom, th.v-bottom { vertical-align: bottom; } .bold { font-weight: bold; }
        th.center, td.center { text-align: center; } th.right, td.right { text-align: right; } th.left, td.left { text-align: left; }
        caption { font-weight: bold; margin-bottom: 4pt; break-after: avoid; }
        ul.dash { list-style-type: "– "; } ol.paren { list-style: none; counter-reset: paren var(--start, 0); } ol.paren > li { counter-increment: paren; } ol.paren > li::before { content: counter(paren) ") "; }
        nav.toc ul { list-style: none; padding-left: 0; } nav.toc li.level-2 { padding-left: 1.5em; } nav.toc li.level-3 { padding-left: 3em; } nav.toc a { color: #000; text-decoration: none; } nav.toc li { display: flex; } nav.toc a { flex: 1; } nav.toc .page { padding-left: 1em; }
        table.signature { margin: 18pt 0; break-inside: avoid; font-size: 11pt; } table.signature td { width: 50%; text-align: center; vertical-align: top; padding: 0 4pt; } table.signature tr.space td { height: 5em; vertical-align: middle; } table.signature tr.name td { font-weight: bold; text-decoration: underline; } table.signature tr.tte-note td { width: auto; font-size: 8pt; font-style: italic; padding-top: 6pt; }
        figure { margin: 12pt 0; text-align: center; break-inside: avoid; } figcaption { text-align: center; font-weight: bold; font-size: 10pt; margin-top: 4pt; }
        div.chart-block { break-inside: avoid; } ul.chart-key { text-align: left; font-size: 8pt; margin: 4pt 0 0 2em; padding: 0; list-style: none; }
        div.gallery { display: grid; gap: 8pt; } div.gallery figure img { max-width: 100%; height: auto !important; }
        .page-break { height: 0; } div.keep { break-inside: avoid; }
        @page { size: \(length(page.width)) \(length(page.height)); margin: \(margins); }
        @page landscape { size: \(length(page.height)) \(length(page.width)); }
        @media print {
          body { background: none; }
          div.section { box-shadow: none; margin: 0; padding: 0; width: auto; break-before: page; }
          div.section.landscape { page: landscape; width: auto; }
          div.section.numbering-lowerRoman { page: front; }
          div.section.numbering-none { page: cover; }
          div.section.restart { counter-reset: page 1; }
          .page-break { break-after: page; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
        }
        """
    }
}
