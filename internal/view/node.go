package view

import "strings"

// SVGNamespace is the namespace of SVG elements (Node.NS).
const SVGNamespace = "http://www.w3.org/2000/svg"

// Node is one node of the widget's view: an element (Tag set) or a text node
// (Tag empty, Text set). Nodes are values; Render builds a fresh tree for
// every state and the DOM layer patches the difference.
type Node struct {
	Tag      string    // element name, e.g. "div"; empty for a text node
	NS       string    // namespace for non-HTML elements (SVGNamespace); empty for HTML
	Text     string    // text of a text node, set via textContent, never parsed as HTML
	Attrs    []Attr    // attributes in order; see Attr for properties
	Children []Node    // child nodes in order
	On       []Handler // event handlers of this element
}

// Attr is an attribute of an element. The DOM layer sets "value" and
// "checked" as properties (so typing is not disturbed), and refuses event
// handler attributes ("on…") and "style": behaviour goes through Handler,
// styling through the widget's style sheet.
type Attr struct {
	Name, Value string
}

// Handler binds a DOM event on an element to a message. When the event
// fires, the DOM layer copies the element's value (for "input" and "change"
// on text fields and sliders) or "true"/"false" (for checkboxes, when
// Checked is set) into Msg.Value and passes the message to Update.
type Handler struct {
	Event   string // DOM event type: "click", "input", "change"
	Msg     Msg    // what the event means
	Checked bool   // copy the element's checked state, not its value, into Msg.Value
}

// Text returns a text node.
func Text(s string) Node { return Node{Text: s} }

// El returns an element with the given tag, attributes (name, value pairs)
// and children. An odd trailing attribute name is ignored.
func El(tag string, attrs []string, children ...Node) Node {
	n := Node{Tag: tag, Children: children}
	for i := 0; i+1 < len(attrs); i += 2 {
		n.Attrs = append(n.Attrs, Attr{attrs[i], attrs[i+1]})
	}
	return n
}

// A returns its arguments as an attribute list for El: A("class", "x", "id", "y").
func A(nameValue ...string) []string { return nameValue }

// with returns n with handler h added.
func (n Node) with(h ...Handler) Node {
	n.On = append(n.On, h...)
	return n
}

// Attr returns the value of the attribute name and whether n has it.
func (n Node) Attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

// TextContent returns the concatenated text of n and its descendants, as the
// DOM's textContent would.
func (n Node) TextContent() string {
	if n.Tag == "" {
		return n.Text
	}
	var b strings.Builder
	n.walk(func(m Node) bool {
		if m.Tag == "" {
			b.WriteString(m.Text)
		}
		return true
	})
	return b.String()
}

// walk calls f for n and its descendants in document order; f returns false
// to skip a node's children.
func (n Node) walk(f func(Node) bool) {
	if !f(n) {
		return
	}
	for _, c := range n.Children {
		c.walk(f)
	}
}

// FindAll returns n and its descendants for which match is true, in document
// order.
func (n Node) FindAll(match func(Node) bool) []Node {
	var out []Node
	n.walk(func(m Node) bool {
		if match(m) {
			out = append(out, m)
		}
		return true
	})
	return out
}

// ByID returns the element with the given id attribute, and whether there is one.
func (n Node) ByID(id string) (Node, bool) {
	found := n.FindAll(func(m Node) bool { v, ok := m.Attr("id"); return ok && v == id })
	if len(found) == 0 {
		return Node{}, false
	}
	return found[0], true
}

// HasClass reports whether n's class attribute contains c.
func (n Node) HasClass(c string) bool {
	v, _ := n.Attr("class")
	for _, f := range strings.Fields(v) {
		if f == c {
			return true
		}
	}
	return false
}
