-- Surveys (issue 17): a survey's questions are one document, its answers rows that aggregate fast.
create table survey (
    id          uuid primary key,
    alliance    uuid,
    lab         uuid,
    title_de    text        not null check (length(title_de) between 1 and 300),
    title_en    text check (length(title_en) <= 300),
    intro_de    text check (length(intro_de) <= 5000),
    intro_en    text check (length(intro_en) <= 5000),
    closing_de  text check (length(closing_de) <= 5000),
    closing_en  text check (length(closing_en) <= 5000),
    anonymous   boolean     not null default false,
    opens_on    date,
    closes_on   date,
    -- the public link's token (not a secret: anyone who has it may answer); null while only invitations reach it
    open_link   text unique,
    reminder_days integer check (reminder_days between 1 and 60),
    -- a post-event evaluation: mailed the day after the event to everyone checked in
    event       uuid unique,
    definition  jsonb       not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    check (num_nonnulls(alliance, lab) = 1),
    check (closes_on is null or opens_on is null or opens_on <= closes_on)
);
create index survey_alliance on survey (alliance);
create index survey_lab on survey (lab);
create index survey_title on survey (lower(title_de));

create table survey_invitation (
    id           uuid primary key,
    survey       uuid        not null references survey (id) on delete cascade,
    person       uuid,
    email        text        not null check (length(email) <= 320),
    name         text        not null check (length(name) <= 400),
    organisation uuid,
    -- the organisation's kind, sector and region when invited, which its response is filtered by
    kind         text,
    sector       text,
    region       text,
    invited_at   timestamptz not null,
    reminded_at  timestamptz,
    -- true once answered; for anonymous surveys nothing else tells which response is whose
    answered     boolean     not null default false,
    unique (survey, email)
);
create index survey_invitation_open on survey_invitation (survey) where not answered;

-- The SHA-256 of each link mailed for an invitation: the invitation's and, as only hashes are kept, a new one
-- with each reminder; every one of them reaches the same answers.
create table survey_link (
    token      text primary key,
    invitation uuid not null references survey_invitation (id) on delete cascade
);
create index survey_link_invitation on survey_link (invitation);

-- Answers in progress, page by page, under their invitation or, for the public link, the hash of the device's
-- link; an invitation's is removed when the response is submitted, a device's emptied and marked submitted,
-- so that its link answers once.
create table survey_draft (
    id         text primary key,
    survey     uuid        not null references survey (id) on delete cascade,
    page       integer     not null default 0,
    answers    jsonb       not null default '{}',
    submitted  boolean     not null default false,
    updated_at timestamptz not null default now()
);
create index survey_draft_survey on survey_draft (survey);

create table survey_response (
    id           uuid primary key,
    survey       uuid        not null references survey (id) on delete cascade,
    -- null in anonymous surveys
    invitation   uuid references survey_invitation (id) on delete set null,
    organisation uuid,
    kind         text,
    sector       text,
    region       text,
    submitted_on date        not null,
    -- null in anonymous surveys: the day is enough for the response rate and says less about who answered
    submitted_at timestamptz
);
create index survey_response_survey on survey_response (survey, submitted_on);
create index survey_response_invitation on survey_response (invitation);

-- One row per answered question; a multiple choice has a row per option picked, a matrix per row, a ranking
-- per option (item = the option, number = its rank); the first of them is marked.
create table survey_answer (
    response uuid    not null references survey_response (id) on delete cascade,
    survey   uuid    not null,
    question text    not null,
    item     integer not null default -1,
    choice   integer,
    number   numeric,
    text     text check (length(text) <= 10000),
    day      date,
    -- true on exactly one row of each answered question of a response, so that results count the responses
    -- that answered a question in the same pass as the options (not with a count(distinct response))
    first    boolean not null default true
);
-- results group by the key; a cross-tabulation finds the responses that picked an option by it alone
create index survey_answer_question on survey_answer (survey, question, item, choice) include (first, response);
create index survey_answer_response on survey_answer (response);
