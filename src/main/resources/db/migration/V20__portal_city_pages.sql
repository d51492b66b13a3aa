-- What the city offers at a glance (weekly market, the city voucher, Fairtrade-Town, free Wi-Fi):
-- pages the office writes in German and English and arranges in the portal's menu by position.
-- A body is plain text; a blank line starts a new paragraph.
create table portal_page (
    id         uuid primary key,
    slug       text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    position   int         not null default 0,
    title_de   text        not null check (length(title_de) between 1 and 200),
    title_en   text        not null check (length(title_en) between 1 and 200),
    summary_de text check (length(summary_de) <= 500),
    summary_en text check (length(summary_en) <= 500),
    body_de    text        not null check (length(body_de) <= 20000),
    body_en    text        not null check (length(body_en) <= 20000),
    updated_at timestamptz not null default now()
);
create index portal_page_position on portal_page (position, slug);
