-- alliance and coordinator refer to the network module by id only: modules do not share tables.
create table lab (
    id           uuid primary key,
    name         text not null check (length(name) between 1 and 300),
    kind         text not null check (kind in ('REALLABOR', 'INNOVATION_LAB', 'SOCIAL_INNOVATION_LAB')),
    alliance     uuid,
    coordinator  uuid,
    place        text,
    background   text
);
create unique index lab_name on lab (lower(name));
create index lab_kind on lab (kind);
create index lab_alliance on lab (alliance);
