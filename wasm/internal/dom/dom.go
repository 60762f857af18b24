//go:build js && wasm

package dom

import (
	"fmt"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/hilversum/sociaaldomein/internal/view"
)

// handlerAttr marks an element that has view handlers; its value indexes
// Tree.handlers.
const handlerAttr = "data-sd-h"

// Listen adds fn as a listener for event on target and returns the function
// that removes it and releases its js.Func. Calling release twice is safe.
func Listen(target js.Value, event string, fn func(ev js.Value)) (release func()) {
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) > 0 {
			fn(args[0])
		}
		return nil
	})
	target.Call("addEventListener", event, f)
	done := false
	return func() {
		if done {
			return
		}
		done = true
		target.Call("removeEventListener", event, f)
		f.Release()
	}
}

// Tree is a view rendered into a container element, patched in place on
// every Patch.
type Tree struct {
	doc      js.Value
	parent   js.Value
	root     *mounted
	handlers map[int][]view.Handler
	release  []func()
	dispatch func(view.Msg)
	report   func(error)
}

// mounted pairs a rendered DOM node with the view node it shows.
type mounted struct {
	el   js.Value
	node view.Node
	kids []*mounted
}

// Mount renders n into parent (replacing its children) and returns the Tree.
// dispatch receives the message of every handled event, with the control's
// value filled in; report receives problems such as a refused attribute
// (they indicate a bug in the view, not bad input).
func Mount(parent js.Value, n view.Node, dispatch func(view.Msg), report func(error)) *Tree {
	t := &Tree{
		doc:      js.Global().Get("document"),
		parent:   parent,
		dispatch: dispatch,
		report:   report,
	}
	for _, ev := range []string{"click", "input", "change"} { // the event types a Tree delegates
		t.release = append(t.release, Listen(parent, ev, t.handle))
	}
	n = t.number(n)
	t.root = t.create(n)
	parent.Call("replaceChildren", t.root.el)
	return t
}

// MarkOverflow sets the attribute data-overflow on every element of the
// tree matching selector whose content is wider than its box, and removes
// it elsewhere: CSS cannot see overflow, and the widget shows a scroll
// hint exactly where a table must be scrolled sideways.
func (t *Tree) MarkOverflow(selector string) {
	if t.root == nil {
		return
	}
	els := t.root.el.Call("querySelectorAll", selector)
	for i := 0; i < els.Length(); i++ {
		el := els.Index(i)
		el.Call("toggleAttribute", "data-overflow", el.Get("scrollWidth").Int() > el.Get("clientWidth").Int()+1)
	}
}

// OnResize calls fn whenever the tree's root element changes size (a
// window or font change, a fold opened), and returns the function that
// stops it.
func (t *Tree) OnResize(fn func()) (stop func()) {
	cb := js.FuncOf(func(this js.Value, args []js.Value) any { fn(); return nil })
	ro := js.Global().Get("ResizeObserver")
	if ro.Type() != js.TypeFunction || t.root == nil {
		cb.Release()
		return func() {}
	}
	obs := ro.New(cb)
	obs.Call("observe", t.root.el)
	return func() { obs.Call("disconnect"); cb.Release() }
}

// Patch changes the DOM to show n, touching only what differs from the
// previous view.
func (t *Tree) Patch(n view.Node) {
	if t.root == nil {
		return
	}
	n = t.number(n)
	t.root = t.patch(t.root, n)
}

// Unmount removes the view from the container and releases every listener.
// The Tree must not be used afterwards.
func (t *Tree) Unmount() {
	for _, r := range t.release {
		r()
	}
	t.release = nil
	if t.root != nil {
		t.parent.Call("replaceChildren")
		t.root = nil
	}
	t.handlers = nil
}

// number gives every element with handlers a handlerAttr in document order
// and records its handlers.
func (t *Tree) number(n view.Node) view.Node {
	t.handlers = map[int][]view.Handler{}
	next := 0
	var walk func(n view.Node) view.Node
	walk = func(n view.Node) view.Node {
		if len(n.On) > 0 {
			t.handlers[next] = n.On
			n.Attrs = append(n.Attrs[:len(n.Attrs):len(n.Attrs)], view.Attr{Name: handlerAttr, Value: strconv.Itoa(next)})
			next++
		}
		if len(n.Children) > 0 {
			kids := make([]view.Node, len(n.Children))
			for i, c := range n.Children {
				kids[i] = walk(c)
			}
			n.Children = kids
		}
		return n
	}
	return walk(n)
}

