-- Alliances get their strategy, regions, bodies, coordinators and a members-only area.
alter table alliance
    add column goals        text[] not null default '{}',
    add column ground_rules text[] not null default '{}',
    add column founded_on   date;
alter table alliance add constraint alliance_vision check (length(vision) <= 2000);
alter table alliance add constraint alliance_description check (length(description) <= 5000);

alter table alliance_membership add column since date;
alter table alliance_membership add constraint alliance_membership_role check (role in ('OFFICE', 'MEMBER', 'PARTNER'));

create table alliance_region (
    alliance uuid not null references alliance (id) on delete cascade,
    region   text not null references region (key),
    primary key (alliance, region)
);
create index alliance_region_region on alliance_region (region);

-- Steering circle, council, …: the bodies of an alliance and the people in them.
create table alliance_body (
    id          uuid primary key,
    alliance    uuid not null references alliance (id) on delete cascade,
    name        text not null check (length(name) between 1 and 200),
    description text check (length(description) <= 2000)
);
create index alliance_body_alliance on alliance_body (alliance);

create table alliance_body_member (
    body   uuid not null references alliance_body (id) on delete cascade,
    person uuid not null references person (id) on delete cascade,
    role   text check (length(role) <= 100),
    primary key (body, person)
);
create index alliance_body_member_person on alliance_body_member (person);

-- Who coordinates an alliance: accounts by their email address.
create table alliance_coordinator (
    alliance uuid not null references alliance (id) on delete cascade,
    email    text not null check (email = lower(email)),
    primary key (alliance, email)
);
create index alliance_coordinator_email on alliance_coordinator (email);

-- The members-only area: pages and files that only members and coordinators can open.
create table alliance_page (
    id         uuid primary key,
    alliance   uuid        not null references alliance (id) on delete cascade,
    title      text        not null check (length(title) between 1 and 200),
    body       text        not null check (length(body) <= 100000),
    author     text        not null,
    created_at timestamptz not null default now()
);
create index alliance_page_alliance on alliance_page (alliance, created_at);

create table alliance_file (
    id          uuid primary key,
    alliance    uuid        not null references alliance (id) on delete cascade,
    name        text        not null check (length(name) between 1 and 255),
    media_type  text        not null,
    size        bigint      not null check (size > 0),
    content     bytea       not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null default now()
);
create index alliance_file_alliance on alliance_file (alliance, uploaded_at);
