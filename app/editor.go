// This file holds the Playground's editor: a textarea, its saved contents
// and its keyboard shortcut.

package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// editor renders the code as a plain textarea. Its text is a child node, not
// a value attribute, so the prerendered page shows the code before the
// WebAssembly has loaded.
func (p *Playground) editor() app.UI {
	return app.Textarea().ID(idEditor).Class("editor").
		Aria("label", "Go source code").
		Spellcheck(false).
		Attr("autocapitalize", "off").
		Attr("autocomplete", "off").
		Attr("wrap", "off").
		Rows(18).
		// In manual mode the code stepped through stays put until Close.
		ReadOnly(p.manual != nil).
		Title(editorTitle(p.manual != nil)).
		OnInput(p.onInput).
		Body(app.Text(p.code))
}

// onInput saves every edit.
func (p *Playground) onInput(ctx app.Context, e app.Event) {
	before := p.code
	p.code = ctx.JSSrc().Get("value").String()
	if p.code == p.Example.Source {
		ctx.LocalStorage().Del(codeKey(p.Example.ID))
	} else {
		ctx.LocalStorage().Set(codeKey(p.Example.ID), p.code)
	}
	// The textarea already shows the edit; re-render only if the Reset
	// button changes state.
	if (before == p.Example.Source) == (p.code == p.Example.Source) {
		ctx.PreventUpdate()
	}
}

// loadCode restores the learner's saved edit, if any.
func (p *Playground) loadCode(ctx app.Context) {
	var saved string
	if err := ctx.LocalStorage().Get(codeKey(p.Example.ID), &saved); err == nil && saved != "" {
		p.code = saved
	}
}

// reset puts back the lesson's code and forgets the saved edit.
func (p *Playground) reset(ctx app.Context) {
	p.code = p.Example.Source
	ctx.LocalStorage().Del(codeKey(p.Example.ID))
	// The textarea's value has left its text node behind; set it directly.
	app.Window().GetElementByID(idEditor).Set("value", p.code)
}

// listenKeys makes Ctrl+Enter (⌘+Enter on a Mac) run the code. go-app
// delivers events to Go asynchronously, too late to stop the textarea from
// inserting a newline, so this listener is registered directly: it runs
// inside the browser's event and can prevent the default.
func (p *Playground) listenKeys(ctx app.Context) {
	p.keys = app.FuncOf(func(_ app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("key").String() == "Enter" && (e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()) {
			e.Call("preventDefault")
			ctx.Dispatch(p.run)
		}
		return nil
	})
	app.Window().GetElementByID(idEditor).Call("addEventListener", "keydown", p.keys)
}

func editorTitle(manual bool) string {
	if manual {
		return "Close manual mode to edit the code"
	}
	return ""
}
