-- The public portal's business profiles. A profile belongs to an organisation of the network
-- registry (by id only: modules do not share tables). What the public sees is `published`; a new
-- profile or a change waits in `draft` until the office publishes it, so the published version
-- stays visible while a change is under review. Both are the profile's content as JSON.
create table portal_profile (
    id           uuid primary key,
    organisation uuid        not null,
    status       text        not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
    published    jsonb,
    draft        jsonb,
    review_note  text check (length(review_note) <= 2000),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    published_at timestamptz,
    check (published is not null or draft is not null),
    check (status <> 'PUBLISHED' or published is not null)
);
create index portal_profile_organisation on portal_profile (organisation);
create index portal_profile_status on portal_profile (status, updated_at);
create index portal_profile_published on portal_profile (published_at, id) where published is not null;
-- lists sort by name, the published one if there is one: with a million profiles a page must not sort them all
create index portal_profile_name on portal_profile (lower(coalesce(published, draft) ->> 'name'), id);

-- The accounts (by email) that keep a profile besides the office: whoever registered the business
-- and whoever the office handed the profile to.
create table portal_profile_editor (
    profile uuid not null references portal_profile (id) on delete cascade,
    email   text not null check (email = lower(email)),
    primary key (profile, email)
);
create index portal_profile_editor_email on portal_profile_editor (email);

-- Changes the search index has still to take up, written in the transaction of the change itself:
-- a row leaves only after the index has committed it, so no change is lost in a crash.
create table portal_index_queue (
    id        bigserial primary key,
    kind      text        not null check (kind in ('PROFILE', 'PAGE')),
    item      uuid        not null,
    queued_at timestamptz not null default now()
);

-- Which database the search index was built from: an index left from another database (a restored
-- backup, a test run) is rebuilt instead of showing what is not there.
create table portal_search_generation (
    generation uuid primary key
);
insert into portal_search_generation (generation) values (gen_random_uuid());

-- Businesses that registered themselves and have not yet confirmed their email address; the
-- link in the mail carries the token, of which only the SHA-256 is kept.
create table portal_registration (
    id           uuid primary key,
    token_hash   text        not null unique,
    email        text        not null,
    contact_name text        not null check (length(contact_name) between 1 and 200),
    content      jsonb       not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    confirmed_at timestamptz,
    profile      uuid
);
create index portal_registration_expires on portal_registration (expires_at) where confirmed_at is null;
