-- Reference data every module may read through the network module's API: regions by official key,
-- sectors by WZ 2008 code, the 17 Sustainable Development Goals.
create table region_state (
    key     text primary key check (key ~ '^[0-9]{2}$'),
    name_de text not null,
    name_en text not null
);

create table region (
    key   text primary key check (key ~ '^[0-9]{5}$'),
    name  text not null,
    kind  text not null check (kind in ('DISTRICT', 'CITY')),
    state text not null references region_state (key)
);
create index region_state_idx on region (state);

create table sector (
    code     text primary key,
    section  text references sector (code),
    title_de text not null,
    title_en text not null
);
create index sector_section on sector (section);

create table sdg (
    number   int primary key check (number between 1 and 17),
    short_de text not null,
    short_en text not null,
    title_de text not null,
    title_en text not null
);
