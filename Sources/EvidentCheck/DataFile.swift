import Yams

/// The checker's YAML data files (the lexicon, substances, concepts, interactions, drafting
/// cues): one way to decode them, and one way to say that one is malformed.
enum DataFile {
    /// Decodes a data file's text; `path` names it in the error (`path: error: <what the YAML
    /// reader says>`).
    static func decode<Value: Decodable>(
        _ type: Value.Type, yaml: String, path: String
    ) throws -> Value {
        do {
            return try YAMLDecoder().decode(type, from: yaml)
        } catch {
            throw CheckError.invalidRulePack(path: path, message: "\(error)")
        }
    }
}
