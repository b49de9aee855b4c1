// This file drives manual mode (Step) in chromium: pick goroutines, Run to
// end, Replay, Stop.

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// settled is the output panel once a click has been answered.
type settled struct {
	Text string  `json:"text"` // the output panel's text
	Ms   float64 `json:"ms"`   // from the click to the answer, performance.now in the page
	T0   float64 `json:"t0"`   // performance.now at the click
}

// clickAndSettle clicks the element sel and waits until the output panel
// shows a new pause, end or stop.
func clickAndSettle(t *testing.T, ctx context.Context, sel string) settled {
	t.Helper()
	return eval[settled](t, ctx, fmt.Sprintf(`new Promise((resolve) => {
		// The output panel may be replaced as the panels above it come and
		// go: look it up each time.
		const status = () => document.querySelector("#output :is(.exit.paused, .exit.ok, .exit.fail, .exit.stopped)");
		const before = status() ? status().textContent : "";
		const t0 = performance.now();
		const obs = new MutationObserver(() => {
			const s = status();
			if (s && s.textContent !== before) {
				obs.disconnect();
				resolve({text: document.getElementById("output").innerText, ms: performance.now() - t0, t0: t0});
			}
		});
		obs.observe(document.getElementById("playground"), {childList: true, subtree: true, characterData: true});
		document.querySelector(%q).click();
	})`, sel))
}

// screenshotPlayground saves a picture of the playground alone.
func screenshotPlayground(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.Screenshot("#playground"))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := os.Getenv("INTERLEAVE_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "interleave-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// option is one button of the choice list.
type option struct {
	G    int    `json:"g"`
	Text string `json:"text"`
}

func options(t *testing.T, ctx context.Context) []option {
	t.Helper()
	return eval[[]option](t, ctx, `[...document.querySelectorAll("#choices button.choice")].map(
		(b) => ({g: +b.dataset.g, text: b.querySelector(".choice-label").textContent}))`)
}

// engineMs is the worker's time for the last step, as the page got it.
func engineMs(t *testing.T, ctx context.Context) string {
	return eval[string](t, ctx, `document.getElementById("manual").dataset.ms`)
}

func eventCount(t *testing.T, ctx context.Context) int {
	t.Helper()
	return eval[int](t, ctx, `document.querySelectorAll("#events .event:not(.more)").length`)
}

// stdout is the output panel without its status line.
func stdout(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `[...document.querySelectorAll("#output pre")].map((p) => p.textContent).join("")`)
}

var optionText = regexp.MustCompile(`^goroutine \d+ · .+ · line \d+$`)

