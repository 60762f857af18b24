package view

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// The chart's plot in SVG user units; CSS scales it to the width. The axis
// labels are HTML beside and under it (not SVG text), so they keep their
// CSS size at every width and grow with the resident's text settings: the
// euro labels are spread over the plot's height (the grid lines are evenly
// spaced from top to bottom), the years over equal columns (each year is
// drawn in the middle of its column).
const (
	chartW, chartH        = 640, 280
	chartLeft, chartRight = 0, 0
	chartTop, chartBottom = 0, 0
	chartPlotW            = chartW - chartLeft - chartRight
	chartPlotH            = chartH - chartTop - chartBottom
)

// The chart has no colours of its own: each element has a class (sd-chart-*)
// that widget.css colours from the widget's design tokens, so a host page's
// NL Design System theme and forced colours reach the chart too.

// svg returns an SVG element.
func svg(tag string, attrs []string, children ...Node) Node {
	n := El(tag, attrs, children...)
	n.NS = SVGNamespace
	for i := range n.Children {
		if n.Children[i].Tag != "" && n.Children[i].NS == "" {
			n.Children[i].NS = SVGNamespace
		}
	}
	return n
}

// niceSteps are the grid steps the chart chooses from, in euros.
var niceSteps = []int64{100_000, 200_000, 250_000, 500_000, 1_000_000, 2_000_000, 2_500_000, 5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000}

// scale is the chart's vertical axis: from Bottom to Top in steps of Step.
type scale struct{ Bottom, Top, Step decimal.Decimal }

func newScale(values []decimal.Decimal) scale {
	lo, hi := decimal.Zero, decimal.Zero
	for _, v := range values {
		lo, hi = decimal.Min(lo, v), decimal.Max(hi, v)
	}
	step := decimal.NewFromInt(niceSteps[len(niceSteps)-1])
	for _, s := range niceSteps {
		d := decimal.NewFromInt(s)
		if hi.Sub(lo).Div(d).LessThanOrEqual(decimal.NewFromInt(6)) {
			step = d
			break
		}
	}
	bottom := lo.Div(step).Floor().Mul(step)
	top := hi.Div(step).Ceil().Mul(step)
	if top.Equal(bottom) {
		top = bottom.Add(step)
	}
	return scale{Bottom: bottom, Top: top, Step: step}
}

// y returns the vertical position of v, in user units with one decimal.
func (s scale) y(v decimal.Decimal) string {
	pos := decimal.NewFromInt(chartTop).Add(s.Top.Sub(v).Mul(decimal.NewFromInt(chartPlotH)).Div(s.Top.Sub(s.Bottom)))
	return pos.Round(1).String()
}

// x returns the horizontal centre of the i-th of n years.
func chartX(i, n int) int { return chartLeft + (2*i+1)*chartPlotW/(2*n) }

// netSavings is what the chart plots against the target: the balance
// plus the target, i.e. the savings minus the known implementation costs
// plus the known other measures (pm parts left out, as in the balance), so
// that where the band crosses the target line the verdict changes.
func netSavings(y scenario.YearOutcome) (budget.Range, bool) {
	tp := y.Taakstelling
	if !tp.Balance.Known || !tp.Target.Known {
		return budget.Range{}, false
	}
	v := tp.Target.Value
	return budget.KnownRange(tp.Balance.Low.Add(v), tp.Balance.Central.Add(v), tp.Balance.High.Add(v)), true
}

