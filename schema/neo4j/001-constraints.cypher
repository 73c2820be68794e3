// Uniqueness of the extractor's deterministic `id` on every label (src/graph/model.ts). Each constraint also
// gives the range index that MERGE and lookups by id use, and makes concurrent MERGEs of one id safe.
// :Entity is the label every entity node carries besides its own: lookups by id without knowing the type.
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT law_id IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT jurisdiction_id IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// A report's text is the node (:ReportText {id: the report's id, text}): one per report, found by the report's id.
CREATE CONSTRAINT report_text_id IF NOT EXISTS FOR (n:ReportText) REQUIRE n.id IS UNIQUE;
// Not data: no (:SourceUrlLock) node is ever committed. A write that replaces reports by sourceUrl creates and
// deletes one per URL in its transaction (src/graph/load/supersede.ts); the uniqueness check's lock on the URL,
// held until the transaction ends, makes concurrent writers of one sourceUrl wait for each other.
CREATE CONSTRAINT source_url_lock IF NOT EXISTS FOR (n:SourceUrlLock) REQUIRE n.url IS UNIQUE;
