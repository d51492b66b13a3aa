-- Page statistics without tracking: views per page and day, counted on the server. No cookie, no
-- address, no browser, nothing about the visitor is stored; only which page and how often.
create table portal_page_view (
    day   date   not null,
    page  text   not null check (length(page) <= 200),
    views bigint not null check (views >= 0),
    primary key (day, page)
);
create index portal_page_view_page on portal_page_view (page, day);

-- Searches that found nothing, as typed (lower case, trimmed, cut at 100 characters), per day:
-- they tell the office what visitors miss.
create table portal_search_miss (
    day      date   not null,
    query    text   not null check (length(query) <= 100),
    searches bigint not null check (searches >= 0),
    primary key (day, query)
);
