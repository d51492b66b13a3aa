package org.regiolab.portal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world's businesses: distinct names, readable hours, each marked as invented. */
class BottropBusinessesTest {

	@Test
	void threeHundredDistinctInventedBusinessesWithReadableHours() {
		List<ProfileContent> businesses = BottropBusinesses.generate(PortalDemoWorld.BUSINESSES, LocalDate.of(2026, 12, 1));
		assertThat(businesses).hasSize(300);
		assertThat(businesses.stream().map(ProfileContent::name).distinct()).hasSize(300);
		assertThat(businesses).allSatisfy(business -> {
			assertThat(business.description()).contains(PortalDemoWorld.INVENTED);
			assertThat(business.hours().isEmpty()).isFalse();
			assertThat(PortalCategories.OWN).containsAll(business.categories());
		});
		assertThat(businesses.stream().map(ProfileContent::district).distinct()).hasSize(BottropBusinesses.DISTRICTS.size());
	}
}
