package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Clearenv()
	fmt.Println(len(os.Environ()))
	_, err := os.UserHomeDir()
	fmt.Println("home:", err)

	os.Setenv("APP_NAME", "inventory")
	os.Setenv("APP_PORT", "8080")
	os.Setenv("HOME", "/home/gopher")
	fmt.Println(os.Getenv("APP_NAME"), os.Getenv("APP_PORT"), os.Getenv("MISSING") == "")
	v, ok := os.LookupEnv("APP_PORT")
	fmt.Println(v, ok)
	_, ok = os.LookupEnv("MISSING")
	fmt.Println(ok)

	fmt.Println(os.ExpandEnv("$APP_NAME listens on ${APP_PORT}; unset=[$NOPE]"))
	fmt.Println(os.Expand("hello $who and ${what}", func(k string) string {
		return strings.ToUpper(k)
	}))

	os.Setenv("APP_PORT", "9090")
	for _, kv := range os.Environ() {
		fmt.Println(kv)
	}
	os.Unsetenv("APP_NAME")
	fmt.Println(os.Environ())

	fmt.Println("setenv empty key:", os.Setenv("", "x"))
	fmt.Println("setenv with =:", os.Setenv("A=B", "x"))

	home, err := os.UserHomeDir()
	fmt.Println(home, err)
	cfg, err := os.UserConfigDir()
	fmt.Println(cfg, err)
	cache, err := os.UserCacheDir()
	fmt.Println(cache, err)
	os.Setenv("XDG_CACHE_HOME", "relative/cache")
	_, err = os.UserCacheDir()
	fmt.Println(err)
	os.Setenv("TMPDIR", "/var/tmp")
	fmt.Println(os.TempDir())
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
}
