package main

import (
	"fmt"
	"strings"
)

// A tiny JSON-like value printer driven by type switches.
func render(v any, indent int) string {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		return "null"
	case bool, int, float64:
		return fmt.Sprint(x)
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		var parts []string
		for _, e := range x {
			parts = append(parts, render(e, indent+1))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		var b strings.Builder
		b.WriteString("{\n")
		for _, k := range []string{"id", "name", "tags", "active", "score", "owner"} {
			if val, ok := x[k]; ok {
				fmt.Fprintf(&b, "%s  %q: %s\n", pad, k, render(val, indent+1))
			}
		}
		return b.String() + pad + "}"
	case fmt.Stringer:
		return "stringer:" + x.String()
	case error:
		return "error:" + x.Error()
	default:
		return fmt.Sprintf("<%T>", x)
	}
}

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func main() {
	doc := map[string]any{
		"id": 7, "name": "widget", "tags": []any{"a", 1, 2.5, nil, true},
		"active": false, "score": 9.75,
		"owner": map[string]any{"name": "ann", "id": 1},
	}
	fmt.Println(render(doc, 0))
	fmt.Println(render(Color(1), 0), render(fmt.Errorf("bad"), 0), render([]int{1}, 0), render(int8(3), 0))
}
