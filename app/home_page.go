// This file holds HomePage, the site's front page.

package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// HomePage introduces Interleave and lists the lessons with their summaries.
type HomePage struct {
	app.Compo
}

func (h *HomePage) OnPreRender(ctx app.Context) { h.setTitle(ctx) }
func (h *HomePage) OnNav(ctx app.Context)       { h.setTitle(ctx) }

func (h *HomePage) setTitle(ctx app.Context) {
	ctx.Page().SetTitle("Interleave: learn Go concurrency")
	ctx.Page().SetDescription("Lessons on goroutines, channels and locks, with examples you run in the browser.")
}

func (h *HomePage) Render() app.UI {
	return layout("",
		app.Article().Class("home").Body(
			app.H1().Text("Learn Go concurrency by running it"),
			app.P().Class("lead").Text("Each lesson is short, and its examples run right here, in your browser, "+
				"with no server and no install. Edit them, break them, run them again."),
			app.Ol().Class("lesson-cards").Body(
				app.Range(course).Slice(func(i int) app.UI {
					l := course[i]
					return app.Li().Body(
						app.A().Href(href(LessonPath(l.Slug))).Body(
							app.Span().Class("lesson-number").Text(strconv.Itoa(l.Order)),
							app.Strong().Text(l.Title),
							app.P().Text(l.Summary),
						),
					)
				}),
			),
		),
	)
}
