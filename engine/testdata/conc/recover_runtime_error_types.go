// Workers recover their panics and classify them by type: panic(nil) gives
// a *runtime.PanicNilError since Go 1.21, a failed type assertion a
// *runtime.TypeAssertionError, and both are runtime.Errors.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func classify(r any) string {
	switch e := r.(type) {
	case nil:
		return "no panic"
	case *runtime.PanicNilError:
		return "panic(nil): " + e.Error()
	case *runtime.TypeAssertionError:
		return "assertion: " + e.Error()
	case runtime.Error:
		return "runtime: " + e.Error()
	case error:
		return "error: " + e.Error()
	default:
		return fmt.Sprintf("value %v", e)
	}
}

func main() {
	var payload any = "text"
	jobs := []func(){
		func() {},
		func() { panic(nil) },
		func() { _ = payload.(int) },
		func() { _ = payload.(fmt.Stringer) },
		func() { var s []int; _ = s[3] },
		func() { panic(fmt.Errorf("wrapped: %w", runtime.Error(nil))) },
		func() { panic(3.5) },
	}
	out := make([]string, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { out[i] = classify(recover()) }()
			job()
		}()
	}
	wg.Wait()
	for i, s := range out {
		fmt.Println(i, s)
	}
}
