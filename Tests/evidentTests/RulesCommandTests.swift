import Foundation
import Testing

/// `evident rules`: ids, severities and examples, per market, as text or JSON.
struct RulesCommandTests {
    @Test func listsRulesWithExamples() throws {
        let result = try CheckCommandTests.run(["rules", "--market", "us"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("disease-claim (all, error, disease-claim)\n"))
        #expect(result.stdout.contains("us-dshea-disclaimer (us, warning, missing-disclosure)\n"))
        #expect(!result.stdout.contains("eu-health-claim-wording"))
        #expect(
            result.stdout.contains(
                "  fail: Vitamin K2 can prevent cirrhosis from progressing to liver cancer.\n"))
    }

    @Test func jsonListsEveryRule() throws {
        let result = try CheckCommandTests.run(["rules", "--format", "json"])
        let rules =
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let ids = rules?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains("unauthorised-health-claim"))
        #expect(ids.contains("absolute-safety"))
        #expect(rules?.first?["examples"] is [String: Any])
    }

    /// `--sources`: attribution, licences, versions and sizes of the condition vocabulary and
    /// the EU register (pinned: a change of either shows here).
    @Test func sourcesArePrinted() throws {
        let result = try CheckCommandTests.run(["rules", "--sources"])
        #expect(result.status == 0)
        #expect(result.stdout == Self.sources)
    }

    static let sources = """
        Condition vocabulary: 67810 phrases derived by .ci/vocab/derive.py, 115 from the reviewed alias overlay

        mesh: MeSH 2024 (Diseases C, Mental Disorders F03)
          version: 2024
          licence: NLM, public domain; courtesy of the U.S. National Library of Medicine
          used: 5155
        doid: Human Disease Ontology
          version: 2024-01-31
          licence: CC0 1.0
          used: 11501
        symp: Symptom Ontology
          version: 2026-07-30
          licence: CC0 1.0
          used: 895
        icd10cm: ICD-10-CM tabular list
          version: FY2026 April
          licence: US government publication (CDC/NCHS)
          used: 41399
        hpo: Human Phenotype Ontology, layperson synonyms
          version: 2025-01-16
          licence: HPO licence: cite the HPO Consortium, show the version, do not alter HPO files (https://hpo.jax.org/app/license)
          used: 4926
        eu: EU Register of nutrition and health claims (authorised Art 13 wordings: which phrases name a normal function)
          version: 2026-07-30
          licence: European Commission, reuse with attribution
          used: 242
        wordnet: WordNet (word senses; lay synonyms and adjectives of the concepts above with no other sense; conditions it knows in one sense only, counted only in a health context, rule F18; injuries, infections and pathological states it knows in one sense only, rule F19; a term's clipped form in its synset, 'mono', 'staph', counted only in a health context, rule F24)
          version: 3.0
          licence: WordNet 3.0 licence (Princeton)
          used: 1147
        analytes: Lab analytes: the quantities HPO names raised or lowered in serum, plasma, blood or urine (rule A; written to analytes.tsv)
          version: 2025-01-16
          licence: HPO licence, as above
          used: 892
        germs: Germs: the organisms named by the infection terms of the sources above (and the virus a disease term names first, rule G4), kept when WordNet knows them only as germs (rule G), and by their disease terms when WordNet knows them only as germs (rule G2); or, unknown to WordNet, when MeSH 2024 files them among its organisms B (rule G3); and a virus MeSH names after a place or a person by that name alone when a disease is named after it ('Lassa', 'Borna'; rule G5), and a germ's Latin genus alone ('Naegleria'; rule G6); and a Latin genus or binomial MeSH 2024 files only among the organisms that cause disease (bacteria, viruses, protozoa, fungi but mushrooms, helminths, parasitic mites, ticks, lice and fleas) that WordNet knows as nothing else and the EU register names as no ingredient ('Haemonchus', 'Nematodirus'; rule G7)
          version: -
          licence: as the sources above; MeSH: NLM, public domain
          used: 2105
        abbreviations: Abbreviations the sources above define beside a term ('CMT - Charcot-Marie-Tooth disease', 'Inflammatory breast cancer (IBC)', 'WPW Syndrome'; rule F16), counted only in a health context
          version: -
          licence: as the sources above
          used: 138
        classical: Greek and Latin plurals and adjectives of the one-word names above that WordNet does not know ('keratoses', 'cirrhotic'; rule F17)
          version: -
          licence: as the sources above
          used: 903
        spellings: British spellings of the Greek and Latin pieces of the terms above that the sources spell only the American way ('tachypnoea', 'haemorrhagic', 'oesophagitis'; rule F20), and a newborn's condition written with an article ('of the newborn'; rule F21)
          version: -
          licence: as the sources above
          used: 3332
        animal: Animal diseases: the hyponyms of WordNet's 'animal disease' no source above names (rule V)
          version: 3.0
          licence: WordNet 3.0 licence (Princeton)
          used: 43
        hpo-names: Human Phenotype Ontology, term names and exact synonyms of phenotypic abnormalities that name a condition by their form: one Greek or Latin word, or a head that is itself a condition, no measure (rule H); counted as its head counts, or only in a health context when its head is a medical word the vocabulary does not list alone
          version: 2025-01-16
          licence: HPO licence, as above
          used: 5108
        figurative: Disease adjectives of the lexicon with a figurative sense in WordNet ('infectious': easily spread), counted only in a health context (rule F15)
          version: 3.0
          licence: WordNet 3.0 licence (Princeton)
          used: 4
        head: Everyday adjectives WordNet also knows as a disease's name ('coronary': a coronary thrombosis; 'bipolar' of bipolar disorder), counted only as the head of a noun phrase or before a word of treatment, in a health context (rule F23)
          version: 3.0
          licence: WordNet 3.0 licence (Princeton)
          used: 5
        eponyms: Eponyms of hyphenated surnames in the terms above, without their head ('Guillain-Barré', 'Ehlers-Danlos'; rule F25), counted only in a health context
          version: -
          licence: as the sources above
          used: 417

        derived phrases: 67810 (55927 disease, 9750 symptom, 7 function, 2126 germ, 2018 ambiguous, 270 eponym, 6 head, 187 as written)
        This product uses the Human Phenotype Ontology (version 2025-01-16).

        EU Register of nutrition and health claims (health claims)
          publisher: European Commission
          version: retrieved 2026-07-30
          licence: European Commission reuse policy (Decision 2011/833/EU), reuse with attribution
          records: 269 authorised, 2067 non-authorised, 1 revoked
          attribution: Contains data from the EU Register of nutrition and health claims, (c) European Union, retrieved 2026-07-30 from the Commission's Food and Feed portal; derived by .ci/derive-eu-register (with the verbs of its nouns of action from WordNet 3.0, Princeton University)


        """
}
