package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type BookID int

type Book struct {
	ID       BookID
	Title    string
	Author   string
	Year     int
	Borrower string
	Due      time.Time
}

type Library struct {
	books   map[BookID]*Book
	members map[string][]BookID
	nextID  BookID
	today   time.Time
}

var (
	ErrNoSuchBook   = errors.New("no such book")
	ErrAlreadyTaken = errors.New("book already borrowed")
	ErrLimit        = errors.New("borrow limit reached")
)

type BorrowError struct {
	Member string
	Book   BookID
	Err    error
}

func (e *BorrowError) Error() string {
	return fmt.Sprintf("%s cannot borrow #%d: %v", e.Member, e.Book, e.Err)
}
func (e *BorrowError) Unwrap() error { return e.Err }

func NewLibrary(today time.Time) *Library {
	return &Library{books: map[BookID]*Book{}, members: map[string][]BookID{}, nextID: 100, today: today}
}

func (l *Library) Add(title, author string, year int) BookID {
	l.nextID++
	l.books[l.nextID] = &Book{ID: l.nextID, Title: title, Author: author, Year: year}
	return l.nextID
}

func (l *Library) Borrow(member string, id BookID) error {
	b, ok := l.books[id]
	switch {
	case !ok:
		return &BorrowError{member, id, ErrNoSuchBook}
	case b.Borrower != "":
		return &BorrowError{member, id, fmt.Errorf("%w (by %s)", ErrAlreadyTaken, b.Borrower)}
	case len(l.members[member]) >= 2:
		return &BorrowError{member, id, ErrLimit}
	}
	b.Borrower = member
	b.Due = l.today.AddDate(0, 0, 14)
	l.members[member] = append(l.members[member], id)
	return nil
}

func (l *Library) Overdue(at time.Time) []string {
	var out []string
	for _, b := range l.books {
		if b.Borrower != "" && at.After(b.Due) {
			days := int(at.Sub(b.Due).Hours() / 24)
			out = append(out, fmt.Sprintf("%s: %q %d days late", b.Borrower, b.Title, days))
		}
	}
	sort.Strings(out)
	return out
}

func (l *Library) Catalog() string {
	ids := make([]BookID, 0, len(l.books))
	for id := range l.books {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := l.books[ids[i]], l.books[ids[j]]
		if a.Author != b.Author {
			return a.Author < b.Author
		}
		return a.Year < b.Year
	})
	var sb strings.Builder
	for _, id := range ids {
		b := l.books[id]
		status := "available"
		if b.Borrower != "" {
			status = "due " + b.Due.Format("Mon Jan 2")
		}
		fmt.Fprintf(&sb, "#%d %-24s %-10s %4d  %s\n", b.ID, b.Title, b.Author, b.Year, status)
	}
	return sb.String()
}

func main() {
	lib := NewLibrary(time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC))
	dune := lib.Add("Dune", "Herbert", 1965)
	lib.Add("Children of Dune", "Herbert", 1976)
	hobbit := lib.Add("The Hobbit", "Tolkien", 1937)
	lotr := lib.Add("The Lord of the Rings", "Tolkien", 1954)
	for _, req := range []struct {
		who string
		id  BookID
	}{{"ann", dune}, {"bob", dune}, {"ann", hobbit}, {"ann", lotr}, {"cy", 999}, {"bob", lotr}} {
		if err := lib.Borrow(req.who, req.id); err != nil {
			var be *BorrowError
			errors.As(err, &be)
			fmt.Printf("%-50v taken=%-5t limit=%-5t missing=%t\n", err, errors.Is(err, ErrAlreadyTaken), errors.Is(err, ErrLimit), errors.Is(be, ErrNoSuchBook))
		}
	}
	fmt.Print(lib.Catalog())
	fmt.Println(strings.Join(lib.Overdue(time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)), "\n"))
	fmt.Println(lib.members)
}
