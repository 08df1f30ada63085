-- Key flood (benchmarks/run.sh, group keyflood): GETs of the cached page, each with a random
-- query parameter, matrix parameter or Accept-Language value, none of which the page declares.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local path = wrk.path

request = function()
	local r = math.random(1, 3)
	local n = math.random(1, 1000000000)
	if r == 1 then
		return wrk.format("GET", path .. "?utm_source=" .. n .. "&x" .. n .. "=1")
	elseif r == 2 then
		return wrk.format("GET", path .. ";jsessionid=" .. n .. ";v=" .. n)
	end
	return wrk.format("GET", path, { ["Accept-Language"] = "x" .. n .. ";q=0.9, en;q=0.5" })
end
