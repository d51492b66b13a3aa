-- One row once the demo world has been loaded into this database.
create table platform_demo_world (
    loaded_at timestamptz not null
);
