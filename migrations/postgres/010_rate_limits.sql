-- Rate-limit counters shared by every instance (the review and contact forms, failed admin authentications): one row
-- per limited key (a hash of an address or email, prefixed by what it limits), counting hits in a fixed window that
-- starts with the key's first hit. UNLOGGED: counters are not worth a WAL write per request, and after a crash the
-- table comes back empty, which only forgets recent hits. Expired rows are deleted by the instances as they go.
-- Times are milliseconds since the epoch on the database's clock, so instances with skewed clocks agree.

CREATE UNLOGGED TABLE rate_limits (
  key        text    PRIMARY KEY,
  hits       integer NOT NULL CHECK (hits >= 0),
  resets_at  bigint  NOT NULL
);

CREATE INDEX rate_limits_resets_idx ON rate_limits (resets_at);
