-- Events, their programme and registrations. alliance, lab and funding_programme refer to other
-- modules by id only: modules do not share tables.
create table event (
    id                     uuid primary key,
    series                 uuid,
    title                  text        not null check (length(title) between 1 and 300),
    kind                   text        not null check (kind in ('NETWORK_MEETING', 'EXCURSION', 'WORKSHOP', 'KEYNOTE',
                                                                'SPEED_DATING', 'BREAKFAST', 'INFO_SESSION',
                                                                'CONSULTATION_DAY', 'OTHER')),
    description            text check (length(description) <= 20000),
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    location               text check (length(location) <= 500),
    online_url             text check (length(online_url) <= 1000),
    alliance               uuid,
    lab                    uuid,
    public                 boolean     not null,
    capacity               int check (capacity between 1 and 100000),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    funding_programme      uuid,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    check (ends_at > starts_at),
    check (registration_opens_at is null or registration_closes_at is null
           or registration_closes_at > registration_opens_at)
);
create index event_starts_at on event (starts_at, id);
create index event_public_starts_at on event (starts_at, id) where public;
create index event_alliance on event (alliance, starts_at);
create index event_lab on event (lab);
create index event_series on event (series);
create index event_kind on event (kind);
create index event_title_trgm on event using gin (lower(title) gin_trgm_ops);

-- The programme: sessions in order; sessions at the same time in different tracks run in parallel.
create table event_session (
    id        uuid primary key,
    event     uuid        not null references event (id) on delete cascade,
    position  int         not null check (position >= 0),
    starts_at timestamptz not null,
    ends_at   timestamptz,
    title     text        not null check (length(title) between 1 and 300),
    speakers  text check (length(speakers) <= 1000),
    room      text check (length(room) <= 200),
    track     text check (length(track) <= 200),
    check (ends_at is null or ends_at > starts_at),
    unique (event, position)
);

-- arrival decides the order of the waitlist; it grows in the order the registrations were decided
create sequence registration_arrival;
create table registration (
    id                 uuid primary key,
    event              uuid        not null references event (id) on delete cascade,
    arrival            bigint      not null,
    given_name         text        not null check (length(given_name) between 1 and 200),
    family_name        text        not null check (length(family_name) between 1 and 200),
    email              text        not null check (length(email) between 3 and 320),
    organisation       uuid,
    organisation_name  text check (length(organisation_name) <= 300),
    consent_to_contact boolean     not null,
    language           text        not null check (language in ('de', 'en')),
    status             text        not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    walk_in            boolean     not null default false,
    account            text check (length(account) <= 320),
    cancel_token       text        not null unique check (length(cancel_token) between 20 and 100),
    registered_at      timestamptz not null default now(),
    confirmed_at       timestamptz,
    cancelled_at       timestamptz,
    checked_in_at      timestamptz
);
create unique index registration_email on registration (event, lower(email));
create index registration_queue on registration (event, status, arrival);
create index registration_organisation on registration (organisation);
create index registration_name_trgm on registration using gin (lower(given_name || ' ' || family_name) gin_trgm_ops);
