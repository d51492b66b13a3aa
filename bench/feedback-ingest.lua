-- wrk script of bench/feedback-ingest.sh (LOAD=wrk): each connection is a kiosk that sends visitors'
-- feedback in a closed loop, a new feedback id every time, as bench/FeedbackLoad.java does, but from
-- a client that needs a fraction of the CPU, so that the app has the machine's cores to itself.
-- Usage: wrk -t2 -c64 -d30s -s bench/feedback-ingest.lua BASE -- STATION
-- Prints one RESULT line in the format of bench/ClosedLoop.java.

local threads = {}

function setup(thread)
	thread:set("number", #threads + 1)
	table.insert(threads, thread)
end

local function hex(digits)
	local out = {}
	for i = 1, digits do
		out[i] = string.format("%x", math.random(0, 15))
	end
	return table.concat(out)
end

local function uuid()
	return hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-" .. string.format("%x", math.random(8, 11)) .. hex(3) .. "-" .. hex(12)
end

local usage = { "Ja", "Vielleicht", "Nein" }
local sent = 0

function init(args)
	math.randomseed(os.time() * 100 + number)
	path = "/api/v1/stations/" .. args[1] .. "/feedback"
	captured = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 300)
	device = uuid()
	created, existing, failed = 0, 0, 0
end

function request()
	sent = sent + 1
	local body = string.format(
		'{"id":"%s","rating":%d,"works":"Lasttest: Kiosk %d, Rückmeldung %d","answers":{"nutzung":"%s"},"capturedAt":"%s"}',
		uuid(), 1 + sent % 5, number, sent, usage[1 + sent % 3], captured)
	return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["X-Device-Id"] = device }, body)
end

function response(status)
	if status == 201 then
		created = created + 1
	elseif status == 200 then
		existing = existing + 1
	else
		failed = failed + 1
	end
end

function done(summary, latency)
	local errors = summary.errors
	local c, e, f = 0, 0, errors.connect + errors.read + errors.write + errors.timeout
	for _, thread in ipairs(threads) do
		c = c + thread:get("created")
		e = e + thread:get("existing")
		f = f + thread:get("failed")
	end
	local seconds = summary.duration / 1e6
	io.write(string.format(
		"RESULT phase=%s clients=%s created=%d existing=%d failed=%d seconds=%.2f per_s=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
		os.getenv("PHASE") or "measured", os.getenv("CLIENTS") or "?", c, e, f, seconds, math.floor(c / seconds),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
