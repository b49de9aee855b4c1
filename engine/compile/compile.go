// This file holds Compile: source to type-checked SSA.

package compile

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/compile/internal/syntax"
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

	// 3. The compiler parses the whole file, in its own words, and checks
	// branches and labels. A syntax error stops it before type checking.
	syntaxErrors := false
	errh := func(err error) {
		e := err.(syntax.Error)
		r.add(token.Position{Filename: filename, Line: int(e.Pos.Line()), Column: int(e.Pos.Col())}, relativePositions(filename, e.Msg))
		syntaxErrors = syntaxErrors || strings.HasPrefix(e.Msg, "syntax error")
	}
	sfile, _ := syntax.Parse(syntax.NewFileBase(filename), bytes.NewReader(src), errh, nil, syntax.CheckBranches)
	if syntaxErrors || sfile == nil {
		return nil, r.list()
	}
	// go/parser gives the syntax tree the rest of the pipeline uses; it
	// fails only where it disagrees with the compiler's parser.
	fset = token.NewFileSet()
	file, err := parser.ParseFile(fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
	var ignored map[token.Position]bool
	var pending []posError // fileErrors not reported yet
	if err != nil {
		// go/parser rejects the file for what gc's parser accepts and
		// types2 reports (fileErrors), or for a bad literal gc's scanner
		// reported in its own words ("newline in string") before types2
		// checked the file. go/parser's partial tree is too broken to
		// check the rest (it gives spurious errors), so the rest is
		// checked in a rewritten source that go/parser accepts, when
		// there is one.
		list, isList := err.(scanner.ErrorList)
		if !isList || !parserOnly(list) && !r.failed() {
			return nil, parserErrors(err, "syntax error: ")
		}
		pending = fileErrors(filename, sfile)
		fixed, ign, ok := parserFixups(src, sfile)
		if ok {
			fset = token.NewFileSet()
			file, err = parser.ParseFile(fset, filename, fixed, parser.ParseComments|parser.SkipObjectResolution)
		}
		if !ok || err != nil {
			r.flushBefore(&pending, token.Position{})
			return nil, r.list()
		}
		ignored = make(map[token.Position]bool)
		for _, p := range ign {
			ignored[token.Position{Filename: filename, Line: int(p.Line()), Column: int(p.Col())}] = true
		}
	}
	files := []*ast.File{file}
	branches := branchPositions(file)

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
			if branches[terr.Pos] {
				return // the compiler's parser checked branches (above)
			}
			pos := fset.Position(gcPos(file, terr))
			if ignored[token.Position{Filename: pos.Filename, Line: pos.Line, Column: pos.Column}] {
				return // about a rewritten expression (parserFixups)
			}
			msg := relativePositions(filename, gcTypeParams(fset, file, terr.Pos, gcExprs(file, terr.Msg)))
			if strings.HasPrefix(msg, "\t") {
				r.continued(pos, msg)
				return
			}
			r.flushBefore(&pending, pos)
			r.add(pos, msg)
		},
	}
	pkg, err := conf.Check("main", fset, files, info)
	r.flushBefore(&pending, token.Position{})
	if err != nil && !r.failed() {
		r.add(token.Position{}, err.Error()) // not reported through conf.Error
	}
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
				for _, dep := range nativeDeps[p.Path()] {
					if dp, err := stdlib.Default.Import(dep); err == nil {
						create([]*types.Package{dp})
					}
				}
			}
		}
	}
	create(pkg.Imports())
	main := prog.CreatePackage(pkg, files, info, false)
	main.Build()

	return &Result{Fset: fset, Files: files, Types: pkg, Info: info, Prog: prog, Main: main}, nil
}

// branchPositions returns the positions at which go/types reports errors in
// branches and labels, which gc leaves to its parser (types2's
// IgnoreBranchErrors, which go/types lacks).
func branchPositions(file *ast.File) map[token.Pos]bool {
	pos := make(map[token.Pos]bool)
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BranchStmt:
			pos[n.Pos()] = true
			if n.Label != nil {
				pos[n.Label.Pos()] = true
			}
		case *ast.LabeledStmt:
			pos[n.Label.Pos()] = true
		}
		return true
	})
	return pos
}

