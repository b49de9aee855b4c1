package main

import (
	"errors"
	"fmt"
	"log"
)

var errNotFound = errors.New("config file not found")

func loadConfig(path string) (map[string]string, error) {
	if path == "" {
		return nil, fmt.Errorf("load %q: %w", path, errNotFound)
	}
	return map[string]string{"mode": "dev"}, nil
}

func main() {
	defer fmt.Println("this deferred call must not run")
	log.SetFlags(0)
	cfg, err := loadConfig("app.conf")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("mode:", cfg["mode"])
	if _, err := loadConfig(""); err != nil {
		log.Fatal("startup failed: ", err)
	}
	fmt.Println("unreachable")
}
