// This file holds the route table, shared by cmd/app and cmd/build, and the
// links between pages.

package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"interleave/lessons"
)

// Routes sets the course and registers a route for the home page and one per
// lesson. Call it once, before app.RunWhenOnBrowser or generating the site.
func Routes(ls []lessons.Lesson) {
	course = ls
	app.Route("/", func() app.Composer { return &HomePage{} })
	for _, l := range ls {
		slug := l.Slug
		app.Route(LessonPath(slug), func() app.Composer { return &LessonPage{Slug: slug} })
	}
}

// Pages returns the path of every page, for prerendering and offline caching.
func Pages(ls []lessons.Lesson) []string {
	pages := []string{"/"}
	for _, l := range ls {
		pages = append(pages, LessonPath(l.Slug))
	}
	return pages
}

// LessonPath is the path of a lesson's page.
func LessonPath(slug string) string { return "/lessons/" + slug }

// href turns a site path into a link that works when the site is hosted
// under a prefix (cmd/build -base). While prerendering, go-app's resource
// resolver adds the prefix to every href; in the browser it leaves page links
// alone, so the prefix is added here.
func href(path string) string {
	if app.IsServer {
		return path
	}
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
}
