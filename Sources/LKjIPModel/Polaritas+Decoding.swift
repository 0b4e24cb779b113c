extension Polaritas {
    /// Accepts the two documented words and says which they are when the user types another.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Polaritas(rawValue: text.lowercased()) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected `positif` (higher is better) or `negatif` (lower is better)"))
        }
        self = value
    }
}
