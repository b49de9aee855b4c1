// This file drives Debian's chromium (chromedp) against the built site.

package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

const chromium = "/usr/bin/chromium"

// sites are the sites the browser tests use, built once by TestMain.
var sites struct {
	root     string // base "/"
	prefixed string // base "/interleave/"
}

// TestMain builds the site (both bases) when the browser tests can run.
// Without chromium they are skipped, unless INTERLEAVE_BROWSER_TESTS=1 (make
// test, CI) says they must run.
func TestMain(m *testing.M) {
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("INTERLEAVE_BROWSER_TESTS") == "1" {
			fmt.Fprintf(os.Stderr, "browser tests: %s is missing (apt-get install -y chromium)\n", chromium)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "browser tests: skipped, %s is missing (apt-get install -y chromium)\n", chromium)
		os.Exit(m.Run())
	}
	code, err := buildTestSites(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "browser tests: building the site:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func buildTestSites(m *testing.M) (int, error) {
	tmp, err := os.MkdirTemp("", "interleave-site")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	root, err := moduleRoot()
	if err != nil {
		return 0, err
	}
	wasm := filepath.Join(tmp, "wasm")
	if err := compileWasm(root, wasm); err != nil {
		return 0, err
	}
	sites.root, sites.prefixed = filepath.Join(tmp, "root"), filepath.Join(tmp, "prefixed")
	if err := writeSite(root, wasm, sites.root, "/"); err != nil {
		return 0, err
	}
	if err := writeSite(root, wasm, sites.prefixed, "/interleave/"); err != nil {
		return 0, err
	}
	return m.Run(), nil
}

// browser starts a headless chromium with a fresh profile and returns a tab.
func browser(t *testing.T) context.Context {
	t.Helper()
	if sites.root == "" {
		t.Skip("chromium is missing")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 180*time.Second) // a loaded CI machine
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// serveSite serves dir under base on a loopback port.
func serveSite(t *testing.T, dir, base string) *httptest.Server {
	ts := httptest.NewServer(siteHandler(dir, base))
	t.Cleanup(ts.Close)
	return ts
}

// do runs actions and fails the test on error.
func do(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) and returns its
// value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript predicate until it holds.
func waitFor(t *testing.T, ctx context.Context, what, predicate string, timeout time.Duration) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](predicate, chromedp.WithPollingTimeout(timeout))); err != nil {
		t.Fatalf("waiting until %s (%s): %v", what, predicate, err)
	}
}

// waitForApp waits until app.wasm has taken over the page and, on a page
// with a playground, the engine worker is ready.
func waitForApp(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, "app.wasm has started", `!document.getElementById("app-wasm-loader")`, 30*time.Second)
	waitFor(t, ctx, "the engine is ready", `(() => {
		const s = document.getElementById("engine-status");
		return !s || s.textContent === "Ready";
	})()`, 30*time.Second)
}

// setCode replaces the editor's code as typing would.
func setCode(t *testing.T, ctx context.Context, code string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const ed = document.getElementById("editor");
		ed.value = %q;
		ed.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})()`, code))
}

// runAndWait clicks Run and waits for the run to end; it returns the output
// panel's text and the time from the click to the output, measured in the
// page with performance.now.
func runAndWait(t *testing.T, ctx context.Context) (output string, ms float64) {
	t.Helper()
	type result struct {
		Text string  `json:"text"`
		Ms   float64 `json:"ms"`
	}
	r := eval[result](t, ctx, `new Promise((resolve) => {
		const out = document.getElementById("output");
		const done = () => out.querySelector(".exit.ok, .exit.fail, .exit.stopped");
		const t0 = performance.now();
		const obs = new MutationObserver(() => {
			if (done()) { obs.disconnect(); resolve({text: out.innerText, ms: performance.now() - t0}); }
		});
		obs.observe(out, {childList: true, subtree: true, characterData: true});
		document.getElementById("run").click();
	})`)
	return r.Text, r.Ms
}

const hello = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, interleave\")\n}\n"

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("INTERLEAVE_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "interleave-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// TestPrerendered checks the HTML itself: a lesson is readable, code
// included, before any script runs.
func TestPrerendered(t *testing.T) {
	if sites.root == "" {
		t.Skip("chromium is missing")
	}
	ts := serveSite(t, sites.root, "/")
	resp, err := http.Get(ts.URL + "/lessons/goroutines")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	if _, err := fmt.Fprint(&b, mustRead(t, resp)); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	for _, want := range []string{
		"<title>Goroutines · Interleave</title>",
		"is a function call that runs on its own",
		`<textarea`, "go count(&#34;goroutine&#34;)",
		`href="/lessons/channels"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the prerendered page lacks %q", want)
		}
	}
	for path, ct := range map[string]string{"/web/engine.wasm": "application/wasm", "/web/app.wasm": "application/wasm"} {
		resp, err := http.Head(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Type"); got != ct {
			t.Errorf("%s: Content-Type %q, want %q", path, got, ct)
		}
	}
}

