-- Visits every slug in the file named by SLUGS (threads interleave), so the measured run sees warm caches.
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
  for _, t in ipairs(threads) do t:set("count", #threads) end
end
function init(args)
  slugs = {}
  for line in io.lines(os.getenv("SLUGS")) do slugs[#slugs + 1] = line end
  position = id + 1
end
request = function()
  local slug = slugs[((position - 1) % #slugs) + 1]
  position = position + count
  return wrk.format("GET", "/api/v1/hubs/" .. slug)
end
