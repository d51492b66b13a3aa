-- Files answering file questions: under a draft while the person answers, moved to the response in the
-- transaction that submits it. Like the response, a file of an anonymous survey keeps nothing that joins it to
-- the invitation: no time, and the draft's key is cleared when it moves. No foreign key to survey_draft:
-- the submission removes the draft before it moves the files.
create table survey_file (
    id         uuid primary key,
    survey     uuid    not null references survey (id) on delete cascade,
    draft      text,
    response   uuid references survey_response (id) on delete cascade,
    question   text    not null,
    name       text    not null check (length(name) between 1 and 200),
    media_type text    not null,
    size       integer not null check (size between 1 and 10485760),
    sha256     text    not null check (length(sha256) = 64),
    content    bytea   not null,
    check (num_nonnulls(draft, response) = 1)
);
create unique index survey_file_draft on survey_file (draft, question) where draft is not null;
create unique index survey_file_response on survey_file (response, question) where response is not null;
create index survey_file_survey on survey_file (survey) where response is not null;
