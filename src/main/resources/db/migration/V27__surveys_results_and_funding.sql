-- Survey results count a survey's answers in memory and ask the database only whether its responses changed:
-- their number and the exclusive or of their ids' hashes, which this index answers without the table.
drop index survey_response_survey;
create index survey_response_survey on survey_response (survey, submitted_on) include (id);

-- How many were invited, kept with each invitation round instead of counted anew for every list, page and result.
alter table survey add column invited integer not null default 0;
update survey s set invited = (select count(*) from survey_invitation i where i.survey = s.id);

-- The funding programmes (labs' funding_programme) that pay for a survey, whose notices its report prints.
create table survey_funding (
    survey    uuid not null references survey (id) on delete cascade,
    programme uuid not null,
    primary key (survey, programme)
);
