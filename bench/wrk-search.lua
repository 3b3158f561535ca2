-- Requests /api/v1/search?q=... cycling through the queries in the file named by QUERIES (one per line, as typed),
-- each thread starting at a different line; done() prints latency percentiles (wrk itself counts non-2xx responses).
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  if #line > 0 then queries[#queries + 1] = line end
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, query in ipairs(queries) do paths[i] = "/api/v1/search?q=" .. encode(query) end

local counter = 0
local threads = {}
setup = function(thread)
  thread:set("offset", #threads)
  threads[#threads + 1] = thread
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter + (offset or 0)) % #paths + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
