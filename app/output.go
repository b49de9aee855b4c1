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
	case o.HasRun && o.ExitCode == 0:
		status = app.P().Class("exit ok").Text(fmt.Sprintf("Program exited. (%.1f ms)", o.Ms))
	case o.HasRun:
		status = app.P().Class("exit fail").Text(fmt.Sprintf("Program exited: exit status %d. (%.1f ms)", o.ExitCode, o.Ms))
	default:
		status = app.P().Class("exit idle").Text("Press Run to see the output.")
	}
	return app.Div().ID(idOutput).Class("output").Aria("live", "polite").Body(
		app.If(o.Stdout != "", func() app.UI { return app.Pre().Class("stdout").Text(o.Stdout) }),
		app.If(o.Stderr != "", func() app.UI { return app.Pre().Class("stderr").Text(o.Stderr) }),
		status,
	)
}
