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

.PHONY: build demo test unit up down neo4j-status neo4j-reset vet

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
