import Foundation

extension Evident {
    /// The graded claims `evident check` matches copy against: the knowledge base at `kb`, or
    /// the current folder's when it has `Claims/`, or none.
    ///
    /// Until the knowledge-base loader and the grader land, checks run without a knowledge base.
    public static func checkAssessments(kb: String?) throws -> [ClaimAssessment] {
        if let kb {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: kb, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw CheckError.unreadableInput(path: kb, reason: "no such knowledge-base folder")
            }
        }
        return []
    }
}
