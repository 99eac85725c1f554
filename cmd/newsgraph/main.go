// Command newsgraph builds a knowledge graph of countries, people and
// organisations from news articles and writes it to Neo4j.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
