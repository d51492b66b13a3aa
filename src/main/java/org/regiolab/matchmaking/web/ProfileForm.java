package org.regiolab.matchmaking.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.matchmaking.MatchProfiles.ProfileData;

/**
 * A participant's offers and needs as free tags (one per line or separated by commas), and the
 * sectors and SDGs they work on.
 */
class ProfileForm {

	static final String TOPIC_SECTOR = "wz:";

	@Size(max = 2000)
	private @Nullable String offers;

	@Size(max = 2000)
	private @Nullable String needs;

	private List<String> sectors = new ArrayList<>();

	private List<String> sdgs = new ArrayList<>();

	static ProfileForm of(ProfileData data) {
		ProfileForm form = new ProfileForm();
		form.offers = String.join(", ", data.offers());
		form.needs = String.join(", ", data.needs());
		data.topics().forEach(topic -> (topic.startsWith(TOPIC_SECTOR) ? form.sectors : form.sdgs).add(topic));
		return form;
	}

	ProfileData toData() {
		List<String> topics = new ArrayList<>(sectors);
		topics.addAll(sdgs);
		return new ProfileData(tags(offers), tags(needs), topics);
	}

	static List<String> tags(@Nullable String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	public @Nullable String getOffers() {
		return offers;
	}

	public void setOffers(@Nullable String offers) {
		this.offers = offers;
	}

	public @Nullable String getNeeds() {
		return needs;
	}

	public void setNeeds(@Nullable String needs) {
		this.needs = needs;
	}

	public List<String> getSectors() {
		return sectors;
	}

	public void setSectors(List<String> sectors) {
		this.sectors = sectors;
	}

	public List<String> getSdgs() {
		return sdgs;
	}

	public void setSdgs(List<String> sdgs) {
		this.sdgs = sdgs;
	}
}
