-- The team's register for ACT Export, on PostgreSQL: run once by the database's owner
--
--     createdb register
--     psql -d register -v ON_ERROR_STOP=1 -f docs/register-postgres.sql
--
-- It makes the schema act_export (what ACT Export would make itself when it first connects
-- as the owner) and the role act_export_officer, which may add events and read them, never
-- change or remove them. Give each officer a login of their own in that role:
--
--     CREATE ROLE anna LOGIN PASSWORD '...' IN ROLE act_export_officer;
--
-- and point the app or the command line at postgres://anna@server/register. The register
-- records, for each event, the login that wrote it.
--
-- A register made by an earlier version of ACT Export (format 1) is upgraded instead, its
-- events kept: ACT Export does it when it connects as the database's owner, or the owner runs
-- the upgrade once, while officers may still be writing (it waits for a write under way):
--
--     psql -d register -v ON_ERROR_STOP=1 -f docs/register-postgres-upgrade-2.sql
--
-- Until then an officer's app says that the register must be upgraded, and afterwards an
-- older ACT Export says that the register is of a newer version.

BEGIN;

-- ACT Export's register on PostgreSQL, format 1: the same events and chain as the journal
-- file (docs/journal-format.md), shared by a team. Run as the database's owner, in one
-- transaction; ACT Export runs it itself when it finds no register in the database.
CREATE SCHEMA act_export;

-- The format of the register; ACT Export refuses a newer one.
CREATE TABLE act_export.schema_version (
    version integer NOT NULL
);
INSERT INTO act_export.schema_version (version) VALUES (1);

-- The register's identity: one row, 32 hex digits of random bits, bound into the first
-- event's prev (bound_at 0).
CREATE TABLE act_export.identity (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    id text NOT NULL,
    bound_at bigint NOT NULL DEFAULT 0
);
INSERT INTO act_export.identity (id) VALUES (replace(gen_random_uuid()::text, '-', ''));

-- The events, append-only. seq is the primary key, so that two writers can never both write
-- event N (appends are also serialised by an advisory lock). officer and written are set by
-- the server: who wrote the event (the role it connected as) and when.
CREATE TABLE act_export.events (
    seq bigint PRIMARY KEY CHECK (seq > 0),
    at text NOT NULL,
    case_ref text,
    kind text NOT NULL,
    body text NOT NULL,
    prev text NOT NULL,
    hash text NOT NULL UNIQUE,
    officer text NOT NULL DEFAULT current_user,
    written timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_by_case ON act_export.events (case_ref);

-- An event is only ever the next one, its kind is the one its body names, and the server says
-- who wrote it.
CREATE FUNCTION act_export.only_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq IS DISTINCT FROM (SELECT coalesce(max(seq), 0) + 1 FROM act_export.events) THEN
        RAISE EXCEPTION 'the journal is append-only: an event can only follow the last one';
    END IF;
    IF NEW.kind IS DISTINCT FROM (NEW.body::jsonb ->> 'event') THEN
        RAISE EXCEPTION 'an event''s kind must be the one its body names';
    END IF;
    NEW.officer := current_user;
    NEW.written := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER events_only_next BEFORE INSERT ON act_export.events
    FOR EACH ROW EXECUTE FUNCTION act_export.only_next();

-- Nothing written is ever changed or removed.
CREATE FUNCTION act_export.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the journal is append-only';
END;
$$;
CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON act_export.events
    FOR EACH ROW EXECUTE FUNCTION act_export.append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON act_export.events
    FOR EACH STATEMENT EXECUTE FUNCTION act_export.append_only();
CREATE TRIGGER identity_no_change BEFORE UPDATE OR DELETE ON act_export.identity
    FOR EACH ROW EXECUTE FUNCTION act_export.append_only();
CREATE TRIGGER identity_no_truncate BEFORE TRUNCATE ON act_export.identity
    FOR EACH STATEMENT EXECUTE FUNCTION act_export.append_only();
CREATE TRIGGER version_no_truncate BEFORE TRUNCATE ON act_export.schema_version
    FOR EACH STATEMENT EXECUTE FUNCTION act_export.append_only();

-- ACT Export's register on PostgreSQL, format 2: format 1 (postgres-1.sql) upgraded so that an
-- event whose text holds the character U+0000 is written, as the journal file writes it. Run
-- as the database's owner on a register of format 1, in one transaction; ACT Export runs it
-- itself after format 1's script, and on a register of format 1 when it connects as the owner.
--
-- Format 1 read an event's kind from its body as jsonb, which refuses the escape \u0000
-- (PostgreSQL's text holds no U+0000): such an event was refused. PostgreSQL's json functions
-- refuse it too, as they turn every string they read into text, so the body is read with each
-- \u0000 written \u0001. That is still JSON, with the same members (a backslash is only ever
-- in a string, and the escape keeps its form), and the kind read is the one format 1 read for
-- every body whose kind holds no U+0000 (one that does is no kind ACT Export writes).

-- An event is only ever the next one, its kind is the one its body names, and the server says
-- who wrote it.
CREATE OR REPLACE FUNCTION act_export.only_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq IS DISTINCT FROM (SELECT coalesce(max(seq), 0) + 1 FROM act_export.events) THEN
        RAISE EXCEPTION 'the journal is append-only: an event can only follow the last one';
    END IF;
    IF NEW.kind IS DISTINCT FROM (replace(NEW.body, E'\\u0000', E'\\u0001')::json ->> 'event') THEN
        RAISE EXCEPTION 'an event''s kind must be the one its body names';
    END IF;
    NEW.officer := current_user;
    NEW.written := now();
    RETURN NEW;
END;
$$;

INSERT INTO act_export.schema_version (version) VALUES (2);

-- The officers: read everything, add events, nothing else (no UPDATE, DELETE or TRUNCATE; the
-- triggers above refuse those even to the owner).
-- (Roles belong to the whole server: a second register on it shares the role.)
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'act_export_officer') THEN
        CREATE ROLE act_export_officer NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO act_export_officer', current_database());
END;
$$;
GRANT USAGE ON SCHEMA act_export TO act_export_officer;
GRANT SELECT ON act_export.schema_version, act_export.identity, act_export.events TO act_export_officer;
GRANT INSERT ON act_export.events TO act_export_officer;

COMMIT;
