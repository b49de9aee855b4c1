package main

import (
	"fmt"
	"strings"
)

type Order struct {
	ID    int
	Items []string
	Qty   map[string]int
}

func summarize(orders []*Order) string {
	var sb strings.Builder
	for _, o := range orders {
		fmt.Fprintf(&sb, "%d:%s:%d;",
			o.ID,
			strings.Join(o.Items, ","),
			o.Qty[o.Items[0]]+
				len(o.Items))
	}
	return sb.String()
}

func main() {
	orders := []*Order{
		{ID: 1, Items: []string{"a", "b"}, Qty: map[string]int{"a": 2}},
		{ID: 2, Items: []string{"c"}},
	}
	fmt.Println(summarize(orders))
	orders = append(orders,
		&Order{ID: 3},
	)
	result := summarize(
		orders,
	)
	fmt.Println(result)
}
