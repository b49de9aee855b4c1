// This file holds the Playground's manual mode: the learner takes the
// scheduler's seat, picks which goroutine runs at each choice point, and
// sees what each goroutine did.

package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"interleave/app/message"
	"interleave/engine/sched"
	"interleave/engine/trace"
)

// maxShownEvents bounds the event list: the newest are shown.
const maxShownEvents = 300

// A manualRun is one walk through a program in manual mode. Each step is
// a run in the worker that replays the choices so far and stops at the
// next choice point (message.Run.Step); the answer brings only the events
// this side lacks.
type manualRun struct {
	source   string          // the code being stepped (later edits wait for the next Step)
	seed     int64           // of the choices the scheduler makes (Run to end)
	schedule *sched.Schedule // the choices so far
	choice   *message.Choice // where the run waits; nil once it has ended
	tr       trace.Trace     // the objects and goroutines the events name
	events   []trace.Event   // the events so far
	lines    []eventLine     // events, described
	missed   int             // events the worker left out (message.MaxEvents)
	newFrom  int             // index in events of the last step's first event
	ms       float64         // the engine's time for the last step
	history  []pause         // the earlier choice points, for Back
	blocked  [][2]string     // the blocked goroutines now, described, and where (the trace's fold)
}

// A pause is the state of a manual run at one choice point, kept so that
// Back returns to it without asking the worker.
type pause struct {
	schedule                *sched.Schedule
	choice                  *message.Choice
	result                  *message.Result
	events, missed, newFrom int
	objects, goroutines     int
}

// back returns to the previous choice point and gives the result shown
// there.
func (m *manualRun) back() *message.Result {
	last := m.history[len(m.history)-1]
	m.history = m.history[:len(m.history)-1]
	m.schedule, m.choice, m.missed, m.newFrom = last.schedule, last.choice, last.missed, last.newFrom
	m.events, m.lines = m.events[:last.events], m.lines[:last.events]
	// Another pick may create other objects and goroutines from here.
	m.tr.Objects, m.tr.Goroutines = m.tr.Objects[:last.objects], m.tr.Goroutines[:last.goroutines]
	m.foldBlocked()
	return last.result
}

// since is how many events of the run's trace this side has seen.
func (m *manualRun) since() int { return m.missed + len(m.events) }

// choices is the schedule so far (a fresh copy the caller may extend).
func (m *manualRun) choices() *sched.Schedule {
	if m.schedule == nil {
		return &sched.Schedule{Seed: m.seed}
	}
	return &sched.Schedule{Seed: m.schedule.Seed, Choices: slices.Clone(m.schedule.Choices)}
}

// add takes in a step's answer; shown is the result the page shows until
// then.
func (m *manualRun) add(res message.Result, shown *message.Result) {
	if m.choice != nil {
		m.history = append(m.history, pause{
			schedule: m.schedule, choice: m.choice, result: shown,
			events: len(m.events), missed: m.missed, newFrom: m.newFrom,
			objects: len(m.tr.Objects), goroutines: len(m.tr.Goroutines),
		})
	}
	if t := res.Trace; t != nil {
		if t.Since > m.since() {
			m.missed += t.Since - m.since()
		}
		skip := min(max(m.since()-t.Since, 0), len(t.Events)) // already here (never, in practice)
		m.newFrom = len(m.events)
		m.events = append(m.events, t.Events[skip:]...)
		m.tr.Objects = append(m.tr.Objects, t.Objects...)
		m.tr.Goroutines = append(m.tr.Goroutines, t.Goroutines...)
		for _, e := range t.Events[skip:] {
			m.lines = append(m.lines, describe(&m.tr, e))
		}
	}
	m.choice, m.ms = res.Choice, res.ElapsedMs
	if res.Schedule != nil {
		m.schedule = res.Schedule
	}
	m.foldBlocked()
}

// foldBlocked lists the goroutines blocked after the last event, from the
// trace's fold: {"goroutine 8 · chan receive on done", " · line 21"}.
func (m *manualRun) foldBlocked() {
	m.blocked = m.blocked[:0]
	if m.missed > 0 || len(m.events) == 0 {
		return // the fold needs every event
	}
	tr := trace.Trace{Objects: m.tr.Objects, Goroutines: m.tr.Goroutines}
	for i := range m.events {
		tr.Append(&m.events[i])
	}
	for _, g := range tr.StateAt(tr.Len() - 1).Goroutines {
		if g.Status != trace.Blocked {
			continue
		}
		d := "goroutine " + strconv.Itoa(g.ID) + " · " + tr.Waiting(g)
		where := ""
		if g.Pos.IsValid() {
			where = " · line " + strconv.Itoa(g.Pos.Line)
		}
		m.blocked = append(m.blocked, [2]string{d, where})
	}
}

