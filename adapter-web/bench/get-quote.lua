-- GET /api/v1/quotes/{id} with a bearer token (TOKEN from the environment; bench/run.sh sets it).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
