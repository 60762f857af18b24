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
//	GET  /v1/options   the four keuzeopties A–D (see [OptionsResponse])
//	GET  /v1/measures  the 14 regional measures, the proposed pm measure and
//	                   the 7 municipalities (see [MeasuresResponse])
//	POST /v1/evaluate  body: the JSON form of scenario.Input
//	                   (Content-Type: application/json, at most
//	                   scenario.MaxInputBytes); answer: the JSON form of
//	                   scenario.Outcome
//
// GET endpoints also answer HEAD. Every amount is a decimal string such as
// "550000" or "-150000.5", never a JSON number, so no float touches money;
// years and counts of inhabitants are JSON integers. An amount that may be
// unknown or pro memorie (an option's total, a measure's effect, and every
// amount of an outcome) has the one form of budget.Amount:
// {"known": true, "value": "500000", "pm": true} ("+ pm": a pm part is left
// out), {"known": false, "pm": true} (pm as a whole) or {"known": false}
// (nobody published it: unknown, not zero). A range is budget.Range's form,
// {"known": true, "low": "…", "central": "…", "high": "…"}, whose ends are
// assumptions that the outcome's "ends" name.
//
// The outcome keeps apart per year what the documents keep apart:
// "taakstelling" (the target against Hilversum's savings, the balance and
// the verdict of scenario.Judge: "met", "met-if" with its "headroom" while
// the implementation costs are pm, "depends", "not-met" or "unknown"),
// "keuze" (the option's extra policy cost) and "growth" (a prognosis).
//
// # Errors
//
// Every error is a JSON object (see [ErrorResponse]):
//
//	{"error": {"status": 400, "code": "invalid_input", "field": "model.theta", "message": "..."}}
//
// field is the JSON path of the offending input field, "" when the request
// as a whole is wrong. The codes and their statuses:
//
//	400 malformed_json          the body is not one JSON object, or a value has the wrong JSON type
//	400 invalid_input           a field is unknown, duplicate or out of range
//	400 unreadable_body         the body could not be read (e.g. the client was too slow)
//	404 not_found               no such path
//	405 method_not_allowed      wrong method; the Allow header lists the right ones
//	413 body_too_large          the body exceeds scenario.MaxInputBytes
//	415 unsupported_media_type  Content-Type is not application/json (charset utf-8 if given)
//
// Every answer carries Content-Type: application/json; charset=utf-8 and
// X-Content-Type-Options: nosniff; JSON escapes <, > and &, so no user input
// is ever served as HTML.
//
// [NewHandler] is the whole API, for tests and for embedding in another
// program.
package main
