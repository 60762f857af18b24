// Package view is the browser calculator's view model: what the widget
// (package wasm) shows for a given state, in pure Go that builds and tests
// natively (no syscall/js).
//
// It is internal to the module, not part of its API. It lives here rather
// than under wasm/internal because the browser tests of examples/serve use
// it as the native model of the widget: they decode a share link with
// [FromFragment], render it with [Render] and compare what the browser
// shows, and Go's internal rule would keep wasm/internal from them.
//
// The widget follows one loop. A [State] (keuze, language, switched-on
// measures, assumptions) is rendered by [Render] into a tree of [Node]
// values: elements, attributes, text and event [Handler]s. The DOM layer
// (wasm/internal/dom) turns that tree into real DOM nodes and patches them
// on every change. A handler carries a [Msg]; when the resident clicks or
// types, the DOM layer fills in the value of the control and passes the
// message to [Update], which returns the next state. Nothing in this package
// touches the browser, so every screen the widget can show is testable with
// go test.
//
// Text in a Node is always text: the DOM layer sets it through textContent
// and never parses it as HTML, so labels from data files, the URL fragment
// or the JS API cannot inject markup.
//
// A state travels in the URL fragment (a share link): [State.Fragment] and
// [FromFragment]. Every malformed fragment gives the default state plus a
// visible notice, never a crash.
//
// The results say only what the outcome says ([scenario.Outcome]): the
// taakstelling part (target, savings as a range, implementation costs,
// other measures, the balance as "€ X tekort" / "€ X over" and the verdict
// of scenario.Judge in words) apart from the keuze's policy cost and the
// growth prognosis, which are never subtracted from the balance; every
// range with what its ends assume ([scenario.Ends]).
//
// Money is [github.com/shopspring/decimal] throughout; amounts reach the
// DOM as preformatted strings (nl-NL by default, via [budget.Locale]).
package view
