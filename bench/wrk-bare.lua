-- The baseline with the same client-side work as wrk-slugs.lua (a random slug per request), so the two runs
-- differ only in what the server does. BYTES is the size to answer.
local slugs = {}
for line in io.lines(os.getenv("SLUGS")) do slugs[#slugs + 1] = line end
local bytes = os.getenv("BYTES")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/bench/bare?bytes=" .. bytes .. "&for=" .. slugs[math.random(#slugs)])
end
done = function(summary, latency, requests)
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
