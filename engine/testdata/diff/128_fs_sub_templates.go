package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

const base = "assets_128"

func main() {
	for name, body := range map[string]string{
		"templates/page.tmpl":       "<html>{{.}}</html>",
		"templates/partials/a.tmpl": "A",
		"templates/partials/b.tmpl": "B",
		"static/app.js":             "console.log(1)",
	} {
		full := base + "/" + name
		os.MkdirAll(full[:strings.LastIndex(full, "/")], 0o755)
		os.WriteFile(full, []byte(body), 0o644)
	}
	defer os.RemoveAll(base)

	root := os.DirFS(base)
	tmpl, err := fs.Sub(root, "templates")
	fmt.Println("sub:", err)
	data, err := fs.ReadFile(tmpl, "page.tmpl")
	fmt.Printf("%s %v\n", data, err)
	_, err = fs.ReadFile(tmpl, "missing.tmpl")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	matches, err := fs.Glob(tmpl, "partials/*.tmpl")
	fmt.Println(matches, err)
	entries, _ := fs.ReadDir(tmpl, "partials")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	partials, _ := fs.Sub(tmpl, "partials")
	b, _ := fs.ReadFile(partials, "b.tmpl")
	fmt.Println(string(b))
	same, _ := fs.Sub(tmpl, ".")
	fmt.Println(same == tmpl)
	_, err = fs.Sub(root, "../up")
	fmt.Println(err)

	var paths []string
	fs.WalkDir(tmpl, ".", func(p string, d fs.DirEntry, err error) error {
		paths = append(paths, p)
		return err
	})
	fmt.Println(paths)
	info, err := fs.Stat(tmpl, "partials/a.tmpl")
	fmt.Println(info.Name(), info.Size(), err)
	_, err = fs.Stat(tmpl, "nope")
	fmt.Println(err)
	fmt.Println("copy:", os.CopyFS(base+"/copy", tmpl))
	copied, _ := fs.Glob(os.DirFS(base), "copy/*/*")
	fmt.Println(copied)
	err = os.CopyFS(base+"/copy", tmpl)
	fmt.Println(strings.Replace(err.Error(), base, "BASE", 1), errors.Is(err, fs.ErrExist))
	_, err = os.Readlink(base + "/copy/page.tmpl")
	fmt.Println(strings.Replace(err.Error(), base, "BASE", 1))

	f, err := tmpl.Open("page.tmpl")
	if err == nil {
		buf := make([]byte, 6)
		n, _ := f.Read(buf)
		fmt.Printf("%q\n", buf[:n])
		f.Close()
	}
}
