-- Counts the X-Cache answers of the plain GETs wrk sends (benchmarks/run.sh, group keyflood).
local threads = {}

setup = function(thread)
	table.insert(threads, thread)
end

init = function()
	hits, stale, misses, other = 0, 0, 0, 0
end

response = function(status, headers, body)
	local cache = headers["X-Cache"] or headers["x-cache"]
	if cache == "HIT" then hits = hits + 1
	elseif cache == "STALE" then stale = stale + 1
	elseif cache == "MISS" then misses = misses + 1
	else other = other + 1 end
end

done = function()
	local h, s, m, o = 0, 0, 0, 0
	for _, thread in ipairs(threads) do
		h = h + thread:get("hits"); s = s + thread:get("stale")
		m = m + thread:get("misses"); o = o + thread:get("other")
	end
	io.write(string.format("X-Cache: HIT %d STALE %d MISS %d none %d\n", h, s, m, o))
end
