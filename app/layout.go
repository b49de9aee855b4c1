// This file holds the frame every page shares: header, lesson list, content.

package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// layout frames a page's content. current is the slug of the lesson shown,
// or "" on the home page.
func layout(current string, content ...app.UI) app.UI {
	return app.Div().Class("site").Body(
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(href("/")).Text("Interleave"),
			app.Span().Class("tagline").Text("Go concurrency, one step at a time"),
		),
		&UpdateBanner{},
		app.Div().Class("site-body").Body(
			&Nav{Current: current},
			app.Main().Class("site-main").Body(content...),
		),
	)
}