// parserOnly reports whether go/parser rejected the file only for what gc's
// parser accepts and types2 reports (fileErrors).
func parserOnly(list scanner.ErrorList) bool {
	for _, e := range list {
		switch {
		case strings.HasPrefix(e.Msg, "expression in ") && strings.HasSuffix(e.Msg, " must be function call"):
		case strings.HasPrefix(e.Msg, "expression in ") && strings.HasSuffix(e.Msg, " must not be parenthesized"):
		case e.Msg == "expected at most 2 expressions":
		default:
			return false
		}
	}
	return true
}

// fileErrors reports, in types2's words, what go/parser rejects and gc's
// parser leaves to types2.
// They come in source order, as types2 reports them.
func fileErrors(filename string, file *syntax.File) []posError {
	at := func(p syntax.Pos) token.Position {
		return token.Position{Filename: filename, Line: int(p.Line()), Column: int(p.Col())}
	}
	var errs []posError
	syntax.Inspect(file, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.CallStmt:
			if _, ok := syntax.Unparen(n.Call).(*syntax.CallExpr); !ok {
				errs = append(errs, posError{at(syntax.StartPos(syntax.Unparen(n.Call))), fmt.Sprintf("expression in %s must be function call", n.Tok)})
			}
		case *syntax.RangeClause:
			if list, ok := n.Lhs.(*syntax.ListExpr); ok && len(list.ElemList) > 2 {
				errs = append(errs, posError{at(syntax.StartPos(list.ElemList[2])), "range clause permits at most two iteration variables"})
			}
		}
		return true
	})
	return errs
}

// A posError is an error message at a position.
type posError struct {
	pos token.Position
	msg string
}

// flushBefore reports the errors of *pending before pos (all if pos has
// no line), so they interleave with go/types' in types2's order.
func (r *reporter) flushBefore(pending *[]posError, pos token.Position) {
	for len(*pending) > 0 {
		e := (*pending)[0]
		if pos.Line != 0 && (e.pos.Line > pos.Line || e.pos.Line == pos.Line && e.pos.Column > pos.Column) {
			return
		}
		r.add(e.pos, e.msg)
		*pending = (*pending)[1:]
	}
}

