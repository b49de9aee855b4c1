// This file holds Compile: source to type-checked SSA.

package compile

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/stdlib"
)

// GoVersion is the language version programs are checked against, as
// `go run` outside a module would (the toolchain's own version).
const GoVersion = "go1.26"

// A Result is a compiled program.
type Result struct {
	Fset  *token.FileSet // positions of Files (sandbox objects have token.NoPos)
	Files []*ast.File    // the program's syntax, one file
	Types *types.Package // the main package's types
	Info  *types.Info    // complete: Types, Defs, Uses, Implicits, Selections, Scopes, Instances, FileVersions
	Prog  *ssa.Program   // the main package and every package it imports, transitively
	Main  *ssa.Package   // the main package, built
}

// A Config controls compilation. The zero value is the default.
type Config struct {
	// Mode adds to the SSA builder's mode, which always includes
	// ssa.InstantiateGenerics (tests add ssa.SanityCheckFunctions).
	Mode ssa.BuilderMode
}

// Compile compiles src, the program's only file, named filename ("prog.go"),
// with the default Config. A program that does not compile gives an
// ErrorList.
func Compile(filename string, src []byte) (*Result, error) {
	return new(Config).Compile(filename, src)
}

// Compile compiles src, the program's only file, named filename. A program
// that does not compile gives an ErrorList.
func (c *Config) Compile(filename string, src []byte) (*Result, error) {
	fset := token.NewFileSet()

	// 1. The go command reads the package clause and imports with go/parser.
	header, err := parser.ParseFile(fset, filename, src, parser.ImportsOnly|parser.ParseComments)
	if err != nil {
		return nil, parserErrors(err, "")
	}

	// 2. It wants package main and (here) sandbox imports only.
	if header.Name.Name != "main" {
		return nil, ErrorList{{Msg: "package command-line-arguments is not a main package"}}
	}
	var r reporter
	for _, spec := range header.Imports {
		path, _ := strconv.Unquote(spec.Path.Value)
		if !stdlib.Available(path) {
			err := &stdlib.NotAvailableError{Path: path}
			r.add(fset.Position(spec.Path.Pos()), err.Error())
		}
	}
	if r.failed() {
		return nil, r.list()
	}

	// 3. The compiler parses the whole file.
	fset = token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, parserErrors(err, "syntax error: ")
	}
	files := []*ast.File{file}

	// 4. go/types checks it.
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	conf := types.Config{
		Importer:  stdlib.Default,
		Sizes:     types.SizesFor("gc", "wasm"),
		GoVersion: GoVersion,
		Error: func(err error) {
			terr := err.(types.Error)
			r.add(terr.Fset.Position(terr.Pos), terr.Msg)
		},
	}
	pkg, _ := conf.Check("main", fset, files, info)
	if r.failed() {
		return nil, r.list()
	}

	// 5. The linker wants func main.
	if _, ok := pkg.Scope().Lookup("main").(*types.Func); !ok {
		return nil, ErrorList{{Msg: "runtime.main_main·f: function main is undeclared in the main package"}}
	}

	prog := ssa.NewProgram(fset, ssa.InstantiateGenerics|c.Mode)
	created := make(map[*types.Package]bool)
	var create func(pkgs []*types.Package)
	create = func(pkgs []*types.Package) {
		for _, p := range pkgs {
			if !created[p] {
				created[p] = true
				prog.CreatePackage(p, nil, nil, true)
				create(p.Imports())
			}
		}
	}
	create(pkg.Imports())
	main := prog.CreatePackage(pkg, files, info, false)
	main.Build()

	return &Result{Fset: fset, Files: files, Types: pkg, Info: info, Prog: prog, Main: main}, nil
}

// parserErrors converts go/parser's errors.
func parserErrors(err error, prefix string) ErrorList {
	var r reporter
	if list, ok := err.(scanner.ErrorList); ok {
		for _, e := range list {
			r.add(e.Pos, prefix+e.Msg)
		}
	} else {
		r.add(token.Position{}, err.Error())
	}
	return r.list()
}
