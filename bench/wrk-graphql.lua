-- POSTs the GraphQL query in the file named by QUERY_FILE (the same fields as GET /api/v1/hubs/{slug}).
local file = io.open(os.getenv("QUERY_FILE"), "r")
local query = file:read("*a")
file:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = query
done = function(summary, latency, requests)
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