// parserFixups rewrites src, which go/parser rejects only for what
// fileErrors reports, into a source it accepts and that type-checks as
// types2 checks the original after reporting those errors, every other
// token at the same line and column:
//
//   - "defer x" and "go x" with x not a call become "_ =   x" and "_= x":
//     types2 still checks x (and counts what it uses as used);
//   - "for a, b, c := range" becomes "for a, b    := range": types2
//     declares the first two variables only;
//   - a bad literal ('abc', "unterminated) becomes an undefined name of
//     its length, an invalid operand as the literal is to types2.
//
// It returns the positions of the rewritten expressions, where go/types'
// errors about them as values (not types2's) are to be ignored, and false
// if it cannot rewrite src.
func parserFixups(src []byte, file *syntax.File) (fixed []byte, ignored []syntax.Pos, ok bool) {
	fixed = bytes.Clone(src)
	var lineStart []int // byte offset of each line, 1-based
	lineStart = append(lineStart, 0, 0)
	for i, c := range src {
		if c == '\n' {
			lineStart = append(lineStart, i+1)
		}
	}
	offset := func(p syntax.Pos) int {
		if int(p.Line()) >= len(lineStart) {
			return -1
		}
		return lineStart[p.Line()] + int(p.Col()) - 1
	}
	ok = true
	syntax.Inspect(file, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.CallStmt:
			// "defer (f())": gc's parser reported the parentheses (and
			// dropped them from the tree), go/parser rejects them: they
			// become spaces.
			kw, call, end := offset(n.Pos())+len(n.Tok.String()), offset(syntax.StartPos(n.Call)), offset(syntax.EndPos(n.Call))
			if kw < 0 || call < kw || end < call || end > len(fixed) {
				ok = false
				return false
			}
			for i := kw; i < call; i++ {
				if fixed[i] != '(' {
					continue
				}
				fixed[i] = ' '
				for end < len(fixed) && fixed[end] != ')' {
					end++
				}
				if end == len(fixed) {
					ok = false
					return false
				}
				fixed[end] = ' '
			}
			if _, isCall := syntax.Unparen(n.Call).(*syntax.CallExpr); isCall {
				break
			}
			at := offset(n.Pos())
			repl := "_ =  " // as long as "defer"
			if n.Tok == syntax.Go {
				repl = "_="
			}
			if at < 0 || at+len(repl) > len(fixed) || !bytes.HasPrefix(fixed[at:], []byte(n.Tok.String())) {
				ok = false
				break
			}
			copy(fixed[at:], repl)
			ignored = append(ignored, syntax.StartPos(syntax.Unparen(n.Call)))
		case *syntax.BasicLit:
			if !n.Bad {
				break
			}
			// types2 takes a bad literal as an invalid operand, silently;
			// an undefined name does that in go/types.
			at := offset(n.Pos())
			if at < 0 || at+len(n.Value) > len(fixed) || strings.Contains(n.Value, "\n") || !bytes.HasPrefix(fixed[at:], []byte(n.Value)) {
				ok = false
				break
			}
			for i := range len(n.Value) {
				fixed[at+i] = "_x"[min(i, 1)]
			}
			ignored = append(ignored, n.Pos())
		case *syntax.RangeClause:
			list, isList := n.Lhs.(*syntax.ListExpr)
			if !isList || len(list.ElemList) <= 2 {
				break
			}
			from, to := offset(syntax.EndPos(list.ElemList[1])), offset(syntax.EndPos(list.ElemList[len(list.ElemList)-1]))
			if from < 0 || to < from || to > len(fixed) {
				ok = false
				break
			}
			for i := from; i < to; i++ {
				if fixed[i] != '\n' {
					fixed[i] = ' '
				}
			}
		}
		return ok
	})
	return fixed, ignored, ok
}

// gcPos returns the position at which types2 (and so gc) reports err, where
// go/types reports it elsewhere. types2 reports an error at the start of
// the node concerned; go/types sometimes at a token inside it.
func gcPos(file *ast.File, err types.Error) token.Pos {
	pos := err.Pos
	switch {
	case strings.HasPrefix(err.Msg, "not enough arguments in call to "):
		// go/types: at the ")"; types2: at the last argument, or the call.
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && call.Rparen == err.Pos {
				pos = call.Pos()
				if len(call.Args) > 0 {
					pos = call.Args[len(call.Args)-1].Pos()
				}
			}
			return pos == err.Pos
		})
	case strings.HasPrefix(err.Msg, "invalid operation: too many arguments for "),
		strings.HasPrefix(err.Msg, "invalid operation: not enough arguments for "),
		strings.HasPrefix(err.Msg, "missing argument in conversion to "):
		// A built-in's or a conversion's argument count: go/types at
		// the ")", types2 at the call.
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && call.Rparen == err.Pos {
				pos = call.Pos()
			}
			return pos == err.Pos
		})
	case strings.HasPrefix(err.Msg, "in call to ") && strings.Contains(err.Msg, ", cannot infer "):
		// go/types: at the function, types2: at the call's "(".
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && call.Fun.Pos() == err.Pos {
				pos = call.Lparen
			}
			return pos == err.Pos
		})
	case strings.HasPrefix(err.Msg, "invalid operation: cannot send to "):
		// go/types: at the arrow; types2: at the statement.
		ast.Inspect(file, func(n ast.Node) bool {
			if send, ok := n.(*ast.SendStmt); ok && send.Arrow == err.Pos {
				pos = send.Pos()
			}
			return pos == err.Pos
		})
	case strings.Contains(err.Msg, " does not satisfy "):
		// For inferred type arguments: go/types at the function,
		// types2 at the call's "(".
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && call.Fun.Pos() == err.Pos {
				switch call.Fun.(type) {
				case *ast.IndexExpr, *ast.IndexListExpr:
				default:
					pos = call.Lparen
				}
			}
			return pos == err.Pos
		})
	}
	return pos
}

