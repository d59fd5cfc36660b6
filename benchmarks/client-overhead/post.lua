-- wrk: POST the same small chat body every time (wrk reads the response but parses no SSE event).
wrk.method = "POST"
wrk.body = '{"model":"static","messages":[{"role":"user","content":"hi"}],"max_tokens":16,"stream":true}'
wrk.headers["Content-Type"] = "application/json"