// handle is the delegated listener: it finds the element with handlers
// nearest to the event's target and dispatches the matching message.
func (t *Tree) handle(ev js.Value) {
	defer func() {
		if r := recover(); r != nil {
			t.report(fmt.Errorf("event %s: %v", ev.Get("type").String(), r))
		}
	}()
	target := ev.Get("target")
	if target.Type() != js.TypeObject || target.Get("closest").Type() != js.TypeFunction {
		return
	}
	el := target.Call("closest", "["+handlerAttr+"]")
	if el.IsNull() || !t.parent.Call("contains", el).Bool() {
		return
	}
	id, err := strconv.Atoi(el.Call("getAttribute", handlerAttr).String())
	if err != nil {
		return
	}
	typ := ev.Get("type").String()
	for _, h := range t.handlers[id] {
		if h.Event != typ {
			continue
		}
		msg := h.Msg
		if h.Checked {
			msg.Value = strconv.FormatBool(el.Get("checked").Truthy())
		} else if v := el.Get("value"); v.Type() == js.TypeString {
			msg.Value = v.String()
		}
		t.dispatch(msg)
		return
	}
}

// validName reports whether s is an element or attribute name the layer
// accepts: a letter, then letters, digits and "-", with at most one ":"
// (xlink:href). No regexp: it would add 100 KB to the wasm.
func validName(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	colon := false
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case isLetter(c), c >= '0' && c <= '9', c == '-':
		case c == ':' && !colon && i+1 < len(s) && isLetter(s[i+1]):
			colon = true
		default:
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// create makes the DOM node for n.
func (t *Tree) create(n view.Node) *mounted {
	m := &mounted{node: n}
	if n.Tag == "" {
		m.el = t.doc.Call("createTextNode", n.Text)
		return m
	}
	if !validName(n.Tag) {
		t.report(fmt.Errorf("refused element name %q", n.Tag))
		m.node = view.Text("")
		m.el = t.doc.Call("createTextNode", "")
		return m
	}
	if n.NS != "" {
		m.el = t.doc.Call("createElementNS", n.NS, n.Tag)
	} else {
		m.el = t.doc.Call("createElement", n.Tag)
	}
	for _, a := range n.Attrs {
		t.setAttr(m.el, a)
	}
	for _, c := range n.Children {
		k := t.create(c)
		m.el.Call("appendChild", k.el)
		m.kids = append(m.kids, k)
	}
	return m
}

// patch updates m to show n and returns the mounted node now in its place.
func (t *Tree) patch(m *mounted, n view.Node) *mounted {
	old := m.node
	if old.Tag != n.Tag || old.NS != n.NS {
		k := t.create(n)
		m.el.Call("replaceWith", k.el)
		return k
	}
	if n.Tag == "" {
		if old.Text != n.Text {
			m.el.Set("nodeValue", n.Text)
		}
		m.node = n
		return m
	}
	// Attributes: set what changed, remove what went. Properties (value,
	// checked) are compared with the live element, since the resident may
	// have changed them.
	for _, a := range n.Attrs {
		if isProperty(a.Name) {
			t.setAttr(m.el, a)
			continue
		}
		if v, ok := old.Attr(a.Name); !ok || v != a.Value {
			t.setAttr(m.el, a)
		}
	}
	if n.Tag == "input" {
		// The checked property follows the view, also when the resident
		// changed it and the view did not follow.
		_, want := n.Attr("checked")
		if m.el.Get("checked").Truthy() != want {
			m.el.Set("checked", want)
		}
	}
	for _, a := range old.Attrs {
		if _, ok := n.Attr(a.Name); !ok {
			switch a.Name {
			case "checked":
			case "value":
				m.el.Set("value", "")
			default:
				m.el.Call("removeAttribute", a.Name)
			}
		}
	}
	// Children by position.
	kids := make([]*mounted, 0, len(n.Children))
	for i, c := range n.Children {
		if i < len(m.kids) {
			kids = append(kids, t.patch(m.kids[i], c))
			continue
		}
		k := t.create(c)
		m.el.Call("appendChild", k.el)
		kids = append(kids, k)
	}
	for _, k := range m.kids[min(len(m.kids), len(n.Children)):] {
		k.el.Call("remove")
	}
	m.kids = kids
	m.node = n
	return m
}

func isProperty(name string) bool { return name == "value" || name == "checked" }

// setAttr sets one attribute or property, refusing what could run code or
// style inline.
func (t *Tree) setAttr(el js.Value, a view.Attr) {
	name := strings.ToLower(a.Name)
	switch {
	case !validName(a.Name), strings.HasPrefix(name, "on"), name == "style", name == "srcdoc":
		t.report(fmt.Errorf("refused attribute %q", a.Name))
		return
	case (name == "href" || name == "src" || name == "action" || name == "formaction" || name == "xlink:href") && !safeURL(a.Value):
		t.report(fmt.Errorf("refused %s value %q", a.Name, a.Value))
		return
	case name == "value":
		if el.Get("value").String() != a.Value {
			el.Set("value", a.Value)
		}
		return
	case name == "checked":
		if !el.Get("checked").Truthy() {
			el.Set("checked", true)
		}
		return
	}
	el.Call("setAttribute", a.Name, a.Value)
}

// safeURL accepts fragment, relative, http(s), blob and mailto URLs.
func safeURL(u string) bool {
	s := strings.ToLower(strings.TrimSpace(u))
	if i := strings.IndexAny(s, ":/?#"); i < 0 || s[i] != ':' {
		return true // no scheme: relative or fragment
	}
	for _, p := range []string{"https:", "http:", "blob:", "mailto:"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// Download offers data to the resident as a file called name: a Blob, an
// object URL, a click on a detached <a download>, and the URL revoked a
// moment later (the download starts asynchronously).
func Download(name, mime string, data []byte) {
	u8 := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(u8, data)
	blob := js.Global().Get("Blob").New([]any{u8}, map[string]any{"type": mime})
	urls := js.Global().Get("URL")
	url := urls.Call("createObjectURL", blob)
	a := js.Global().Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	var revoke js.Func
	revoke = js.FuncOf(func(this js.Value, args []js.Value) any {
		urls.Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	js.Global().Call("setTimeout", revoke, 10_000)
}

// After calls fn once, ms milliseconds from now, unless the returned
// cancel is called first; the JS callback is released either way.
func After(ms int, fn func()) (cancel func()) {
	var cb js.Func
	done := false
	cb = js.FuncOf(func(this js.Value, args []js.Value) any {
		if !done {
			done = true
			cb.Release()
			fn()
		}
		return nil
	})
	id := js.Global().Call("setTimeout", cb, ms)
	return func() {
		if !done {
			done = true
			js.Global().Call("clearTimeout", id)
			cb.Release()
		}
	}
}

// CopyText puts text on the clipboard with navigator.clipboard.writeText
// where the browser offers it, and calls done with whether that worked; it
// calls done(false) at once when there is no clipboard API (an insecure
// context, an old browser).
func CopyText(text string, done func(ok bool)) {
	clip := js.Global().Get("navigator").Get("clipboard")
	if clip.Type() != js.TypeObject || clip.Get("writeText").Type() != js.TypeFunction {
		done(false)
		return
	}
	var ok, fail js.Func
	release := func() { ok.Release(); fail.Release() }
	ok = js.FuncOf(func(this js.Value, args []js.Value) any { release(); done(true); return nil })
	fail = js.FuncOf(func(this js.Value, args []js.Value) any { release(); done(false); return nil })
	clip.Call("writeText", text).Call("then", ok, fail)
}

// Select focuses the text field with the given id inside the tree and
// selects its text, so the resident can copy it; it reports whether there
// was such a field.
func (t *Tree) Select(id string) bool {
	if t.root == nil || !validName(id) {
		return false
	}
	el := t.parent.Call("querySelector", "#"+id)
	if el.IsNull() || el.Get("select").Type() != js.TypeFunction {
		return false
	}
	el.Call("focus")
	el.Call("select")
	return true
}