// step enters manual mode: it runs the editor's code to its first choice
// point.
func (p *Playground) step(ctx app.Context) {
	if p.running {
		return
	}
	p.manual = &manualRun{source: p.code, seed: p.runs}
	p.runs++
	p.result, p.replays = nil, false
	p.sendStep(ctx, &sched.Schedule{Seed: p.manual.seed}, true, 0)
}

// pick answers the choice point with option i: the run goes on to the
// next choice point.
func (p *Playground) pick(ctx app.Context, i int) {
	m := p.manual
	if p.running || m == nil || m.choice == nil || i >= len(m.choice.Options) {
		return
	}
	s := m.choices()
	s.Choices = append(s.Choices, i)
	p.sendStep(ctx, s, true, 0)
}

// schedulerPicks lets the seeded scheduler answer this choice point.
func (p *Playground) schedulerPicks(ctx app.Context) {
	m := p.manual
	if p.running || m == nil || m.choice == nil {
		return
	}
	p.sendStep(ctx, m.choices(), true, 1)
}

// runToEnd lets the seeded scheduler make every remaining choice.
func (p *Playground) runToEnd(ctx app.Context) {
	m := p.manual
	if p.running || m == nil || m.choice == nil {
		return
	}
	p.sendStep(ctx, m.choices(), false, 0)
}

// sendStep runs the manual run's code with the schedule s, stopping at the
// next choice point (after auto choices by the scheduler) if stop is set.
func (p *Playground) sendStep(ctx app.Context, s *sched.Schedule, stop bool, auto int) {
	m := p.manual
	p.running, p.stopped = true, false
	req := message.Run{Source: m.source, Seed: m.seed, Schedule: s, Step: stop, Auto: auto, Trace: true,
		Since: m.since(), SinceObjects: len(m.tr.Objects), SinceGoroutines: len(m.tr.Goroutines)}
	engineWorker.run(req, func(res message.Result, stopped bool) {
		ctx.Dispatch(func(app.Context) {
			p.running = false
			if stopped {
				p.stopped, p.result, p.manual = true, nil, nil
				return
			}
			if p.manual != m {
				return
			}
			m.add(res, p.result)
			p.result = &res
			ctx.Defer(func(app.Context) { keepFocus() })
			if res.Choice == nil {
				p.setReplay(req, res)
			}
		})
	})
}

// stepBack returns to the previous choice point: the learner can pick
// another goroutine there.
func (p *Playground) stepBack(ctx app.Context) {
	m := p.manual
	if p.running || m == nil || len(m.history) == 0 {
		return
	}
	p.result = m.back()
}

// leaveManual closes the manual-mode panel.
func (p *Playground) leaveManual(ctx app.Context) {
	if !p.running {
		p.manual = nil
	}
}

// manualPanel shows the choice the run waits at and what ran so far.
func (p *Playground) manualPanel() app.UI {
	m := p.manual
	choices := 0
	if m.schedule != nil {
		choices = len(m.schedule.Choices)
	}
	var head string
	switch {
	case m.choice != nil:
		head = fmt.Sprintf("choice %d", choices+1)
	case m.schedule != nil:
		head = fmt.Sprintf("ended, %d choices", choices)
	default:
		head = "ended"
	}
	return app.Section().ID(idManual).Class("manual").Aria("label", "Manual mode").
		DataSet("ms", fmt.Sprintf("%.2f", m.ms)). // the engine's time for the last step (browser tests)
		Body(
			app.Div().Class("manual-head").Body(
				app.H3().Text("Manual mode"),
				app.Span().Class("manual-count").Text(head),
				app.Button().ID(idLeaveManual).
					Title("Close manual mode").
					Aria("label", "Close manual mode").
					Disabled(p.running).
					Text("Close").
					OnClick(func(ctx app.Context, e app.Event) { p.leaveManual(ctx) }),
			),
			p.choicePanel(),
			app.Div().Class("manual-actions").Body(
				app.Button().ID(idStepBack).
					Title("Back to the previous choice").
					Disabled(p.running || len(m.history) == 0).
					Text("Back").
					OnClick(func(ctx app.Context, e app.Event) { p.stepBack(ctx) }),
				app.If(m.choice != nil, func() app.UI {
					return app.Button().ID(idSchedulerPicks).
						Title("Let the scheduler make this choice").
						Disabled(p.running).
						Text("Scheduler picks").
						OnClick(func(ctx app.Context, e app.Event) { p.schedulerPicks(ctx) })
				}),
				app.If(m.choice != nil, func() app.UI {
					return app.Button().ID(idRunToEnd).
						Title("Let the scheduler make every remaining choice").
						Disabled(p.running).
						Text("Run to end").
						OnClick(func(ctx app.Context, e app.Event) { p.runToEnd(ctx) })
				}),
			),
			p.eventList(),
		)
}

