package view

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// testCatalogue is the real catalogue with its measures cut to three, so
// that the tests can spell them out as m1, m2, m3.
func testCatalogue(t testing.TB) *Catalogue {
	t.Helper()
	c := NewCatalogue()
	if len(c.Measures) != 14 {
		t.Fatalf("%d measures, want 14", len(c.Measures))
	}
	c.Measures = c.Measures[:3]
	return c
}

// The ids of the first three measures.
const (
	m1 = "vindplaats-werkplaats"
	m2 = "anders-verwijzen"
	m3 = "uitvoeringsagenda-verblijf"
)

func TestNewCatalogue(t *testing.T) {
	c := NewCatalogue()
	var ids []string
	for _, k := range c.Keuzes {
		ids = append(ids, k.ID)
	}
	if !slices.Equal(ids, []string{"A", "B", "C", "D"}) {
		t.Fatalf("keuzes = %v, want A B C D", ids)
	}
	if want := budget.Span(2024, 2027); !slices.Equal(c.Years, want) {
		t.Errorf("years = %v, want %v", c.Years, want)
	}
	if got := c.DefaultKeuze(); got != "A" {
		t.Errorf("default keuze = %q, want A (the college's preference)", got)
	}
}

func TestInitial(t *testing.T) {
	c := testCatalogue(t)
	tests := []struct {
		cfg        Config
		keuze      string
		lang       budget.Locale
		noticeKind NoticeKind
	}{
		{Config{}, "A", budget.Dutch, NoNotice},
		{Config{Keuze: "C", Lang: "en"}, "C", budget.English, NoNotice},
		{Config{Keuze: "E"}, "A", budget.Dutch, BadAttributes},
		{Config{Lang: "fr"}, "A", budget.Dutch, BadAttributes},
		{Config{Keuze: "<img src=x onerror=alert(1)>"}, "A", budget.Dutch, BadAttributes},
	}
	for _, tt := range tests {
		s := Initial(tt.cfg, c)
		if s.Keuze != tt.keuze || s.Lang != tt.lang || s.Notice.Kind != tt.noticeKind {
			t.Errorf("Initial(%+v) = keuze %q lang %v notice %v; want %q %v %v", tt.cfg, s.Keuze, s.Lang, s.Notice.Kind, tt.keuze, tt.lang, tt.noticeKind)
		}
		if len(s.Measures) != 3 || !s.Overlap.Equal(DefaultOverlap()) {
			t.Errorf("Initial(%+v): measures %v overlap %v; want all on and the default overlap", tt.cfg, s.Measures, s.Overlap)
		}
	}
}

func TestUpdate(t *testing.T) {
	c := testCatalogue(t)
	init := Initial(Config{}, c)
	s := Update(init, Msg{Kind: MsgSelectKeuze, Arg: "D"}, c, init)
	if s.Keuze != "D" {
		t.Fatalf("select D: keuze = %q", s.Keuze)
	}
	if init.Keuze != "A" {
		t.Fatalf("Update changed its argument")
	}
	if s2 := Update(s, Msg{Kind: MsgSelectKeuze, Arg: "Z"}, c, init); s2.Keuze != "D" {
		t.Errorf("unknown keuze changed the state to %q", s2.Keuze)
	}
	if s2 := Update(s, Msg{Kind: MsgSelectKeuze, Arg: ""}, c, init); s2.Keuze != "" {
		t.Errorf("no keuze: %q", s2.Keuze)
	}
	s = Update(s, Msg{Kind: MsgSetLang, Arg: "en"}, c, init)
	if s.Lang != budget.English {
		t.Errorf("lang = %v", s.Lang)
	}
	s = Update(s, Msg{Kind: MsgToggleMeasure, Arg: m2, Value: "false"}, c, init)
	if !slices.Equal(s.Measures, []string{m1, m3}) {
		t.Errorf("measures after switching m2 off = %v", s.Measures)
	}
	s = Update(s, Msg{Kind: MsgToggleMeasure, Arg: m2, Value: "true"}, c, init)
	if !slices.Equal(s.Measures, []string{m1, m2, m3}) {
		t.Errorf("measures after switching m2 on = %v (want catalogue order)", s.Measures)
	}
	s = Update(s, Msg{Kind: MsgToggleMeasure, Arg: "nope", Value: "true"}, c, init)
	if len(s.Measures) != 3 {
		t.Errorf("unknown measure changed measures: %v", s.Measures)
	}
	s = Update(s, Msg{Kind: MsgSetOverlap, Value: "35"}, c, init)
	if !s.Overlap.Equal(decimal.RequireFromString("0.35")) {
		t.Errorf("overlap = %v, want 0.35", s.Overlap)
	}
	for _, junk := range []string{"", "abc", "-1", "101", "1e3", "NaN", "Infinity"} {
		if s2 := Update(s, Msg{Kind: MsgSetOverlap, Value: junk}, c, init); !s2.Overlap.Equal(s.Overlap) {
			t.Errorf("overlap %q changed the state to %v", junk, s2.Overlap)
		}
	}
	s.Notice = Notice{Kind: BadFragment}
	if s2 := Update(s, Msg{Kind: MsgDismissNotice}, c, init); s2.Notice.Kind != NoNotice {
		t.Errorf("notice not dismissed")
	}
	if s2 := Update(s, Msg{Kind: MsgReset}, c, init); !s2.Equal(init) || s2.Notice.Kind != NoNotice {
		t.Errorf("reset: %+v, want %+v", s2, init)
	}
}

