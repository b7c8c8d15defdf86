/**
 * Output formatting for the docker CLI emulation: Go text/template ({@link io.dockertutor.gotext.GoTemplate}),
 * Go text/tabwriter ({@link io.dockertutor.gotext.TabWriter}), Go encoding/json ({@link io.dockertutor.gotext.GoJson})
 * and docker's formatter conventions ({@link io.dockertutor.gotext.DockerFormat}). Depends on the JDK only.
 */
package io.dockertutor.gotext;
