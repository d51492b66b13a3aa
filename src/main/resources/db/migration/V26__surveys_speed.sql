-- Surveys' results count how many responses answered each question (count(distinct response) per question).
-- With the responses in an index by question, that count reads the index alone, already in order, instead
-- of sorting every answer row of the survey (benchmark: docs/benchmarks.md, "Surveys").
create index survey_answer_question_response on survey_answer (survey, question, response);
