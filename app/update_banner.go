// This file holds UpdateBanner, the prompt to load a new version.

package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// UpdateBanner offers a reload once the service worker has fetched a new
// version of the site in the background; otherwise it renders nothing.
type UpdateBanner struct {
	app.Compo
	available bool
}

func (b *UpdateBanner) OnMount(ctx app.Context)     { b.available = ctx.AppUpdateAvailable() }
func (b *UpdateBanner) OnAppUpdate(ctx app.Context) { b.available = ctx.AppUpdateAvailable() }

func (b *UpdateBanner) Render() app.UI {
	if !b.available {
		return app.Div().Class("update-banner").Hidden(true)
	}
	return app.Div().Class("update-banner").Body(
		app.Text("A new version of Interleave is ready. "),
		app.Button().Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
	)
}
