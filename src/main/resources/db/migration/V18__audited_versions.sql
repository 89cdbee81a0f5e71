-- The history records each aggregate's version (its ETag) too (Envers' do_not_audit_optimistic_locking_field is
-- off), so that a deleted source catalogued again takes a version after every one it had, and no ETag a client
-- still holds from before the delete matches it.
ALTER TABLE source_aud ADD COLUMN version BIGINT;
ALTER TABLE contributor_aud ADD COLUMN version BIGINT;
ALTER TABLE footnote_aud ADD COLUMN version BIGINT;
ALTER TABLE claim_aud ADD COLUMN version BIGINT;
ALTER TABLE app_user_aud ADD COLUMN version BIGINT;
-- Revisions recorded before: a source's version rose by one with each of its revisions (created at 0), which is
-- the best that can be known now. Rows of deletions keep no data, so no version.
UPDATE source_aud SET version = (SELECT COUNT(*) - 1 FROM source_aud earlier
                                 WHERE earlier.id = source_aud.id AND earlier.rev <= source_aud.rev)
WHERE revtype <> 2;