func mustRead(t *testing.T, resp *http.Response) string {
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return b.String()
}

// TestLessonPage loads a lesson, checks its prose and the playground, and
// takes screenshots (wide and 360 px).
func TestLessonPage(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	do(t, ctx, "open the lesson", chromedp.Navigate(ts.URL+"/lessons/goroutines"))
	waitForApp(t, ctx)
	text := eval[string](t, ctx, `document.querySelector(".prose").innerText`)
	if !strings.Contains(text, "is a function call that runs on its own") {
		t.Errorf("the lesson's prose is missing; the page says:\n%s", text)
	}
	if code := eval[string](t, ctx, `document.getElementById("editor").value`); !strings.Contains(code, `go count("goroutine")`) {
		t.Errorf("the editor holds %q, want the lesson's example", code)
	}
	out, ms := runAndWait(t, ctx)
	t.Logf("lesson example: click to output %.1f ms; output:\n%s", ms, out)
	screenshot(t, ctx, "lesson-1280.png")
	do(t, ctx, "narrow the window", chromedp.EmulateViewport(360, 800))
	screenshot(t, ctx, "lesson-360.png")
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 360 {
		t.Errorf("at 360 px the page is %d px wide: it scrolls sideways", w)
	}
}

// TestRun runs a program and checks its output, as go run prints it.
func TestRun(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	do(t, ctx, "open the lesson", chromedp.Navigate(ts.URL+"/lessons/channels"))
	waitForApp(t, ctx)
	setCode(t, ctx, hello)
	out, ms := runAndWait(t, ctx)
	t.Logf("hello world: click to output %.1f ms (performance.now in the page)", ms)
	if !strings.HasPrefix(out, "hello, interleave\n") || !strings.Contains(out, "Program exited.") {
		t.Errorf("output panel:\n%s\nwant hello, interleave and a clean exit", out)
	}
	// A second run, with the engine warm.
	_, ms = runAndWait(t, ctx)
	t.Logf("hello world again: click to output %.1f ms", ms)
}

// TestStop runs a program that never ends, stops it, and runs again.
func TestStop(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	do(t, ctx, "open the lesson", chromedp.Navigate(ts.URL+"/lessons/goroutines"))
	waitForApp(t, ctx)
	setCode(t, ctx, "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n")
	eval[bool](t, ctx, `(document.getElementById("run").click(), true)`)
	waitFor(t, ctx, "the run has started", `document.getElementById("engine-status").textContent === "Running…"`, 5*time.Second)
	// The page stays responsive while the worker spins.
	time.Sleep(500 * time.Millisecond)
	t0 := time.Now()
	if n := eval[int](t, ctx, `document.querySelectorAll(".lesson-nav a").length`); n < 2 {
		t.Errorf("lesson list has %d links", n)
	}
	if d := time.Since(t0); d > time.Second {
		t.Errorf("the page took %v to answer during a run", d)
	}
	if ended := eval[bool](t, ctx, `!!document.querySelector("#output .exit.ok, #output .exit.fail")`); ended {
		t.Fatalf("the endless loop ended by itself: %s", eval[string](t, ctx, `document.getElementById("output").innerText`))
	}
	eval[bool](t, ctx, `(document.getElementById("stop").click(), true)`)
	waitFor(t, ctx, "the run is stopped", `!!document.querySelector("#output .exit.stopped")`, 5*time.Second)
	waitFor(t, ctx, "a fresh engine is ready", `document.getElementById("engine-status").textContent === "Ready"`, 30*time.Second)
	setCode(t, ctx, hello)
	out, _ := runAndWait(t, ctx)
	if !strings.HasPrefix(out, "hello, interleave\n") {
		t.Errorf("the run after Stop printed:\n%s", out)
	}
}

