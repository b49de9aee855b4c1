package main

import (
	"fmt"
	"strings"
)

var (
	total    = compute("total", a+b)
	a        = compute("a", 10)
	b        = compute("b", c*2)
	c        = compute("c", 3)
	registry = map[string]func(int) int{}
	log      []string
	greeting = strings.Repeat("hi ", c)
)

func compute(name string, v int) int {
	log = append(log, fmt.Sprintf("%s=%d", name, v))
	return v
}

func init() {
	registry["double"] = func(x int) int { return x * 2 }
	log = append(log, "init1")
}

func init() {
	registry["square"] = func(x int) int { return x * x }
	log = append(log, "init2")
}

type Config struct {
	Name    string
	Retries int
}

var defaultConfig = newConfig()

func newConfig() *Config {
	log = append(log, "newConfig")
	return &Config{Name: "default", Retries: c}
}

var x, y = swap(1, 2)

func swap(p, q int) (int, int) {
	log = append(log, "swap")
	return q, p
}

func main() {
	fmt.Println(strings.Join(log, ", "))
	fmt.Println(total, a, b, c, x, y)
	fmt.Println(registry["double"](21), registry["square"](7), len(registry))
	fmt.Printf("%+v %q\n", *defaultConfig, greeting)
}