func TestFragmentRoundTrip(t *testing.T) {
	c := testCatalogue(t)
	def := Initial(Config{}, c)
	with := func(f func(s *State)) State { s := def; f(&s); return s }
	states := []State{
		def,
		with(func(s *State) {
			s.Keuze, s.Lang, s.Measures, s.Overlap = "B", budget.English, []string{m1, m3}, decimal.RequireFromString("0.35")
		}),
		with(func(s *State) { s.Keuze, s.Measures, s.Overlap = "", nil, decimal.RequireFromString("1") }),
		with(func(s *State) { s.Keuze, s.Measures, s.Overlap = "D", []string{m2}, decimal.Zero }),
		with(func(s *State) {
			s.Key, s.Ramp, s.Growth = scenario.KeyInhabitants, RampFull, scenario.GrowthClients
			s.Impl = s.Impl.Typed("€ 150.000,50")
			s.Other = s.Other.Typed("250000")
		}),
		with(func(s *State) {
			s.Lang, s.Ramp, s.Growth = budget.English, RampSlow, scenario.GrowthNational
			s.Impl = s.Impl.Typed("0")
		}),
		with(func(s *State) { s.Low, s.Growth = "25", GrowthClientsAll }),
		with(func(s *State) { s.Low, s.Growth = "75", GrowthClients }),
	}
	for _, s := range states {
		for _, param := range []string{"sd", "sd.vergelijk"} {
			frag := "#" + WithParam("inhoud&sd.other=1;k:C", param, s.Fragment())
			got, err := FromFragment(frag, param, def, c)
			if err != nil {
				t.Errorf("FromFragment(%q): %v", frag, err)
				continue
			}
			if !got.Equal(s) {
				t.Errorf("round trip of %q: got %+v, want %+v", frag, got, s)
			}
		}
	}
}

// TestFragmentRealisationAndGrowth: the unfavourable realisation and both
// client growth windows travel in the share link.
func TestFragmentRealisationAndGrowth(t *testing.T) {
	c := testCatalogue(t)
	def := Initial(Config{}, c)
	if !strings.Contains(def.Fragment(), ";p:50;") || !strings.HasSuffix(def.Fragment(), ";g:n") {
		t.Errorf("default fragment %q", def.Fragment())
	}
	for frag, want := range map[string]struct{ low, growth string }{
		"#sd=1;p:25;g:a": {"25", GrowthClientsAll},
		"#sd=1;p:75;g:c": {"75", GrowthClients},
		"#sd=1;g:w":      {"50", GrowthNational},
	} {
		s, err := FromFragment(frag, "sd", def, c)
		if err != nil || s.Low != want.low || s.Growth != want.growth {
			t.Errorf("FromFragment(%q) = low %q growth %q, %v; want %+v", frag, s.Low, s.Growth, err, want)
		}
	}
}

func TestFromFragmentNotOurs(t *testing.T) {
	c := testCatalogue(t)
	def := Initial(Config{Keuze: "C"}, c)
	for _, frag := range []string{"", "#", "#inhoud", "#sd.other=1;k:B", "#sdx=1;k:B", strings.Repeat("x", 10000)} {
		got, err := FromFragment(frag, "sd", def, c)
		if err != nil || !got.Equal(def) || got.Notice.Kind != NoNotice {
			t.Errorf("FromFragment(%.40q) = %+v, %v; want the default without notice", frag, got, err)
		}
	}
}

