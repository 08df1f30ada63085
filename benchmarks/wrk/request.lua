-- The POST of one benchmark variant, as run.sh prepared it: the body is the file named by
-- WRK_BODY_FILE, the headers are the lines ("Name: value") of the file named by WRK_HEADERS_FILE.
-- run.sh sends the very same files once with curl before measuring, to check the variant's
-- status and that its action really ran.

local function slurp(path)
	local file = assert(io.open(assert(path, "WRK_BODY_FILE / WRK_HEADERS_FILE not set"), "rb"))
	local content = file:read("*a")
	file:close()
	return content
end

wrk.method = "POST"
wrk.body = slurp(os.getenv("WRK_BODY_FILE"))
for line in slurp(os.getenv("WRK_HEADERS_FILE")):gmatch("[^\r\n]+") do
	local name, value = line:match("^([^:]+):%s*(.*)$")
	if name then
		wrk.headers[name] = value
	end
end
