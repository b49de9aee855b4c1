// Command app is Interleave's user interface in the browser. Built with
// GOOS=js GOARCH=wasm into app.wasm (go-app's name for it), it fetches the
// course, registers the routes and hands the page to go-app. On any other
// platform it does nothing: cmd/build renders the same components to HTML.
package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	ui "interleave/app"
)

func main() {
	if app.IsServer {
		fmt.Println("app: this is the browser UI; build the site with go run ./cmd/build")
		return
	}
	course, err := ui.FetchCourse(app.Getenv("GOAPP_STATIC_RESOURCES_URL") + "/lessons.json")
	if err != nil {
		// go-app shows a start-up panic in its loading label.
		panic(err)
	}
	ui.Routes(course)
	app.RunWhenOnBrowser()
}