func TestFromFragmentMalformed(t *testing.T) {
	c := testCatalogue(t)
	def := Initial(Config{Keuze: "C"}, c)
	for _, frag := range []string{
		"#sd=",
		"#sd=2;k:A",
		"#sd=1;k:E",
		"#sd=1;k:a",
		"#sd=1;k",
		"#sd=1;k:A;k:B",
		"#sd=1;l:fr",
		"#sd=1;m:" + m1 + "," + m1,
		"#sd=1;m:m9",
		"#sd=1;m:,",
		"#sd=1;o:1.5",
		"#sd=1;o:-0.1",
		"#sd=1;o:abc",
		"#sd=1;o:0.0000000000001",
		"#sd=1;x:1",
		"#sd=1;d:q",
		"#sd=1;d:published",
		"#sd=1;r:x",
		"#sd=1;g:",
		"#sd=1;g:x",
		"#sd=1;p:30",
		"#sd=1;p:",
		"#sd=1;p:0.5",
		"#sd=1;p:50;p:50",
		"#sd=1;i:-5",
		"#sd=1;i:1.005",
		"#sd=1;i:1e6",
		"#sd=1;i:100000001",
		"#sd=1;e:abc",
		"#sd=1;i:pm;i:pm",
		"#sd=1;e:<b>x</b>",
		"#sd=1;k:A&sd=1;k:B",
		"#sd=%zz",
		"#sd=1;k:<img src=x onerror=alert(1)>",
		"#sd=" + strings.Repeat("1;k:A", 1000),
	} {
		got, err := FromFragment(frag, "sd", def, c)
		if err == nil {
			t.Errorf("FromFragment(%.60q): no error", frag)
			continue
		}
		if !errors.Is(err, ErrMalformedFragment) {
			t.Errorf("FromFragment(%.60q): error %v does not wrap ErrMalformedFragment", frag, err)
		}
		if !got.Equal(def) || got.Notice.Kind != BadFragment || got.Notice.Detail == "" {
			t.Errorf("FromFragment(%.60q) = %+v; want the default with a BadFragment notice", frag, got)
		}
		view := Render(got, c, Env{Param: "sd"})
		if n, ok := view.ByID("sd-notice"); !ok || n.TextContent() == "" {
			t.Errorf("FromFragment(%.60q): no visible notice in the view", frag)
		}
	}
}

func TestFragmentPercentEncoded(t *testing.T) {
	c := testCatalogue(t)
	def := Initial(Config{}, c)
	got, err := FromFragment("#sd=1%3Bk%3AD%3Bl%3Aen", "sd", def, c)
	if err != nil || got.Keuze != "D" || got.Lang != budget.English {
		t.Errorf("percent-encoded link: %+v, %v", got, err)
	}
}

func TestParamName(t *testing.T) {
	for name, want := range map[string]string{"": "sd", "vergelijk": "sd.vergelijk", "a-1": "sd.a-1"} {
		if got, err := ParamName(name); err != nil || got != want {
			t.Errorf("ParamName(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	for _, bad := range []string{"A", "-a", "a b", "a&b", "a=b", strings.Repeat("a", 33), "<x>"} {
		if _, err := ParamName(bad); err == nil {
			t.Errorf("ParamName(%q): no error", bad)
		}
	}
}

func FuzzFromFragment(f *testing.F) {
	c := testCatalogue(f)
	def := Initial(Config{}, c)
	for _, s := range []string{"", "#sd=1;k:A;l:nl;m:" + m1 + "," + m2 + ";o:0.5", "#sd=1;k:-;l:en;m:;o:1", "#inhoud&sd=1;k:B", "#sd=1;o:0.33333", "#sd=%41", "#sd=1;k:A&sd=2",
		"#sd=1;k:A;l:en;m:;o:0.5;d:i;r:f;i:150000.5;e:pm;g:c", "#sd=1;d:p;r:s;i:0;e:99.99;g:w", "#sd=1;i:1.005", "#sd=1;p:25;g:a", "#sd=1;p:75"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, frag string) {
		got, err := FromFragment(frag, "sd", def, c)
		if err != nil {
			if !got.Equal(def) || got.Notice.Kind != BadFragment {
				t.Fatalf("error %v but state %+v is not the default with a notice", err, got)
			}
			return
		}
		// decode → encode → decode is stable.
		again, err := FromFragment("#sd="+got.Fragment(), "sd", def, c)
		if err != nil {
			t.Fatalf("re-reading %q: %v", got.Fragment(), err)
		}
		if !again.Equal(got) || again.Fragment() != got.Fragment() {
			t.Fatalf("unstable: %q → %q", got.Fragment(), again.Fragment())
		}
		_ = Render(got, c, Env{Param: "sd", Frag: frag})
	})
}

// TestFragmentLongForeignParameter: a host page's or another widget's long
// parameter never breaks this widget's share link (found by the hostile
// browser tests), while an over-long value of our own is refused.
func TestFragmentLongForeignParameter(t *testing.T) {
	c := testCatalogue(t)
	def := Initial(Config{}, c)
	long := strings.Repeat("9", 5000)
	for _, frag := range []string{
		"#x=" + long + "&sd=1;k:B;l:nl;m:;o:0.5",
		"#sd.links=" + long + "&sd=1;k:B;l:nl;m:;o:0.5",
		"#" + long + "&sd=1;k:B;l:nl;m:;o:0.5",
	} {
		s, err := FromFragment(frag, "sd", def, c)
		if err != nil || s.Keuze != "B" {
			t.Errorf("FromFragment(%.20s…) = keuze %q, %v; want B", frag, s.Keuze, err)
		}
		// The share link written from it reads back too.
		link := WithParam(frag, "sd", s.Fragment())
		back, err := FromFragment(link, "sd", def, c)
		if err != nil || !back.Equal(s) {
			t.Errorf("share link of %d characters does not read back: %v", len(link), err)
		}
	}
	if _, err := FromFragment("#sd=1;k:B;m:"+long, "sd", def, c); err == nil {
		t.Error("an own value over the limit was read")
	}
}
