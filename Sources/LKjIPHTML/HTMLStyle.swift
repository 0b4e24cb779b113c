/// The inline stylesheet: page-like on screen, A4 with the government margins in print,
/// landscape pages for wide tables, header rows repeated on every printed page.
enum HTMLStyle {
    static let css = """
    body { background: #e8e8e8; margin: 0; font-family: Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.5; color: #000; }
    section.section { background: #fff; width: 21cm; box-sizing: border-box; margin: 1cm auto; padding: 4cm 3cm 3cm 4cm; box-shadow: 0 0 4px #999; }
    section.section.landscape { width: 29.7cm; padding: 4cm 3cm 3cm 4cm; }
    h1 { font-size: 14pt; margin: 0 0 12pt; } h2 { font-size: 12pt; margin: 12pt 0 6pt; } h3 { font-size: 11pt; margin: 10pt 0 6pt; } h4 { font-size: 11pt; font-weight: bold; margin: 8pt 0 4pt; }
    p { margin: 0 0 6pt; } .justify { text-align: justify; } .center { text-align: center; } .right { text-align: right; } .left { text-align: left; }
    p.title { font-size: 16pt; font-weight: bold; } p.subtitle { font-size: 13pt; font-weight: bold; } p.caption { font-weight: bold; } p.tableText, p.small { margin: 0; line-height: 1.2; } p.small { font-size: 8pt; }
    table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; font-size: 10pt; line-height: 1.2; }
    table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
    table.layout td { border: none; padding: 1pt 4pt; vertical-align: top; }
    td.v-center { vertical-align: middle; } td.v-bottom { vertical-align: bottom; } td.bold { font-weight: bold; }
    caption { font-weight: bold; margin-bottom: 4pt; }
    ul.dash { list-style-type: "– "; } ol.paren { list-style: none; counter-reset: paren var(--start, 0); } ol.paren > li { counter-increment: paren; } ol.paren > li::before { content: counter(paren) ") "; }
    nav.toc ul { list-style: none; padding-left: 1.5em; } nav.toc > ul { padding-left: 0; } nav.toc a { color: #000; text-decoration: none; }
    .signature { display: flex; justify-content: space-between; margin: 18pt 0; break-inside: avoid; }
    .signature .signatory { width: 45%; text-align: center; } .signature .space { height: 4.5em; } .signature .name { font-weight: bold; text-decoration: underline; }
    figure.image { text-align: center; margin: 12pt 0; }
    figure.chart { margin: 12pt 0; break-inside: avoid; } figure.chart figcaption { text-align: center; font-weight: bold; font-size: 10pt; }
    .page-break { height: 0; }
    @page { size: A4; margin: 4cm 3cm 3cm 4cm; }
    @page landscape { size: A4 landscape; }
    @media print {
      body { background: none; }
      section.section { box-shadow: none; margin: 0; padding: 0; width: auto; break-before: page; }
      section.section.landscape { page: landscape; width: auto; }
      .page-break { break-after: page; }
      thead { display: table-header-group; }
      tr, .signature { break-inside: avoid; }
    }
    """
}
