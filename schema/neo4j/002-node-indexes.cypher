// Range indexes for the API's lookups and filters: exact name, kind, level, year, date; Metric.report lists a
// report's metrics; Report.extractorVersion finds the reports `kg ingest --reextract` must redo.
CREATE INDEX report_year IF NOT EXISTS FOR (n:Report) ON (n.year);
CREATE INDEX report_published_at IF NOT EXISTS FOR (n:Report) ON (n.publishedAt);
// Report.sourceUrl finds the stored version an ingest with the same URL replaces; Report.issuer the look-alikes
// (same issuer, year and type) the ingest summary names (src/graph/load/supersede.ts).
CREATE INDEX report_source_url IF NOT EXISTS FOR (n:Report) ON (n.sourceUrl);
CREATE INDEX report_issuer IF NOT EXISTS FOR (n:Report) ON (n.issuer);
CREATE INDEX report_extractor_version IF NOT EXISTS FOR (n:Report) ON (n.extractorVersion);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX agency_kind IF NOT EXISTS FOR (n:Agency) ON (n.kind);
CREATE INDEX agency_level IF NOT EXISTS FOR (n:Agency) ON (n.level);
CREATE INDEX law_name IF NOT EXISTS FOR (n:Law) ON (n.name);
CREATE INDEX law_kind IF NOT EXISTS FOR (n:Law) ON (n.kind);
CREATE INDEX program_name IF NOT EXISTS FOR (n:Program) ON (n.name);
CREATE INDEX jurisdiction_name IF NOT EXISTS FOR (n:Jurisdiction) ON (n.name);
CREATE INDEX jurisdiction_level IF NOT EXISTS FOR (n:Jurisdiction) ON (n.level);
CREATE INDEX jurisdiction_code IF NOT EXISTS FOR (n:Jurisdiction) ON (n.code);
CREATE INDEX metric_name IF NOT EXISTS FOR (n:Metric) ON (n.name);
CREATE INDEX metric_report IF NOT EXISTS FOR (n:Metric) ON (n.report);
// Looking entities up by the names people use (src/graph/read/names.ts, src/graph/search.ts): the `short` caption
// (区卫计局) by equality, and `aliasText` (the aliases joined by spaces) by a TEXT index, so `aliasText CONTAINS $q`
// finds the few entities one of whose aliases may be $q before `$q IN aliases` checks it (a list property has no
// index of its own).
CREATE INDEX entity_short IF NOT EXISTS FOR (n:Entity) ON (n.short);
CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (n:Entity) ON (n.aliasText);
// Text index: `name CONTAINS $q` for one-character searches the cjk full-text analyzer cannot answer
// (it indexes character bigrams). See src/graph/search.ts.
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
