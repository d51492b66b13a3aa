-- Consultation days: experts offer slots, a signed-in person books one. expert and booked_by are
-- the accounts' emails, as the accounts module names its users.
create table consultation_slot (
    id          uuid primary key,
    event       uuid        not null references event (id) on delete cascade,
    expert      text        not null check (length(expert) between 3 and 320),
    starts_at   timestamptz not null,
    minutes     int         not null check (minutes between 15 and 480),
    topics      text[]      not null default '{}' check (cardinality(topics) <= 20),
    online      boolean     not null,
    location    text check (length(location) <= 500),
    online_url  text check (length(online_url) <= 1000),
    created_at  timestamptz not null default now(),
    check (online and online_url is not null or not online and location is not null)
);
create index consultation_slot_event on consultation_slot (event, starts_at);
create index consultation_slot_expert on consultation_slot (expert);

-- At most one booking per slot: the unique slot column is what keeps two people out of one slot,
-- however many try at once. Cancelling deletes the booking and frees the slot.
create table consultation_booking (
    id         uuid primary key,
    slot       uuid        not null unique references consultation_slot (id) on delete cascade,
    booked_by  text        not null check (length(booked_by) between 3 and 320),
    topic      text        not null check (length(topic) between 1 and 500),
    booked_at  timestamptz not null default now(),
    advice     text check (length(advice) <= 20000),
    advised_at timestamptz
);
create index consultation_booking_booked_by on consultation_booking (booked_by);
