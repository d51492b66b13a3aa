-- Organisations get sector, region and address; people with their consents join them.
create extension if not exists pg_trgm;

alter table organisation
    add column sector_code text references sector (code),
    add column region_key  text references region (key),
    add column street      text check (length(street) <= 200),
    add column postal_code text check (postal_code ~ '^[0-9]{5}$'),
    add column created_at  timestamptz not null default now(),
    add column updated_at  timestamptz not null default now(),
    add column version     bigint      not null default 0,
    add column search      tsvector generated always as (
        setweight(to_tsvector('german', name), 'A') ||
        setweight(to_tsvector('german', coalesce(city, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(description, '')), 'C')) stored;
alter table organisation add constraint organisation_website check (website ~ '^https?://[^ ]+$');
alter table organisation add constraint organisation_description check (length(description) <= 5000);
alter table organisation add constraint organisation_city check (length(city) <= 200);
create index organisation_search on organisation using gin (search);
create index organisation_name_trgm on organisation using gin (lower(name) gin_trgm_ops);
create index organisation_sector on organisation (sector_code);
create index organisation_region on organisation (region_key);
create index organisation_duplicate_key on organisation (lower(name), postal_code);

create table person (
    id           uuid primary key,
    given_name   text        not null check (length(given_name) between 1 and 200),
    family_name  text        not null check (length(family_name) between 1 and 200),
    email        text check (email = lower(email) and length(email) <= 320),
    phone        text check (length(phone) <= 50),
    organisation uuid references organisation (id) on delete set null,
    function     text check (length(function) <= 200),
    invented     boolean     not null default false,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
create unique index person_email on person (email);
create index person_organisation on person (organisation);
create index person_name on person (lower(family_name), lower(given_name));

-- What a person agreed to be contacted for, since when, and until when if withdrawn.
create table person_consent (
    person       uuid not null references person (id) on delete cascade,
    purpose      text not null check (purpose in ('NEWSLETTER', 'EVENT_INVITATIONS', 'SURVEYS', 'MEMBERS_AREA')),
    given_on     date not null,
    withdrawn_on date,
    primary key (person, purpose)
);