// TestManualMode steps lesson 1's example, always picking the goroutine
// main starts, until it prints; then Run to end, and Replay gives the
// same output.
func TestManualMode(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	do(t, ctx, "open the lesson", chromedp.Navigate(ts.URL+"/lessons/goroutines"))
	waitForApp(t, ctx)
	s := clickAndSettle(t, ctx, "#step")
	t.Logf("Step: click to choice %.1f ms (engine %s ms)", s.Ms, engineMs(t, ctx))
	if !strings.Contains(s.Text, "Paused at choice 1") {
		t.Fatalf("after Step the output says:\n%s", s.Text)
	}
	opts := options(t, ctx)
	if len(opts) < 2 {
		t.Fatalf("choice 1 offers %+v", opts)
	}
	for _, o := range opts {
		if !optionText.MatchString(o.Text) {
			t.Errorf("option %q does not read `goroutine 7 · op · line 12`", o.Text)
		}
	}
	// Pick the goroutine running count("goroutine") until it has printed.
	var stepMs []float64
	var picked int
	var lastSel string
	listChanged, eventsGrew := false, false
	for n := 0; !strings.Contains(stdout(t, ctx), "goroutine 1\n"); n++ {
		if n > 60 {
			t.Fatalf("after %d picks the output is %q", n, stdout(t, ctx))
		}
		opts = options(t, ctx)
		if len(opts) == 0 {
			t.Fatalf("the run ended before the goroutine printed:\n%s", stdout(t, ctx))
		}
		sel := fmt.Sprintf(`#choices button.choice[data-option="0"]`)
		for i, o := range opts {
			if o.G != 1 {
				sel, picked = fmt.Sprintf(`#choices button.choice[data-option="%d"]`, i), o.G
				break
			}
		}
		before := eventCount(t, ctx)
		lastSel = sel
		s := clickAndSettle(t, ctx, sel)
		if fmt.Sprint(options(t, ctx)) != fmt.Sprint(opts) {
			listChanged = true
		}
		stepMs = append(stepMs, s.Ms)
		t.Logf("pick %d: click to next choice %.1f ms (engine %s ms)", n+1, s.Ms, engineMs(t, ctx))
		after := eventCount(t, ctx)
		if !strings.Contains(s.Text, fmt.Sprintf("Paused at choice %d", n+2)) && !strings.Contains(s.Text, "Program exited") {
			t.Fatalf("pick %d: the output says:\n%s", n+1, s.Text)
		}
		if after < before {
			t.Fatalf("pick %d: the event list shrank from %d to %d", n+1, before, after)
		}
		eventsGrew = eventsGrew || after > before
	}
	if !listChanged || !eventsGrew {
		t.Errorf("while picking, the choices changed: %v; the events grew: %v", listChanged, eventsGrew)
	}
	if picked == 0 {
		t.Fatal("never picked the new goroutine")
	}
	if strings.HasPrefix(stdout(t, ctx), "main") {
		t.Errorf("main printed first, though the goroutine was picked: %q", stdout(t, ctx))
	}
	// The keyboard focus is on the choices, so Enter picks the first.
	do(t, ctx, "focus settles", chromedp.Sleep(50*time.Millisecond))
	if !eval[bool](t, ctx, `!!document.activeElement.closest("#choices")`) {
		t.Errorf("after a step the focus is on %s", eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`))
	}
	// The scheduler may answer one choice.
	n := len(stepMs) + 1 // the choice the page is paused at
	s = clickAndSettle(t, ctx, "#scheduler-picks")
	if !strings.Contains(s.Text, fmt.Sprintf("Paused at choice %d", n+1)) && !strings.Contains(s.Text, "Program exited") {
		t.Fatalf("after Scheduler picks the output says:\n%s", s.Text)
	}
	var sum, worst float64
	for _, ms := range stepMs {
		sum += ms
		worst = max(worst, ms)
	}
	t.Logf("%d picks: click to next choice %.1f ms on average, %.1f ms at worst", len(stepMs), sum/float64(len(stepMs)), worst)
	// The event list says who did what.
	evs := eval[string](t, ctx, `document.getElementById("events").innerText`)
	if !strings.Contains(evs, fmt.Sprintf("g%d", picked)) || !strings.Contains(evs, `print "goroutine 1\n"`) {
		t.Errorf("the event list lacks g%d printing:\n%s", picked, evs)
	}
	// Back returns to the previous choice without the worker; the same
	// pick again leads to the same place.
	atChoice, events, out := eval[string](t, ctx, `document.querySelector("#output .exit").textContent`), eventCount(t, ctx), stdout(t, ctx)
	s = clickAndSettle(t, ctx, "#step-back")
	t.Logf("Back: click to previous choice %.1f ms", s.Ms)
	if s.Text == atChoice || eventCount(t, ctx) >= events {
		t.Errorf("after Back: %d events (%d before), the output says:\n%s", eventCount(t, ctx), events, s.Text)
	}
	s = clickAndSettle(t, ctx, lastSel)
	if !strings.Contains(s.Text, atChoice) || eventCount(t, ctx) != events || stdout(t, ctx) != out {
		t.Errorf("the same pick after Back: %d events, want %d; output:\n%s\nwant %q", eventCount(t, ctx), events, s.Text, atChoice)
	}
	screenshot(t, ctx, "manual-1280.png")
	do(t, ctx, "narrow the window", chromedp.EmulateViewport(390, 844))
	screenshot(t, ctx, "manual-390.png")
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("at 390 px the page is %d px wide: it scrolls sideways", w)
	}
	do(t, ctx, "widen the window", chromedp.EmulateViewport(1280, 900))
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
	}); err != nil {
		t.Fatalf("emulating dark mode: %v", err)
	}
	screenshot(t, ctx, "manual-dark-1280.png")
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatalf("back to light mode: %v", err)
	}
	if !eval[bool](t, ctx, `document.getElementById("editor").readOnly`) {
		t.Error("the editor can be edited in manual mode")
	}

	s = clickAndSettle(t, ctx, "#run-to-end")
	if !strings.Contains(s.Text, "Program exited.") || !strings.Contains(s.Text, "main 3") {
		t.Fatalf("after Run to end:\n%s", s.Text)
	}
	if n := len(options(t, ctx)); n != 0 {
		t.Errorf("the run has ended, yet %d options are offered", n)
	}
	final := stdout(t, ctx)
	// The event list shows its end: the newest events.
	if gap := eval[float64](t, ctx, `(() => {
		const box = document.querySelector(".events-scroll").getBoundingClientRect();
		return document.querySelector("#events li:last-child").getBoundingClientRect().bottom - box.bottom;
	})()`); gap > 1 {
		t.Errorf("the last event is %.0f px below the end of the list", gap)
	}
	screenshot(t, ctx, "manual-ended-1280.png")

	s = clickAndSettle(t, ctx, "#replay")
	t.Logf("Replay: click to output %.1f ms", s.Ms)
	if got := stdout(t, ctx); got != final || !strings.Contains(s.Text, "replayed") {
		t.Errorf("Replay printed %q (%s), the manual run %q", got, s.Text, final)
	}
}

// TestManualStop picks a goroutine that loops forever, stops it, and
// steps again.
func TestManualStop(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	do(t, ctx, "open the lesson", chromedp.Navigate(ts.URL+"/lessons/goroutines"))
	waitForApp(t, ctx)
	setCode(t, ctx, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdone := make(chan bool)\n\tgo func() {\n\t\tfor {\n\t\t}\n\t}()\n\tfmt.Println(\"started\")\n\t<-done\n}\n")
	clickAndSettle(t, ctx, "#step")
	spin := -1
	for i, o := range options(t, ctx) {
		if o.G != 1 {
			spin = i
		}
	}
	if spin < 0 {
		t.Fatalf("no goroutine besides main: %+v", options(t, ctx))
	}
	eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector('#choices button.choice[data-option="%d"]').click(), true)`, spin))
	waitFor(t, ctx, "the step runs", `document.getElementById("engine-status").textContent === "Running…"`, 5*time.Second)
	time.Sleep(300 * time.Millisecond)
	if !eval[bool](t, ctx, `!document.getElementById("stop").disabled`) {
		t.Fatal("Stop is disabled while the step runs")
	}
	eval[bool](t, ctx, `(document.getElementById("stop").click(), true)`)
	waitFor(t, ctx, "the step is stopped", `!!document.querySelector("#output .exit.stopped")`, 5*time.Second)
	if eval[bool](t, ctx, `!!document.getElementById("manual")`) {
		t.Error("manual mode is still shown after Stop")
	}
	waitFor(t, ctx, "a fresh engine is ready", `document.getElementById("engine-status").textContent === "Ready"`, 30*time.Second)
	s := clickAndSettle(t, ctx, "#step")
	if !strings.Contains(s.Text, "Paused at choice 1") || len(options(t, ctx)) < 2 {
		t.Errorf("Step after Stop:\n%s", s.Text)
	}
}

