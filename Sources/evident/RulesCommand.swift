import ArgumentParser
import EvidentKit
import Foundation

/// `evident rules`: list the regulatory rules with their ids, severities, origin and examples;
/// `--test` runs every example as a test; `--sources` prints where the data comes from.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the regulatory rules with their ids, severities, origins and examples.",
        discussion: """
            Rules come from the built-in packs, the knowledge base's Claims/rules/*.yaml and \
            every --rules folder, in one format. --test runs each rule's examples as tests \
            (exit 1 when one fails). Exit status: 2 when a pack cannot be read.
            """)

    @Option(help: "Which rule packs: us, eu or all.")
    var market: Market = .all

    @Option(help: "Output format: \(RulesFormat.valueList).")
    var format: RulesFormat = .text

    /// The knowledge base whose `Claims/rules/` packs are read too.
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @OptionGroup var rulePacks: RulePackOptions

    @Flag(help: "Run every rule's examples as tests: fail examples must fire, pass must not.")
    var test = false

    @Flag(help: "Print where the data comes from: attribution, licences, versions.")
    var sources = false

    func run() async throws {
        let book: RuleBook
        do {
            book = try Evident.ruleBook(kb: knowledgeBase.kb, rules: rulePacks.folders)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        if sources {
            do {
                print(try ConditionVocabulary.bundled().attribution)
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(2)
            }
            print(RulesReporter.renderSources(book.sources), terminator: "")
            return
        }
        if test {
            let results = book.testExamples()
            let rendered = results.map {
                RulesReporter.ExampleOutcome(
                    rule: $0.rule, origin: $0.origin, text: $0.text, shouldFire: $0.shouldFire,
                    passed: $0.passed, firedRules: $0.firedRules)
            }
            print(RulesReporter.renderTest(rendered), terminator: "")
            if results.contains(where: { !$0.passed }) { throw ExitCode(1) }
            return
        }
        let rules = Evident.rules(market: market, book: book)
        do {
            print(try RulesReporter.render(rules, format: format), terminator: "")
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
