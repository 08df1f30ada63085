-- The writers' POST of request.lua, sent at a steady rate: WRK_RATE requests per second for each
-- wrk thread, whatever the number of connections (they share one schedule; a connection waits
-- for its slot). Enough connections must be open for the rate to be reached at the server's latency.

dofile(os.getenv("WRK_LUA_DIR") .. "/request.lua")

local ffi = require("ffi")
ffi.cdef [[
	typedef struct { long tv_sec; long tv_usec; } timeval;
	int gettimeofday(timeval *tv, void *tz);
]]
local tv = ffi.new("timeval")
local function now_ms()
	ffi.C.gettimeofday(tv, nil)
	return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local interval = 1000 / assert(tonumber(os.getenv("WRK_RATE")), "WRK_RATE not set")
local next_at

function delay()
	local now = now_ms()
	next_at = math.max((next_at or now) + interval, now - 50)
	return math.max(0, math.floor(next_at - now))
end
