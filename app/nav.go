// This file holds Nav, the list of lessons.

package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Nav lists every lesson in order and marks the one shown.
type Nav struct {
	app.Compo
	// Current is the slug of the lesson shown, or "".
	Current string
}

func (n *Nav) Render() app.UI {
	return app.Nav().Class("lesson-nav").Aria("label", "Lessons").Body(
		app.Ol().Body(
			app.Range(course).Slice(func(i int) app.UI {
				l := course[i]
				a := app.A().Href(href(LessonPath(l.Slug))).Body(
					app.Span().Class("lesson-number").Text(strconv.Itoa(l.Order)),
					app.Span().Class("lesson-title").Text(l.Title),
				)
				if l.Slug == n.Current {
					a = a.Class("current").Aria("current", "page")
				}
				return app.Li().Body(a)
			}),
		),
	)
}
