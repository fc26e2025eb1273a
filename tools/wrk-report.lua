-- wrk script for tools/bench-web: sends the session cookie and CSRF token (and, for an upload, the
-- multipart body) given in the environment, and prints p50/p95/p99 and the status counts at the end.
local cookie = os.getenv("ETALON_COOKIE")
local csrf = os.getenv("ETALON_CSRF")
local body_file = os.getenv("ETALON_BODY")
local content_type = os.getenv("ETALON_CONTENT_TYPE")

if cookie then wrk.headers["Cookie"] = cookie end
if csrf then wrk.headers["X-CSRF-Token"] = csrf end
if body_file then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = content_type
end

-- each wrk thread counts in its own Lua state; done() gathers the counts from every thread
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function(args) statuses = {} end
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses") or {}) do counts[code] = (counts[code] or 0) + n end
  end
  local codes = {}
  for code, n in pairs(counts) do codes[#codes + 1] = code .. ":" .. n end
  table.sort(codes)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms statuses=%s\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    table.concat(codes, ",")))
end