// gcExprs rewrites the function literals msg quotes as types2 prints them
// ("func(s string) int {…}", or "{}" for an empty body) instead of
// go/types' "(func(s string) int literal)".
func gcExprs(file *ast.File, msg string) string {
	if !strings.Contains(msg, " literal)") {
		return msg
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			sig := types.ExprString(lit.Type)
			body := " {…}"
			if len(lit.Body.List) == 0 {
				body = " {}"
			}
			msg = strings.ReplaceAll(msg, "("+sig+" literal)", sig+body)
		}
		return true
	})
	return msg
}

// typeParamNote is how go/types marks a type parameter named like a
// predeclared identifier ("func (b Box[int]) ...") in a message.
var typeParamNote = regexp.MustCompile(`\b(\w+)/\* type parameter \*/`)

// gcTypeParams rewrites go/types' "int/* type parameter */" in msg, an
// error at pos, as types2 writes it: "int /* with int declared at
// prog.go:38:13 */", the type parameter's declaration being the one of that
// name in the declaration around pos.
func gcTypeParams(fset *token.FileSet, file *ast.File, pos token.Pos, msg string) string {
	if !strings.Contains(msg, "/* type parameter */") {
		return msg
	}
	return typeParamNote.ReplaceAllStringFunc(msg, func(m string) string {
		name := typeParamNote.FindStringSubmatch(m)[1]
		var decl *ast.Ident
		for _, d := range file.Decls {
			if pos < d.Pos() || pos >= d.End() {
				continue
			}
			ast.Inspect(d, func(n ast.Node) bool {
				var idents []*ast.Ident
				switch n := n.(type) {
				case *ast.FuncDecl:
					if n.Recv != nil && len(n.Recv.List) > 0 {
						t := n.Recv.List[0].Type
						if star, ok := t.(*ast.StarExpr); ok {
							t = star.X
						}
						switch t := t.(type) {
						case *ast.IndexExpr:
							idents = append(idents, identOf(t.Index))
						case *ast.IndexListExpr:
							for _, x := range t.Indices {
								idents = append(idents, identOf(x))
							}
						}
					}
				case *ast.FieldList:
					for _, f := range n.List {
						idents = append(idents, f.Names...)
					}
				}
				for _, id := range idents {
					if decl == nil && id != nil && id.Name == name {
						decl = id
					}
				}
				return decl == nil
			})
		}
		if decl == nil {
			return m
		}
		return fmt.Sprintf("%s /* with %s declared at %s */", name, name, fset.Position(decl.Pos()))
	})
}

func identOf(x ast.Expr) *ast.Ident {
	id, _ := x.(*ast.Ident)
	return id
}

// positionInMsg is a position of the program's file quoted in a message.
var positionInMsg = regexp.MustCompile(`(^|[\s(])([\w.-]+\.go:\d)`)

// relativePositions writes the positions in the program's file that msg
// quotes ("other declaration of x", "declared at ...") as the go command
// prints them: relative to the current directory, "./prog.go:6:6".
func relativePositions(filename, msg string) string {
	return positionInMsg.ReplaceAllStringFunc(msg, func(m string) string {
		i := strings.Index(m, filename+":")
		if i < 0 {
			return m
		}
		return m[:i] + "./" + m[i:]
	})
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

// nativeDeps lists, for a sandbox package, the packages its natives use
// that its export data does not mention: log's standard logger and
// flag's output write to os.Stderr (an *os.File), and flag's CommandLine
// reads os.Args, even in a program that does not import os.
var nativeDeps = map[string][]string{
	"flag": {"os"},
	"log":  {"os"},
}
