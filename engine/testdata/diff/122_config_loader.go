package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
)

const cfgPath = "app_122.conf"

var defaults = map[string]string{"host": "localhost", "port": "8080", "debug": "false"}

func load(path string) (map[string]string, error) {
	cfg := map[string]string{}
	for k, v := range defaults {
		cfg[k] = v
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for n := 1; ; n++ {
		line, _, err := r.ReadLine()
		if err != nil {
			break
		}
		s := strings.TrimSpace(string(line))
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		k, v, ok := strings.Cut(s, "=")
		if !ok {
			return nil, fmt.Errorf("%s:%d: missing '=' in %q", path, n, s)
		}
		cfg[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return cfg, nil
}

func save(path string, cfg map[string]string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintln(w, "# generated")
	for _, k := range keys {
		fmt.Fprintf(w, "%s = %s\n", k, cfg[k])
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func show(cfg map[string]string) {
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s=%s\n", k, cfg[k])
	}
}

func main() {
	defer os.Remove(cfgPath)
	cfg, err := load(cfgPath)
	fmt.Println("defaults:", err)
	show(cfg)

	cfg["port"] = "9000"
	cfg["name"] = "demo"
	fmt.Println("save:", save(cfgPath, cfg))
	info, _ := os.Stat(cfgPath)
	fmt.Println(info.Mode(), info.Size())
	raw, _ := os.ReadFile(cfgPath)
	fmt.Print(string(raw))

	cfg, err = load(cfgPath)
	fmt.Println("reloaded:", err)
	show(cfg)

	os.WriteFile(cfgPath, []byte("host=example.com\n\n# comment\nbroken line\n"), 0o644)
	_, err = load(cfgPath)
	fmt.Println(err)

	os.Chmod(cfgPath, 0o400)
	info, _ = os.Stat(cfgPath)
	fmt.Println(info.Mode().Perm(), info.Mode().IsRegular())
	_, err = load("dir_122/")
	fmt.Println("dir path:", err)
}
