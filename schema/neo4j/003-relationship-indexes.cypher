// Relationship property indexes on `report` for every evidence relationship type: deleting or replacing a
// report finds its evidence edges by index instead of walking every edge of popular entities.
CREATE INDEX issued_report IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.report);
CREATE INDEX implements_report IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.report);
CREATE INDEX conducts_report IF NOT EXISTS FOR ()-[r:CONDUCTS]-() ON (r.report);
CREATE INDEX transferred_duty_report IF NOT EXISTS FOR ()-[r:TRANSFERRED_DUTY]-() ON (r.report);
CREATE INDEX abolished_report IF NOT EXISTS FOR ()-[r:ABOLISHED]-() ON (r.report);
CREATE INDEX merged_report IF NOT EXISTS FOR ()-[r:MERGED]-() ON (r.report);
CREATE INDEX part_of_report IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.report);
CREATE INDEX in_jurisdiction_report IF NOT EXISTS FOR ()-[r:IN_JURISDICTION]-() ON (r.report);
CREATE INDEX within_report IF NOT EXISTS FOR ()-[r:WITHIN]-() ON (r.report);
CREATE INDEX measures_report IF NOT EXISTS FOR ()-[r:MEASURES]-() ON (r.report);
