create table organisation (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 300),
    kind        text not null check (kind in ('COMPANY', 'CRAFT_BUSINESS', 'MUNICIPALITY', 'CITY_DEPARTMENT', 'CHAMBER',
                                              'ASSOCIATION', 'RESEARCH', 'SCHOOL', 'CIVIL_SOCIETY', 'PUBLIC_AGENCY', 'OTHER')),
    city        text,
    website     text,
    description text
);
create index organisation_name on organisation (lower(name));
create index organisation_kind on organisation (kind);

create table alliance (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 300),
    kind        text not null check (kind in ('DISTRICT_ALLIANCE', 'METROPOLITAN_REGION', 'BUSINESS_ALLIANCE',
                                              'INDUSTRY_INITIATIVE', 'OTHER')),
    region      text,
    vision      text,
    description text
);
create unique index alliance_name on alliance (lower(name));
create index alliance_kind on alliance (kind);

create table alliance_membership (
    alliance     uuid not null references alliance (id) on delete cascade,
    organisation uuid not null references organisation (id) on delete cascade,
    role         text,
    primary key (alliance, organisation)
);
create index alliance_membership_organisation on alliance_membership (organisation);
