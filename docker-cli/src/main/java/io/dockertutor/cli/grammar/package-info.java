/**
 * The docker CLI's command grammar as data ({@code docker-cli/grammar.yaml}, captured from the real client by
 * {@code scripts/capture-docker-cli}) and a parser with pflag's rules and cobra's error texts. The same table
 * drives parsing, {@code --help} and completion. Depends on nothing but snakeyaml.
 */
package io.dockertutor.cli.grammar;