// TestEditSurvivesReload edits an example, reloads, and finds the edit.
func TestEditSurvivesReload(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	do(t, ctx, "open the lesson", chromedp.Navigate(ts.URL+"/lessons/goroutines"))
	waitForApp(t, ctx)
	do(t, ctx, "type in the editor",
		chromedp.Click(chromedp.ID("editor")),
		chromedp.KeyEvent("// my edit"),
	)
	do(t, ctx, "reload", chromedp.Reload())
	waitForApp(t, ctx)
	if code := eval[string](t, ctx, `document.getElementById("editor").value`); !strings.Contains(code, "// my edit") {
		t.Errorf("after a reload the editor holds:\n%s", code)
	}
	// Another lesson's example is not affected.
	do(t, ctx, "open lesson 2", chromedp.Navigate(ts.URL+"/lessons/channels"))
	waitForApp(t, ctx)
	if code := eval[string](t, ctx, `document.getElementById("editor").value`); strings.Contains(code, "// my edit") {
		t.Errorf("the edit leaked into lesson 2")
	}
	// Reset puts the lesson's code back, for good.
	do(t, ctx, "back to lesson 1", chromedp.Navigate(ts.URL+"/lessons/goroutines"))
	waitForApp(t, ctx)
	eval[bool](t, ctx, `(document.getElementById("reset").click(), true)`)
	waitFor(t, ctx, "reset", `!document.getElementById("editor").value.includes("// my edit")`, 5*time.Second)
	do(t, ctx, "reload", chromedp.Reload())
	waitForApp(t, ctx)
	if code := eval[string](t, ctx, `document.getElementById("editor").value`); strings.Contains(code, "// my edit") {
		t.Errorf("after Reset and a reload the edit is back")
	}
}

// TestOffline visits once, then takes the server away and reloads.
func TestOffline(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	do(t, ctx, "open the home page", chromedp.Navigate(ts.URL+"/"))
	waitForApp(t, ctx)
	// The service worker caches everything on install; wait for it.
	waitFor(t, ctx, "the service worker is active", `navigator.serviceWorker.controller !== null`, 30*time.Second)
	waitFor(t, ctx, "the cache is filled", `(async () => {
		for (const key of await caches.keys()) {
			const c = await caches.open(key);
			if (await c.match("/web/engine.wasm") && await c.match("/lessons/channels")) return true;
		}
		return false;
	})()`, 30*time.Second)
	ts.Close()
	// No server, and chromium told it is offline (service worker included).
	yes := true
	if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &yes,
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	}); err != nil {
		t.Fatalf("emulating offline: %v", err)
	}
	do(t, ctx, "open lesson 2 offline", chromedp.Navigate(ts.URL+"/lessons/channels"))
	waitForApp(t, ctx)
	if text := eval[string](t, ctx, `document.querySelector(".prose").innerText`); !strings.Contains(text, "A send is a meeting") {
		t.Errorf("offline, the lesson's prose is missing:\n%s", text)
	}
	out, ms := runAndWait(t, ctx)
	t.Logf("offline run: %.1f ms; output:\n%s", ms, out)
	if !strings.Contains(out, "Program exited") {
		t.Errorf("offline, the run did not finish:\n%s", out)
	}
}

// TestBase serves a site built with -base /interleave/ under that prefix.
func TestBase(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.prefixed, "/interleave/")
	do(t, ctx, "open lesson 2 under the prefix", chromedp.Navigate(ts.URL+"/interleave/lessons/channels"))
	waitForApp(t, ctx)
	if text := eval[string](t, ctx, `document.querySelector(".prose").innerText`); !strings.Contains(text, "A send is a meeting") {
		t.Errorf("the lesson's prose is missing:\n%s", text)
	}
	do(t, ctx, "follow the link to lesson 1", chromedp.Click(`.lesson-nav a[href$="/lessons/goroutines"]`))
	waitFor(t, ctx, "lesson 1 is shown", `document.querySelector(".prose h1").textContent === "Goroutines"`, 10*time.Second)
	if p := eval[string](t, ctx, `location.pathname`); p != "/interleave/lessons/goroutines" {
		t.Errorf("after the link, the address is %s", p)
	}
	out, _ := runAndWait(t, ctx)
	if !strings.Contains(out, "Program exited") {
		t.Errorf("the run did not finish:\n%s", out)
	}
	do(t, ctx, "reload", chromedp.Reload())
	waitForApp(t, ctx)
	if h := eval[string](t, ctx, `document.querySelector(".prose h1").textContent`); h != "Goroutines" {
		t.Errorf("after a reload the page shows %q", h)
	}
	resp, err := http.Get(ts.URL + "/lessons/goroutines")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("outside the prefix: status %d, want 404", resp.StatusCode)
	}
}
