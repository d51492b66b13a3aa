-- Photos of a business, scaled on upload (the original is not kept: its metadata, GPS position
-- included, goes with it). A business's upload shows once the office publishes the profile; the
-- office's own uploads show at once.
create table portal_photo (
    id         uuid primary key,
    profile    uuid        not null references portal_profile (id) on delete cascade,
    caption    text        not null check (length(caption) between 1 and 300),
    width      int         not null check (width > 0),
    height     int         not null check (height > 0),
    image      bytea       not null,
    thumbnail  bytea       not null,
    approved   boolean     not null default false,
    created_at timestamptz not null default now()
);
create index portal_photo_profile on portal_photo (profile, created_at);
