import Foundation

/// An embedded picture with its printed size. Size is in points so writers need not decode
/// image files; the builder fills it from the PNG/JPEG header.
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
    /// `svg` is made by lkjip itself (the fallback pictures of charts), never read from data.
    case png, jpeg, svg

    public var mimeType: String {
        switch self {
        case .png: return "image/png"
        case .jpeg: return "image/jpeg"
        case .svg: return "image/svg+xml"
        }
    }

    public var fileExtension: String { rawValue }
}

/// A picture in the flow of the text, centred, with an optional numbered caption below.
public struct Figure: Equatable, Sendable {
    public var image: Image
    public var caption: Caption?

    public init(image: Image, caption: Caption? = nil) {
        self.image = image
        self.caption = caption
    }
}

/// Captioned pictures in rows of `columns`, as a documentation lampiran shows photos.
public struct Gallery: Equatable, Sendable {
    public var items: [Figure]
    public var columns: Int

    public init(items: [Figure], columns: Int = 2) {
        self.items = items
        self.columns = max(1, columns)
    }
}
