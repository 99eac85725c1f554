package main

import "github.com/spf13/cobra"

func newDoctorCmd(f *factory) *cobra.Command  { return &cobra.Command{Use: "doctor", Hidden: true} }
func newInitCmd(f *factory) *cobra.Command    { return &cobra.Command{Use: "init", Hidden: true} }
func newIngestCmd(f *factory) *cobra.Command  { return &cobra.Command{Use: "ingest", Hidden: true} }
func newQueriesCmd(f *factory) *cobra.Command { return &cobra.Command{Use: "queries", Hidden: true} }
func newQueryCmd(f *factory) *cobra.Command   { return &cobra.Command{Use: "query", Hidden: true} }
func newCypherCmd(f *factory) *cobra.Command  { return &cobra.Command{Use: "cypher", Hidden: true} }
