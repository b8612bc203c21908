import ArgumentParser
import EvidentKit

// Every output format follows one pattern: a top-level `enum <Thing>Format: String,
// CaseIterable, Sendable` with a doc line per case (in the library when a library function
// takes it, else here), made `ExpressibleByArgument` by the CLI, its help listing the cases
// from `allCases` so the help and the accepted values never drift apart.

extension ReportFormat: ExpressibleByArgument {}
extension CheckFormat: ExpressibleByArgument {}
extension RulesFormat: ExpressibleByArgument {}

extension CaseIterable where Self: RawRepresentable, Self.RawValue == String {
    /// The values, comma-separated, as help texts list them (`text, json, sarif`).
    static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
