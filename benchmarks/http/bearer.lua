-- A GET with a bearer token (TOKEN from the environment; benchmarks/http.sh sets it):
-- GET /api/v1/quotes/{id} and GET /api/v1/stats/quotes.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
