/// The version `lkjip --version` prints, raised with every release of the data format or the
/// command line.
public enum LKjIPVersion {
    public static let number = "1.26.0"
}
