package org.regiolab.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files that submitted responses sent, for those who see a survey's results: listed per file
 * question and downloaded one by one. Files of drafts are nobody's to see. In an anonymous survey a
 * file is listed with its day only, as its response is.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class SurveyFiles {

	/** Files listed per question, the newest first; more are counted but not listed. */
	public static final int LISTED = 200;

	/**
	 * A file in the results' list.
	 * @param organisationName the answering organisation's, only in surveys that are not anonymous
	 */
	public record ListedFile(UUID id, String name, long size, LocalDate submittedOn, @Nullable String organisationName) {
	}

	/** A file to download, with the media type its content showed when it came. */
	public record StoredFile(String name, String mediaType, byte[] content) {
	}

	private record Row(String question, ListedFile file, @Nullable UUID organisation) {
	}

	private final JdbcClient jdbc;
	private final NetworkDirectory network;

	SurveyFiles(JdbcClient jdbc, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.network = network;
	}

	/** The files of the responses a filter picks, by question key. */
	public Map<String, List<ListedFile>> of(Survey survey, ResultFilter filter) {
		ResultScope scope = ResultScope.of(survey.id(), filter);
		boolean anonymous = survey.data().anonymous();
		List<Row> rows = jdbc.sql("""
				select question, id, name, size, submitted_on, organisation from (
				  select sf.question, sf.id, sf.name, sf.size, r.submitted_on, r.organisation,
				         row_number() over (partition by sf.question order by r.submitted_on desc, sf.id) as n
				  from survey_file sf join survey_response r on r.id = sf.response
				  where sf.survey = :survey and\s""" + scope.responses() + """
				) as listed
				where n <= :listed
				order by question, submitted_on desc, id""")
			.paramSource(scope.parameters().addValue("listed", LISTED))
			.query((rs, row) -> new Row(rs.getString("question"), new ListedFile(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getLong("size"), rs.getObject("submitted_on", LocalDate.class), null),
					anonymous ? null : rs.getObject("organisation", UUID.class)))
			.list();
		Map<UUID, String> names = network.organisationNames(rows.stream().map(Row::organisation).filter(Objects::nonNull).distinct().toList());
		Map<String, List<ListedFile>> files = new LinkedHashMap<>();
		rows.forEach(row -> files.computeIfAbsent(row.question(), key -> new ArrayList<>())
			.add(row.organisation() == null ? row.file() : new ListedFile(row.file().id(), row.file().name(), row.file().size(),
					row.file().submittedOn(), names.get(row.organisation()))));
		return files;
	}

	/** A submitted response's file of the survey; nothing for a draft's or another survey's. */
	public Optional<StoredFile> download(UUID survey, UUID file) {
		return jdbc.sql("select name, media_type, content from survey_file where id = ? and survey = ? and response is not null")
			.params(file, survey)
			.query((rs, row) -> new StoredFile(rs.getString("name"), rs.getString("media_type"), rs.getBytes("content")))
			.optional();
	}
}
