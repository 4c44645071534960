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
