-- Generates the answers of bench/surveys.sh straight into PostgreSQL (psql), for a survey whose 30
-- questions were created through the API from the same spec (bench/surveys.sh):
--   :survey     the survey's id
--   :spec       its questions, key:TYPE:options:rows:other separated by commas
--   :responses  submitted responses to generate (10,000), each with its invitation (answered) and the
--               answer rows Answering would store (AnswerRows: one row per single answer, per option
--               picked, per matrix row, per ranked option; a scale's step as choice and number)
--   :open       open invitations (70,000), each with one link whose token is :'prefix' || n (n = 1 … :open)
--               and whose SHA-256 (lower-case hex of the UTF-8 bytes, as SecretTokens.hash) is in survey_link
--   :prefix     the tokens' prefix
-- The answers are random but repeatable (setseed), with the skew real answers have: earlier options
-- picked more often, scales leaning to 6–9, a sixth to a half of the free texts left empty, texts
-- drawn from recurring phrases so that themes recur. Responses are spread over 40 days, 13 sectors
-- (WZ divisions, the largest a fifth), 6 regions (regional keys) and 4 organisation kinds.
\set ON_ERROR_STOP on
select setseed(0.42);

create temporary table bench_question (key text primary key, type text not null, options int not null,
    rows int not null, other boolean not null default false) on commit preserve rows;
insert into bench_question (key, type, options, rows, other)
select f[1], f[2], f[3]::int, f[4]::int, f[5]::boolean
from regexp_split_to_table(:'spec', ',') as q(spec), string_to_array(q.spec, ':') as f;

-- phrases of the free texts, combined two or three at a time
create temporary table bench_phrase (n int primary key, phrase text not null) on commit preserve rows;
insert into bench_phrase (n, phrase)
select row_number() over () - 1, phrase from unnest(array[
    'Mehr Parkplätze in der Innenstadt', 'Schnelleres Internet im Gewerbegebiet', 'Glasfaser fehlt bei uns noch',
    'Fachkräfte für die Pflege finden wir kaum', 'Auszubildende bleiben selten nach der Ausbildung',
    'Die Genehmigungen dauern zu lange', 'Weniger Bürokratie bei Förderanträgen', 'Bessere Busverbindungen zum Betrieb',
    'Leerstand in der Innenstadt ist ein Problem', 'Die Energiekosten belasten uns stark',
    'Photovoltaik auf dem Hallendach geplant', 'Wir suchen Kooperationen mit der Hochschule',
    'Digitalisierung der Verwaltung beschleunigen', 'Mehr Veranstaltungen für Unternehmen vernetzen',
    'Kinderbetreuung für Beschäftigte ausbauen', 'Wohnraum für Fachkräfte fehlt', 'Radwege zum Gewerbegebiet fehlen',
    'Weiterbildung zur künstlichen Intelligenz gewünscht', 'Nachfolge im Betrieb ist ungeklärt',
    'Sicherheit und Sauberkeit in der Innenstadt', 'Wärmepumpe und Fernwärme sind Thema',
    'Ein Ansprechpartner bei der Stadt wäre gut', 'Die Wirtschaftsförderung hilft schnell',
    'Lieferverkehr in der Fußgängerzone regeln'
]) as p(phrase);

create temporary table bench_response on commit preserve rows as
select n, gen_random_uuid() as id, gen_random_uuid() as invitation,
       (array['COMPANY', 'COMPANY', 'COMPANY', 'CRAFT_BUSINESS', 'CRAFT_BUSINESS', 'ASSOCIATION', 'RESEARCH'])[1 + floor(random() * 7)::int] as kind,
       -- the largest sector (62, IT services) about a fifth of the responses
       (array['62', '62', '62', '62', '25', '25', '41', '41', '43', '47', '47', '10', '28', '49', '56', '70', '71', '86', '86', '85'])[1 + floor(random() * 20)::int] as sector,
       (array['05512000', '05512000', '05512000', '05513000', '05562004', '05562008', '05558012', '05554020'])[1 + floor(random() * 8)::int] as region,
       current_date - 40 + floor(random() * 40)::int as day,
       random() as moment
from generate_series(1, :responses) as n;

insert into survey_invitation (id, survey, email, name, kind, sector, region, invited_at, answered)
select invitation, :'survey', 'bench-answered-' || n || '@example.org', 'Lasttest ' || n, kind, sector, region,
       now() - interval '41 days', true
from bench_response;

insert into survey_response (id, survey, invitation, kind, sector, region, submitted_on, submitted_at)
select id, :'survey', invitation, kind, sector, region, day, (day + make_interval(secs => 28800 + moment * 36000))::timestamp at time zone 'Europe/Berlin'
from bench_response;

-- single choices (95 % answer; earlier options more often), "other: …" for 3 % where offered
insert into survey_answer (response, survey, question, item, choice)
select r.id, :'survey', q.key, -1, floor(q.options * power(random(), 1.4))::int
from bench_response r cross join bench_question q
where q.type = 'SINGLE_CHOICE' and random() < 0.95;
insert into survey_answer (response, survey, question, item, choice, text)
select r.id, :'survey', q.key, -1, -1, 'Sonstiges: ' || p.phrase
from bench_response r cross join bench_question q join bench_phrase p on p.n = (r.n * 7 + length(q.key)) % 24
where q.other and q.type = 'SINGLE_CHOICE' and random() < 0.03;

-- multiple choices: option o picked with chance 0.6 / (1 + o / 2); "other: …" for 5 % where offered
insert into survey_answer (response, survey, question, item, choice)
select r.id, :'survey', q.key, -1, o
from bench_response r cross join bench_question q cross join lateral generate_series(0, q.options - 1) as o
where q.type = 'MULTIPLE_CHOICE' and random() < 0.6 / (1 + o / 2.0);
insert into survey_answer (response, survey, question, item, choice, text)
select r.id, :'survey', q.key, -1, -1, 'Sonstiges: ' || p.phrase
from bench_response r cross join bench_question q join bench_phrase p on p.n = (r.n * 5 + 3) % 24
where q.other and q.type = 'MULTIPLE_CHOICE' and random() < 0.05;

-- yes/no: yes is 1
insert into survey_answer (response, survey, question, item, choice)
select r.id, :'survey', q.key, -1, (random() < 0.62)::int
from bench_response r cross join bench_question q
where q.type = 'YES_NO' and random() < 0.97;

-- scales 0–10 lean to 6–9: the step is the choice and the number
insert into survey_answer (response, survey, question, item, choice, number)
select r.id, :'survey', q.key, -1, s, s
from bench_response r cross join bench_question q
cross join lateral (select least(10, greatest(0, round(7 + 2.2 * (random() + random() + random() - 1.5) * 1.4)))::int as s
                    where q.key is not null) as step
where q.type = 'SCALE' and random() < 0.93;

-- numbers: employees, open positions, a share in per cent
insert into survey_answer (response, survey, question, item, number)
select r.id, :'survey', q.key, -1,
       case q.key when 'q02' then floor(1 + power(random(), 3) * 800) when 'q14' then floor(power(random(), 2) * 25)
                  else round(cast(random() * 100 as numeric), 1) end
from bench_response r cross join bench_question q
where q.type = 'NUMBER' and random() < 0.85;

-- matrices: each row a step 0 … options - 1, as choice and number, item = the row
insert into survey_answer (response, survey, question, item, choice, number)
select r.id, :'survey', q.key, rw, s, s
from bench_response r cross join bench_question q cross join lateral generate_series(0, q.rows - 1) as rw
cross join lateral (select floor(q.options * power(random(), 0.8))::int as s where rw is not null) as step
where q.type = 'MATRIX' and (r.n + length(q.key)) % 10 <> 0;

-- rankings: a permutation per response, earlier options ranked higher more often; item = option, choice = number = rank
insert into survey_answer (response, survey, question, item, choice, number)
select id, :'survey', key, o, rank, rank
from (select r.id, q.key, o, rank() over (partition by r.id, q.key order by o + random() * 3, o)::int as rank
      from bench_response r cross join bench_question q cross join lateral generate_series(0, q.options - 1) as o
      where q.type = 'RANKING' and (r.n + length(q.key) * 3) % 7 <> 0) as ranked;

-- free texts: short ones one phrase, long ones two or three with a closing sentence; four fifths and half answer
insert into survey_answer (response, survey, question, item, text)
select t.id, :'survey', t.key, -1,
       case t.type when 'SHORT_TEXT' then a.phrase
                   else a.phrase || '. ' || b.phrase || case when t.n % 3 = 0 then '. ' || c.phrase || '.' else '.' end
                        || case when t.n % 4 = 0 then ' Wir würden uns über eine Rückmeldung freuen.' else '' end end
-- the chances drawn once per response and question (volatile, so the subquery is not merged into the joins)
from (select r.id, r.n, q.key, q.type, random() as answered, floor(random() * 24)::int as first, floor(random() * 23)::int as second
      from bench_response r cross join bench_question q where q.type in ('SHORT_TEXT', 'LONG_TEXT')) as t
join bench_phrase a on a.n = t.first
join bench_phrase b on b.n = (t.first + 1 + t.second) % 24
join bench_phrase c on c.n = (t.first + 7) % 24
where t.answered < case t.type when 'SHORT_TEXT' then 0.8 else 0.5 end;

-- as AnswerRows writes them: only the first row of each answered question is marked
update survey_answer a set first = false
from (select ctid, row_number() over (partition by response, question order by item, choice nulls last) as n
      from survey_answer where survey = :'survey') as later
where a.ctid = later.ctid and later.n > 1;

-- the open invitations of the answer load, each with its link
insert into survey_invitation (id, survey, email, name, kind, sector, region, invited_at)
select gen_random_uuid(), :'survey', 'bench-open-' || n || '@example.org', 'Lasttest offen ' || n,
       (array['COMPANY', 'CRAFT_BUSINESS', 'ASSOCIATION'])[1 + n % 3], (array['62', '25', '41', '47', '86'])[1 + n % 5],
       (array['05512000', '05513000', '05562004'])[1 + n % 3], now() - interval '1 day'
from generate_series(1, :open) as n;
insert into survey_link (token, invitation)
select encode(sha256(convert_to(:'prefix' || substring(i.email from 'bench-open-(\d+)@'), 'UTF8')), 'hex'), i.id
from survey_invitation i
where i.survey = :'survey' and i.email like 'bench-open-%';

-- the count of invitations, as Invitations.invite keeps it
update survey set invited = (select count(*) from survey_invitation i where i.survey = :'survey') where id = :'survey';

-- what autovacuum does soon after so many inserts: statistics, and the visibility map that lets queries
-- read an index alone
vacuum analyze survey_invitation, survey_link, survey_response, survey_answer;

select count(*) as responses, (select count(*) from survey_answer where survey = :'survey') as answer_rows,
       (select count(*) from survey_link l join survey_invitation i on i.id = l.invitation where i.survey = :'survey') as links
from survey_response where survey = :'survey';