// renderChart draws the taakstelling part per year: the target and the
// range of Hilversum's savings (minus the known implementation costs, plus
// the known other measures) as a hatched band from the unfavourable to the
// favourable case, with a line for the middle assumption. The keuze's
// cost is not drawn: it is not part of the taakstelling. Each series
// differs in line style and marker shape, not only colour; the SVG is one
// image (role="img") named by its <title>, and the table below it holds the
// same figures as text.
func renderChart(l budget.Locale, out scenario.Outcome) Node {
	n := len(out.Years)
	var values []decimal.Decimal
	net := false // some known cost or other measure is in the plotted savings
	for _, y := range out.Years {
		if y.Taakstelling.Target.Known {
			values = append(values, y.Taakstelling.Target.Value)
		}
		if r, ok := netSavings(y); ok {
			values = append(values, r.Low, r.High)
		}
		if y.Taakstelling.ImplementationCosts.Known || y.Taakstelling.OtherMeasures.Known {
			net = true
		}
	}
	sc := newScale(values)
	title := t(l, txtChartTitle)
	if n > 0 {
		title += " " + out.Years[0].Year.String() + "–" + out.Years[n-1].Year.String()
	}
	// One text alternative: the title names the image, the description
	// points to the table; the axis labels are hidden from it.
	root := svg("svg", A("class", "sd-chart", "viewBox", "0 0 "+strconv.Itoa(chartW)+" "+strconv.Itoa(chartH),
		"role", "img", "aria-labelledby", "sd-chart-title", "aria-describedby", "sd-chart-desc", "focusable", "false"),
		svg("title", A("id", "sd-chart-title"), Text(title)),
		svg("desc", A("id", "sd-chart-desc"), Text(t(l, txtChartDesc))),
		svg("defs", nil,
			svg("pattern", A("id", "sd-hatch", "patternUnits", "userSpaceOnUse", "width", "8", "height", "8", "patternTransform", "rotate(45)"),
				svg("rect", A("class", "sd-chart-hatch-bg", "width", "8", "height", "8")),
				svg("line", A("class", "sd-chart-hatch", "x1", "0", "y1", "0", "x2", "0", "y2", "8", "stroke-width", "2")),
			),
		),
	)
	add := func(c ...Node) {
		for _, k := range c {
			if k.NS == "" && k.Tag != "" {
				k.NS = SVGNamespace
			}
			root.Children = append(root.Children, k)
		}
	}
	// Grid lines, and their euro labels from the top down.
	yLabels := El("ol", A("class", "sd-chart-y", "aria-hidden", "true"))
	for v := sc.Top; v.GreaterThanOrEqual(sc.Bottom); v = v.Sub(sc.Step) {
		y := sc.y(v)
		class, width := "sd-chart-grid", "1"
		if v.IsZero() {
			class, width = "sd-chart-zero", "1.5"
		}
		add(svg("line", A("class", class, "x1", strconv.Itoa(chartLeft), "x2", strconv.Itoa(chartW-chartRight), "y1", y, "y2", y, "stroke-width", width, "vector-effect", "non-scaling-stroke")))
		yLabels.Children = append(yLabels.Children, El("li", A("class", "sd-chart-label"), Text(millions(l, v))))
	}
	// Years, each under the middle of its column.
	xLabels := El("ol", A("class", "sd-chart-x", "aria-hidden", "true"))
	for _, y := range out.Years {
		xLabels.Children = append(xLabels.Children, El("li", A("class", "sd-chart-label"), Text(y.Year.String())))
	}
	// The savings band: favourable end left to right, unfavourable back.
	var upper, lower, central []string
	for i, y := range out.Years {
		r, ok := netSavings(y)
		if !ok {
			continue
		}
		x := strconv.Itoa(chartX(i, n))
		upper = append(upper, x+","+sc.y(r.High))
		lower = append([]string{x + "," + sc.y(r.Low)}, lower...)
		central = append(central, x+","+sc.y(r.Central))
	}
	if len(upper) > 0 {
		add(svg("polygon", A("class", "sd-chart-band", "points", strings.Join(append(upper, lower...), " "), "fill", "url(#sd-hatch)", "stroke-width", "1")))
		add(svg("polyline", A("class", "sd-chart-savings", "points", strings.Join(central, " "), "fill", "none", "stroke-width", "3")))
		for _, p := range central {
			x, y, _ := strings.Cut(p, ",")
			add(svg("circle", A("class", "sd-chart-savings-marker", "cx", x, "cy", y, "r", "5", "stroke-width", "1.5")))
		}
	}
	// The taakstelling: dashed, square markers.
	var target []string
	for i, y := range out.Years {
		if y.Taakstelling.Target.Known {
			target = append(target, strconv.Itoa(chartX(i, n))+","+sc.y(y.Taakstelling.Target.Value))
		}
	}
	if len(target) > 0 {
		add(svg("polyline", A("class", "sd-chart-target", "points", strings.Join(target, " "), "fill", "none", "stroke-width", "2.5", "stroke-dasharray", "10 6")))
		for _, p := range target {
			x, y, _ := strings.Cut(p, ",")
			add(svg("rect", A("class", "sd-chart-target-marker", "x", offset(x, -5), "y", offset(y, -5), "width", "10", "height", "10")))
		}
	}
	savings := t(l, txtLegendSavings)
	if net {
		savings = t(l, txtLegendNet)
	}
	legend := El("ul", A("class", "sd-legend"),
		legendItem(svg("line", A("class", "sd-chart-target", "x1", "2", "y1", "10", "x2", "38", "y2", "10", "stroke-width", "2.5", "stroke-dasharray", "10 6")), t(l, txtLegendTarget)),
		legendItem(svg("line", A("class", "sd-chart-savings", "x1", "2", "y1", "10", "x2", "38", "y2", "10", "stroke-width", "3")), savings),
		legendItem(svg("rect", A("class", "sd-chart-band", "x", "2", "y", "2", "width", "36", "height", "16", "fill", "url(#sd-hatch)")), t(l, txtLegendBand)),
	)
	return El("figure", A("class", "sd-figure"),
		El("div", A("class", "sd-chart-box"), yLabels, root, xLabels),
		El("figcaption", nil, legend))
}

// offset adds d to the number s (as "123.4" or "123").
func offset(s string, d int64) string {
	v, err := decimal.NewFromString(s)
	if err != nil {
		return s
	}
	return v.Add(decimal.NewFromInt(d)).String()
}

func legendItem(swatch Node, label string) Node {
	return El("li", nil,
		svg("svg", A("class", "sd-swatch", "viewBox", "0 0 40 20", "width", "40", "height", "20", "aria-hidden", "true", "focusable", "false"), swatch),
		Text(label))
}

// millions writes an axis value compactly: "€ 1,5 mln" (nl), "€1.5m" (en).
func millions(l budget.Locale, v decimal.Decimal) string {
	if v.IsZero() {
		return l.EuroWhole(v)
	}
	m := l.Number(v.Div(decimal.NewFromInt(1_000_000)), 1)
	if l == budget.English {
		if strings.HasPrefix(m, "-") {
			return "-€" + m[1:] + "m"
		}
		return "€" + m + "m"
	}
	return "€\u00a0" + m + "\u00a0mln"
}
