/**
 * The image catalog of the simulated registry: a typed model of {@code catalog/images.yaml} (or a file given with
 * {@code --catalog}), and its loader. Data only; depends on the engine API's value records.
 */
package io.dockertutor.engine.sim.catalog;
