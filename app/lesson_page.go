// This file holds LessonPage: a lesson's prose beside its playground.

package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LessonPage shows one lesson: the prose on the left, the playground with
// its first runnable example on the right (below it on a narrow screen).
type LessonPage struct {
	app.Compo
	// Slug names the lesson; Routes sets it.
	Slug string
}

func (p *LessonPage) OnPreRender(ctx app.Context) { p.setTitle(ctx) }
func (p *LessonPage) OnNav(ctx app.Context)       { p.setTitle(ctx) }

func (p *LessonPage) setTitle(ctx app.Context) {
	if l := lessonBySlug(p.Slug); l != nil {
		ctx.Page().SetTitle(l.Title + " · Interleave")
		ctx.Page().SetDescription(l.Summary)
	}
}

func (p *LessonPage) Render() app.UI {
	l := lessonBySlug(p.Slug)
	if l == nil {
		return layout("", app.P().Text("There is no lesson here."))
	}
	var playground app.UI
	if len(l.Examples) > 0 {
		playground = &Playground{Example: l.Examples[0]}
	}
	return layout(l.Slug,
		app.Div().Class("lesson").Body(
			app.Article().Class("prose").Body(
				app.H1().Text(l.Title),
				app.P().Class("lead").Text(l.Summary),
				app.If(len(l.Learn) > 0, func() app.UI {
					return app.Section().Class("learn").Body(
						app.H2().Text("You will learn"),
						app.Ul().Body(app.Range(l.Learn).Slice(func(i int) app.UI {
							return app.Li().Text(l.Learn[i])
						})),
					)
				}),
				// Raw HTML needs a single root element.
				app.Raw(`<div class="lesson-body">`+l.HTML+`</div>`),
			),
			playground,
		),
	)
}
