-- wrk script for bench/load.py: requests from a URL list file, latency recorded per page type.
--
--   KN_WRK_OUT=out.tsv wrk -t64 -c64 -d30s -s bench/load.lua http://127.0.0.1:PORT -- urls.tsv cookies.txt
--
-- urls.tsv lines: "<session>\t<page type>\t<path>"; session 0 is anonymous (any connection),
-- session n is line n of cookies.txt (a signed-in visitor's Cookie header). load.py runs as
-- many threads as connections, so each thread's Lua state drives exactly one connection: the
-- request() and response() calls alternate and the time between them is that request's latency.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } kn_timespec;
int clock_gettime(int clk_id, kn_timespec *tp);
]]
local ts = ffi.new("kn_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local function lines(path)
  local out = {}
  if path and path ~= "" then
    for line in io.lines(path) do out[#out + 1] = line end
  end
  return out
end

-- main state: number the threads
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

-- thread state: each response is one line of its own file, "<page type>\t<microseconds>\t<status>"
-- (buffered; the C library flushes it when wrk exits: copying large tables back to the main
-- state with thread:get crashes wrk 4.1)
local requests, i, current, started, out = {}, 0, nil, 0, nil

function init(args)
  local cookies = lines(args[2])
  local session = 0
  if #cookies > 0 then session = (id % #cookies) + 1 end
  for _, line in ipairs(lines(args[1])) do
    local s, kind, path = line:match("^(%d+)\t([^\t]+)\t(.+)$")
    if tonumber(s) == session then
      local headers = { ["Accept-Encoding"] = "gzip", ["Accept"] = "text/html,application/json" }
      if session > 0 then headers["Cookie"] = cookies[session] end
      requests[#requests + 1] = { kind, wrk.format("GET", path, headers) }
    end
  end
  i = (id * 7919) % #requests -- threads start at different places in the list
  out = assert(io.open(os.getenv("KN_WRK_OUT") .. "." .. id, "w"))
  out:setvbuf("full", 65536)
end

function request()
  i = i % #requests + 1
  current = requests[i][1]
  started = now_us()
  return requests[i][2]
end

function response(status, headers, body)
  out:write(current, "\t", math.floor(now_us() - started), "\t", status, "\n")
end

-- main state: the totals and wrk's socket errors (the main state gets no script arguments)
function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("KN_WRK_OUT"), "w"))
  local e = summary.errors
  out:write(string.format("%d\t%d\t%d\t%d\t%d\t%d\n", summary.duration, e.connect, e.read, e.write, e.timeout, e.status))
  out:close()
end
