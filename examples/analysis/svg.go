package main

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/uncertainty"
	"github.com/shopspring/decimal"
)

// The pictures are SVG 1.1, written by hand: a fan chart (per year the P10–
// P90 band and the P50 line of Hilversum's savings against the taakstelling)
// and a tornado chart per year. Amounts become pixels in integer
// arithmetic on cents, so no float64 touches money; probabilities (not
// money) are floats.

const (
	fanW, fanH                        = 760, 440
	fanLeft, fanRight, fanTop, fanBot = 120, 60, 70, 60
)

// quantileIndex returns the index of quantile q in res.Quantiles, or -1.
func quantileIndex(res uncertainty.Result, q string) int {
	for i, v := range res.Quantiles {
		if v.Equal(decimal.RequireFromString(q)) {
			return i
		}
	}
	return -1
}

// centsOf is an amount in whole cents.
func centsOf(d decimal.Decimal) int64 { return d.Shift(2).IntPart() }

// niceStep returns a step in cents for about 6 ticks over span cents.
func niceStep(span int64) int64 {
	for _, euros := range []int64{10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000} {
		if span/(euros*100) <= 7 {
			return euros * 100
		}
	}
	return 100_000_000_00
}

// writeFan writes the fan chart of Hilversum's savings per year.
func writeFan(w io.Writer, res uncertainty.Result) error {
	i10, i50, i90 := quantileIndex(res, "0.1"), quantileIndex(res, "0.5"), quantileIndex(res, "0.9")
	if i10 < 0 || i50 < 0 || i90 < 0 {
		return fmt.Errorf("fan chart: the result has no P10, P50 and P90")
	}
	var years []uncertainty.YearResult
	for _, y := range res.Years {
		if y.Known {
			years = append(years, y)
		}
	}
	var b strings.Builder
	cond := "zonder de uitvoeringskosten (pm: niet meegeteld, niet als nul)"
	if !res.CostsPM {
		cond = "met de uitvoeringskosten zoals getrokken"
	}
	title := "Besparing van Hilversum per jaar: P10–P90 en P50, tegen de taakstelling"
	desc := fmt.Sprintf("Monte Carlo, %s trekkingen, seed %d, %s.", budget.Dutch.Number(decimal.NewFromInt(int64(res.Draws)), 0), res.Seed, cond)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-labelledby="fan-title fan-desc" font-family="sans-serif" font-size="13">`+"\n", fanW, fanH, fanW, fanH)
	fmt.Fprintf(&b, "<title id=\"fan-title\">%s</title>\n<desc id=\"fan-desc\">%s", html.EscapeString(title), html.EscapeString(desc))
	for _, y := range years {
		fmt.Fprintf(&b, " %d: P10 %s, P50 %s, P90 %s, taakstelling %s, kans gehaald %s.", y.Year,
			budget.FormatEuroWhole(y.Savings[i10]), budget.FormatEuroWhole(y.Savings[i50]), budget.FormatEuroWhole(y.Savings[i90]),
			budget.FormatEuroWhole(y.Target), probText(y.P()))
	}
	b.WriteString("</desc>\n")
	fmt.Fprintf(&b, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", fanW, fanH)
	fmt.Fprintf(&b, "<text x=\"%d\" y=\"24\" font-size=\"16\" font-weight=\"bold\">%s</text>\n", fanLeft-100, html.EscapeString(title))
	fmt.Fprintf(&b, "<text x=\"%d\" y=\"44\" fill=\"#444444\">%s</text>\n", fanLeft-100, html.EscapeString(desc))
	if len(years) == 0 {
		b.WriteString("<text x=\"120\" y=\"200\">Geen jaar met een bekende taakstelling.</text>\n</svg>\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	lo, hi := int64(0), int64(0)
	for _, y := range years {
		lo = min(lo, centsOf(y.Savings[i10]))
		hi = max(hi, centsOf(y.Savings[i90]), centsOf(y.Target))
	}
	step := niceStep(hi - lo)
	lo = floorTo(lo, step)
	hi = -floorTo(-hi, step)
	if hi == lo {
		hi = lo + step
	}
	plotW, plotH := int64(fanW-fanLeft-fanRight), int64(fanH-fanTop-fanBot)
	yPix := func(c int64) int64 { return int64(fanTop) + (hi-c)*plotH/(hi-lo) }
	xPix := func(i int) int64 {
		if len(years) == 1 {
			return int64(fanLeft) + plotW/2
		}
		return int64(fanLeft) + int64(i)*plotW/int64(len(years)-1)
	}
	// Grid and axis labels.
	for c := lo; c <= hi; c += step {
		fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#dddddd\"/>\n", fanLeft, yPix(c), fanW-fanRight, yPix(c))
		fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", fanLeft-8, yPix(c)+4, html.EscapeString(budget.FormatEuroWhole(decimal.New(c, -2))))
	}
	for i, y := range years {
		fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n", xPix(i), fanH-fanBot+20, y.Year)
		fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#444444\">kans %s</text>\n", xPix(i), fanH-fanBot+38, probText(y.P()))
	}
	// The band: P90 left to right, P10 back.
	var pts []string
	for i, y := range years {
		pts = append(pts, fmt.Sprintf("%d,%d", xPix(i), yPix(centsOf(y.Savings[i90]))))
	}
	for i := len(years) - 1; i >= 0; i-- {
		pts = append(pts, fmt.Sprintf("%d,%d", xPix(i), yPix(centsOf(years[i].Savings[i10]))))
	}
	fmt.Fprintf(&b, "<polygon points=\"%s\" fill=\"#9ecae1\" fill-opacity=\"0.7\" stroke=\"#6baed6\"/>\n", strings.Join(pts, " "))
	line := func(f func(uncertainty.YearResult) decimal.Decimal) string {
		var p []string
		for i, y := range years {
			p = append(p, fmt.Sprintf("%d,%d", xPix(i), yPix(centsOf(f(y)))))
		}
		return strings.Join(p, " ")
	}
	fmt.Fprintf(&b, "<polyline points=\"%s\" fill=\"none\" stroke=\"#08519c\" stroke-width=\"3\"/>\n", line(func(y uncertainty.YearResult) decimal.Decimal { return y.Savings[i50] }))
	fmt.Fprintf(&b, "<polyline points=\"%s\" fill=\"none\" stroke=\"#cb181d\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n", line(func(y uncertainty.YearResult) decimal.Decimal { return y.Target }))
	// Legend.
	lx, ly := fanLeft+10, fanTop+8
	fmt.Fprintf(&b, "<rect x=\"%d\" y=\"%d\" width=\"22\" height=\"12\" fill=\"#9ecae1\" stroke=\"#6baed6\"/><text x=\"%d\" y=\"%d\">P10–P90 (8 van de 10 trekkingen)</text>\n", lx, ly, lx+30, ly+11)
	fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#08519c\" stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">P50 (mediaan)</text>\n", lx, ly+26, lx+22, ly+26, lx+30, ly+30)
	fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#cb181d\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/><text x=\"%d\" y=\"%d\">taakstelling</text>\n", lx, ly+44, lx+22, ly+44, lx+30, ly+48)
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// floorTo rounds c down to a multiple of step.
func floorTo(c, step int64) int64 {
	q := c / step
	if c%step != 0 && c < 0 {
		q--
	}
	return q * step
}

// probText writes a probability as a Dutch percentage, "47 %"; below 1 %
// or above 99 % with a decimal, and never rounded to 0 % or 100 % unless it
// is exactly that: "< 0,1 %", "> 99,9 %".
func probText(p float64) string {
	switch {
	case p > 0 && p < 0.001:
		return "< 0,1 %"
	case p < 1 && p > 0.999:
		return "> 99,9 %"
	}
	places := 0
	if p > 0 && p < 0.01 || p < 1 && p > 0.99 {
		places = 1
	}
	s := strconv.FormatFloat(100*p, 'f', places, 64)
	return strings.ReplaceAll(s, ".", ",") + " %"
}

const (
	torW            = 760
	torLabelW       = 330
	torRow, torHead = 22, 46
	torTop          = 8 // inputs shown per year
)

// writeTornado writes the tornado chart: per year the inputs with the
// largest swing of P(met) between their lowest and highest tenth.
func writeTornado(w io.Writer, res uncertainty.Result) error {
	var b strings.Builder
	h := 94
	for _, ys := range res.Sensitivity {
		h += torHead + torRow*min(torTop, len(ys.Inputs)) + 10
	}
	title := "Welke aanname telt het zwaarst voor de kans dat de taakstelling wordt gehaald?"
	desc := "Per jaar: de kans als de aanname in haar laagste tiende ligt (begin van de balk) en in haar hoogste tiende (eind), terwijl de andere aannames variëren."
	if res.CostsPM {
		desc += " Zonder de uitvoeringskosten (pm)."
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-labelledby="tor-title tor-desc" font-family="sans-serif" font-size="12">`+"\n", torW, h, torW, h)
	fmt.Fprintf(&b, "<title id=\"tor-title\">%s</title>\n<desc id=\"tor-desc\">%s</desc>\n", html.EscapeString(title), html.EscapeString(desc))
	fmt.Fprintf(&b, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", torW, h)
	fmt.Fprintf(&b, "<text x=\"10\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", html.EscapeString(title))
	fmt.Fprintf(&b, "<text x=\"10\" y=\"44\" fill=\"#444444\">laag tiende → hoog tiende; streep: de kans over alle trekkingen</text>\n")
	barX, barW := torLabelW, torW-torLabelW-40
	px := func(p float64) int { return barX + int(p*float64(barW)+0.5) }
	y0 := 70
	for _, ys := range res.Sensitivity {
		yr := res.Years[0]
		for _, y := range res.Years {
			if y.Year == ys.Year {
				yr = y
			}
		}
		fmt.Fprintf(&b, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%d — kans gehaald %s</text>\n", y0+16, ys.Year, probText(yr.P()))
		for _, p := range []float64{0, 0.25, 0.5, 0.75, 1} {
			fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#dddddd\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#666666\">%s</text>\n",
				px(p), y0+torHead-14, px(p), y0+torHead+torRow*min(torTop, len(ys.Inputs)), px(p), y0+torHead-18, probText(p))
		}
		for i, e := range ys.Inputs[:min(torTop, len(ys.Inputs))] {
			ry := y0 + torHead + i*torRow
			fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", barX-8, ry+15, html.EscapeString(e.Label))
			a, z := px(e.Low), px(e.High)
			colour := "#2171b5" // higher input, higher chance
			if z < a {
				a, z, colour = z, a, "#e6550d"
			}
			fmt.Fprintf(&b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %s → %s</title></rect>\n",
				a, ry+4, max(z-a, 1), torRow-8, colour, html.EscapeString(e.Label), probText(e.Low), probText(e.High))
		}
		fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000000\" stroke-width=\"2\"/>\n", px(yr.P()), y0+torHead, px(yr.P()), y0+torHead+torRow*min(torTop, len(ys.Inputs)))
		y0 += torHead + torRow*min(torTop, len(ys.Inputs)) + 10
	}
	fmt.Fprintf(&b, "<text x=\"10\" y=\"%d\" fill=\"#444444\">blauw: hoe hoger de aanname, hoe groter de kans; oranje: andersom</text>\n", h-12)
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
