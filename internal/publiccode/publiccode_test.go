package publiccode

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"

	"github.com/hilversum/sociaaldomein/budget"
)

// root is the repository root, seen from this package's directory (go test
// runs a package's tests in its directory).
const root = "../.."

// file is publiccode.yml as the standard (version 0.5) defines it, for the
// keys a codebase like this one can use. Decoding is strict: a key that is
// not here, such as a misspelt one, is an error. A key the standard has and
// this struct lacks is added when the file needs it.
type file struct {
	PubliccodeYmlVersion string   `yaml:"publiccodeYmlVersion"`
	Name                 string   `yaml:"name"`
	ApplicationSuite     string   `yaml:"applicationSuite"`
	URL                  string   `yaml:"url"`
	LandingURL           string   `yaml:"landingURL"`
	SoftwareVersion      string   `yaml:"softwareVersion"`
	ReleaseDate          string   `yaml:"releaseDate"`
	Logo                 string   `yaml:"logo"`
	Platforms            []string `yaml:"platforms"`
	Categories           []string `yaml:"categories"`
	UsedBy               []string `yaml:"usedBy"`
	Roadmap              string   `yaml:"roadmap"`
	DevelopmentStatus    string   `yaml:"developmentStatus"`
	SoftwareType         string   `yaml:"softwareType"`
	IntendedAudience     struct {
		Countries            []string `yaml:"countries"`
		UnsupportedCountries []string `yaml:"unsupportedCountries"`
		Scope                []string `yaml:"scope"`
	} `yaml:"intendedAudience"`
	Description map[string]*description `yaml:"description"`
	Legal       struct {
		License            string `yaml:"license"`
		MainCopyrightOwner string `yaml:"mainCopyrightOwner"`
		RepoOwner          string `yaml:"repoOwner"`
	} `yaml:"legal"`
	Maintenance struct {
		Type        string `yaml:"type"`
		Contractors []struct {
			Name    string `yaml:"name"`
			Until   string `yaml:"until"`
			Email   string `yaml:"email"`
			Website string `yaml:"website"`
		} `yaml:"contractors"`
		Contacts []struct {
			Name        string `yaml:"name"`
			Email       string `yaml:"email"`
			Phone       string `yaml:"phone"`
			Affiliation string `yaml:"affiliation"`
		} `yaml:"contacts"`
	} `yaml:"maintenance"`
	Localisation struct {
		LocalisationReady  *bool    `yaml:"localisationReady"` // nil: missing
		AvailableLanguages []string `yaml:"availableLanguages"`
	} `yaml:"localisation"`
	DependsOn struct {
		Open        []dependency `yaml:"open"`
		Proprietary []dependency `yaml:"proprietary"`
		Hardware    []dependency `yaml:"hardware"`
	} `yaml:"dependsOn"`
	Organisation *struct {
		Name string `yaml:"name"`
		URI  string `yaml:"uri"`
	} `yaml:"organisation"`
}

type description struct {
	LocalisedName    string   `yaml:"localisedName"`
	ShortDescription string   `yaml:"shortDescription"`
	LongDescription  string   `yaml:"longDescription"`
	Documentation    string   `yaml:"documentation"`
	APIDocumentation string   `yaml:"apiDocumentation"`
	Features         []string `yaml:"features"`
	Screenshots      []string `yaml:"screenshots"`
	Videos           []string `yaml:"videos"`
	Awards           []string `yaml:"awards"`
}

type dependency struct {
	Name       string `yaml:"name"`
	VersionMin string `yaml:"versionMin"`
	VersionMax string `yaml:"versionMax"`
	Version    string `yaml:"version"`
	Optional   bool   `yaml:"optional"`
}

// The lengths the standard sets for the descriptions, in characters.
const (
	maxShort = 150
	minLong  = 150
	maxLong  = 10000
)

