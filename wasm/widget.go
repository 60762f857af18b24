//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/hilversum/sociaaldomein/internal/view"
	"github.com/hilversum/sociaaldomein/wasm/internal/dom"
)

// widgetOptions are the host element's attributes.
type widgetOptions struct {
	Keuze string // data-keuze
	Lang  string // data-lang
	Name  string // value of data-sociaaldomein: names the widget's fragment parameter
	// NoAddress (data-address="off") keeps the state out of the address
	// bar, for a host page whose fragment is its own (a hash router).
	NoAddress bool
	// Data files the host page supplies (JS API or data-keuzeopties /
	// data-actieprogramma); empty Text: the embedded data.
	Keuzeopties, Actieprogramma view.DataFile
}

// widget is one mounted calculator: its state and its DOM tree.
type widget struct {
	cat       *view.Catalogue
	initial   view.State
	state     view.State
	param     string
	tree      *dom.Tree
	container js.Value // the element the widget renders into, in its shadow root
	noAddress bool     // data-address="off": the address bar is the host's
	release   []func()
	// announce cancels the pending announcement: the live region speaks
	// once the resident pauses (announceDelay), not at every slider step.
	announce func()
}

// announceDelay is how long the resident must pause before the live region
// announces the new answer, in milliseconds.
const announceDelay = 700

// mount renders a widget into container and returns its handle for JS:
// {unmount(), fragment()}.
func mount(container js.Value, opts widgetOptions, cat *view.Catalogue) js.Value {
	if opts.Keuzeopties.Text+opts.Keuzeopties.Err != "" ||
		opts.Actieprogramma.Text+opts.Actieprogramma.Err != "" {
		cat = view.NewCatalogueFrom(opts.Keuzeopties, opts.Actieprogramma)
	}
	w := &widget{cat: cat, noAddress: opts.NoAddress}
	w.initial = view.Initial(view.Config{Keuze: opts.Keuze, Lang: opts.Lang}, cat)
	param, err := view.ParamName(opts.Name)
	if err != nil {
		param = "sd"
		w.initial.Notice = view.Notice{Kind: view.BadAttributes, Detail: "data-sociaaldomein: " + err.Error()}
	}
	w.param = param
	w.state, _ = view.FromFragment(location().Get("hash").String(), w.param, w.initial, cat)
	if w.state.Notice.Kind == view.NoNotice {
		w.state.Notice = w.initial.Notice
	}
	w.initial.Notice = view.Notice{}
	w.tree = dom.Mount(container, view.Render(w.state, cat, w.env()), w.dispatch, report)
	w.tree.MarkOverflow(view.ScrollSelector)
	w.release = append(w.release, w.tree.OnResize(func() {
		if w.tree != nil {
			w.tree.MarkOverflow(view.ScrollSelector)
		}
	}))
	w.release = append(w.release, dom.Listen(js.Global(), "hashchange", func(js.Value) { w.hashChanged() }))
	w.container = container
	w.release = append(w.release, dom.Listen(container, "focusin", func(ev js.Value) { unobscure(container, ev.Get("target")) }))

	handle := js.Global().Get("Object").New()
	var funcs []js.Func
	unmount := js.FuncOf(func(this js.Value, args []js.Value) any {
		w.unmount()
		for _, f := range funcs {
			f.Release()
		}
		funcs = nil
		return nil
	})
	fragment := js.FuncOf(func(this js.Value, args []js.Value) any {
		return w.state.Fragment()
	})
	funcs = append(funcs, unmount, fragment)
	handle.Set("unmount", unmount)
	handle.Set("fragment", fragment)
	handle.Set("param", w.param)
	return handle
}

func location() js.Value { return js.Global().Get("location") }

// env is the view's environment: the page URL and fragment, this widget's
// parameter.
func (w *widget) env() view.Env {
	loc := location()
	href := loc.Get("href").String()
	hash := loc.Get("hash").String()
	return view.Env{PageURL: href[:len(href)-len(hash)], Param: w.param, Frag: hash}
}

