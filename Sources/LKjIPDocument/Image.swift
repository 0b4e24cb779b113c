import Foundation

/// An embedded picture (logo, signature scan). Size is given in points so writers need not
/// decode image files; readers fill it from the PNG/JPEG header.
public struct Image: Equatable, Sendable {
    public var data: Data
    public var format: ImageFormat
    public var widthPoints: Double
    public var heightPoints: Double
    public var description: String

    public init(data: Data, format: ImageFormat, widthPoints: Double, heightPoints: Double, description: String = "") {
        self.data = data
        self.format = format
        self.widthPoints = widthPoints
        self.heightPoints = heightPoints
        self.description = description
    }
}

public enum ImageFormat: String, Equatable, Sendable {
    case png, jpeg

    public var mimeType: String { self == .png ? "image/png" : "image/jpeg" }
    public var fileExtension: String { self == .png ? "png" : "jpeg" }
}