// The standard's enumerations and controlled vocabularies (version 0.5).
var (
	versions           = []string{"0.4", "0.4.0", "0.5", "0.5.0"}
	platforms          = []string{"web", "windows", "mac", "linux", "ios", "android"}
	developmentStatus  = []string{"concept", "development", "beta", "stable", "obsolete"}
	softwareTypes      = []string{"standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles"}
	maintenanceTypes   = []string{"internal", "contract", "community", "none"}
	screenshotFormats  = []string{".png", ".jpg", ".jpeg"}
	scopes             = []string{"agriculture", "culture", "defence", "education", "emergency-services", "employment", "energy", "environment", "finance-and-economic-development", "foreign-affairs", "healthcare", "infrastructures", "justice", "local-authorities", "manufacturing", "research", "science-and-technology", "security", "society", "sport", "tourism", "transportation", "welfare"}
	categories         = strings.Fields(categoryList)
	bcp47              = regexp.MustCompile(`^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$`) // language[-Script][-REGION], the subset this file may use
	semver             = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`)
	releaseHeading     = regexp.MustCompile(`^## \[([^\]]+)\] - ([0-9]{4}-[0-9]{2}-[0-9]{2})$`)
	goDirective        = regexp.MustCompile(`(?m)^go ([0-9]+\.[0-9]+)(\.[0-9]+)?\s*$`)
	modulePathLine     = regexp.MustCompile(`(?m)^module (\S+)\s*$`)
	errNoReleaseInNews = errors.New("CHANGELOG.md names no release (## [x.y.z] - YYYY-MM-DD)")
)

const categoryList = `accounting agile-project-management applicant-tracking application-development
appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence
business-process-management cad call-center-management cloud-management collaboration communications
compliance-management contact-management content-management crm customer-service-and-support
data-analytics data-collection data-visualization design design-system digital-asset-management
digital-citizenship document-management donor-management e-commerce e-signature educational-content
email-management email-marketing employee-management enterprise-project-management
enterprise-social-networking erp event-management facility-management feedback-and-reviews-management
financial-reporting fleet-management fundraising gamification geographic-information-systems
grant-management graphic-design help-desk hr ide identity-management instant-messaging
inventory-management it-asset-management it-development it-management it-security
it-service-management knowledge-management learning-management-system marketing mind-mapping
mobile-marketing mobile-payment network-management office online-booking online-community
payment-gateway payroll predictive-analysis procurement productivity-suite project-collaboration
project-management property-management real-estate-management remote-support resource-management
sales-management seo service-desk social-media-management survey talent-management task-management
taxes-management test-management time-management time-tracking translation video-conferencing
video-editing visitor-management voip warehouse-management web-collaboration web-conferencing
website-builder whistleblowing workflow-management`

// licenceTitles maps the SPDX identifiers this repository may declare to
// the first line of their licence text, as the SPDX licence list gives it:
// legal.license must be one of them, and LICENSE must start with its title.
var licenceTitles = map[string]string{
	"EUPL-1.2": "EUROPEAN UNION PUBLIC LICENCE v. 1.2",
}

// repo is what the checks compare the file with, read from the repository.
type repo struct {
	modulePath  string // go.mod's module path
	goVersion   string // go.mod's go directive, major.minor: "1.25"
	licence     string // LICENSE's first line
	release     string // CHANGELOG.md's newest release: "0.1.0"
	releaseDate string // and its date
	exists      func(path string) bool
	languages   []string // the primary language subtags of the calculator's locales
}

