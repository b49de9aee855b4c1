package main

import (
	"fmt"
	"strings"
)

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) Add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *Table) Render() string {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%-*s", widths[i], c)
		}
		b.WriteByte('\n')
	}
	line(t.headers)
	for i, w := range widths {
		if i > 0 {
			b.WriteString("-+-")
		}
		b.WriteString(strings.Repeat("-", w))
	}
	b.WriteRune('\n')
	for _, r := range t.rows {
		line(r)
	}
	return b.String()
}

func main() {
	t := &Table{headers: []string{"Item", "Qty", "Price"}}
	t.Add("apple", "3", "0.50")
	t.Add("watermelon", "1", "3.20")
	t.Add("fig", "12", "0.25")
	out := t.Render()
	fmt.Print(out)
	fmt.Println(len(out), strings.Count(out, "\n"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
}
