package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

const dir = "store_107"

func save(key, value string) error {
	return os.WriteFile(dir+"/"+key+".txt", []byte(value), 0o644)
}

func load(key string) (string, error) {
	b, err := os.ReadFile(dir + "/" + key + ".txt")
	if err != nil {
		return "", fmt.Errorf("load %s: %w", key, err)
	}
	return string(b), nil
}

func main() {
	if err := os.MkdirAll(dir+"/archive", 0o755); err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)

	save("alice", "admin")
	save("bob", "editor")
	save("carol", "viewer")

	v, err := load("bob")
	fmt.Println(v, err)
	_, err = load("dave")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}

	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Printf("%-10s dir=%-5v size=%d mode=%v\n", e.Name(), e.IsDir(), info.Size(), info.Mode())
	}

	f, err := os.OpenFile(dir+"/log.txt", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(f, "event %d\n", i)
	}
	f.Close()
	f, _ = os.OpenFile(dir+"/log.txt", os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("event 4\n")
	_, err = f.Read(make([]byte, 1))
	fmt.Println("read write-only:", err)
	f.Close()
	fmt.Println("close twice:", f.Close())

	f, _ = os.Open(dir + "/log.txt")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println("log:", strings.ToUpper(sc.Text()))
	}
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.IsDir())
	f.Close()

	fmt.Println(os.Rename(dir+"/carol.txt", dir+"/archive/carol.txt"))
	fmt.Println(os.Remove(dir + "/carol.txt"))
	fmt.Println(os.Remove(dir + "/archive"))
	_, err = os.Stat(dir + "/archive/carol.txt")
	fmt.Println("archived:", err == nil)
	fmt.Println(os.Mkdir(dir, 0o755))
	fmt.Println(errors.Is(os.Mkdir(dir, 0o755), fs.ErrExist))
}
