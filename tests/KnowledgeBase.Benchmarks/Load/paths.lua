-- wrk script: each request takes a random path from a file, one path per line.
--   wrk -t2 -c16 -d20s -s paths.lua http://127.0.0.1:PORT -- paths.txt [unique]
-- "unique" adds a query key of its own to every request (n=<thread>-<counter>): no two
-- requests have the same URL, so the output cache never answers and every page is rendered.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  unique = args[2] == "unique"
  -- "exclude": the same, for the API, which refuses unknown keys: an exclusion of a word that
  -- is in no write-up (-zz<thread>x<counter>) is added to q, so the results stay the same.
  exclude = args[2] == "exclude"
  math.randomseed(os.time() * 100 + (id or 0))
end

function request()
  local path = paths[math.random(#paths)]
  if unique then
    counter = counter + 1
    path = path .. (path:find("?", 1, true) and "&" or "?") .. "n=" .. (id or 0) .. "-" .. counter
  elseif exclude then
    counter = counter + 1
    path = path .. "+-zz" .. (id or 0) .. "x" .. counter
  end
  return wrk.format(nil, path)
end
