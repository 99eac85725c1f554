package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Formats a reader understands; "" means sniff from name and content.
const (
	FormatAuto  = ""
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSON  = "json"
	FormatJSONL = "jsonl"
	FormatFeed  = "feed"
)

// Reader turns documents into articles.
type Reader struct {
	Boilerplate *Boilerplate
	// Fields maps article fields (title, text, url, source, published) to
	// the JSON keys that hold them; unset fields use common key names.
	Fields map[string]string
	// Format forces a format for every input instead of sniffing.
	Format string
}

// Extensions read when a directory is walked.
var Extensions = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, ".json": true, ".jsonl": true, ".ndjson": true,
	".xml": true, ".rss": true, ".atom": true}

// FileError is a document that could not be read, with the reason.
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// Expand turns command-line inputs (files, directories, globs, "-") into a
// sorted list of files; directories are walked for known extensions.
func Expand(inputs []string) ([]string, []error) {
	var files []string
	var errs []error
	for _, in := range inputs {
		if in == "-" {
			files = append(files, in)
			continue
		}
		matches := []string{in}
		if strings.ContainsAny(in, "*?[") {
			m, err := filepath.Glob(in)
			if err != nil || len(m) == 0 {
				errs = append(errs, &FileError{in, errors.New("no file matches this pattern")})
				continue
			}
			matches = m
		}
		for _, p := range matches {
			st, err := os.Stat(p)
			if err != nil {
				errs = append(errs, &FileError{p, cleanOSError(err)})
				continue
			}
			if !st.IsDir() {
				files = append(files, p)
				continue
			}
			var found []string
			_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					errs = append(errs, &FileError{path, cleanOSError(err)})
					return nil
				}
				if !d.IsDir() && Extensions[strings.ToLower(filepath.Ext(path))] {
					found = append(found, path)
				}
				return nil
			})
			sort.Strings(found)
			files = append(files, found...)
		}
	}
	return files, errs
}

func cleanOSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFile reads one document ("-" is standard input) into articles. The
// error, if any, is a *FileError naming the path and the reason.
func (r *Reader) ReadFile(path string, stdin io.Reader) ([]Article, error) {
	var raw []byte
	var err error
	if path == "-" {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, &FileError{path, cleanOSError(err)}
	}
	arts, err := r.Parse(path, raw)
	if err != nil {
		return nil, &FileError{path, err}
	}
	return arts, nil
}

// Parse reads the bytes of one document.
func (r *Reader) Parse(path string, raw []byte) ([]Article, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, errors.New("empty file")
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return nil, errors.New("binary file (contains NUL bytes), not an article")
	}
	if !utf8.Valid(raw) {
		return nil, errors.New("not valid UTF-8 text")
	}
	format := r.Format
	if format == FormatAuto {
		format = sniff(path, raw)
	}
	var arts []Article
	var err error
	switch format {
	case FormatText:
		if ext := strings.ToLower(filepath.Ext(path)); ext == ".md" || ext == ".markdown" {
			raw = markdownToText(raw)
		}
		arts = ParseText(path, raw, r.Boilerplate)
	case FormatHTML:
		arts, err = ParseHTML(path, raw, r.Boilerplate)
	case FormatJSON, FormatJSONL:
		arts, err = ParseJSON(path, raw, r.Fields, format == FormatJSONL)
	case FormatFeed:
		arts, err = ParseFeed(path, raw, r.Boilerplate)
	default:
		return nil, fmt.Errorf("unknown format %q (use text, html, json, jsonl or feed)", format)
	}
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, errors.New("no article text found")
	}
	return arts, nil
}

// sniff picks a format from the extension, then from the first bytes.
func sniff(path string, raw []byte) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".json":
		return FormatJSON
	case ".rss", ".atom":
		return FormatFeed
	}
	head := strings.ToLower(string(bytes.TrimSpace(raw[:min(len(raw), 1024)])))
	switch {
	case strings.HasPrefix(head, "{") || strings.HasPrefix(head, "["):
		if lines := bytes.Count(bytes.TrimSpace(raw), []byte("\n")); lines > 0 && strings.HasPrefix(head, "{") && !json.Valid(raw) {
			return FormatJSONL
		}
		return FormatJSON
	case strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf"):
		return FormatFeed
	case strings.HasPrefix(head, "<!doctype html") || strings.Contains(head, "<html") || strings.HasPrefix(head, "<head") || strings.HasPrefix(head, "<body"):
		return FormatHTML
	case strings.HasPrefix(head, "<?xml"):
		return FormatFeed
	}
	return FormatText
}
