package main

import (
	"fmt"
	"os"
)

type Stats struct {
	values []int
}

func (s Stats) Mean() int {
	sum := 0
	for _, v := range s.values {
		sum += v
	}
	return sum / len(s.values)
}

type ConfigError struct {
	Key  string
	Line int
}

func (e *ConfigError) Error() string { return fmt.Sprintf("config %s at line %d", e.Key, e.Line) }

func mustConfig(key string) {
	if key == "" {
		panic(&ConfigError{"<empty>", 3})
	}
}

func main() {
	fmt.Println(Stats{[]int{1, 2, 3, 4}}.Mean())
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			fmt.Fprintln(os.Stderr, "warning: recovered once")
			mustConfig("")
		}
	}()
	fmt.Println(Stats{}.Mean())
}
