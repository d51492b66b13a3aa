-- Pitches in the creative labs of an event, on the template challenge, solution, measure.
-- organisation refers to the network module by id only; organisation_name is free text for
-- initiatives not in the registry.
create table pitch (
    id                uuid primary key,
    event             uuid        not null references event (id) on delete cascade,
    session           uuid        not null references event_session (id) on delete cascade,
    presenter         text        not null check (length(presenter) between 1 and 200),
    organisation      uuid,
    organisation_name text check (length(organisation_name) <= 300),
    title             text        not null check (length(title) between 1 and 300),
    challenge         text        not null check (length(challenge) between 1 and 5000),
    solution          text        not null check (length(solution) between 1 and 5000),
    measure           text        not null check (length(measure) between 1 and 5000),
    submitted_by      text        not null check (length(submitted_by) between 1 and 320),
    submitted_at      timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index pitch_event_session on pitch (event, session, submitted_at);
create index pitch_by_session on pitch (session);
create index pitch_organisation on pitch (organisation);

-- A session's ambassador (an account's email) and what they record at its end.
create table pitch_session (
    session      uuid primary key references event_session (id) on delete cascade,
    event        uuid        not null references event (id) on delete cascade,
    ambassador   text check (length(ambassador) between 3 and 320),
    results      text check (length(results) <= 20000),
    aha_moments  text check (length(aha_moments) <= 20000),
    recorded_by  text check (length(recorded_by) <= 320),
    recorded_at  timestamptz
);
create index pitch_session_event on pitch_session (event);
create index pitch_session_ambassador on pitch_session (lower(ambassador));

-- Texts, files and photos documenting an event. MEMBERS entries are also published into the
-- organising alliance's members' area; members_page and members_file name what was published there.
create table event_documentation (
    id           uuid primary key,
    event        uuid        not null references event (id) on delete cascade,
    visibility   text        not null check (visibility in ('PUBLIC', 'MEMBERS')),
    caption      text        not null check (length(caption) between 1 and 300),
    body         text check (length(body) <= 20000),
    file_name    text check (length(file_name) between 1 and 255),
    media_type   text check (media_type in ('image/png', 'image/jpeg', 'application/pdf',
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size         bigint check (size between 1 and 10485760),
    content      bytea,
    members_page uuid,
    members_file uuid,
    added_by     text        not null check (length(added_by) between 1 and 320),
    added_at     timestamptz not null default now(),
    check (body is not null or content is not null),
    check ((content is null) = (file_name is null) and (content is null) = (media_type is null)
           and (content is null) = (size is null))
);
create index event_documentation_event on event_documentation (event, visibility, added_at);
