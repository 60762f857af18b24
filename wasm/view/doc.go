// Package view is the calculator's view model: what the widget shows for a
// given state, in pure Go that builds and tests natively (no syscall/js).
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
// Money is [github.com/shopspring/decimal] throughout; amounts reach the
// DOM as preformatted strings (nl-NL by default, via [budget.Locale]).
package view
