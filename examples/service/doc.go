// Command service is a small JSON HTTP API over the sociaaldomein library,
// on the standard library only. Run it with
//
//	go run ./examples/service                  # listens on 127.0.0.1:8081
//	go run ./examples/service -addr :9000
//	go run ./examples/service -h               # documents the flags
//
// It prints the address it listens on and shuts down gracefully on SIGINT
// or SIGTERM, letting requests in flight finish within a deadline.
//
// # Endpoints
//
// The API follows the NL API Design Rules (Logius); the README's section
// "HTTP service and the NL API Design Rules" says rule by rule where and
// how. Its OpenAPI 3 document (openapi.json, embedded) is served at
// /v1/openapi.json and describes every path, schema and example; the tests
// validate the handler against it.
//
//	GET  /v1/options       the four keuzeopties A–D (see [OptionsResponse])
//	GET  /v1/measures      the 14 regional measures, the proposed pm measure
//	                       and the 7 municipalities (see [MeasuresResponse])
//	POST /v1/_evaluate     body: the JSON form of scenario.Input
//	                       (Content-Type: application/json, at most
//	                       scenario.MaxInputBytes); answer: the JSON form of
//	                       scenario.Outcome. An operation, not a resource:
//	                       the rules prefix such a path with "_".
//	POST /v1/_simulate     body: the JSON form of uncertainty.Input (at
//	                       most [MaxSimulateDraws] draws); answer: the JSON
//	                       form of uncertainty.Result: per year quantiles,
//	                       the probability that the taakstelling is met and
//	                       its standard error, on request a tornado table.
//	                       Drawn on one core per request; the same seed
//	                       gives the same answer.
//	GET  /v1/openapi.json  the OpenAPI document
//
// GET endpoints also answer HEAD; every path answers OPTIONS (204, Allow).
// The major version is in the path, the full version ([APIVersion],
// semantic versioning) in the API-Version header of every answer. A
// trailing slash answers 404, never a redirect.
//
// Every amount is a decimal string such as "550000" or "-150000.5", never a
// JSON number, so no float touches money; years and counts of inhabitants
// are JSON integers. An amount that may be unknown or pro memorie (an
// option's total, a measure's effect, and every amount of an outcome) has
// the one form of budget.Amount: {"known": true, "value": "500000", "pm":
// true} ("+ pm": a pm part is left out), {"known": false, "pm": true} (pm as
// a whole) or {"known": false} (nobody published it: unknown, not zero). A
// range is budget.Range's form, {"known": true, "low": "…", "central": "…",
// "high": "…"}, whose ends are assumptions that the outcome's "ends" name.
//
// The outcome keeps apart per year what the documents keep apart:
// "taakstelling" (the target against Hilversum's savings, the balance and
// the verdict of scenario.Judge: "met", "met-if" with its "headroom" while
// the implementation costs are pm, "depends", "not-met" or "unknown"),
// "keuze" (the option's extra policy cost) and "growth" (a prognosis).
//
// # Errors
//
// Every error is a problem details object of RFC 9457 (problem.Details),
// sent as application/problem+json — the same object the browser's JS API
// returns:
//
//	{"type": "https://github.com/hilversum/sociaaldomein/blob/main/README.md#problem-invalid-input",
//	 "title": "Invalid input", "status": 400, "detail": "2 fields of the input are invalid: keuze, model.theta",
//	 "code": "invalid_input",
//	 "invalidParams": [{"name": "keuze", "code": "invalid_value", "reason": "..."},
//	                   {"name": "model.theta", "code": "invalid_value", "reason": "..."}]}
//
// invalidParams lists every invalid field of the input by its JSON path
// ("" for the body as a whole). The codes, their statuses and types:
//
//	400 malformed_json          …#problem-malformed-json: the body is not one JSON object, or a value has the wrong JSON type
//	400 invalid_input           …#problem-invalid-input: fields are unknown, duplicate, missing or out of range
//	400 unreadable_body         …#problem-unreadable-body: the body could not be read (e.g. the client was too slow)
//	404 not_found               about:blank: no such path
//	405 method_not_allowed      about:blank: wrong method; the Allow header lists the right ones
//	413 body_too_large          about:blank: the body exceeds scenario.MaxInputBytes
//	415 unsupported_media_type  about:blank: Content-Type is not application/json (charset utf-8 if given)
//
// # Headers
//
// Every answer carries API-Version, X-Content-Type-Options: nosniff,
// X-Frame-Options: DENY, Content-Security-Policy: default-src 'none';
// frame-ancestors 'none', Cache-Control: no-store and Referrer-Policy:
// no-referrer; Strict-Transport-Security when the request came over TLS.
// JSON escapes <, > and &, so no user input is ever served as HTML.
//
// CORS: /v1/openapi.json is readable from every origin; the other paths
// only from the origins given with -allow-origin ([Config]), none by
// default, never with credentials.
//
// [NewHandler] is the whole API, for tests and for embedding in another
// program.
package main
