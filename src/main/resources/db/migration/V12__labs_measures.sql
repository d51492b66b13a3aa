-- Labs and their measures with the fact sheet, megatrends and SDGs, funding programmes,
-- certifications and the solution library. Organisations and alliances are network ids, without
-- foreign keys into the network's tables: modules do not share tables.

alter table lab
    add column goals      text check (length(goals) <= 10000),
    add column phase      text check (length(phase) <= 200),
    add column created_at timestamptz not null default now(),
    add column updated_at timestamptz not null default now();
alter table lab add constraint lab_background check (length(background) <= 10000);
alter table lab add constraint lab_place check (length(place) <= 200);
create index lab_coordinator on lab (coordinator);

create table lab_member (
    lab          uuid not null references lab (id) on delete cascade,
    organisation uuid not null,
    primary key (lab, organisation)
);
create index lab_member_organisation on lab_member (organisation);

-- The curated megatrends; administrators add to them.
create table megatrend (
    code     text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
    name_de  text not null check (length(name_de) between 1 and 100),
    name_en  text not null check (length(name_en) between 1 and 100),
    position int  not null
);
create unique index megatrend_name_de on megatrend (lower(name_de));
create unique index megatrend_name_en on megatrend (lower(name_en));
insert into megatrend (code, name_de, name_en, position) values
    ('digitalisation', 'Digitalisierung', 'Digitalisation', 10),
    ('demographic-change', 'Demografischer Wandel', 'Demographic change', 20),
    ('migration', 'Migration', 'Migration', 30),
    ('fair-trade', 'Faires Handeln', 'Fair trade', 40),
    ('sustainability', 'Nachhaltigkeit', 'Sustainability', 50),
    ('climate-change', 'Klimawandel', 'Climate change', 60),
    ('globalisation', 'Globalisierung', 'Globalisation', 70),
    ('urbanisation', 'Urbanisierung', 'Urbanisation', 80),
    ('new-work', 'Neue Arbeitswelten', 'New work', 90),
    ('mobility', 'Mobilität', 'Mobility', 100),
    ('health', 'Gesundheit', 'Health', 110),
    ('knowledge-culture', 'Wissenskultur', 'Knowledge culture', 120),
    ('individualisation', 'Individualisierung', 'Individualisation', 130),
    ('security', 'Sicherheit', 'Security', 140);

create table funding_programme (
    id              uuid primary key,
    name            text        not null check (length(name) between 1 and 200),
    fund            text        not null check (fund in ('ESF', 'EFRE', 'NATIONAL', 'STATE', 'MUNICIPAL', 'OTHER')),
    operator        text check (length(operator) <= 300),
    notice          text        not null check (length(notice) between 1 and 2000),
    logo            bytea check (octet_length(logo) <= 524288),
    logo_media_type text check (logo_media_type in ('image/png', 'image/jpeg')),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check ((logo is null) = (logo_media_type is null))
);
create unique index funding_programme_name on funding_programme (lower(name));
create index funding_programme_fund on funding_programme (fund);

-- The solution library: a measure that worked, published for others to adopt.
create table solution (
    id           uuid primary key,
    measure      uuid        not null unique,
    title        text        not null check (length(title) between 1 and 300),
    problem      text        not null check (length(problem) between 1 and 5000),
    approach     text        not null check (length(approach) between 1 and 5000),
    requirements text check (length(requirements) <= 5000),
    results      text check (length(results) <= 5000),
    contact      text        not null check (length(contact) between 1 and 500),
    published_by text        not null,
    published_at timestamptz not null default now(),
    search       tsvector generated always as (
        setweight(to_tsvector('german', title), 'A') ||
        setweight(to_tsvector('german', problem), 'B') ||
        setweight(to_tsvector('german', approach), 'B') ||
        setweight(to_tsvector('german', coalesce(requirements, '') || ' ' || coalesce(results, '')), 'C')) stored
);
create index solution_search on solution using gin (search);
create index solution_published on solution (published_at desc, id);

create table measure (
    id              uuid primary key,
    lab             uuid        not null references lab (id) on delete cascade,
    position        int         not null,
    title           text        not null check (length(title) between 1 and 300),
    activities      text[]      not null default '{}' check (cardinality(activities) <= 50),
    coordination    text check (length(coordination) <= 2000),
    financing       text[]      not null default '{}' check (cardinality(financing) <= 50),
    target_groups   text[]      not null default '{}' check (cardinality(target_groups) <= 50),
    added_value     text[]      not null default '{}' check (cardinality(added_value) <= 50),
    outlook         text check (length(outlook) <= 10000),
    origin_solution uuid references solution (id) on delete set null,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index measure_lab on measure (lab, position);
create index measure_origin on measure (origin_solution);
create index measure_title_trgm on measure using gin (lower(title) gin_trgm_ops);
alter table solution add constraint solution_measure foreign key (measure) references measure (id) on delete cascade;

-- Involved actors: an organisation of the registry, or free text, or both (the text then names it).
create table measure_actor (
    measure      uuid not null references measure (id) on delete cascade,
    position     int  not null,
    organisation uuid,
    name         text check (length(name) between 1 and 2000),
    primary key (measure, position),
    check (organisation is not null or name is not null)
);
create index measure_actor_organisation on measure_actor (organisation);

-- Results with an optional date known to the day, the month or the year ("August 2021").
create table measure_result (
    measure   uuid not null references measure (id) on delete cascade,
    position  int  not null,
    text      text not null check (length(text) between 1 and 2000),
    happened  date check (happened between date '1900-01-01' and date '2199-12-31'),
    precision text check (precision in ('DAY', 'MONTH', 'YEAR')),
    primary key (measure, position),
    check ((happened is null) = (precision is null))
);
create index measure_result_happened on measure_result (happened);

create table measure_sdg (
    measure uuid not null references measure (id) on delete cascade,
    sdg     int  not null check (sdg between 1 and 17),
    primary key (measure, sdg)
);
create index measure_sdg_sdg on measure_sdg (sdg);

create table measure_megatrend (
    measure   uuid not null references measure (id) on delete cascade,
    megatrend text not null references megatrend (code) on update cascade,
    primary key (measure, megatrend)
);
create index measure_megatrend_megatrend on measure_megatrend (megatrend);

create table measure_funding (
    measure   uuid not null references measure (id) on delete cascade,
    programme uuid not null references funding_programme (id),
    budget    numeric(14, 2) check (budget >= 0),
    primary key (measure, programme)
);
create index measure_funding_programme on measure_funding (programme);

-- Certifications such as Fairtrade-Town: valid for some months from the award, then renewed.
create table certification (
    id              uuid primary key,
    lab             uuid        not null references lab (id) on delete cascade,
    name            text        not null check (length(name) between 1 and 200),
    awarded_on      date        not null check (awarded_on between date '1900-01-01' and date '2199-12-31'),
    validity_months int         not null check (validity_months between 1 and 240),
    renews_on       date generated always as ((awarded_on + make_interval(months => validity_months))::date) stored,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index certification_lab on certification (lab);
create index certification_renews_on on certification (renews_on);

create table certification_criterion (
    certification uuid    not null references certification (id) on delete cascade,
    position      int     not null,
    text          text    not null check (length(text) between 1 and 1000),
    met           boolean not null,
    evidence      text check (length(evidence) <= 2000),
    primary key (certification, position)
);
