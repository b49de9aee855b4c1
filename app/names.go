// This file names what outlives a component: storage keys and the element
// ids that styles and browser tests rely on.

package app

// codeKey is the localStorage key of the learner's edit of an example.
func codeKey(exampleID string) string { return "interleave/code/" + exampleID }

// Element ids.
const (
	idPlayground = "playground"
	idEditor     = "editor"
	idRun        = "run"
	idStop       = "stop"
	idReset      = "reset"
	idOutput     = "output"
	idStatus     = "engine-status"
	idStep       = "step"
	idReplay     = "replay"

	// Manual mode (manual.go).
	idManual         = "manual"
	idRunToEnd       = "run-to-end"
	idSchedulerPicks = "scheduler-picks"
	idStepBack       = "step-back"
	idBlocked        = "blocked"
	idBlockedTitle   = "blocked-title"
	idLeaveManual    = "leave-manual"
	idChoicePrompt   = "choice-prompt"
	idChoices        = "choices"
	idEvents         = "events"
	idEventsTitle    = "events-title"
)
