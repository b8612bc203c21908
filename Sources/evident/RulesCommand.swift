import ArgumentParser
import EvidentKit
import Foundation

/// `evident rules`: list the regulatory rules with their ids, severities and examples.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the regulatory rules with their ids, severities and examples.")

    @Option(help: "Which rule packs: us, eu or all.")
    var market: Market = .all

    @Option(help: "Output format: text or json.")
    var format: RulesReporter.Format = .text

    @Flag(help: "Print the condition vocabulary's sources: attribution, licences, versions.")
    var sources = false

    func run() async throws {
        if sources {
            do {
                print(try ConditionVocabulary.bundled().attribution, terminator: "")
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(2)
            }
            return
        }
        let book: RuleBook
        do {
            book = try Evident.ruleBook()
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let rules = Evident.rules(market: market, book: book)
        print(RulesReporter.render(rules, format: format), terminator: "")
    }
}

extension RulesReporter.Format: ExpressibleByArgument {}
