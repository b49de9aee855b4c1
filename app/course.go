// This file holds the course the UI shows, and fetching it in the browser.

package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"interleave/lessons"
)

// course is every lesson in order. Routes sets it once; nothing changes it.
var course []lessons.Lesson

// lessonBySlug returns the lesson named slug, or nil.
func lessonBySlug(slug string) *lessons.Lesson {
	for i := range course {
		if course[i].Slug == slug {
			return &course[i]
		}
	}
	return nil
}

// FetchCourse downloads the course document (lessons.json, written by
// cmd/build and cached by the service worker) in the browser. It blocks the
// calling goroutine, so call it from main before app.RunWhenOnBrowser: the
// first render then already has every lesson. It uses the browser's fetch
// rather than net/http, which would add a megabyte to app.wasm.
func FetchCourse(url string) ([]lessons.Lesson, error) {
	type reply struct {
		text string
		err  error
	}
	done := make(chan reply, 1)
	var onText, onError app.Func
	onText = app.FuncOf(func(_ app.Value, args []app.Value) any {
		done <- reply{text: args[0].String()}
		return nil
	})
	onError = app.FuncOf(func(_ app.Value, args []app.Value) any {
		done <- reply{err: errors.New("loading the lessons failed: " + args[0].Call("toString").String())}
		return nil
	})
	defer onText.Release()
	defer onError.Release()
	toText := app.FuncOf(func(_ app.Value, args []app.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			return app.Window().Get("Promise").Call("reject", "HTTP status "+resp.Get("status").Call("toString").String())
		}
		return resp.Call("text")
	})
	defer toText.Release()
	app.Window().Call("fetch", url).Call("then", toText).Call("then", onText).Call("catch", onError)
	r := <-done
	if r.err != nil {
		return nil, r.err
	}
	return lessons.Decode([]byte(r.text))
}
