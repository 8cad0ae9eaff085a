-- Rate-limit counters shared across instances are a PostgreSQL table (migrations/postgres/010_rate_limits.sql). On
-- SQLite one process serves the database, and @fastify/rate-limit keeps its counters in that process's memory: this
-- migration only keeps the two engines' numbering equal.
SELECT 1;
