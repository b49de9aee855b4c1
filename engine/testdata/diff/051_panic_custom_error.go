package main

import "fmt"

type ConfigError struct {
	Key    string
	Reason string
}

func (e ConfigError) Error() string { return fmt.Sprintf("config %q: %s", e.Key, e.Reason) }

func mustGet(cfg map[string]string, key string) string {
	v, ok := cfg[key]
	if !ok {
		panic(ConfigError{key, "missing"})
	}
	return v
}

func main() {
	cfg := map[string]string{"host": "localhost"}
	fmt.Println("host =", mustGet(cfg, "host"))
	fmt.Println("port =", mustGet(cfg, "port"))
}
