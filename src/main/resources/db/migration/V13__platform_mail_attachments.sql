-- A mail may carry one attachment, such as the iCalendar invitation to a booked consultation slot.
alter table mail_outbox
    add column attachment_name text check (length(attachment_name) between 1 and 200),
    add column attachment_type text check (length(attachment_type) between 3 and 200),
    add column attachment      bytea check (octet_length(attachment) <= 2000000),
    add constraint mail_outbox_attachment_whole
        check ((attachment is null) = (attachment_name is null) and (attachment is null) = (attachment_type is null));
