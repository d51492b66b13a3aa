-- Themed worlds of a lab and their stations (research islands), and the feedback visitors leave
-- there. lab and organisation refer to other modules by id only.
create table themed_world (
    id          uuid primary key,
    lab         uuid        not null,
    title       text        not null check (length(title) between 1 and 300),
    description text check (length(description) <= 20000),
    starts_on   date        not null,
    ends_on     date        not null check (ends_on >= starts_on),
    -- printed at the foot of the companies' reports: the lab's own notice and its funders'
    report_notice      text check (length(report_notice) <= 2000),
    funding_programmes uuid[]      not null default '{}',
    created_at  timestamptz not null default now()
);
create index themed_world_lab on themed_world (lab, starts_on);

-- questions: the station's own questions beyond the four every station asks, as a JSON array of
-- {key, text, kind (SINGLE_CHOICE | SCALE), options, min, max}
create table station (
    id           uuid primary key,
    themed_world uuid        not null references themed_world (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 300),
    prototype    text check (length(prototype) <= 2000),
    organisation uuid,
    questions    jsonb       not null default '[]',
    created_at   timestamptz not null default now()
);
create index station_themed_world on station (themed_world, name);
create index station_organisation on station (organisation);

-- id is made by the device that captured the feedback, so that a retried sync finds it again.
-- hidden feedback is kept for the record but counted nowhere.
create table feedback (
    id           uuid primary key,
    station      uuid        not null references station (id) on delete cascade,
    rating       smallint    not null check (rating between 1 and 5),
    works        text check (length(works) <= 5000),
    improvements text check (length(improvements) <= 5000),
    ideas        text check (length(ideas) <= 5000),
    answers      jsonb       not null default '{}',
    captured_at  timestamptz not null,
    received_at  timestamptz not null default now(),
    hidden       boolean     not null default false,
    moderated_by text,
    moderated_at timestamptz,
    themes       text[]      not null default '{}'
);
create index feedback_station_captured on feedback (station, captured_at);
create index feedback_themes on feedback using gin (themes);
