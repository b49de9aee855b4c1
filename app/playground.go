// This file holds Playground: an example's editor, its Run and Stop
// buttons, and its output.

package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"interleave/app/message"
	"interleave/lessons"
)

// Playground runs one example in the engine's Web Worker. The learner's
// edits are saved in localStorage under the example's ID and come back on
// the next visit; Reset restores the lesson's code.
type Playground struct {
	app.Compo
	// Example is the program shown; the parent sets it.
	Example lessons.Example

	code    string          // what the editor holds
	status  engineStatus    // of the worker
	running bool            // a run is in progress
	stopped bool            // the last run was stopped
	result  *message.Result // of the last run, nil before the first
	runs    int64           // runs so far: each run's seed, so runs differ like go run's
	unwatch func()
	keys    app.Func // the editor's keydown listener
}

// CompoID gives each example its own Playground (and its own textarea), so
// moving to another lesson never shows the previous example's state.
func (p *Playground) CompoID() string { return p.Example.ID }

func (p *Playground) OnInit() { p.code = p.Example.Source }

func (p *Playground) OnMount(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.loadCode(ctx)
	engineWorker.start(ctx.ResolveStaticResource("/web/worker.js"))
	p.unwatch = engineWorker.watch(func(s engineStatus) {
		ctx.Dispatch(func(app.Context) { p.status = s })
	})
	p.listenKeys(ctx)
}

func (p *Playground) OnDismount() {
	if p.unwatch != nil {
		p.unwatch()
	}
	if p.keys != nil {
		p.keys.Release()
	}
}

// run sends the editor's code to the engine.
func (p *Playground) run(ctx app.Context) {
	if p.running {
		return
	}
	p.running, p.stopped, p.result = true, false, nil
	seed := p.runs
	p.runs++
	engineWorker.run(p.code, seed, func(res message.Result, stopped bool) {
		ctx.Dispatch(func(app.Context) {
			p.running, p.stopped = false, stopped
			if !stopped {
				p.result = &res
			}
		})
	})
}

// stop ends the run in progress by replacing the worker.
func (p *Playground) stop(ctx app.Context) {
	engineWorker.stop()
}

func (p *Playground) Render() app.UI {
	status := "Engine loading…"
	switch {
	case p.running:
		status = "Running…"
	case p.status == engineReady:
		status = "Ready"
	}
	return app.Section().ID(idPlayground).Class("playground").Aria("label", "Playground").Body(
		app.Div().Class("toolbar").Body(
			app.Button().ID(idRun).Class("run").
				Title("Run (Ctrl+Enter or ⌘+Enter)").
				Disabled(p.running).
				Text("Run").
				OnClick(func(ctx app.Context, e app.Event) { p.run(ctx) }),
			app.Button().ID(idStop).Class("stop").
				Title("Stop the program").
				Disabled(!p.running).
				Text("Stop").
				OnClick(func(ctx app.Context, e app.Event) { p.stop(ctx) }),
			app.Button().ID(idReset).Class("reset").
				Title("Put back the lesson's code").
				Disabled(p.code == p.Example.Source).
				Text("Reset").
				OnClick(func(ctx app.Context, e app.Event) { p.reset(ctx) }),
			app.Span().ID(idStatus).Class("engine-status").Aria("live", "polite").Text(status),
		),
		p.editor(),
		&Output{
			Running:  p.running,
			Stopped:  p.stopped,
			HasRun:   p.result != nil,
			Stdout:   resultField(p.result, func(r *message.Result) string { return r.Stdout }),
			Stderr:   resultField(p.result, func(r *message.Result) string { return r.Stderr }),
			ExitCode: exitCode(p.result),
			Ms:       elapsed(p.result),
		},
	)
}

func resultField(r *message.Result, f func(*message.Result) string) string {
	if r == nil {
		return ""
	}
	return f(r)
}

func exitCode(r *message.Result) int {
	if r == nil {
		return 0
	}
	return r.ExitCode
}

func elapsed(r *message.Result) float64 {
	if r == nil {
		return 0
	}
	return r.ElapsedMs
}
