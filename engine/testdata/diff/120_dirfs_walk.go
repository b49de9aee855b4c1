package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

const root = "site_120"

func main() {
	files := map[string]string{
		"index.html":        "<h1>home</h1>",
		"about/index.html":  "<h1>about</h1>",
		"blog/2024/a.md":    "# A",
		"blog/2024/b.md":    "# B, longer",
		"blog/drafts/c.md":  "# draft",
		"static/style.css":  "body{}",
		"static/img/.keep":  "",
		"blog/2025/new.md":  "# new",
		"blog/2025/old.txt": "old",
	}
	for name, body := range files {
		full := root + "/" + name
		os.MkdirAll(full[:strings.LastIndex(full, "/")], 0o755)
		os.WriteFile(full, []byte(body), 0o644)
	}
	defer os.RemoveAll(root)

	fsys := os.DirFS(root)
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "drafts" {
			fmt.Println("skip", path)
			return fs.SkipDir
		}
		depth := strings.Count(path, "/")
		if path == "." {
			depth = -1
		}
		fmt.Printf("%s%s dir=%v\n", strings.Repeat("  ", depth+1), d.Name(), d.IsDir())
		return nil
	})
	fmt.Println("walk:", err)

	var md []string
	fs.WalkDir(fsys, "blog", func(path string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(path, ".md") {
			md = append(md, path)
		}
		if path == "blog/2025/new.md" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println(md)

	data, err := fs.ReadFile(fsys, "blog/2024/b.md")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "missing.md")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = fs.ReadFile(fsys, "../escape")
	fmt.Println(err)

	entries, err := fs.ReadDir(fsys, "static")
	for _, e := range entries {
		fmt.Println(fs.FormatDirEntry(e))
	}
	info, err := fs.Stat(fsys, "about/index.html")
	fmt.Println(info.Name(), info.Size(), info.Mode(), err)
	de := fs.FileInfoToDirEntry(info)
	fmt.Println(de.Name(), de.IsDir(), de.Type())
	err = fs.WalkDir(fsys, "nope", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("visit", path, d == nil, err)
		return err
	})
	fmt.Println(err)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"))

	for _, pat := range []string{"blog/*/*.md", "*.html", "static/*", "nope/*", "[", "blog/202?"} {
		m, err := fs.Glob(fsys, pat)
		fmt.Println(pat, m, err)
	}

	f, err := fsys.Open("index.html")
	if err == nil {
		st, _ := f.Stat()
		fmt.Println(st.Name(), st.Size())
		f.Close()
	}
}