func (w *widget) dispatch(msg view.Msg) {
	if w.tree == nil {
		return
	}
	switch msg.Kind {
	case view.MsgCopyLink:
		url := view.ShareURL(w.state, w.env())
		dom.CopyText(url, func(ok bool) {
			if ok {
				w.dispatch(view.StatusMsg(view.StatusCopied))
				return
			}
			if w.tree != nil && w.tree.Select("sd-share-url") {
				w.dispatch(view.StatusMsg(view.StatusSelected))
			}
		})
		return
	case view.MsgDownloadCSV, view.MsgDownloadCSVMachine:
		csv := view.CSV
		if msg.Kind == view.MsgDownloadCSVMachine {
			csv = view.MachineCSV
		}
		name, data, err := csv(w.state, w.cat)
		if err != nil {
			report(err)
			return
		}
		dom.Download(name, "text/csv;charset=utf-8", data)
		msg = view.StatusMsg(view.StatusDownloaded)
	}
	before := w.state
	w.state = view.Update(w.state, msg, w.cat, w.initial)
	w.render()
	if !w.state.Equal(before) {
		if !w.noAddress {
			w.keepInAddress()
		}
		if w.announce != nil {
			w.announce()
		}
		w.announce = dom.After(announceDelay, func() {
			w.announce = nil
			if w.tree != nil {
				w.dispatch(view.Msg{Kind: view.MsgAnnounce})
			}
		})
	}
}

// unobscure scrolls the window so that the focused element el is not
// under the sticky answer (WCAG 2.4.11): a browser scrolls a focused
// element into view only when it is outside the window, and an element
// under a sticky box is inside it.
func unobscure(root, el js.Value) {
	answer := root.Call("querySelector", "#sd-answer")
	if answer.IsNull() || !el.Truthy() || answer.Call("contains", el).Bool() {
		return
	}
	a, e := answer.Call("getBoundingClientRect"), el.Call("getBoundingClientRect")
	aTop, aBottom := a.Get("top").Float(), a.Get("bottom").Float()
	eTop, eBottom := e.Get("top").Float(), e.Get("bottom").Float()
	if eBottom <= aTop || eTop >= aBottom {
		return // not under it
	}
	const gap = 8
	h := js.Global().Get("innerHeight").Float()
	if eBottom-eTop > h-(aBottom-aTop)-2*gap {
		return // taller than the room beside the answer (a long table region)
	}
	if aBottom >= h-1 {
		// The answer sticks to the bottom: the element moves up above it.
		js.Global().Call("scrollBy", 0, eBottom-aTop+gap)
		return
	}
	// It sticks to the top: the element moves down below it.
	js.Global().Call("scrollBy", 0, eTop-aBottom-gap)
}

// keepInAddress puts the state in the address bar (history.replaceState:
// reloading or copying the address keeps it, and the back button is not
// flooded with every slider step). replaceState fires no hashchange.
func (w *widget) keepInAddress() {
	env := w.env()
	url := view.ShareURL(w.state, env)
	if url == env.PageURL+env.Frag {
		return
	}
	h := js.Global().Get("history")
	h.Call("replaceState", h.Get("state"), "", url)
}

func (w *widget) render() {
	w.tree.Patch(view.Render(w.state, w.cat, w.env()))
	w.tree.MarkOverflow(view.ScrollSelector)
	// A new answer may be taller and cover the control just used.
	if active := w.container.Call("getRootNode").Get("activeElement"); active.Truthy() {
		unobscure(w.container, active)
	}
}

// hashChanged follows a share link opened on the same page.
func (w *widget) hashChanged() {
	if w.tree == nil {
		return
	}
	s, err := view.FromFragment(location().Get("hash").String(), w.param, w.state, w.cat)
	if err != nil {
		// keep the state, show the notice
		w.state.Notice = s.Notice
	} else {
		w.state = s
	}
	w.render()
}

func (w *widget) unmount() {
	if w.announce != nil {
		w.announce()
		w.announce = nil
	}
	for _, r := range w.release {
		r()
	}
	w.release = nil
	if w.tree != nil {
		w.tree.Unmount()
		w.tree = nil
	}
}
