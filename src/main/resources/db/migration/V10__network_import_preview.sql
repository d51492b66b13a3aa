-- Imports from the web start as drafts: the office sees the columns and first rows, adjusts the
-- mapping of columns to fields, then starts the import.
alter table import_job drop constraint import_job_status_check;
alter table import_job add constraint import_job_status_check check (status in ('DRAFT', 'QUEUED', 'RUNNING', 'DONE', 'FAILED'));
alter table import_job add column mapping jsonb;