// TestReplayRun: Replay after a plain Run prints the same output, however
// the seeds of later runs differ.
func TestReplayRun(t *testing.T) {
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	do(t, ctx, "open the lesson", chromedp.Navigate(ts.URL+"/lessons/goroutines"))
	waitForApp(t, ctx)
	if !eval[bool](t, ctx, `document.getElementById("replay").disabled`) {
		t.Error("Replay is enabled before any run")
	}
	for range 3 {
		clickAndSettle(t, ctx, "#run")
		want := stdout(t, ctx)
		s := clickAndSettle(t, ctx, "#replay")
		if got := stdout(t, ctx); got != want || !strings.Contains(s.Text, "replayed") {
			t.Errorf("Run printed %q, Replay %q (%s)", want, got, s.Text)
		}
	}
}

// TestManualStepTiming steps a lesson-sized program (three workers, nine
// jobs) 30 times and logs the time from a click to the next choice shown,
// split into its parts: the page sending the step, the worker's round trip
// (and the engine's run inside it), and the page taking in the answer and
// rendering it. Worker.postMessage and onmessage are wrapped to see the
// messages go and come.
func TestManualStepTiming(t *testing.T) {
	src, err := os.ReadFile("../../engine/testdata/manual/workers.go")
	if err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	ts := serveSite(t, sites.root, "/")
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		window.stepTimes = {};
		const post = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (data) { stepTimes.sent = performance.now(); return post.call(this, data); };
		Object.defineProperty(Worker.prototype, "onmessage", {set(fn) {
			this.addEventListener("message", (e) => { stepTimes.received = performance.now(); fn(e); });
		}});
	`}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "open the lesson", chromedp.Navigate(ts.URL+"/lessons/goroutines"))
	waitForApp(t, ctx)
	setCode(t, ctx, string(src))
	clickAndSettle(t, ctx, "#step")
	type times struct{ Sent, Received float64 }
	var total, send, worker, engine, render []float64
	var blocked []string // every line the Blocked list showed
	for n := 0; n < 30 && len(options(t, ctx)) > 0; n++ {
		b := eval[[]string](t, ctx, `[...document.querySelectorAll("#blocked li")].map((li) => li.textContent)`)
		if len(b) > 0 && len(blocked) == 0 {
			do(t, ctx, "narrow the window", chromedp.EmulateViewport(390, 844))
			screenshotPlayground(t, ctx, "manual-blocked-390.png")
			do(t, ctx, "widen the window", chromedp.EmulateViewport(1280, 900))
		}
		blocked = append(blocked, b...)
		s := clickAndSettle(t, ctx, `#choices button.choice[data-option="0"]`)
		x := eval[times](t, ctx, `stepTimes`)
		ms, _ := strconv.ParseFloat(engineMs(t, ctx), 64)
		total = append(total, s.Ms)
		send = append(send, x.Sent-s.T0)
		worker = append(worker, x.Received-x.Sent)
		engine = append(engine, ms)
		render = append(render, s.T0+s.Ms-x.Received)
	}
	if len(total) < 10 {
		t.Fatalf("only %d steps", len(total))
	}
	// The trace's fold says who waits for what.
	blockedLine := regexp.MustCompile(`^goroutine \d+ · chan (send|receive) on jobs · line \d+$`)
	if !slices.ContainsFunc(blocked, blockedLine.MatchString) {
		t.Errorf("the Blocked list never showed a goroutine waiting on jobs: %q", blocked)
	}
	q := func(xs []float64, p int) float64 {
		xs = slices.Sorted(slices.Values(xs))
		return xs[(len(xs)-1)*p/100]
	}
	t.Logf("%d steps, click to next choice: median %.1f ms, p90 %.1f ms, best %.1f ms", len(total), q(total, 50), q(total, 90), q(total, 0))
	t.Logf("median parts: page sends %.1f ms, worker round trip %.1f ms (engine %.1f ms), page takes the answer and renders %.1f ms",
		q(send, 50), q(worker, 50), q(engine, 50), q(render, 50))
}
