// The PubMed importer is part of the front door: `PubMedReader`, `PubMedRecord`,
// `PubMedError`, `PubMedReadSummary` and the `jsonLine`/`tableLine` renderings.
@_exported import EvidentPubMed
