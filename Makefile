# Interleave: make run (build and serve), make test (vet, unit and browser tests).

GO ?= go
ADDR ?= localhost:8080

.PHONY: build run test sizes clean

# build writes the static site to dist/.
build:
	$(GO) run ./cmd/build -out dist

# run builds the site and serves it at http://$(ADDR)/.
run:
	$(GO) run ./cmd/build -out dist -serve $(ADDR)

# test vets (natively and for the browser) and runs every test. The browser
# tests build their own copies of the site; here they must run, so a missing
# chromium fails instead of skipping. -count=1: the browser tests build the
# site in a subprocess, which go test's cache cannot see. The browser tests
# run after the others: beside the differential suite, which keeps every
# core busy, the page's timings would measure the queue for a core.
test:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./cmd/app ./cmd/worker
	$(GO) test -count=1 $$($(GO) list ./... | grep -v '/cmd/build$$')
	INTERLEAVE_BROWSER_TESTS=1 $(GO) test -count=1 ./cmd/build

# sizes builds the site and prints each wasm file's raw, gzip and brotli size.
sizes:
	$(GO) run ./cmd/build -out dist -sizes

clean:
	rm -rf dist
