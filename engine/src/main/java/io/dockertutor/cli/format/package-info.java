/**
 * Output formatting for the docker CLI emulation: Go text/template ({@link io.dockertutor.cli.format.GoTemplate}),
 * Go text/tabwriter ({@link io.dockertutor.cli.format.TabWriter}), Go encoding/json ({@link io.dockertutor.cli.format.GoJson})
 * and docker's formatter conventions ({@link io.dockertutor.cli.format.DockerFormat}). Depends on the JDK only.
 */
package io.dockertutor.cli.format;
