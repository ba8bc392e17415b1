/**
 * Where each item sits in the search index. Full-text tables have no index on their other
 * columns, so finding an item's row by kind and reference scanned the whole index on every save.
 */
export const migration002 = `
DELETE FROM search WHERE rowid NOT IN (SELECT max(rowid) FROM search GROUP BY kind, ref);

CREATE TABLE search_rows (
  kind TEXT NOT NULL,
  ref TEXT NOT NULL,
  row INTEGER NOT NULL,
  PRIMARY KEY (kind, ref)
) STRICT, WITHOUT ROWID;

INSERT INTO search_rows (kind, ref, row) SELECT kind, ref, rowid FROM search;
`;
