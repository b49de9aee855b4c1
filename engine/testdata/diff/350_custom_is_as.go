package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Status int
	Path   string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Path) }

func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	if !ok {
		return false
	}
	return t.Status == e.Status && (t.Path == "" || t.Path == e.Path)
}

var ErrNotFound = HTTPError{Status: 404}

type RetryError struct {
	Attempts int
	Err      error
}

func (r *RetryError) Error() string {
	return fmt.Sprintf("after %d attempts: %v", r.Attempts, r.Err)
}
func (r *RetryError) Unwrap() error { return r.Err }

type Temporary interface{ Temporary() bool }

type netErr string

func (n netErr) Error() string   { return string(n) }
func (n netErr) Temporary() bool { return n == "timeout" }

func fetch(path string, attempt int) error {
	switch path {
	case "/missing":
		return HTTPError{404, path}
	case "/flaky":
		if attempt < 3 {
			return netErr("timeout")
		}
		return nil
	case "/down":
		return netErr("connection refused")
	}
	return nil
}

func withRetry(path string) error {
	var err error
	for i := 1; i <= 3; i++ {
		if err = fetch(path, i); err == nil {
			return nil
		}
		var t Temporary
		if !errors.As(err, &t) || !t.Temporary() {
			return &RetryError{i, err}
		}
	}
	return &RetryError{3, err}
}

func main() {
	for _, p := range []string{"/ok", "/missing", "/flaky", "/down"} {
		err := withRetry(p)
		fmt.Printf("%-9s err=%v\n", p, err)
		if err == nil {
			continue
		}
		var re *RetryError
		var he HTTPError
		var t Temporary
		fmt.Println("  notfound:", errors.Is(err, ErrNotFound), "exact:", errors.Is(err, HTTPError{404, "/missing"}), "other:", errors.Is(err, HTTPError{404, "/x"}))
		fmt.Println("  retry:", errors.As(err, &re), re.Attempts, "http:", errors.As(err, &he), he.Status, "temp:", errors.As(err, &t))
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", HTTPError{500, "/boom"}))
	fmt.Println(wrapped, errors.Is(wrapped, HTTPError{Status: 500}))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
}
