-- A GET with a browser's session cookie (SESSION from the environment; benchmarks/http.sh sets it):
-- GET /dashboard, the HTML page a signed-in salesperson opens.
wrk.headers["Cookie"] = "wqs_session=" .. os.getenv("SESSION")
