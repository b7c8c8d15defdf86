// Re-records template-cases.json: go run template_oracle.go < template-cases.txt > template-cases.json
// Each input line is one template, with the two-character escapes \n and \t standing for newline and tab.
// The data below must match GoTemplateOracleTest.data() on the Java side.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"text/template"
)

type imageContext struct {
	ID         string
	Repository string
	Size       int64
	Labels     map[string]string
	Names      []string
}

func (c *imageContext) CreatedSince() string     { return "2 weeks ago" }
func (c *imageContext) Label(name string) string { return c.Labels[name] }

var basicFunctions = template.FuncMap{
	"json": func(v any) string {
		buf := &bytes.Buffer{}
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		enc.Encode(v)
		return strings.TrimSpace(buf.String())
	},
	"split": strings.Split,
	"join":  strings.Join,
	"title": strings.Title,
	"lower": strings.ToLower,
	"upper": strings.ToUpper,
	"pad": func(source string, prefix, suffix int) string {
		if source == "" {
			return source
		}
		return strings.Repeat(" ", prefix) + source + strings.Repeat(" ", suffix)
	},
	"truncate": func(source string, length int) string {
		if len(source) < length {
			return source
		}
		return source[:length]
	},
}

func data() map[string]any {
	return map[string]any{
		"Name":   "web",
		"Num":    3,
		"Neg":    -7,
		"F":      2.5,
		"Big":    1e21,
		"T":      true,
		"Empty":  "",
		"Nil":    nil,
		"Strs":   []string{"a", "b", "c"},
		"Mixed":  []any{"x", 1, nil, true},
		"Labels": map[string]string{"maintainer": "me", "a.b": "dots", "<html>": "&"},
		"M":      map[string]any{"k": "v", "n": 2, "nested": map[string]any{"deep": "yes"}},
		"EmptyL": []any{},
		"Img": &imageContext{ID: "sha256:abc", Repository: "nginx", Size: 1024,
			Labels: map[string]string{"maintainer": "NGINX"}, Names: []string{"n1", "n2"}},
	}
}

func main() {
	type result struct {
		Template string `json:"template"`
		Out      string `json:"out"`
		Err      string `json:"err"`
	}
	var results []result
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		src := strings.NewReplacer(`\n`, "\n", `\t`, "\t").Replace(line)
		r := result{Template: line}
		t, err := template.New("").Funcs(basicFunctions).Parse(src)
		if err != nil {
			r.Err = err.Error()
		} else {
			var out bytes.Buffer
			if err := t.Execute(&out, data()); err != nil {
				r.Err = err.Error()
			}
			r.Out = out.String()
		}
		results = append(results, r)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(results)
}
