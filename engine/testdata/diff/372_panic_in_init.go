package main

import (
	"fmt"
	"strconv"
)

var table = buildTable([]string{"1", "2", "3"})

func buildTable(xs []string) map[string]int {
	m := make(map[string]int)
	for _, x := range xs {
		n, err := strconv.Atoi(x)
		if err != nil {
			panic(err)
		}
		m[x] = n * n
	}
	return m
}

var config map[string]string

func init() {
	fmt.Println("first init, table:", table)
}

func mustGet(key string) string {
	v, ok := config[key]
	if !ok {
		panic(fmt.Sprintf("config key %q missing", key))
	}
	return v
}

func init() {
	fmt.Println("second init")
	config = map[string]string{"port": "8080"}
	fmt.Println("port", mustGet("port"))
	fmt.Println("host", mustGet("host"))
}

func main() {
	fmt.Println("main never runs")
}
