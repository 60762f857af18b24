//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"

	"github.com/hilversum/sociaaldomein/internal/view"
)

func main() {
	cat := view.NewCatalogue()
	console := js.Global().Get("console")
	api := js.Global().Get("sociaaldomein")
	if api.Type() != js.TypeObject || api.Get("_attach").Type() != js.TypeFunction {
		console.Call("error", "sociaaldomein: load this program through embed.js")
		return
	}
	bridge := js.Global().Get("Object").New()
	// mount(container, {keuze, lang, name, keuzeopties, keuzeoptiesName,
	// actieprogramma, actieprogrammaName}) → {unmount(), fragment()}
	bridge.Set("mount", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 2 || args[0].Type() != js.TypeObject {
			return js.ValueOf(map[string]any{"error": "mount(container, options): container missing"})
		}
		return mount(args[0], options(args[1]), cat)
	}))
	// evaluate(json) → JSON string: scenario.Evaluate in its JSON form, see view.EvaluateJSON.
	bridge.Set("evaluate", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return string(view.EvaluateJSON(nil))
		}
		return string(view.EvaluateJSON([]byte(args[0].String())))
	}))
	api.Call("_attach", bridge)
	select {} // serve calls from the page for its lifetime
}

// options reads the mount options object: strings only, anything else empty.
func options(o js.Value) widgetOptions {
	get := func(k string) string {
		if o.Type() != js.TypeObject {
			return ""
		}
		v := o.Get(k)
		if v.Type() != js.TypeString {
			return ""
		}
		return v.String()
	}
	return widgetOptions{Keuze: get("keuze"), Lang: get("lang"), Name: get("name"), NoAddress: get("address") == "off",
		Keuzeopties:    view.DataFile{Name: orDefault(get("keuzeoptiesName"), "keuzeopties"), Text: get("keuzeopties"), Err: get("keuzeoptiesError")},
		Actieprogramma: view.DataFile{Name: orDefault(get("actieprogrammaName"), "actieprogramma"), Text: get("actieprogramma"), Err: get("actieprogrammaError")},
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// report writes a problem of the widget to the console as an error, so the
// browser tests see it.
func report(err error) {
	js.Global().Get("console").Call("error", fmt.Sprintf("sociaaldomein: %v", err))
}