// parse decodes a publiccode.yml strictly: one document, UTF-8, no unknown
// keys, every value of the type the standard gives it.
func parse(b []byte) (*file, error) {
	if !utf8.Valid(b) {
		return nil, errors.New("publiccode.yml is not UTF-8")
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var f file
	if err := dec.Decode(&f); err != nil {
		return nil, err
	}
	var more any
	switch err := dec.Decode(&more); {
	case err == nil:
		return nil, errors.New("publiccode.yml holds more than one YAML document")
	case !errors.Is(err, io.EOF):
		return nil, fmt.Errorf("after the first YAML document: %w", err)
	}
	return &f, nil
}

// check returns every problem of f, each naming the key.
func (f *file) check(r repo) []string {
	var ps []string
	bad := func(key, format string, a ...any) {
		ps = append(ps, key+": "+fmt.Sprintf(format, a...))
	}
	oneOf := func(key, v string, allowed []string) {
		if !slices.Contains(allowed, v) {
			bad(key, "%q is not one of %q", v, allowed)
		}
	}
	httpsURL := func(key, v string) {
		u, err := url.Parse(v)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			bad(key, "%q is not an absolute https URL", v)
		}
	}
	date := func(key, v string) {
		if t, err := time.Parse(time.DateOnly, v); err != nil || t.Format(time.DateOnly) != v {
			bad(key, "%q is not a date YYYY-MM-DD", v)
		}
	}
	language := func(key, v string) {
		if !bcp47.MatchString(v) {
			bad(key, "%q is not a BCP 47 language tag (language[-Script][-REGION])", v)
		}
	}

	oneOf("publiccodeYmlVersion", f.PubliccodeYmlVersion, versions)
	if strings.TrimSpace(f.Name) == "" {
		bad("name", "missing")
	}
	httpsURL("url", f.URL)
	if want := "https://" + r.modulePath; f.URL != want {
		bad("url", "%q, but the module path says %q", f.URL, want)
	}
	if f.LandingURL != "" {
		httpsURL("landingURL", f.LandingURL)
	}

	// The version is optional, but this file gives one: then it and its date
	// are the newest release of CHANGELOG.md.
	if f.SoftwareVersion != "" || f.ReleaseDate != "" {
		date("releaseDate", f.ReleaseDate)
		if f.SoftwareVersion != r.release || f.ReleaseDate != r.releaseDate {
			bad("softwareVersion", "%q of %q, but CHANGELOG.md's newest release is %q of %q", f.SoftwareVersion, f.ReleaseDate, r.release, r.releaseDate)
		}
	}

	if len(f.Platforms) == 0 {
		bad("platforms", "missing")
	}
	for i, p := range f.Platforms {
		oneOf(fmt.Sprintf("platforms[%d]", i), p, platforms)
	}
	if len(f.Categories) == 0 {
		bad("categories", "missing")
	}
	for i, c := range f.Categories {
		oneOf(fmt.Sprintf("categories[%d]", i), c, categories)
	}
	for i, s := range f.IntendedAudience.Scope {
		oneOf(fmt.Sprintf("intendedAudience.scope[%d]", i), s, scopes)
	}
	oneOf("developmentStatus", f.DevelopmentStatus, developmentStatus)
	oneOf("softwareType", f.SoftwareType, softwareTypes)

	if len(f.Description) == 0 {
		bad("description", "missing: at least one language")
	}
	langs := make([]string, 0, len(f.Description))
	for l := range f.Description {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	for _, l := range langs {
		d, key := f.Description[l], "description."+l
		language(key, l)
		if d == nil {
			bad(key, "empty")
			continue
		}
		switch n := utf8.RuneCountInString(d.ShortDescription); {
		case strings.TrimSpace(d.ShortDescription) == "":
			bad(key+".shortDescription", "missing")
		case n > maxShort:
			bad(key+".shortDescription", "%d characters, at most %d", n, maxShort)
		case strings.Contains(d.ShortDescription, "\n"):
			bad(key+".shortDescription", "not a single line")
		}
		// Mandatory "for at least one language"; this file gives every
		// language its own.
		if n := utf8.RuneCountInString(d.LongDescription); n < minLong || n > maxLong {
			bad(key+".longDescription", "%d characters, must be %d to %d", n, minLong, maxLong)
		}
		if len(d.Features) == 0 {
			bad(key+".features", "missing")
		}
		for i, ft := range d.Features {
			if strings.TrimSpace(ft) == "" {
				bad(fmt.Sprintf("%s.features[%d]", key, i), "empty")
			}
		}
		for k, v := range map[string]string{"documentation": d.Documentation, "apiDocumentation": d.APIDocumentation} {
			if v != "" {
				httpsURL(key+"."+k, v)
			}
		}
		for i, s := range d.Screenshots {
			k := fmt.Sprintf("%s.screenshots[%d]", key, i)
			oneOf(k+" (format)", strings.ToLower(filepath.Ext(s)), screenshotFormats)
			if strings.Contains(s, "://") {
				httpsURL(k, s)
			} else if filepath.IsAbs(s) || !r.exists(s) {
				bad(k, "%q is not a file of the repository", s)
			}
		}
	}

	if title, ok := licenceTitles[f.Legal.License]; !ok {
		bad("legal.license", "%q is not an SPDX identifier this test knows (%v)", f.Legal.License, keys(licenceTitles))
	} else if r.licence != title {
		bad("legal.license", "%q, but LICENSE starts with %q", f.Legal.License, r.licence)
	}

	oneOf("maintenance.type", f.Maintenance.Type, maintenanceTypes)
	switch f.Maintenance.Type {
	case "internal", "community":
		if len(f.Maintenance.Contacts) == 0 {
			bad("maintenance.contacts", "mandatory for type %q", f.Maintenance.Type)
		}
	case "contract":
		if len(f.Maintenance.Contractors) == 0 {
			bad("maintenance.contractors", "mandatory for type contract")
		}
	}
	for i, c := range f.Maintenance.Contacts {
		if strings.TrimSpace(c.Name) == "" {
			bad(fmt.Sprintf("maintenance.contacts[%d].name", i), "missing")
		}
	}
	for i, c := range f.Maintenance.Contractors {
		if strings.TrimSpace(c.Name) == "" {
			bad(fmt.Sprintf("maintenance.contractors[%d].name", i), "missing")
		}
		date(fmt.Sprintf("maintenance.contractors[%d].until", i), c.Until)
	}

	if f.Localisation.LocalisationReady == nil {
		bad("localisation.localisationReady", "missing")
	}
	if len(f.Localisation.AvailableLanguages) == 0 {
		bad("localisation.availableLanguages", "missing")
	}
	for i, l := range f.Localisation.AvailableLanguages {
		language(fmt.Sprintf("localisation.availableLanguages[%d]", i), l)
	}
	if got, want := sorted(f.Localisation.AvailableLanguages), sorted(r.languages); !slices.Equal(got, want) {
		bad("localisation.availableLanguages", "%q, but the calculator speaks %q", got, want)
	}

	for k, ds := range map[string][]dependency{"open": f.DependsOn.Open, "proprietary": f.DependsOn.Proprietary, "hardware": f.DependsOn.Hardware} {
		for i, d := range ds {
			if strings.TrimSpace(d.Name) == "" {
				bad(fmt.Sprintf("dependsOn.%s[%d].name", k, i), "missing")
			}
		}
	}
	goDep := false
	for i, d := range f.DependsOn.Open {
		if d.Name == "Go" {
			goDep = true
			if d.VersionMin != r.goVersion {
				bad(fmt.Sprintf("dependsOn.open[%d].versionMin", i), "%q, but go.mod's go directive is %s", d.VersionMin, r.goVersion)
			}
		}
	}
	if !goDep {
		bad("dependsOn.open", "does not name Go")
	}

	if o := f.Organisation; o != nil && strings.TrimSpace(o.URI) == "" {
		bad("organisation.uri", "missing")
	}
	return ps
}

func keys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return sorted(ks)
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readRepo reads what the checks compare the file with.
func readRepo(t *testing.T) repo {
	t.Helper()
	r := repo{exists: func(p string) bool {
		fi, err := os.Stat(filepath.Join(root, filepath.FromSlash(p)))
		return err == nil && fi.Mode().IsRegular()
	}}
	gomod := read(t, "go.mod")
	m := modulePathLine.FindSubmatch(gomod)
	g := goDirective.FindSubmatch(gomod)
	if m == nil || g == nil {
		t.Fatalf("go.mod: no module path or go directive")
	}
	r.modulePath, r.goVersion = string(m[1]), string(g[1])
	r.licence, _, _ = strings.Cut(string(read(t, "LICENSE")), "\n")
	r.licence = strings.TrimSpace(r.licence)
	var err error
	if r.release, r.releaseDate, err = newestRelease(read(t, "CHANGELOG.md")); err != nil {
		t.Fatal(err)
	}
	for _, l := range []budget.Locale{budget.Dutch, budget.English} {
		primary, _, _ := strings.Cut(l.String(), "-")
		r.languages = append(r.languages, primary)
	}
	return r
}

// newestRelease returns the first release heading of a Keep a Changelog
// file, skipping [Unreleased].
func newestRelease(changelog []byte) (version, date string, err error) {
	sc := bufio.NewScanner(bytes.NewReader(changelog))
	for sc.Scan() {
		if m := releaseHeading.FindStringSubmatch(sc.Text()); m != nil {
			return m[1], m[2], nil
		}
	}
	return "", "", errNoReleaseInNews
}

// TestPubliccodeYml: the repository's publiccode.yml meets the standard and
// agrees with go.mod, LICENSE, CHANGELOG.md and the calculator.
func TestPubliccodeYml(t *testing.T) {
	f, err := parse(read(t, "publiccode.yml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.check(readRepo(t)) {
		t.Error(p)
	}
}

// TestPubliccodeYmlChecksFail: each check rejects a file that breaks its
// rule, so that TestPubliccodeYml can fail.
func TestPubliccodeYmlChecksFail(t *testing.T) {
	orig := read(t, "publiccode.yml")
	r := readRepo(t)
	if _, err := parse(orig); err != nil {
		t.Fatal(err)
	}

	// Broken YAML or keys the standard does not define: parse fails.
	for name, edit := range map[string]func(string) string{
		"misspelt key": func(s string) string {
			return strings.Replace(s, "developmentStatus:", "developmentstatus:", 1)
		},
		"unknown key": func(s string) string { return s + "\nlogoURL: x.svg\n" },
		"wrong type": func(s string) string {
			return strings.Replace(s, "localisationReady: true", "localisationReady: [true]", 1)
		},
		"two documents":         func(s string) string { return s + "\n---\nname: x\n" },
		"not UTF-8":             func(s string) string { return s + "\n# \xff\n" },
		"indentation":           func(s string) string { return strings.Replace(s, "\n  license:", "\nlicense:", 1) },
		"duplicate key":         func(s string) string { return s + "\nname: other\n" },
		"tab instead of spaces": func(s string) string { return strings.Replace(s, "\n  type:", "\n\ttype:", 1) },
	} {
		s := edit(string(orig))
		if s == string(orig) {
			t.Errorf("%s: the edit changed nothing; update the test", name)
			continue
		}
		if _, err := parse([]byte(s)); err == nil {
			t.Errorf("%s: parsed without error", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}

	// Valid YAML that breaks a rule, or a repository that no longer agrees
	// with an unchanged file: check names the key.
	for _, tc := range []struct {
		key  string
		file func(*file)
		repo func(*repo)
	}{
		{key: "publiccodeYmlVersion", file: func(f *file) { f.PubliccodeYmlVersion = "0.3" }},
		{key: "name", file: func(f *file) { f.Name = " " }},
		{key: "url", file: func(f *file) { f.URL = "http://github.com/hilversum/sociaaldomein" }},
		{key: "url", file: func(f *file) { f.URL = "https://github.com/someone/else" }},
		{key: "releaseDate", file: func(f *file) { f.ReleaseDate = "2026-12-1" }},
		{key: "releaseDate", file: func(f *file) { f.ReleaseDate = "2026-02-30" }},
		{key: "softwareVersion", file: func(f *file) { f.SoftwareVersion = "0.2.0" }},
		{key: "softwareVersion", file: func(f *file) { f.ReleaseDate = "2026-11-30" }},
		{key: "platforms", file: func(f *file) { f.Platforms = nil }},
		{key: "platforms[0]", file: func(f *file) { f.Platforms = []string{"browser"} }},
		{key: "categories", file: func(f *file) { f.Categories = nil }},
		{key: "categories[0]", file: func(f *file) { f.Categories = []string{"finance"} }},
		{key: "intendedAudience.scope[0]", file: func(f *file) { f.IntendedAudience.Scope = []string{"municipalities"} }},
		{key: "developmentStatus", file: func(f *file) { f.DevelopmentStatus = "alpha" }},
		{key: "softwareType", file: func(f *file) { f.SoftwareType = "standalone" }},
		{key: "description", file: func(f *file) { f.Description = nil }},
		{key: "description.NL", file: func(f *file) { f.Description["NL"] = f.Description["nl"] }},
		{key: "description.nl.shortDescription", file: func(f *file) { f.Description["nl"].ShortDescription = "" }},
		{key: "description.nl.shortDescription", file: func(f *file) { f.Description["nl"].ShortDescription = strings.Repeat("é", maxShort+1) }},
		{key: "description.en.shortDescription", file: func(f *file) { f.Description["en"].ShortDescription = "one\ntwo" }},
		{key: "description.en.longDescription", file: func(f *file) { f.Description["en"].LongDescription = strings.Repeat("x", minLong-1) }},
		{key: "description.en.longDescription", file: func(f *file) { f.Description["en"].LongDescription = strings.Repeat("x", maxLong+1) }},
		{key: "description.nl.features", file: func(f *file) { f.Description["nl"].Features = nil }},
		{key: "description.nl.features[0]", file: func(f *file) { f.Description["nl"].Features[0] = "" }},
		{key: "description.en.documentation", file: func(f *file) { f.Description["en"].Documentation = "README.md" }},
		{key: "description.en.screenshots[0]", file: func(f *file) { f.Description["en"].Screenshots = []string{"docs/missing.png"} }},
		{key: "description.en.screenshots[0] (format)", file: func(f *file) { f.Description["en"].Screenshots = []string{"docs/calculator.gif"} }},
		{key: "legal.license", file: func(f *file) { f.Legal.License = "EUPL 1.2" }},
		{key: "legal.license", file: func(f *file) { f.Legal.License = "" }},
		{key: "maintenance.type", file: func(f *file) { f.Maintenance.Type = "municipal" }},
		{key: "maintenance.contacts", file: func(f *file) { f.Maintenance.Type = "internal"; f.Maintenance.Contacts = nil }},
		{key: "maintenance.contractors", file: func(f *file) { f.Maintenance.Type = "contract"; f.Maintenance.Contractors = nil }},
		{key: "localisation.localisationReady", file: func(f *file) { f.Localisation.LocalisationReady = nil }},
		{key: "localisation.availableLanguages", file: func(f *file) { f.Localisation.AvailableLanguages = nil }},
		{key: "localisation.availableLanguages", file: func(f *file) { f.Localisation.AvailableLanguages = []string{"nl"} }},
		{key: "localisation.availableLanguages[1]", file: func(f *file) { f.Localisation.AvailableLanguages = []string{"nl", "english"} }},
		{key: "dependsOn.open", file: func(f *file) { f.DependsOn.Open = nil }},
		{key: "dependsOn.open[0].versionMin", file: func(f *file) { f.DependsOn.Open[0].VersionMin = "1.26" }},
		{key: "dependsOn.open[1].name", file: func(f *file) { f.DependsOn.Open = append(f.DependsOn.Open, dependency{}) }},
		{key: "legal.license", repo: func(r *repo) { r.licence = "Apache License" }},
		{key: "softwareVersion", repo: func(r *repo) { r.release = "0.2.0" }},
		{key: "dependsOn.open[0].versionMin", repo: func(r *repo) { r.goVersion = "1.27" }},
		{key: "url", repo: func(r *repo) { r.modulePath = "example.org/fork" }},
		{key: "localisation.availableLanguages", repo: func(r *repo) { r.languages = append(r.languages, "fy") }},
		{key: "description.en.screenshots[0]", repo: func(r *repo) { r.exists = func(string) bool { return false } }},
	} {
		f, err := parse(orig) // a fresh copy: edits change maps and slices in place
		if err != nil {
			t.Fatal(err)
		}
		r := r
		if tc.file != nil {
			tc.file(f)
		}
		if tc.repo != nil {
			tc.repo(&r)
		}
		ps := f.check(r)
		if !slices.ContainsFunc(ps, func(p string) bool { return strings.HasPrefix(p, tc.key+": ") }) {
			t.Errorf("%s: an edit that breaks it passes (problems: %q)", tc.key, ps)
		}
	}
}

// TestNewestRelease: the CHANGELOG.md reader skips [Unreleased] and needs a
// dated release.
func TestNewestRelease(t *testing.T) {
	v, d, err := newestRelease([]byte("# Changelog\n\n## [Unreleased]\n\n## [1.2.3] - 2027-01-31\n\n## [1.2.2] - 2026-12-01\n"))
	if v != "1.2.3" || d != "2027-01-31" || err != nil {
		t.Errorf("got %q %q %v, want 1.2.3 2027-01-31", v, d, err)
	}
	for _, s := range []string{"## [Unreleased]\n", "## 1.2.3 - 2027-01-31\n", "## [1.2.3]\n", ""} {
		if _, _, err := newestRelease([]byte(s)); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
}

// TestChangelog: CHANGELOG.md follows Keep a Changelog: every version heading
// is [Unreleased] or a [semver] with its date, newest first, each with a link
// at the bottom, and every section heading is one of the six kinds.
func TestChangelog(t *testing.T) {
	b := read(t, "CHANGELOG.md")
	var versions []string
	var dates []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			if line == "## [Unreleased]" {
				if len(versions) > 0 {
					t.Errorf("%q after a release", line)
				}
				versions = append(versions, "Unreleased")
				continue
			}
			m := releaseHeading.FindStringSubmatch(line)
			if m == nil || !semver.MatchString(m[1]) {
				t.Errorf("%q is not \"## [x.y.z] - YYYY-MM-DD\"", line)
				continue
			}
			if _, err := time.Parse(time.DateOnly, m[2]); err != nil {
				t.Errorf("%q: %v", line, err)
			}
			if len(dates) > 0 && m[2] > dates[len(dates)-1] {
				t.Errorf("%q: newer than the release above it", line)
			}
			versions, dates = append(versions, m[1]), append(dates, m[2])
		case strings.HasPrefix(line, "### "):
			if kind := strings.TrimPrefix(line, "### "); !slices.Contains([]string{"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}, kind) {
				t.Errorf("%q is not a Keep a Changelog section", line)
			}
		}
	}
	if len(dates) == 0 {
		t.Fatal(errNoReleaseInNews)
	}
	for _, v := range versions {
		if !bytes.Contains(b, []byte("\n["+v+"]: https://")) {
			t.Errorf("no link for [%s] at the bottom", v)
		}
	}
}

// TestSPDXHeaders: every web asset that carries a comment header (the
// scripts, style sheets and pages under wasm/web) starts with the SPDX line
// of the licence publiccode.yml declares.
func TestSPDXHeaders(t *testing.T) {
	f, err := parse(read(t, "publiccode.yml"))
	if err != nil {
		t.Fatal(err)
	}
	want := "SPDX-License-Identifier: " + f.Legal.License
	n := 0
	err = filepath.WalkDir(filepath.Join(root, "wasm", "web"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !slices.Contains([]string{".js", ".css", ".html"}, filepath.Ext(p)) {
			return err
		}
		n++
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		head := strings.SplitN(string(b), "\n", 3)
		if !slices.ContainsFunc(head[:min(2, len(head))], func(l string) bool { return strings.Contains(l, want) }) {
			t.Errorf("%s: no %q in its first two lines", p, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no web assets found under wasm/web")
	}
}
