-- Strategy (issue 18), first increment: an alliance's plans with a tree of goals, indicators per goal with
-- baseline and target, and the values entered over time. Progress is computed when read (decision 21).
create table strategy_plan (
    id          uuid primary key,
    alliance    uuid        not null,
    kind        text        not null check (kind in ('ZUKUNFTSPLAN', 'MASTERPLAN', 'STRATEGIE')),
    title       text        not null check (length(title) between 1 and 300),
    from_year   integer     not null check (from_year between 1900 and 2200),
    to_year     integer     not null check (to_year between 1900 and 2200),
    vision      text check (length(vision) <= 10000),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (to_year >= from_year)
);
-- the list filters by alliance and sorts by period
create index strategy_plan_alliance on strategy_plan (alliance, from_year desc, title);
create index strategy_plan_period on strategy_plan (from_year desc, title);

create table strategy_goal (
    id          uuid primary key,
    plan        uuid          not null references strategy_plan (id) on delete cascade,
    parent      uuid references strategy_goal (id) on delete cascade,
    title       text          not null check (length(title) between 1 and 300),
    description text check (length(description) <= 10000),
    weight      numeric(9, 3) not null default 1 check (weight >= 0),
    position    integer       not null default 0
);
create index strategy_goal_plan on strategy_goal (plan, position);
create index strategy_goal_parent on strategy_goal (parent);

create table strategy_indicator (
    id             uuid primary key,
    goal           uuid           not null references strategy_goal (id) on delete cascade,
    name           text           not null check (length(name) between 1 and 300),
    unit           text check (length(unit) <= 50),
    direction      text           not null check (direction in ('MORE_IS_BETTER', 'LESS_IS_BETTER')),
    -- ENTERED: values typed in by the office; COMPUTED (from other modules' metrics) comes later
    source         text           not null default 'ENTERED' check (source in ('ENTERED')),
    baseline_value numeric(18, 4) not null,
    baseline_on    date           not null,
    target_value   numeric(18, 4) not null,
    target_on      date           not null,
    check (target_on > baseline_on),
    check (case direction when 'MORE_IS_BETTER' then target_value > baseline_value else target_value < baseline_value end)
);
create index strategy_indicator_goal on strategy_indicator (goal, lower(name));

create table strategy_indicator_value (
    id          uuid primary key,
    indicator   uuid           not null references strategy_indicator (id) on delete cascade,
    value       numeric(18, 4) not null,
    measured_on date           not null,
    source      text check (length(source) <= 300),
    created_at  timestamptz    not null default now()
);
-- the latest value per indicator, and the series in order
create index strategy_indicator_value_indicator on strategy_indicator_value (indicator, measured_on desc, created_at desc);
