// This file holds the AST node that stands in the prose for a runnable
// example, and its HTML renderer.

package render

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// kindExampleRef is the kind of exampleRef nodes.
var kindExampleRef = ast.NewNodeKind("ExampleRef")

// An exampleRef replaces the N-th runnable code block (from 1).
type exampleRef struct {
	ast.BaseBlock
	N int
}

func (n *exampleRef) Kind() ast.NodeKind { return kindExampleRef }

func (n *exampleRef) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"N": fmt.Sprint(n.N)}, nil)
}

// exampleRefRenderer renders an exampleRef as a link to the playground.
type exampleRefRenderer struct{}

func (exampleRefRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindExampleRef, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			fmt.Fprintf(w, `<p class="example-ref" data-example="%d"><a href="#playground">Example %d</a> is in the playground: read it, run it, change it.</p>`+"\n",
				n.(*exampleRef).N, n.(*exampleRef).N)
		}
		return ast.WalkContinue, nil
	})
}
