/**
 * The image catalog of the simulated registry: a typed model of {@code catalog/images.yaml} (or a file given with
 * {@code --catalog}), its validating loader (snakeyaml's node API, errors as {@code file:line:column}) and path
 * lookups in image file trees. Data only; depends on the engine API's value records and snakeyaml, nothing else.
 */
package io.dockertutor.engine.sim.catalog;
