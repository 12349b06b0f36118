-- wrk script of bench/faults.sh: POSTs the hostile documents in the files named by FAULT_HOSTILE (space-separated),
-- one after the other, and counts the answers by HTTP status and errors[0].extensions.code. Prints one line per
-- status and code (FAULT_HOSTILE_RESULT) and one line of latencies at the end.
local files = {}
for path in string.gmatch(os.getenv("FAULT_HOSTILE") or "", "%S+") do
  local file = assert(io.open(path, "rb"), "FAULT_HOSTILE: cannot read " .. path)
  table.insert(files, file:read("*a"))
  file:close()
end
assert(#files > 0, "FAULT_HOSTILE names no file")

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local requests = {}
function init(args)
  counts = {}
  next_request = 0
  for i, body in ipairs(files) do
    requests[i] = wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
  end
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  local code = body and string.match(body, '"code":"([A-Z_]+)"') or "none"
  local key = status .. " " .. code
  counts[key] = (counts[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("counts") or {}) do
      total[key] = (total[key] or 0) + n
    end
  end
  for key, n in pairs(total) do
    io.write(string.format("FAULT_HOSTILE_RESULT %s %d\n", key, n))
  end
  local e = summary.errors
  io.write(string.format("PEER_RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d " ..
    "connect=%d read=%d write=%d status=%d timeout=%d bad=0\n", summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
