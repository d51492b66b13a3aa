package org.regiolab.labs.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.MeasureList;
import org.regiolab.labs.MeasureList.Counts;
import org.regiolab.labs.MeasureList.MeasureFilter;
import org.regiolab.labs.MeasureList.MeasureRow;
import org.regiolab.platform.ItemsPage;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The measures of all labs by SDG and megatrend, with counts, through the API. */
@RestController
@RequestMapping(path = "/api/v1/measures", produces = MediaType.APPLICATION_JSON_VALUE)
class OverviewApiController {

	private final MeasureList list;

	OverviewApiController(MeasureList list) {
		this.list = list;
	}

	@GetMapping
	ItemsPage<MeasureRow> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable @Min(1) @Max(17) Integer sdg,
			@RequestParam(required = false) @Nullable String megatrend, @RequestParam(required = false) @Nullable UUID lab,
			@RequestParam(required = false) @Nullable UUID alliance, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return list.find(new MeasureFilter(q, sdg, megatrend, lab, alliance), page, size);
	}

	/** How many measures carry each SDG and each megatrend. */
	@GetMapping("/counts")
	Counts counts(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable UUID lab,
			@RequestParam(required = false) @Nullable UUID alliance) {
		return list.counts(new MeasureFilter(q, null, null, lab, alliance));
	}
}
