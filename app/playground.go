// This file holds Playground: an example's editor, its Run, Step, Stop and
// Replay buttons, and its output.

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
	manual  *manualRun      // manual mode (manual.go), nil outside it
	replay  *message.Run    // reruns the last run that ended; nil before one
	replays bool            // the result shown is a replay
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
	p.send(ctx, message.Run{Source: p.code, Seed: p.runs}, false)
	p.runs++
}

// replayLast runs the last run's recorded schedule again: the same run,
// step for step.
func (p *Playground) replayLast(ctx app.Context) {
	if p.replay != nil {
		p.send(ctx, *p.replay, true)
	}
}

// send runs req as a plain run, leaving manual mode.
func (p *Playground) send(ctx app.Context, req message.Run, replay bool) {
	if p.running {
		return
	}
	p.running, p.stopped, p.result, p.manual, p.replays = true, false, nil, nil, replay
	engineWorker.run(req, func(res message.Result, stopped bool) {
		ctx.Dispatch(func(app.Context) {
			p.running, p.stopped = false, stopped
			if !stopped {
				p.result = &res
				p.setReplay(req, res)
			}
		})
	})
}

// setReplay records how to rerun a run that ended (req gave res): its
// schedule, or, for a plain run whose schedule was too long to send, its
// seed.
func (p *Playground) setReplay(req message.Run, res message.Result) {
	switch {
	case res.Schedule != nil:
		p.replay = &message.Run{Source: req.Source, Schedule: res.Schedule}
	case req.Schedule == nil && !req.Step:
		p.replay = &message.Run{Source: req.Source, Seed: req.Seed}
	default:
		p.replay = nil
	}
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
			app.Button().ID(idStep).Class("step").
				Title("Manual mode: you pick which goroutine runs next").
				Disabled(p.running).
				Text("Step").
				OnClick(func(ctx app.Context, e app.Event) { p.step(ctx) }),
			app.Button().ID(idStop).Class("stop").
				Title("Stop the program").
				Disabled(!p.running).
				Text("Stop").
				OnClick(func(ctx app.Context, e app.Event) { p.stop(ctx) }),
			app.Button().ID(idReplay).Class("replay").
				Title("Run the last run's schedule again: the same run, step for step").
				Disabled(p.running || p.replay == nil).
				Text("Replay").
				OnClick(func(ctx app.Context, e app.Event) { p.replayLast(ctx) }),
			app.Button().ID(idReset).Class("reset").
				Title("Put back the lesson's code").
				Disabled(p.code == p.Example.Source || p.manual != nil).
				Text("Reset").
				OnClick(func(ctx app.Context, e app.Event) { p.reset(ctx) }),
			app.Span().ID(idStatus).Class("engine-status").Aria("live", "polite").Text(status),
		),
		p.editor(),
		app.If(p.manual != nil, func() app.UI { return p.manualPanel() }),
		&Output{
			Paused:   p.paused(),
			Replayed: p.replays,
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

// paused is the number of the choice a manual run waits at, 0 if none.
func (p *Playground) paused() int {
	m := p.manual
	if m == nil || m.choice == nil || p.running {
		return 0
	}
	if m.schedule == nil {
		return 1
	}
	return len(m.schedule.Choices) + 1
}
