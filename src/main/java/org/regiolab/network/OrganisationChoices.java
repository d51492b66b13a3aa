package org.regiolab.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.TextSearch;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What an organisation picker offers: the organisations a few typed letters find, best first, and
 * the names of those already chosen. A form never lists every organisation: at 100,000 of them a
 * select would weigh megabytes, and a cut-off silently hid the rest. The search uses the name's
 * trigram index and the full-text index (V7); its speed at 100,000 organisations is not measured yet.
 */
@Component
@NamedInterface("api")
public class OrganisationChoices {

	/** How many organisations one search offers; typing more narrows them down. */
	public static final int LIMIT = 20;

	/** The name of a picker's search button, for a form sent without JavaScript; its value names the picker. */
	public static final String SEARCH = "pick";

	/** An organisation to choose, with its town to tell namesakes apart. */
	public record Choice(UUID id, String name, @Nullable String city) {
	}

	/**
	 * One picker of a form as a page shows it.
	 * @param field the form field that takes the chosen ids
	 * @param chosen the organisations chosen so far
	 * @param query what was searched for without JavaScript, or {@code null}
	 * @param found what that search found, the chosen ones left out
	 */
	public record Picker(String field, List<Choice> chosen, @Nullable String query, List<Choice> found) {

		/** The name of the search field, sent along with the form. */
		public String queryField() {
			return field + QUERY;
		}
	}

	/**
	 * What a form was sent with when a picker's search button was pressed: the picker's field and what its
	 * search field held.
	 */
	public record Search(@Nullable String field, @Nullable String query) {

		/** A form shown without a search. */
		public static final Search NONE = new Search(null, null);

		/** The search among a form's parameters, {@link #NONE} when no search button was pressed. */
		public static Search of(Map<String, String> parameters) {
			String field = parameters.get(SEARCH);
			return field == null ? NONE : new Search(field, parameters.get(field + QUERY));
		}

		@Nullable String queryFor(String picker) {
			return picker.equals(field) ? query : null;
		}
	}

	private static final String QUERY = "Query";

	private final JdbcClient jdbc;

	OrganisationChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The organisations whose name contains {@code query} or whose words begin with its words, those whose
	 * name begins with it first, then by name; nothing for a blank query.
	 */
	public List<Choice> find(@Nullable String query) {
		String pattern = LikePattern.contains(query);
		if (pattern == null) {
			return List.of();
		}
		return jdbc.sql("""
				select id, name, city from organisation
				where lower(name) like :pattern
				   or (cast(:words as text) is not null and search @@ to_tsquery('german', :words))
				order by lower(name) like :exact desc, lower(name) like :prefix desc, lower(name), id
				limit :limit""")
			.param("pattern", pattern)
			.param("words", TextSearch.prefixQuery(query))
			// the pattern without its wildcards: the name as typed, then names that begin with it
			.param("exact", pattern.substring(1, pattern.length() - 1))
			.param("prefix", pattern.substring(1))
			.param("limit", LIMIT)
			.query(Choice.class)
			.list();
	}

	/** A picker for {@code field} with {@code chosen} and, after a search without JavaScript, what it found. */
	public Picker picker(String field, Collection<UUID> chosen, Search search) {
		List<Choice> named = named(chosen);
		String searched = Texts.blankToNull(search.queryFor(field));
		List<Choice> found = find(searched).stream().filter(choice -> !chosen.contains(choice.id())).toList();
		return new Picker(field, named, searched, found);
	}

	/** A picker for a field that takes one organisation or none. */
	public Picker picker(String field, @Nullable UUID chosen, Search search) {
		return picker(field, chosen == null ? List.of() : List.of(chosen), search);
	}

	private List<Choice> named(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Choice> byId = jdbc.sql("select id, name, city from organisation where id = any(?)")
			.param(ids.stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new))
			.query(Choice.class)
			.list()
			.stream()
			.collect(Collectors.toMap(Choice::id, choice -> choice));
		// in the order they were chosen; an id that names no organisation is left for the form's check to refuse
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}
}
