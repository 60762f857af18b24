package view

import (
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// TestChartColoursFromCSS holds the chart free of colours of its own: no
// element carries a colour in fill or stroke (only "none" and the hatch
// pattern), and every drawn shape has an sd-chart-* class, which widget.css
// colours from the design tokens (and from system colours under forced
// colours).
func TestChartColoursFromCSS(t *testing.T) {
	c := NewCatalogue()
	s := Initial(Config{}, c)
	out, err := scenario.Evaluate(c.Input(s))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []budget.Locale{budget.Dutch, budget.English} {
		chart := renderChart(l, out)
		shapes := 0
		for _, n := range chart.FindAll(func(n Node) bool { return n.NS == SVGNamespace }) {
			for _, a := range n.Attrs {
				if a.Name == "fill" || a.Name == "stroke" || a.Name == "color" || a.Name == "style" {
					if a.Value != "none" && a.Value != "url(#sd-hatch)" {
						t.Errorf("<%s class=%q> has %s=%q: colours belong in widget.css", n.Tag, n.classes(), a.Name, a.Value)
					}
				}
			}
			switch n.Tag {
			case "line", "rect", "circle", "polygon", "polyline":
				shapes++
				if !strings.Contains(" "+n.classes(), " sd-chart-") {
					t.Errorf("<%s %v> has no sd-chart-* class for widget.css to colour it", n.Tag, n.Attrs)
				}
			}
		}
		if shapes < 20 {
			t.Errorf("%v: only %d shapes in the chart", l, shapes)
		}
	}
}

func (n Node) classes() string {
	v, _ := n.Attr("class")
	return v
}
