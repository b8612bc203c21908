/// Where a resource that ships with Evident comes from: its name, publisher, version or
/// retrieval date, licence and the attribution its licence asks for (`evident rules --sources`).
public struct DataSource: Sendable, Codable, Equatable {
    /// What it is (`EU Register of nutrition and health claims (health claims)`).
    public var name: String
    /// Who publishes it.
    public var publisher: String
    /// Its version or retrieval date.
    public var version: String
    /// Its licence.
    public var licence: String
    /// The attribution to show.
    public var attribution: String
    /// How many records of each kind the resource holds.
    public var counts: [String: Int]

    /// Creates a source description.
    public init(
        name: String, publisher: String, version: String, licence: String, attribution: String,
        counts: [String: Int] = [:]
    ) {
        self.name = name
        self.publisher = publisher
        self.version = version
        self.licence = licence
        self.attribution = attribution
        self.counts = counts
    }
}
