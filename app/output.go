// This file holds Output, the panel that shows what a run printed.

package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Output shows a run's standard output, its standard error (styled apart)
// and how it ended. It only reads its fields.
type Output struct {
	app.Compo
	Running  bool
	Stopped  bool
	Paused   int  // a manual run waits at this choice (1-based); 0: it does not
	Replayed bool // the run was a replay of a recorded schedule
	HasRun   bool // Stdout, Stderr, ExitCode and Ms describe a finished run
	Stdout   string
	Stderr   string
	ExitCode int
	Ms       float64 // the engine's time for the run
}

func (o *Output) Render() app.UI {
	var status app.UI
	switch {
	case o.Running:
		status = app.P().Class("exit running").Text("Running… (Stop ends it)")
	case o.Stopped:
		status = app.P().Class("exit stopped").Text("Program stopped.")
	case o.Paused > 0:
		status = app.P().Class("exit paused").Text(fmt.Sprintf("Paused at choice %d: pick the goroutine that runs next.", o.Paused))
	case o.HasRun && o.ExitCode == 0:
		status = app.P().Class("exit ok").Text(fmt.Sprintf("Program exited. (%.1f ms%s)", o.Ms, o.replayNote()))
	case o.HasRun:
		status = app.P().Class("exit fail").Text(fmt.Sprintf("Program exited: exit status %d. (%.1f ms%s)", o.ExitCode, o.Ms, o.replayNote()))
	default:
		status = app.P().Class("exit idle").Text("Press Run to see the output.")
	}
	return app.Div().ID(idOutput).Class("output").Aria("live", "polite").Body(
		app.If(o.Stdout != "", func() app.UI { return app.Pre().Class("stdout").Text(o.Stdout) }),
		app.If(o.Stderr != "", func() app.UI { return app.Pre().Class("stderr").Text(o.Stderr) }),
		status,
	)
}

func (o *Output) replayNote() string {
	if o.Replayed {
		return ", replayed"
	}
	return ""
}
