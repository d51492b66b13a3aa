-- Mails waiting to be sent. A mail is stored in the transaction of the change that causes it, so it
-- goes out exactly when that change commits and survives a restart or an SMTP outage. Sent mails
-- stay, so that their keys keep the same mail from being queued a second time.
create table mail_outbox (
    id              uuid primary key,
    recipient       text        not null check (length(recipient) between 3 and 500),
    subject         text        not null check (length(subject) between 1 and 998),
    body            text        not null check (length(body) <= 1000000),
    key             text unique check (length(key) between 1 and 200),
    created_at      timestamptz not null default now(),
    attempts        int         not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    last_error      text check (length(last_error) <= 2000)
);
-- what the sender asks every few seconds: the unsent mails that are due, earliest first
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
