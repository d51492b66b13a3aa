-- wrk script of bench/portal.sh (LOAD=wrk): the requests of bench/PortalLoad.java from a client that
-- needs a fraction of the CPU, so that the app has the machine's cores nearly to itself.
--   search: the same rotating mix of 20 queries against GET /api/v1/portal/search
--   pages:  GET /portal/profiles/{id}, ids drawn at random from IDS_FILE (one per line)
-- Usage: wrk -t2 -c32 -d30s -s bench/portal.lua BASE -- search|pages [IDS_FILE]
-- Prints one RESULT line in the format of bench/PortalLoad.java.

local queries = { "q=B%C3%A4ckerei", "q=backerei", "q=B%C3%A4ckrei", "q=Fahradladen", "q=Br%C3%B6tchen",
	"q=Friseur", "q=Pizza%20Essen", "q=Schl%C3%BCsseldienst", "q=Hoffmann", "q=Kaffee&openNow=true",
	"q=Brot&category=lebensmittel", "q=Reparatur&district=Nord", "q=Photovoltaik", "q=Spargel%20Erdbeeren",
	"q=Tischlerei%20Bottrop", "q=Weltladen&offers=true", "q=Metzgrei", "q=E-Bike", "q=Optik&page=3",
	"category=handwerk" }

local threads = {}

function setup(thread)
	thread:set("number", #threads + 1)
	table.insert(threads, thread)
end

function init(args)
	mode = args[1]
	paths = {}
	if mode == "search" then
		for i, query in ipairs(queries) do
			paths[i] = "/api/v1/portal/search?" .. query
		end
	else
		for id in io.lines(args[2]) do
			if id:match("%S") then
				table.insert(paths, "/portal/profiles/" .. id:match("^%s*(.-)%s*$"))
			end
		end
	end
	math.randomseed(os.time() * 100 + number)
	next_index = number
	ok, failed = 0, 0
end

function request()
	local path
	if mode == "search" then
		path = paths[next_index % #paths + 1]
		next_index = next_index + 1
	else
		path = paths[math.random(#paths)]
	end
	return wrk.format("GET", path, { ["Accept-Language"] = "de" })
end

function response(status)
	if status == 200 then
		ok = ok + 1
	else
		failed = failed + 1
	end
end

function done(summary, latency)
	local errors = summary.errors
	local o, f = 0, errors.connect + errors.read + errors.write + errors.timeout
	for _, thread in ipairs(threads) do
		o = o + thread:get("ok")
		f = f + thread:get("failed")
	end
	local seconds = summary.duration / 1e6
	io.write(string.format(
		"RESULT mode=%s phase=%s requests=%d failed=%d seconds=%.1f per_s=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.1f\n",
		os.getenv("MODE") or "?", os.getenv("PHASE") or "measured", o + f, f, seconds, (o + f) / seconds,
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
