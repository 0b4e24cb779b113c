/// Block-level content. Kept deliberately small, in the spirit of pandoc's AST: every
/// writer must handle every case, so each case earns its place.
public indirect enum Block: Equatable, Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(List)
    case table(Table)
    case pageBreak
    /// DAFTAR ISI, DAFTAR TABEL, DAFTAR GRAFIK, DAFTAR GAMBAR.
    case contents(TableOfContents)
    case signature(SignatureBlock)
    /// A picture, captioned ("Gambar 1.1") or not (the logo).
    case figure(Figure)
    case chart(Chart)
    /// Captioned pictures side by side (LAMPIRAN Dokumentasi, Aplikasi).
    case gallery(Gallery)
    /// An organisation chart drawn from the data.
    case orgChart(OrgChart)
    /// Blocks that must stay on one page (a short table with its title and caption, a
    /// signature with the lines before it). Made by the layout pass, not by templates. The
    /// writers express it with their format's own keeps, never a wrapper: every paragraph
    /// and table row of the group but the last keeps with the next (DOCX `w:keepNext`,
    /// `w:cantSplit`), and the HTML group avoids a break inside it.
    case keepTogether([Block])
}
