package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness!
Café, naïve — résumé? "Quoted" words; hyphen-ated too.`

type wc struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[strings.ToLower(w)]++
	}
	list := make([]wc, 0, len(freq))
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Printf("%d words, %d distinct\n", len(words), len(freq))
	for _, e := range list[:8] {
		bar := strings.Repeat("#", e.count)
		fmt.Printf("%-12q %2d %s\n", e.word, e.count, bar)
	}
	longest := ""
	for _, w := range words {
		if len([]rune(w)) > len([]rune(longest)) {
			longest = w
		}
	}
	fmt.Println("longest:", longest, len(longest), len([]rune(longest)))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %d fields, starts %q, has 'was': %t\n", i, len(strings.Fields(l)), l[:5], strings.Contains(l, "was"))
	}
	fmt.Println(strings.Count(text, "it was"), strings.Index(text, "age"), strings.LastIndex(text, "age"))
	fmt.Println(strings.Title("hello wide world"), strings.ToUpper("résumé"), strings.ToTitle("ǆ"))
	fmt.Println(freq["café"], freq["hyphen-ated"], freq["missing"])
}
