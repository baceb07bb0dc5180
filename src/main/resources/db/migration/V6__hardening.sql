-- A file that could not be taken in whole (unreadable, changed while being read) is REJECTED
-- with retry = TRUE: the next fresh run forgets it and reads the file again.
ALTER TABLE inbound_file ADD COLUMN retry BOOLEAN DEFAULT FALSE NOT NULL;

-- Where the run lock's holder runs, so a process on the same host can tell at once that the
-- holder died: host for people, pid and process_scope (host, boot and pid namespace) to decide.
ALTER TABLE run_lock ADD COLUMN host VARCHAR(255);
ALTER TABLE run_lock ADD COLUMN pid BIGINT;
ALTER TABLE run_lock ADD COLUMN process_scope VARCHAR(255);
