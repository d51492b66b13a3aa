-- Speed dating of an event: its settings, the participants' profiles and wishes, and the schedule.
-- event and registration are the events module's ids; modules do not share tables, so no foreign key
-- points into events. Times are the organiser's; rounds and tables count from 1.
create table matchmaking_event (
    event              uuid primary key,
    rounds             int         not null check (rounds between 1 and 30),
    tables             int check (tables between 1 and 1000),
    round_minutes      int         not null check (round_minutes between 1 and 120),
    starts_at          timestamptz not null,
    changeover_minutes int         not null check (changeover_minutes between 0 and 60),
    break_after        int[]       not null default '{}' check (cardinality(break_after) <= 30),
    break_minutes      int         not null check (break_minutes between 0 and 240),
    allow_triples      boolean     not null,
    -- the draft's bound as the solver proved it; the total is summed from the meetings, which hands change
    upper_bound        double precision,
    drafted_at         timestamptz,
    published_at       timestamptz,
    updated_at         timestamptz not null default now()
);

-- A participant's profile; the token is the secret of the link that opens it without an account.
create table matchmaking_profile (
    registration uuid primary key,
    event        uuid        not null references matchmaking_event (event) on delete cascade,
    token        text        not null unique check (length(token) between 20 and 100),
    offers       text[]      not null default '{}' check (cardinality(offers) <= 20),
    needs        text[]      not null default '{}' check (cardinality(needs) <= 20),
    topics       text[]      not null default '{}' check (cardinality(topics) <= 40),
    absent       boolean     not null default false,
    link_sent_at timestamptz,
    -- null until the participant (or an organiser for them) saved the profile
    updated_at   timestamptz
);
create index matchmaking_profile_event on matchmaking_profile (event);

-- Whom a participant wants to meet (meet) or not (not meet); other is a registration of the same event.
create table matchmaking_wish (
    registration uuid    not null references matchmaking_profile (registration) on delete cascade,
    other        uuid    not null,
    meet         boolean not null,
    primary key (registration, other),
    check (registration <> other)
);
create index matchmaking_wish_other on matchmaking_wish (other);

-- The meetings: the draft the organisers work on, and the published copy the participants read.
create table matchmaking_meeting (
    id           uuid primary key,
    event        uuid    not null references matchmaking_event (event) on delete cascade,
    published    boolean not null,
    round        int     not null check (round between 1 and 30),
    table_number int     not null check (table_number >= 1),
    participants uuid[]  not null check (cardinality(participants) between 2 and 3),
    pinned       boolean not null default false,
    unique (event, published, round, table_number)
);
create index matchmaking_meeting_participants on matchmaking_meeting using gin (participants);
