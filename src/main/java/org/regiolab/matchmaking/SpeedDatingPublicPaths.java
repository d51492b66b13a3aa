package org.regiolab.matchmaking;

import java.util.List;

import org.regiolab.platform.PublicPaths;

import org.springframework.stereotype.Component;

/** A speed-dating participant's profile and schedule behind the secret link mailed to them. */
@Component
class SpeedDatingPublicPaths implements PublicPaths {

	@Override
	public List<Paths> forEverybody() {
		return List.of(
				Paths.get("/matchmaking/p/{token}", "/matchmaking/p/{token}/schedule", "/matchmaking/p/{token}/schedule.pdf"),
				Paths.post("/matchmaking/p/{token}", "/matchmaking/p/{token}/wishes", "/matchmaking/p/{token}/wishes/{other}/delete"));
	}
}
