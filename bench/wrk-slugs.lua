-- Requests /api/v1/hubs/{slug} over every slug in the file named by SLUGS (one per line), in a random order.
local slugs = {}
local path = os.getenv("SLUGS")
for line in io.lines(path) do slugs[#slugs + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/hubs/" .. slugs[math.random(#slugs)])
end
done = function(summary, latency, requests)
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
