// Package publiccode holds no code. It exists for its test: `go test ./...`
// runs tests only inside packages, and the repository's catalogue metadata
// (publiccode.yml at the root) needs one that checks it.
//
// The test parses publiccode.yml with a YAML library, rejects keys the
// standard does not define, and checks the standard's mandatory keys and
// value formats (dates, language tags, URLs, the lengths of the
// descriptions, the enumerated values). It also checks the file against the
// repository, so that they cannot drift apart: the url is the module path of
// go.mod, the licence is the one in LICENSE and in the SPDX lines of the web
// assets, the version and release date are the newest release in
// CHANGELOG.md, the Go version it depends on is go.mod's go directive, and
// the languages are the calculator's.
//
// Standard: https://github.com/publiccodeyml/publiccode.yml (version 0.5).
package publiccode
