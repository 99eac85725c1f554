package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest/extract"
)

// Config is every setting, resolved once from flags, NEWSGRAPH_* variables,
// the configuration file and defaults, in that order of precedence.
type Config struct {
	File    string // the configuration file read, if any
	Neo4j   graph.Config
	Ingest  IngestConfig
	Extract extract.Options
	Queries QueriesConfig
}

// IngestConfig holds the ingest.* keys.
type IngestConfig struct {
	BatchSize   int               `mapstructure:"batch_size"`
	Boilerplate []string          `mapstructure:"boilerplate"`
	JSONFields  map[string]string `mapstructure:"json_fields"`
}

// QueriesConfig holds the queries.* keys.
type QueriesConfig struct {
	Dir string `mapstructure:"dir"`
}

// settings lists every key with its default and the flag that sets it.
var settings = []struct {
	key, flag, help string
	def             any
}{
	{"neo4j.uri", "neo4j-uri", "Neo4j URI (bolt://, neo4j:// for a cluster or Aura, +s for TLS)", "bolt://127.0.0.1:7687"},
	{"neo4j.user", "neo4j-user", "Neo4j user", "neo4j"},
	{"neo4j.password", "neo4j-password", "Neo4j password (prefer the environment variable)", "newsgraph-local"},
	{"neo4j.database", "neo4j-database", "Neo4j database name (empty: the server's default)", ""},
	{"neo4j.timeout", "neo4j-timeout", "time allowed to connect", "8s"},
	{"ingest.batch_size", "batch-size", "articles written per transaction", 50},
	{"queries.dir", "queries-dir", "folder of extra .cypher query files", ""},
}

func envName(key string) string {
	return "NEWSGRAPH_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// addConfigFlags declares the persistent flags; help names the variable.
func addConfigFlags(fl *pflag.FlagSet) {
	fl.String("config", "", "configuration file (default: ./config.yaml, then $HOME/.config/newsgraph/config.yaml; env NEWSGRAPH_CONFIG)")
	for _, s := range settings {
		help := fmt.Sprintf("%s (env %s)", s.help, envName(s.key))
		switch d := s.def.(type) {
		case int:
			fl.Int(s.flag, d, help)
		default:
			fl.String(s.flag, fmt.Sprint(d), help)
		}
	}
}

// loadConfig resolves the configuration: flag > env > file > default.
func loadConfig(fl *pflag.FlagSet, env func(string) string) (*Config, error) {
	v := viper.New()
	for _, s := range settings {
		v.SetDefault(s.key, s.def)
		if f := fl.Lookup(s.flag); f != nil && f.Changed {
			v.Set(s.key, f.Value.String())
		} else if e := env(envName(s.key)); e != "" {
			v.Set(s.key, e)
		}
	}
	file, _ := fl.GetString("config")
	if file == "" {
		file = env("NEWSGRAPH_CONFIG")
	}
	explicit := file != ""
	if !explicit {
		for _, cand := range []string{"config.yaml", homeConfig(env)} {
			if cand == "" {
				continue
			}
			if _, err := os.Stat(cand); err == nil {
				file = cand
				break
			}
		}
	}
	cfg := &Config{}
	if file != "" {
		f := viper.New()
		f.SetConfigFile(file)
		if err := f.ReadInConfig(); err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("config file %s: %v (check --config or NEWSGRAPH_CONFIG)", file, pe.Err)
			}
			return nil, fmt.Errorf("config file %s: %v", file, err)
		}
		cfg.File = file
		// The file sits between the defaults and the environment.
		for _, k := range f.AllKeys() {
			set := false
			for _, s := range settings {
				if s.key == k {
					set = true
					if fl2 := fl.Lookup(s.flag); (fl2 == nil || !fl2.Changed) && env(envName(k)) == "" {
						v.Set(k, f.Get(k))
					}
				}
			}
			if !set {
				v.Set(k, f.Get(k))
			}
		}
	}
	timeout, err := time.ParseDuration(v.GetString("neo4j.timeout"))
	if err != nil {
		return nil, fmt.Errorf("neo4j.timeout %q: not a duration (write e.g. 8s)", v.GetString("neo4j.timeout"))
	}
	cfg.Neo4j = graph.Config{
		URI: v.GetString("neo4j.uri"), User: v.GetString("neo4j.user"),
		Password: v.GetString("neo4j.password"), Database: v.GetString("neo4j.database"), Timeout: timeout,
	}
	if err := v.UnmarshalKey("ingest", &cfg.Ingest); err != nil {
		return nil, fmt.Errorf("config ingest: %v", err)
	}
	if cfg.Ingest.BatchSize <= 0 {
		return nil, fmt.Errorf("ingest.batch_size must be positive, got %d", cfg.Ingest.BatchSize)
	}
	if err := v.UnmarshalKey("extract", &cfg.Extract); err != nil {
		return nil, fmt.Errorf("config extract: %v", err)
	}
	if err := v.UnmarshalKey("queries", &cfg.Queries); err != nil {
		return nil, fmt.Errorf("config queries: %v", err)
	}
	return cfg, nil
}

func homeConfig(env func(string) string) string {
	if h := env("HOME"); h != "" {
		return h + "/.config/newsgraph/config.yaml"
	}
	return ""
}
