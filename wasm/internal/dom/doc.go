//go:build js && wasm

// Package dom is the calculator's thin layer over syscall/js: it turns the
// view model's [view.Node] trees into DOM nodes and patches them when the
// state changes.
//
// Text is always set as text (createTextNode, nodeValue), never as HTML, and
// attributes that would run code or style inline ("on…", "style",
// "javascript:" URLs) are refused, so nothing that reaches the view — labels
// from data files, a URL fragment, the JS API — can inject markup or script.
//
// Events are delegated: a [Tree] listens once per event type on its
// container and finds the view's handler through a data attribute, so
// re-rendering creates no listeners and leaks none. Every js.Func this
// package creates is released by the function returned from [Listen] or by
// [Tree.Unmount].
//
// The package keeps no global state; each Tree holds its own.
package dom
