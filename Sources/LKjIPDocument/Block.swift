/// Block-level content. Kept deliberately small, in the spirit of pandoc's AST:
/// every writer must handle every case, so each case earns its place.
public indirect enum Block: Equatable, Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(List)
    case table(Table)
    case pageBreak
    case tableOfContents(TableOfContents)
    case signature(SignatureBlock)
    case image(Image)
    case chart(Chart)
}
