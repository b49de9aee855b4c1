package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// walk lists the tree under dir, indented, directories first.
func walk(dir, indent string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		fmt.Println(indent+"error:", err)
		return
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].IsDir() && !entries[j].IsDir() })
	for _, e := range entries {
		if e.IsDir() {
			fmt.Printf("%s%s/\n", indent, e.Name())
			walk(dir+"/"+e.Name(), indent+"  ")
			continue
		}
		info, _ := e.Info()
		fmt.Printf("%s%s (%d bytes) %v\n", indent, e.Name(), info.Size(), e.Type().IsRegular())
	}
}

func main() {
	root, err := os.MkdirTemp("", "tree-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	fmt.Println(strings.HasPrefix(root, os.TempDir()))

	os.MkdirAll(root+"/src/pkg/util", 0o755)
	os.MkdirAll(root+"/docs", 0o755)
	os.WriteFile(root+"/README.md", []byte("# tree\n"), 0o644)
	os.WriteFile(root+"/src/main.go", []byte("package main\n"), 0o644)
	os.WriteFile(root+"/src/pkg/util/util.go", []byte("package util\n\nfunc F() {}\n"), 0o644)
	f, _ := os.CreateTemp(root+"/docs", "note-*.txt")
	f.WriteString("temporary")
	f.Close()
	fmt.Println(strings.HasSuffix(f.Name(), ".txt"), strings.Contains(f.Name(), "/docs/note-"))
	os.Rename(f.Name(), root+"/docs/note.txt")

	walk(root, "")

	d, _ := os.Open(root + "/src")
	names, err := d.Readdirnames(-1)
	fmt.Println(names, err)
	d.Close()

	// Directory order is the file system's: count the batches only.
	d, _ = os.Open(root)
	var seen []string
	for {
		batch, err := d.ReadDir(2)
		if err != nil {
			fmt.Println("batch end:", err)
			break
		}
		fmt.Println("batch of", len(batch))
		for _, e := range batch {
			seen = append(seen, e.Name())
		}
	}
	d.Close()
	sort.Strings(seen)
	fmt.Println(seen)

	fmt.Println(strings.Replace(os.Remove(root+"/src").Error(), root, "ROOT", 1))
	fmt.Println(os.RemoveAll(root + "/src"))
	fmt.Println(os.RemoveAll(root + "/src"))
	_, err = os.Stat(root + "/src/main.go")
	fmt.Println(os.IsNotExist(err))
	walk(root, "")
	_, err = os.CreateTemp(root, "bad/pattern")
	fmt.Println(err)
}