// choicePanel lists the options at the choice point as buttons.
func (p *Playground) choicePanel() app.UI {
	c := p.manual.choice
	if c == nil {
		if p.running {
			return app.P().Class("choice-prompt").Text("Running…")
		}
		if p.replay == nil {
			return app.P().Class("choice-prompt ended").Text("The program has ended.")
		}
		return app.P().Class("choice-prompt ended").Text("The program has ended. Replay runs the same schedule again.")
	}
	prompt := "Which goroutine runs next?"
	if c.Select && len(c.Options) > 0 {
		prompt = fmt.Sprintf("Goroutine %d's select has %d ready cases: which one fires?", c.Options[0].G, len(c.Options))
	}
	buttons := make([]app.UI, len(c.Options))
	for i, o := range c.Options {
		label := "goroutine " + strconv.Itoa(o.G)
		if c.Select {
			label = "case " + strconv.Itoa(i+1)
		}
		label += " · " + o.Op
		where := ""
		if o.Line > 0 {
			where = " · line " + strconv.Itoa(o.Line)
		}
		fn := o.Func
		if c.Select {
			fn = ""
		}
		buttons[i] = app.Button().Class("choice").
			Title(sourceLine(p.manual.source, o.Line)).
			DataSet("g", o.G).
			DataSet("option", i).
			Disabled(p.running).
			OnClick(func(ctx app.Context, e app.Event) { p.pick(ctx, i) }).
			Body(
				app.Span().Class("choice-label").Body(
					app.Text(label),
					app.Span().Class("choice-line").Text(where),
				),
				app.If(fn != "", func() app.UI { return app.Span().Class("choice-func").Text(fn) }),
			)
	}
	blocked := make([]app.UI, len(p.manual.blocked))
	for i, b := range p.manual.blocked {
		blocked[i] = app.Li().Body(app.Text(b[0]), app.Span().Class("choice-line").Text(b[1]))
	}
	return app.Div().Class("choice-panel").Body(
		app.P().ID(idChoicePrompt).Class("choice-prompt").Text(prompt),
		app.Div().ID(idChoices).Class("choices").Role("group").Aria("labelledby", idChoicePrompt).Body(buttons...),
		app.If(len(blocked) > 0, func() app.UI {
			return app.Div().Class("blocked").Body(
				app.P().ID(idBlockedTitle).Class("blocked-title").Text("Blocked, cannot be picked:"),
				app.Ul().ID(idBlocked).Aria("labelledby", idBlockedTitle).Body(blocked...),
			)
		}),
	)
}

// eventList shows what each goroutine did, in order; the last step's
// events are marked, and the list scrolls to them. New
// events are appended, so an update adds a few items and moves a class.
func (p *Playground) eventList() app.UI {
	m := p.manual
	first := max(len(m.lines)-maxShownEvents, 0)
	items := make([]app.UI, 0, len(m.lines)-first+1)
	if hidden := first + m.missed; hidden > 0 {
		items = append(items, app.Li().Class("event more").Text(fmt.Sprintf("… %d earlier events", hidden)))
	}
	for i, l := range m.lines[first:] {
		class := "event"
		if first+i >= m.newFrom {
			class += " new"
		}
		items = append(items, app.Li().Class(class).Body(
			app.Span().Class("event-g").Text(l.who),
			app.Span().Class("event-op").Text(l.op),
			app.Span().Class("event-line").Text(l.line),
		))
	}
	return app.Div().Class("events-panel").Body(
		app.H4().ID(idEventsTitle).Text("What ran"),
		app.If(len(items) == 0, func() app.UI { return app.P().Class("events-empty").Text("Nothing yet.") }).
			Else(func() app.UI {
				// The scroller keeps its end in view as events come
				// (web/style.css: .events-scroll).
				return app.Div().Class("events-scroll").Body(
					app.Ol().ID(idEvents).Class("events").Aria("labelledby", idEventsTitle).Body(items...),
				)
			}),
	)
}

// sourceLine is line n of src, trimmed, as "line 12: results <- v".
func sourceLine(src string, n int) string {
	if n < 1 {
		return ""
	}
	lines := strings.SplitN(src, "\n", n+1)
	if n > len(lines) {
		return ""
	}
	return fmt.Sprintf("line %d: %s", n, strings.TrimSpace(lines[n-1]))
}

// An eventLine is one event as the list shows it: who, what, where.
type eventLine struct{ who, op, line string }

func describe(tr *trace.Trace, e trace.Event) eventLine {
	l := eventLine{who: "runtime", op: tr.Describe(e)}
	if e.G != 0 {
		l.who = "g" + strconv.Itoa(e.G)
	}
	if e.Pos.IsValid() {
		l.line = "line " + strconv.Itoa(e.Pos.Line)
	}
	return l
}

// keepFocus puts the keyboard focus back on the choices when the step
// took it away (the button pressed was disabled while the step ran).
func keepFocus() {
	doc := app.Window().Get("document")
	if a := doc.Get("activeElement"); a.Truthy() && !a.Equal(doc.Get("body")) {
		return
	}
	for _, sel := range []string{"#" + idChoices + " button", "#" + idManual + " button"} {
		if b := doc.Call("querySelector", sel); b.Truthy() {
			b.Call("focus")
			return
		}
	}
}
