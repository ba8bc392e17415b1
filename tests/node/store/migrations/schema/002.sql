-- migration 002: sha256 c4b5f330bf5b1113ad9df0e0b40b5bea5058fd0bf10acfe6babc349bbd26916c

-- index cases_by_matter
CREATE INDEX cases_by_matter ON cases (matter_id);

-- index exports_by_sha256
CREATE INDEX exports_by_sha256 ON exports (sha256);

-- index exports_by_version
CREATE INDEX exports_by_version ON exports (version_id);

-- index matters_by_update
CREATE INDEX matters_by_update ON matters (deleted_at, updated_at DESC, id DESC);

-- table audit
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  detail TEXT
) STRICT;

-- table cases
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  matter_id INTEGER NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  agreement TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table clauses
CREATE TABLE clauses (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  texts TEXT NOT NULL CHECK (json_valid(texts)),
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

-- table drafts
CREATE TABLE drafts (
  case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
  case_text TEXT NOT NULL,
  saved_at TEXT NOT NULL
) STRICT;

-- table exports
CREATE TABLE exports (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
  created_at TEXT NOT NULL
) STRICT;

-- table matters
CREATE TABLE matters (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  customer TEXT,
  reference TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'signed', 'closed')),
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

-- table search
CREATE VIRTUAL TABLE search USING fts5 (
  kind UNINDEXED,
  ref UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- table search_config
CREATE TABLE 'search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_content
CREATE TABLE 'search_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

-- table search_data
CREATE TABLE 'search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_docsize
CREATE TABLE 'search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_idx
CREATE TABLE 'search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_rows
CREATE TABLE search_rows (
  kind TEXT NOT NULL,
  ref TEXT NOT NULL,
  row INTEGER NOT NULL,
  PRIMARY KEY (kind, ref)
) STRICT, WITHOUT ROWID;

-- table settings
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

-- table versions
CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number > 0),
  case_json TEXT NOT NULL CHECK (json_valid(case_json)),
  author TEXT NOT NULL,
  label TEXT,
  restored_from INTEGER,
  created_at TEXT NOT NULL,
  UNIQUE (case_id, number)
) STRICT;

-- trigger versions_are_immutable
CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
BEGIN
  SELECT RAISE(ABORT, 'versions are immutable');
END;
