/**
 * The daemon's filter arguments as moby's {@code filters.Args} reads them (validation, exact, regular-expression and
 * label matching, booleans, {@code until} times), shared by the filters of every object kind. Depends on the engine
 * API only.
 */
package io.dockertutor.engine.sim.filter;
