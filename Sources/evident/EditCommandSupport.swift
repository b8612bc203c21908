import ArgumentParser
import EvidentKit
import Foundation

extension Stance: ExpressibleByArgument {}
extension ReviewDecision: ExpressibleByArgument {}
extension Verdict: ExpressibleByArgument {}

/// How `evident new`, `cite`, `review` and `edit` report a refused edit.
enum EditCommandSupport {
    /// Prints the error and exits: 64 when the arguments name what does not exist or is not
    /// valid, 2 when a file cannot be read, edited or written (nothing was written).
    static func fail(_ error: any Error) -> ExitCode {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        switch error {
        case let error as KnowledgeBaseEditError:
            switch error {
            case .unknownClaim, .unresolvedReference, .unresolvedReferences, .invalidValue:
                return ExitCode(64)
            case .notEditable, .conflict, .wouldBreak, .io: return ExitCode(2)
            }
        default:
            return ExitCode(2)
        }
    }
}
