-- How many proxies (pouvoirs) one member may hold at a meeting of the body, set by administrators beside the
-- quorum: one by default, so that the bodies keep the rule they had in practice. Proxies already given are kept.
-- Portable SQL: the same script runs on H2 (default) and PostgreSQL (production).
ALTER TABLE body ADD COLUMN max_proxies INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE body ADD CONSTRAINT ck_body_max_proxies CHECK (max_proxies >= 1);
