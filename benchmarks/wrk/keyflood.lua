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
	-- a well-formed tag (two letters and a region), which Spring's default LocaleResolver takes
	-- as a locale of its own, so each one is a distinct locale for a page rendered in it
	local letters = "abcdefghijklmnopqrstuvwxyz"
	local function letter(i)
		return letters:sub(i, i)
	end
	local tag = letter(n % 26 + 1) .. letter(math.floor(n / 26) % 26 + 1) .. "-"
		.. letter(math.floor(n / 676) % 26 + 1):upper() .. letter(math.floor(n / 17576) % 26 + 1):upper()
	return wrk.format("GET", path, { ["Accept-Language"] = tag .. ";q=0.9, en;q=0.5" })
end
