create table account (
    id                    uuid primary key,
    email                 text        not null check (email = lower(email) and length(email) <= 320),
    display_name          text        not null check (length(display_name) between 1 and 200),
    password_hash         text,
    enabled               boolean     not null default true,
    invitation_token_hash text unique,
    invitation_expires_at timestamptz,
    created_at            timestamptz not null,
    version               bigint      not null
);
create unique index account_email_key on account (email);

create table account_role (
    account uuid not null references account (id) on delete cascade,
    role    text not null check (role in ('ADMIN', 'COORDINATOR', 'MEMBER', 'EXPERT')),
    primary key (account, role)
);

create table api_token (
    id           uuid primary key,
    account      uuid        not null references account (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 100),
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_account on api_token (account);

-- Failed logins, kept one day, counted over the last 15 minutes to throttle guessing.
create table login_failure (
    id          bigint generated always as identity primary key,
    account_key text        not null,
    address     text        not null,
    failed_at   timestamptz not null default now()
);
create index login_failure_account on login_failure (account_key, failed_at);
create index login_failure_address on login_failure (address, failed_at);
create index login_failure_age on login_failure (failed_at);

-- Who changed what: every change to accounts and personal data.
create table audit_event (
    id      bigint generated always as identity primary key,
    at      timestamptz not null default now(),
    actor   text        not null,
    action  text        not null,
    subject text        not null,
    details text
);
create index audit_event_at on audit_event (at);
create index audit_event_subject on audit_event (subject, at);
