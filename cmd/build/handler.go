// This file configures go-app's Handler, which GenerateStaticWebsite uses
// to render every page and write the PWA files (app.js, app-worker.js, the
// manifest).

package main

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"interleave/app"
	"interleave/lessons"
)

// handler returns the site's go-app Handler for a site hosted under base.
func handler(ls []lessons.Lesson, base, version string) *goapp.Handler {
	// The service worker caches these on the first visit, besides what
	// go-app caches anyway (app.wasm, its scripts, styles, icons, "/"), so
	// a lesson can be read and run with no network.
	cacheable := []string{
		"/web/engine.wasm",
		"/web/worker.js",
		"/web/wasm_exec.js",
		"/web/lessons.json",
	}
	cacheable = append(cacheable, app.Pages(ls)[1:]...)

	h := &goapp.Handler{
		Name:               "Interleave",
		ShortName:          "Interleave",
		Title:              "Interleave",
		Description:        "Learn Go concurrency with examples you run, step through and break, in your browser.",
		Lang:               "en",
		Icon:               goapp.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg"},
		BackgroundColor:    "#14191f",
		ThemeColor:         "#1b2633",
		LoadingLabel:       "Loading the playground… {progress}%",
		Styles:             []string{"/web/style.css"},
		CacheableResources: cacheable,
		Version:            version,
	}
	if base != "/" {
		h.Resources = goapp.PrefixedLocation(strings.TrimSuffix(base, "/"))
	}
	return h
}
