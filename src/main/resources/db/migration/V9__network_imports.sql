-- Imports of organisation and people lists. The uploaded file is kept with the job, so that a job
-- acknowledged before a restart is still carried out after it.
create table import_job (
    id          uuid primary key,
    kind        text        not null check (kind in ('ORGANIZATIONS', 'PEOPLE')),
    status      text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    file_name   text        not null,
    content     bytea       not null,
    skip_errors boolean     not null,
    total       int         not null default 0,
    processed   int         not null default 0,
    created     int         not null default 0,
    errors      jsonb       not null default '[]',
    duplicates  jsonb       not null default '[]',
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    finished_at timestamptz
);
create index import_job_pending on import_job (status) where status in ('QUEUED', 'RUNNING');
create index import_job_created_by on import_job (created_by, created_at);
