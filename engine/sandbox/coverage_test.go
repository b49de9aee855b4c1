package sandbox

import (
	"go/types"
	"slices"
	"testing"

	"interleave/engine/interp"
	"interleave/engine/stdlib"
)

// unsupported lists the exported functions and methods of the sandbox
// packages the playground deliberately does not implement, with why.
// TestCoverage fails for any other one without a native.
var unsupported = map[string]string{
	// no processes in the playground
	"(*os.Process).Kill":            whyProcess,
	"(*os.Process).Release":         whyProcess,
	"(*os.Process).Signal":          whyProcess,
	"(*os.Process).Wait":            whyProcess,
	"(*os.Process).WithHandle":      whyProcess,
	"(*os.ProcessState).ExitCode":   whyProcess,
	"(*os.ProcessState).Exited":     whyProcess,
	"(*os.ProcessState).Pid":        whyProcess,
	"(*os.ProcessState).String":     whyProcess,
	"(*os.ProcessState).Success":    whyProcess,
	"(*os.ProcessState).Sys":        whyProcess,
	"(*os.ProcessState).SysUsage":   whyProcess,
	"(*os.ProcessState).SystemTime": whyProcess,
	"(*os.ProcessState).UserTime":   whyProcess,
	"os.FindProcess":                whyProcess,
	"os.StartProcess":               whyProcess,
	// the in-memory file system has no symbolic links
	"os.Symlink":         whyLink,
	"(*os.Root).Symlink": whyLink,
	// no file descriptors beyond the standard files
	"(*os.File).SyscallConn": whyFD,
	// runtime.go is another change: introspection, profiling and finalizers
	"(*runtime.Frames).Next":                   whyRuntime,
	"(*runtime.Func).Entry":                    whyRuntime,
	"(*runtime.Func).FileLine":                 whyRuntime,
	"(*runtime.Func).Name":                     whyRuntime,
	"(*runtime.MemProfileRecord).InUseBytes":   whyRuntime,
	"(*runtime.MemProfileRecord).InUseObjects": whyRuntime,
	"(*runtime.MemProfileRecord).Stack":        whyRuntime,
	"(*runtime.Pinner).Pin":                    whyRuntime,
	"(*runtime.Pinner).Unpin":                  whyRuntime,
	"(*runtime.StackRecord).Stack":             whyRuntime,
	"(runtime.Cleanup).Stop":                   whyRuntime,
	"runtime.AddCleanup":                       whyRuntime,
	"runtime.BlockProfile":                     whyRuntime,
	"runtime.Breakpoint":                       whyRuntime,
	"runtime.CPUProfile":                       whyRuntime,
	"runtime.Callers":                          whyRuntime,
	"runtime.CallersFrames":                    whyRuntime,
	"runtime.FuncForPC":                        whyRuntime,
	"runtime.GOROOT":                           whyRuntime,
	"runtime.GoroutineProfile":                 whyRuntime,
	"runtime.MemProfile":                       whyRuntime,
	"runtime.MutexProfile":                     whyRuntime,
	"runtime.NumCgoCall":                       whyRuntime,
	"runtime.ReadMemStats":                     whyRuntime,
	"runtime.ReadTrace":                        whyRuntime,
	"runtime.SetBlockProfileRate":              whyRuntime,
	"runtime.SetCPUProfileRate":                whyRuntime,
	"runtime.SetCgoTraceback":                  whyRuntime,
	"runtime.SetDefaultGOMAXPROCS":             whyRuntime,
	"runtime.SetMutexProfileFraction":          whyRuntime,
	"runtime.StartTrace":                       whyRuntime,
	"runtime.StopTrace":                        whyRuntime,
	"runtime.ThreadCreateProfile":              whyRuntime,
	// time.go is another change: parsing, locations and encodings
	"(*time.ParseError).Error":     whyTime,
	"(*time.Time).GobDecode":       whyTime,
	"(*time.Time).UnmarshalBinary": whyTime,
	"(time.Time).AppendBinary":     whyTime,
	"(time.Time).AppendText":       whyTime,
	"(time.Time).GobEncode":        whyTime,
	"(time.Time).MarshalBinary":    whyTime,
	"(time.Time).ZoneBounds":       whyTime,
	"time.LoadLocationFromTZData":  whyTime,
}

// Why a function is listed in unsupported.
const (
	whyRuntime = "runtime.go is another change: introspection, profiling and finalizers"
	whyTime    = "time.go is another change: parsing, locations and encodings"
	whyProcess = "no processes in the playground"
	whyLink    = "the in-memory file system has no symbolic links"
	whyFD      = "no file descriptors beyond the standard files"
)

// libFuncs returns the names (as interp.Register keys them) of every
// exported function of the sandbox packages and every exported method of
// their exported named non-interface types.
func libFuncs(t *testing.T) []string {
	var names []string
	for _, path := range stdlib.Packages {
		pkg, err := stdlib.Importer{}.Import(path)
		if err != nil {
			t.Fatal(err)
		}
		scope := pkg.Scope()
		for _, n := range scope.Names() {
			switch obj := scope.Lookup(n).(type) {
			case *types.Func:
				if obj.Exported() {
					names = append(names, obj.FullName())
				}
			case *types.TypeName:
				if !obj.Exported() || obj.IsAlias() {
					continue
				}
				named, ok := obj.Type().(*types.Named)
				if !ok || types.IsInterface(named) {
					continue
				}
				for m := range named.Methods() {
					if m.Exported() {
						names = append(names, m.FullName())
					}
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

func TestCoverage(t *testing.T) {
	names := libFuncs(t)
	implemented := 0
	for _, name := range names {
		switch {
		case interp.Registered(name):
			implemented++
			if _, ok := unsupported[name]; ok {
				// Another change implemented it: the list is stale.
				t.Logf("%s is implemented: remove it from unsupported", name)
			}
		case unsupported[name] == "":
			t.Errorf("%s has no native and is not listed as unsupported", name)
		}
	}
	t.Logf("%d of %d exported functions and methods implemented, %d deliberately unsupported", implemented, len(names), len(unsupported))
}
