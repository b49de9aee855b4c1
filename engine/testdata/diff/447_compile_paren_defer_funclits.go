package main

import (
	"fmt"
	"os"
)

type Config struct {
	Name    string
	Retries int
}

func load(path string) (*Config, error) {
	if path == "" {
		return nil, fmt.Errorf("empty path")
	}
	return &Config{Name: path, Retries: 3}, nil
}

func main() {
	cfg, err := load("app.conf")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer (fmt.Println("done"))
	defer (cfg.Print)
	var retries string = cfg.Retries
	fmt.Println(cfg.Name, retries)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"neg": func(a int) int { return -a },
	}
	fmt.Println(ops["add"](1))
	var e error = "failure"
	fmt.Println(e)
}
