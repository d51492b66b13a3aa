-- Interviews (issue 17): a guide's questions, interviews with notes per question, a code book per guide and
-- coded passages of the notes. Interview notes are personal data: erased with the person interviewed.
create table interview_guide (
    id         uuid primary key,
    alliance   uuid,
    lab        uuid,
    title      text        not null check (length(title) between 1 and 300),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (num_nonnulls(alliance, lab) = 1)
);
create index interview_guide_alliance on interview_guide (alliance);
create index interview_guide_lab on interview_guide (lab);

create table interview_question (
    id       uuid primary key,
    guide    uuid    not null references interview_guide (id) on delete cascade,
    position integer not null,
    text_de  text    not null check (length(text_de) between 1 and 2000),
    text_en  text check (length(text_en) <= 2000)
);
create index interview_question_guide on interview_question (guide, position);

create table interview (
    id             uuid primary key,
    guide          uuid        not null references interview_guide (id) on delete cascade,
    -- how the interview is named in lists and reports, e.g. "Betrieb A (Sanitär)"; interviews are often pseudonymised
    label          text        not null check (length(label) between 1 and 200),
    organisation   uuid,
    person         uuid,
    interviewed_on date        not null,
    interviewer    text        not null check (length(interviewer) between 1 and 200),
    -- demo data: notes that nobody said
    invented       boolean     not null default false,
    -- when the notes were removed because the person interviewed was erased
    erased_at      timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index interview_guide_date on interview (guide, interviewed_on);
create index interview_person on interview (person);
create index interview_organisation on interview (organisation);

-- The notes or transcript of one interview for one question of its guide.
create table interview_answer (
    interview uuid not null references interview (id) on delete cascade,
    question  uuid not null references interview_question (id) on delete cascade,
    text      text not null check (length(text) between 1 and 100000),
    primary key (interview, question)
);
create index interview_answer_question on interview_answer (question);

create table interview_code (
    id          uuid primary key,
    guide       uuid not null references interview_guide (id) on delete cascade,
    -- removing a code removes the codes below it
    parent      uuid references interview_code (id) on delete cascade,
    name        text not null check (length(name) between 1 and 100),
    colour      text not null,
    description text check (length(description) <= 2000),
    check (parent is null or parent <> id)
);
create index interview_code_guide on interview_code (guide);
create index interview_code_parent on interview_code (parent);
create unique index interview_code_name on interview_code (guide, lower(name));

-- A coded passage: characters [start_offset, end_offset) of an answer's text, the passage kept as it was coded.
create table interview_coding (
    id           uuid primary key,
    interview    uuid    not null,
    question     uuid    not null,
    code         uuid    not null references interview_code (id) on delete cascade,
    start_offset integer not null check (start_offset >= 0),
    end_offset   integer not null,
    quote        text    not null,
    created_at   timestamptz not null default now(),
    check (end_offset > start_offset),
    foreign key (interview, question) references interview_answer (interview, question) on delete cascade
);
create index interview_coding_answer on interview_coding (interview, question);
create index interview_coding_code on interview_coding (code);
create unique index interview_coding_once on interview_coding (interview, question, code, start_offset, end_offset);
