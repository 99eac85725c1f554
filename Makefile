SHELL := /bin/bash
# newsgraph: two commands on a fresh machine
#   make demo   provision Neo4j, build, ingest the sample, print a canned query
#   make test   every test, integration tests included, against a separate
#               Neo4j instance (own home folder and ports) started and stopped here
GO ?= go
BIN := ./newsgraph
TEST_HOME := $(CURDIR)/.neo4j-test
TEST_BOLT := 17687
TEST_HTTP := 17474
TEST_PASSWORD := newsgraph-test

VIEWER_LIB := cmd/newsgraph/viewer/lib/cytoscape.min.js

BENCH_HOME := $(CURDIR)/.neo4j-bench
BENCH_BOLT := 27687
BENCH_HTTP := 27474
BENCH_PASSWORD := newsgraph-bench
BENCH_ARTICLES ?= 100000
BENCH_ENV := NEO4J_HOME=$(BENCH_HOME) NEO4J_BOLT_PORT=$(BENCH_BOLT) NEO4J_HTTP_PORT=$(BENCH_HTTP) \
  NEWSGRAPH_NEO4J_PASSWORD=$(BENCH_PASSWORD) NEO4J_HEAP=1g NEO4J_PAGECACHE=1g

.PHONY: build demo test unit up down neo4j-status neo4j-reset vet bench bench-queries

build: $(VIEWER_LIB)
	$(GO) build -o $(BIN) ./cmd/newsgraph

# The graph library of `newsgraph view`, installed from the npm registry at
# the version pinned in scripts/viewer/package-lock.json and embedded.
$(VIEWER_LIB): scripts/viewer/package.json scripts/viewer/package-lock.json
	npm ci --prefix scripts/viewer --no-audit --no-fund --loglevel=error
	mkdir -p $(dir $@)
	cp scripts/viewer/node_modules/cytoscape/dist/cytoscape.min.js $@

up:
	@scripts/neo4j.sh up

down:
	@scripts/neo4j.sh down

neo4j-status:
	@scripts/neo4j.sh status

neo4j-reset:
	@scripts/neo4j.sh reset

demo: build up
	$(BIN) init
	$(BIN) ingest --quiet testdata/sample
	$(BIN) query bans --by us
	$(BIN) query between pakistan afghanistan

vet:
	$(GO) vet ./...

unit:
	$(GO) test ./...

test: vet $(VIEWER_LIB)
	@scripts/test-deps.sh
	@NEO4J_HOME=$(TEST_HOME) NEO4J_BOLT_PORT=$(TEST_BOLT) NEO4J_HTTP_PORT=$(TEST_HTTP) \
	  NEWSGRAPH_NEO4J_PASSWORD=$(TEST_PASSWORD) scripts/neo4j.sh up
	@status=0; \
	NEWSGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:$(TEST_BOLT) NEWSGRAPH_TEST_NEO4J_PASSWORD=$(TEST_PASSWORD) \
	NEWSGRAPH_TEST_NEO4J_LIB=$(TEST_HOME)/lib NEWSGRAPH_TEST_ARTIFACTS=$(CURDIR)/.test-artifacts \
	  $(GO) test -count=1 -v ./... 2>&1 | tee .test.log | grep -E '^(=== RUN|--- |PASS|FAIL|ok|panic)' ; status=$${PIPESTATUS[0]}; \
	NEO4J_HOME=$(TEST_HOME) NEO4J_BOLT_PORT=$(TEST_BOLT) NEO4J_HTTP_PORT=$(TEST_HTTP) scripts/neo4j.sh down; \
	if [ $$status -ne 0 ]; then tail -n 60 .test.log; fi; exit $$status

# Extraction and reader benchmarks, 6 runs each, summarised by benchstat.
bench:
	@mkdir -p .bench
	$(GO) test -run '^$$' -bench . -benchmem -count 6 ./ingest/... | tee .bench/extract.txt
	$(GO) run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da .bench/extract.txt

# Canned query latency on a synthetic graph of $(BENCH_ARTICLES) articles,
# bulk-loaded with neo4j-admin into a third instance (own folder and ports).
bench-queries: build
	$(GO) run ./scripts/genbench -articles $(BENCH_ARTICLES) -out .bench/csv
	@$(BENCH_ENV) scripts/neo4j.sh down >/dev/null 2>&1 || true
	@mkdir -p .bench
	$(BENCH_ENV) scripts/neo4j.sh admin database import full neo4j --overwrite-destination \
	  --report-file=.bench/import.report \
	  $$(for f in entities articles evidence aliases comentions; do printf -- '--nodes=.bench/csv/%s.csv ' $$f; done) \
	  $$(for f in facts mentions states evidence_links alias_of; do printf -- '--relationships=.bench/csv/%s.csv ' $$f; done) | tail -n 6
	@$(BENCH_ENV) scripts/neo4j.sh up
	@status=0; \
	$(BIN) --neo4j-uri bolt://127.0.0.1:$(BENCH_BOLT) --neo4j-password $(BENCH_PASSWORD) init && \
	NEWSGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:$(BENCH_BOLT) NEWSGRAPH_BENCH_NEO4J_PASSWORD=$(BENCH_PASSWORD) \
	  $(GO) test -run '^$$' -bench BenchmarkCannedQueries -benchtime 20x -count 3 ./cmd/newsgraph | tee .bench/queries.txt \
	  || status=1; \
	$(BENCH_ENV) scripts/neo4j.sh down; exit $$status
